"""The fast paths of folding give what the plain conversions give."""
from core.text import script
from core.text.numerals import _HALFWIDTH, to_halfwidth
from core.text.textmap import TrackedText, _identity
from array import array


def test_the_list_of_characters_t2s_changes_is_current():
    listed = set("".join(open(script.resources.files("core.data").joinpath(script.CHANGED_CHARS), encoding="utf-8").read().split()))
    assert listed == script.t2s_changed_chars()  # else: uv run python -m core.text.script


def test_to_simplified_skips_only_text_t2s_leaves_alone():
    t2s = script.converter("t2s")
    for text in ("国务院办公厅印发通知", "國務院辦公廳印發通知", "乾隆年间", "头发干了", "", "𠀀中文", "1,234亿元（同比增长5%）", "著作"):
        assert script.to_simplified(text) == t2s.convert(text)


def test_halfwidth_is_the_translation_table():
    text = "２０２１年增长１２．５％，总量８．３∶４１．４\u3000全市"
    assert to_halfwidth(text) == text.translate(_HALFWIDTH)
    assert to_halfwidth("") == ""


def test_identity_origins():
    for n in (0, 1, 70000, 300000):
        assert _identity(n) == array("l", range(n))
    t = TrackedText("abc")
    t.origins[0] = 5  # a slice is a copy: the cache is untouched
    assert TrackedText("abc").origins == array("l", [0, 1, 2])


def test_compact_indicators_read_as_the_extracted_ones():
    from conftest import seed
    from core.extraction.indicators import extract
    from core.ingest.loader import load
    from gui.compact import FIELDS, compact

    found = extract(load(str(seed("000"))))
    kept = compact(found)
    assert len(kept) == len(found) > 20
    for a, b in zip(found, kept):
        assert all(getattr(a, f) == getattr(b, f) for f in FIELDS if getattr(a, f) == getattr(a, f))
        assert b.materialize() == a and b.as_row() == a.as_row()
    assert compact([]) == []
