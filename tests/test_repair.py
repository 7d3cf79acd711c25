import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import seed
from core.ingest.loader import load
from core.ingest.repair import repair
from core.text.textmap import TrackedText

PINYIN = re.compile(r"\([a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)")


def test_damaged_seeds_come_out_without_annotations_or_stray_question_marks():
    for prefix, stripped in (("001", 236), ("002", 570)):
        doc = load(str(seed(prefix)))
        assert not PINYIN.search(doc.text)
        assert "?" not in doc.text
        assert doc.report.annotations_stripped == stripped


def test_mojibake_spots_are_recovered_exactly():
    doc = load(str(seed("002")))
    assert doc.text.count("表揚") == 2
    assert "鏈式發展" in doc.text and "煤炭儲配" in doc.text
    exact = [r.repaired for r in doc.report.exact]
    assert sorted(exact) == sorted(["揚", "式發", "儲", "揚"])


def test_unrecoverable_spot_is_a_marked_guess():
    doc = load(str(seed("002")))
    assert "產業規模可達到500億元" in doc.text
    (guess,) = doc.report.guesses
    assert doc.text[guess.start:guess.end] == guess.repaired
    assert "模" in guess.repaired and not guess.exact


def test_legitimate_parentheses_survive_nested_annotations():
    doc = load(str(seed("001")))
    assert "(以下簡稱示范區)" in doc.text
    assert "(科技部+四川省、重慶市+瀘內榮永+其他)" in doc.text
    assert "(環境治理特色基地)" in load(str(seed("002"))).text


def test_clean_seeds_are_not_touched_by_repair():
    for prefix in ("000", "003", "004"):
        raw = seed(prefix).read_text(encoding="utf-8")
        out, report = repair(TrackedText(raw))
        assert out.text == raw and not report.changed


def test_annotation_that_is_not_a_reading_stays():
    # 5 real annotations make the document "damaged"; (abc) and (nǐ) after 好 are not readings.
    text = "園區(qū)規劃,園區(qū)轉(zhuǎn)移,經(jīng)濟(jì)。好(nǐ)與English(abc)"
    out, report = repair(TrackedText(text))
    assert out.text == "園區規劃,園區轉移,經濟。好(nǐ)與English(abc)"
    assert report.annotations_stripped == 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["中", "国", "行", "長", "a", "1", " ", "（", "(", ")", "zhong", "guo", "xíng", "háng", "cháng",
                                 "(zhōng)", "(guó)", "(xíng)", "(zhǎng)", "(abc)", "\n"]), max_size=60))
def test_annotations_found_by_their_parenthesis_are_the_lookbehind_pattern_s(parts):
    """The strip step finds "(syl)" by its parenthesis and tests the character before apart: the
    same spans as ANNOTATION (a CJK character behind) with the reading check."""
    from core.ingest.repair import ANNOTATION, _is_reading, _strippable_spans

    text = "".join(parts)
    expected = [(m.start(), m.end(), "") for m in ANNOTATION.finditer(text) if _is_reading(text[m.start() - 1] + m.group(1))]
    assert _strippable_spans(text) == expected
