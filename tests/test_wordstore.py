"""The word table's cache file: made once, read after, rebuilt when missing, stale or damaged,
never a reason for loading to fail."""
import os

import pytest

from core.text import wordstore
from core.text.wordfreq import WordFreq

DICT = "中国 100 ns\n中国人 20 n\n人民 50 n\nB超 3 n\nB超 3 n\n国人 7\n的 900 uj\n"


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text(DICT, encoding="utf-8")
    return str(path)


def _check(wf: WordFreq) -> None:
    assert wf.total == 100 + 20 + 50 + 3 + 3 + 7 + 900  # a repeated line counts twice, as in jieba
    assert len(wf) == 6 and wf.max_len == 3
    assert wf["中国"] == 100 and wf["中"] == 0 and wf.get("中国人民") is None and wf.get("人") == 0
    assert "中" in wf and "国人" in wf and "国" in wf and "民" not in wf and "" not in wf
    assert wf.tag("中国") == "ns" and wf.tag("国人") is None and wf.tag("中") is None and wf.tag("的") == "uj"


def test_the_table_is_cached_and_read_back(small, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    _check(WordFreq(wordstore.load(small, str(cache))))
    assert (cache / wordstore.CACHE_NAME).is_file()

    def no_build(path):
        raise AssertionError("built again")

    monkeypatch.setattr(wordstore, "build", no_build)
    _check(WordFreq(wordstore.load(small, str(cache))))


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped", "garbage", "header only", "folder"])
def test_a_damaged_cache_is_rebuilt(small, tmp_path, damage):
    cache = tmp_path / "cache"
    wordstore.load(small, str(cache))
    f = cache / wordstore.CACHE_NAME
    data = f.read_bytes()
    if damage == "empty":
        f.write_bytes(b"")
    elif damage == "truncated":
        f.write_bytes(data[:-7])
    elif damage == "flipped":  # a bit inside the trie: only the checksum can tell
        f.write_bytes(data[:100] + bytes([data[100] ^ 1]) + data[101:])
    elif damage == "garbage":
        f.write_bytes(os.urandom(len(data)))
    elif damage == "header only":
        f.write_bytes(data[:wordstore._HEADER.size])
    else:
        f.unlink()
        f.mkdir()
    _check(WordFreq(wordstore.load(small, str(cache))))
    if damage != "folder":
        assert f.read_bytes() == data  # and written anew


def test_a_changed_dictionary_is_not_read_from_the_old_cache(small, tmp_path):
    cache = str(tmp_path / "cache")
    wordstore.load(small, cache)
    with open(small, "a", encoding="utf-8") as fh:
        fh.write("人民币 30 n\n")
    wf = WordFreq(wordstore.load(small, cache))
    assert wf["人民币"] == 30 and wf.total == 1083 + 30


def test_an_unwritable_or_missing_cache_folder_only_costs_the_build(small, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    _check(WordFreq(wordstore.load(small, str(blocker / "cache"))))
    _check(WordFreq(wordstore.load(small, None)))
    assert not list(tmp_path.glob("**/.words-*"))  # no temporary file left behind


def test_a_bad_dictionary_line_is_an_error_naming_it(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("中国 100 ns\n人民 many n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        wordstore.build(str(path))


def test_a_lone_surrogate_is_no_word(small):
    wf = WordFreq(wordstore.build(small))
    assert "\ud800" not in wf and wf.get("中\ud800") is None and wf.tag("\udc80") is None


def test_the_cache_is_small():
    """The reason for all this: the whole dictionary in a few MB (jieba's dict: 30-60 MB)."""
    table = wordstore.build(wordstore.dict_path())
    size = len(wordstore.to_bytes(table, b"\0" * 32, 0))
    assert 2_000_000 < size < 5_000_000, size
