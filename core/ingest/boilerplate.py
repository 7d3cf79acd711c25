"""Strip site navigation and page chrome from plain-text reposts, line by line.

Each line is classified as body, caption, meta (date/source lines, read for metadata then
dropped) or chrome (dropped). The article body is never cut: a line is only dropped when it
matches a chrome pattern or belongs to a leading/trailing block of short link-like lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal
from core.text import fastre

LineKind = Literal["body", "caption", "meta", "chrome", "blank"]

_CHROME: Final = fastre.compile(
    r"""^(?:
        .{0,20}(?:当前位置|當前位置|您当前的位置|您當前的位置|您现在的位置|您現在的位置|现在位置|所在位置)\s*[:：].*
      | \(?[（(]?欢迎您[)）]?.{0,10}
      | .{0,6}(?:登录|登錄|注册|註冊|注销|註銷|退出登录)(?:\s*[|/]\s*.{0,6})?
      | .{0,4}(?:字号|字號|字体|字體)\s*[:：].*
      | .{0,10}(?:【?打印(?:正文|本页|本頁)?】?|【?关闭窗口】?|【?關閉窗口】?)\s*(?:【.{0,8}】\s*)*
      | (?:分享到|分享至|分享)\s*[:：]?.{0,30}
      | .{0,4}扫一扫.{0,20}|.{0,4}掃一掃.{0,20}
      | (?:微博|微信|QQ空间|QQ空間|微信扫一扫|朋友圈)
      | .{0,6}(?:您即将离开|您即將離開).*
      | .{0,10}(?:语音播报|語音播報).{0,10}
      | 我是[“"].{1,10}[”"]
      | (?:无障碍|無障礙|适老化|適老化|长者模式|長者模式|关怀版|關懷版|English|ENGLISH|网站地图|網站地圖|返回顶部|返回頂部|TOP|Network)
      | (?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|监督|監督|投稿|电话|電話|邮箱|郵箱|E-?mail|联系电话|聯繫電話)\s*[:：].{0,60}
      | 点击[:：]?\s*\d*\s*次?|點擊[:：]?\s*\d*\s*次?
      | [-|·•>\s]*
    )$""",
    re.X,
)
# Every chrome line but one of marks only holds a word of _CHROME within its first 40 characters
# (the pattern allows at most 20 before one): the long pattern is tried only on lines that do
_CHROME_WORDS: Final = re.compile("|".join(sorted(set(re.findall(r"[\u4e00-\u9fffA-Za-z]{2,}", _CHROME.pattern)),
                                           key=len, reverse=True)))
_MARKS_ONLY: Final = re.compile(r"[-|·•>\s]*")
_META: Final = fastre.compile(
    r"(?:发布时间|發布時間|发布日期|發佈日期|發布日期|日期|时间|時間|来源|來源|作者|稿源|信息来源|信息來源|点击|點擊|浏览次数|瀏覽次數|阅读|閱讀)\s*[:：]"
)
_DATE_ONLY: Final = fastre.compile(
    r"^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:[（(](?:星期|周|週|禮拜|礼拜)[一二三四五六日天][)）])?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
_CAPTION: Final = fastre.compile(r"(?:\s摄|摄影|攝影|\s攝|摄/|攝/|图/|圖/|供图|供圖)\s*\S{0,12}\s*\|?\s*$")
_MENU_ITEM: Final = fastre.compile(r"^\s*[-*•·]\s*\S.{0,20}$")
_SENTENCE_ENDS: Final = "。！？!?；;…”\"）)"  # what a stripped line of prose ends with
_CREDIT: Final = fastre.compile(r"(?:图片除署名外|圖片除署名外|本文来源|本文來源|转载请注明|轉載請註明|版权所有|版權所有|Copyright|©)")


@dataclass(slots=True, init=False)  # (an __init__ of its own: compiled, a dataclass's is not)
class Line:
    start: int
    end: int  # excluding the newline
    kind: LineKind

    def __init__(self, start: int, end: int, kind: LineKind) -> None:
        self.start, self.end, self.kind = start, end, kind


_FIGURE: Final = re.compile(r"\d")
_SENTENCE_OR_FIGURE: Final = re.compile(r"[，,。；;：:！？!?\d]")


def _chrome(s: str) -> bool:
    return (_CHROME_WORDS.search(s, 0, 40) is not None or _MARKS_ONLY.fullmatch(s) is not None) \
        and _CHROME.match(s) is not None


def _is_linkish(s: str) -> bool:
    """A short line with no sentence punctuation and no figures: a menu or footer link."""
    s = s.strip()
    return 0 < len(s) <= 16 and not _SENTENCE_OR_FIGURE.search(s)


def classify(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if not s:
            kind: LineKind = "blank"
        elif _chrome(s) or len(s) < 80 and _CREDIT.search(s):
            kind = "chrome"
        elif (len(s) < 120 and s[-1] not in _SENTENCE_ENDS and _META.search(s)) or _DATE_ONLY.match(s):
            kind = "meta"
        elif _MENU_ITEM.match(s) and not _FIGURE.search(s):  # a bullet with a figure is content
            kind = "chrome"
        elif len(s) < 80 and (_CAPTION.search(s) or s.endswith(" |")):
            kind = "caption"
        else:
            kind = "body"
        lines.append(Line(pos, pos + len(raw), kind))
        pos += len(raw) + 1
    _drop_link_blocks(text, lines)
    return lines


def _drop_link_blocks(text: str, lines: list[Line]) -> None:
    """Trailing runs of short link-like lines (footer link blocks) are chrome."""
    content = [i for i, ln in enumerate(lines) if ln.kind not in ("blank",)]
    # footer: walk back from the end while lines are link-ish or chrome
    run = []
    for i in reversed(content):
        ln = lines[i]
        if ln.kind == "chrome" or ln.kind == "body" and _is_linkish(text[ln.start:ln.end]):
            run.append(i)
        else:
            break
    if sum(1 for i in run if lines[i].kind == "body") >= 2 or any(lines[i].kind == "chrome" for i in run):
        for i in run:
            if lines[i].kind == "body":
                lines[i] = Line(lines[i].start, lines[i].end, "chrome")
