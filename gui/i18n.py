"""Interface languages: Simplified Chinese (default), Traditional Chinese, English.

Source strings are English; ``resources/translations/policylens_{zh_CN,zh_TW}.qm`` are compiled
from the Qt Linguist ``.ts`` files beside them. Switching installs another translator, which
makes Qt send every widget a LanguageChange event; windows retranslate in place.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from gui.paths import resource

LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
_installed: list[QTranslator] = []


def install(app, code: str) -> bool:
    """Install the translators for ``code``; returns False when a catalogue is missing."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if code not in LANGUAGES:
        code = "zh_CN"
    QLocale.setDefault(QLocale(code if code != "en" else "en_US"))
    if code == "en":
        return True
    ok = True
    app_tr = QTranslator(app)
    if app_tr.load(resource("resources", "translations", f"policylens_{code}.qm")):
        app.installTranslator(app_tr)
        _installed.append(app_tr)
    else:
        ok = False
    qt_tr = QTranslator(app)  # Qt's own dialogs and buttons
    if qt_tr.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    return ok
