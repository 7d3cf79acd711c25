"""Draw the application icon (a lens over a bar chart) into resources/icons/.

    QT_QPA_PLATFORM=offscreen uv run python build_spec/make_icon.py
"""
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QColor("#b71c1c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.setBrush(QColor("#ffecb3"))
    for i, h in enumerate((60, 100, 140)):
        p.drawRect(QRectF((52 + i * 44) * s, (200 - h) * s, 30 * s, h * s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#ffffff"), 16 * s))
    p.drawEllipse(QPointF(150 * s, 104 * s), 54 * s, 54 * s)
    p.drawLine(QPointF(190 * s, 144 * s), QPointF(226 * s, 180 * s))
    p.end()
    return img


if __name__ == "__main__":
    app = QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (256, 128, 64, 48, 32, 24, 16):  # the hicolor theme's sizes (the .deb installs each)
        draw(size).save(str(OUT / f"policylens-{size}.png"))
    draw(256).save(str(OUT / "policylens.ico"))  # Windows (PyInstaller, Inno Setup)
    draw(512).save(str(OUT / "policylens.icns"), "ICNS")  # macOS (PyInstaller wants .icns there)
    print("written", sorted(p.name for p in OUT.iterdir()))
