"""The compact word table and segmenter against jieba itself: the same words, frequencies, tags
and segmentation as ``jieba.dt.lcut(s, HMM=False)`` with jieba's full dictionary (built once for
this module, ~2 s)."""
import logging
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from core.extraction import lexicon
from core.text import segment, wordstore
from core.text.wordfreq import WordFreq, word_freq

SETTINGS = dict(max_examples=300, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def jieba_dt(tmp_path_factory):
    import jieba

    jieba.setLogLevel(logging.ERROR)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(tmp_path_factory.mktemp("jieba"))
    tok.initialize()
    return tok


@pytest.fixture(scope="module")
def text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)


def _substrings(text: str, n: int, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        a = rnd.randrange(len(text))
        out.append(text[a : a + rnd.choice((1, 2, 3, 4, 6, 8, 12, 20, 40, 120))])
    return out


def test_segmentation_equals_jieba_on_the_sample_articles(jieba_dt, text):
    wf = word_freq()
    pieces = _substrings(text, 5000) + text.split("\n") + [text]
    diff = [(s, segment.cut(s, wf), jieba_dt.lcut(s, HMM=False)) for s in pieces]
    diff = [d for d in diff if d[1] != d[2]]
    assert not diff, diff[:5]


def test_tokens_are_jiebas(jieba_dt, text):
    for s in _substrings(text, 300, seed=4) + [""]:
        assert list(lexicon.tokens(s)) == jieba_dt.lcut(s, HMM=False)


_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_OTHER = st.sampled_from(list("abcXYZ0129+#&._%-，。、（）《》 \t\r\n\u3000!?？：；·—ー々〇㐀\U00020000"))


@st.composite
def _mixed_text(draw) -> str:
    """CJK text that hits the dictionary often: real words of it, random CJK characters, Latin,
    digits and punctuation."""
    wf = word_freq()
    parts = draw(st.lists(st.one_of(
        st.integers(0, len(wf) - 1).map(wf.trie.restore_key),
        st.text(_CJK, min_size=1, max_size=4),
        st.text(_OTHER, min_size=1, max_size=3),
    ), max_size=12))
    return "".join(parts)


@settings(**SETTINGS)
@given(s=_mixed_text())
def test_segmentation_equals_jieba_on_random_text(jieba_dt, s):
    assert segment.cut(s, word_freq()) == jieba_dt.lcut(s, HMM=False)


@settings(**SETTINGS)
@given(s=st.text(st.one_of(_CJK, _OTHER), max_size=30))
def test_segmentation_equals_jieba_on_random_characters(jieba_dt, s):
    assert segment.cut(s, word_freq()) == jieba_dt.lcut(s, HMM=False)


def test_word_freq_answers_as_jiebas_freq_dict(jieba_dt):
    """Every key of jieba's dict (words and their prefixes) with the same value; a few hundred
    strings that are not keys are absent from both."""
    wf, freq = word_freq(), jieba_dt.FREQ
    assert wf.total == jieba_dt.total
    wrong = [k for k, v in freq.items() if k not in wf or wf[k] != v or wf.get(k) != v]
    assert not wrong, wrong[:10]
    assert len(wf) == sum(1 for v in freq.values() if v) == 349045
    rnd = random.Random(5)
    keys = list(freq)
    absent = {rnd.choice(keys) + c for c in "丂乚乛亅亇" * 60} | {"", "zzzz", "\ud800"}
    for k in absent - freq.keys():
        assert k not in wf and wf.get(k) is None and wf.get(k, 0) == 0
        with pytest.raises(KeyError):
            wf[k]


def test_jiebas_own_tokenizer_runs_on_word_freq(jieba_dt, text):
    """WordFreq is a drop-in for jieba's FREQ: a Tokenizer given it never builds its dict."""
    import jieba

    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = word_freq(), word_freq().total, True
    for s in _substrings(text, 300, seed=6):
        assert tok.lcut(s, HMM=False) == jieba_dt.lcut(s, HMM=False)
    assert isinstance(tok.FREQ, WordFreq)


def test_tags_are_the_kept_tags_of_dict_txt():
    """The same answers as the dict the lexicon used to read from dict.txt."""
    old: dict[str, str] = {}
    with open(wordstore.dict_path(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in lexicon.KEPT_TAGS:
                old[parts[0]] = parts[2]
    tags = lexicon.tags()
    wrong = [w for w in word_freq().trie.keys() if tags.get(w) != old.get(w)]
    assert not wrong, wrong[:10]
    # 建设 is "vn" and 经济 "n" in dict.txt: not kept
    assert tags.get("建成") == "v" and tags.get("进一步") == "d" and tags.get("建设") is None
    assert tags.get("不是一个词") is None and tags.get("经济", "n") == "n"
    assert "建成" in tags and "经济" not in tags
