"""Damaged text files open: only the bytes that do not decode are replaced, and reported."""
import time

from conftest import seed
from core.ingest.loader import load_bytes

TEXT = seed("000").read_text(encoding="utf-8")


def test_one_bad_byte_in_utf8_replaces_that_byte_only():
    data = TEXT.encode("utf-8")
    at = data.index("对老工业基地".encode())
    doc = load_bytes("bad.txt", data[:at] + b"\xff" + data[at:])
    clean = load_bytes("clean.txt", data)
    assert doc.encoding == "utf-8"
    assert doc.text.replace("\ufffd", "") == clean.text
    (bad,) = doc.report.undecodable
    assert bad.raw_bytes == b"\xff" and bad.byte_offset == at
    assert doc.text[bad.start:bad.end] == "\ufffd" and doc.text[bad.end:].startswith("对老工业基地")
    assert not doc.report.guesses and bad not in doc.report.exact
    assert doc.warnings and "1 undecodable bytes" in doc.warnings[0]


def test_truncated_mid_character_keeps_the_rest():
    data = TEXT.rstrip("\n").encode("utf-8")
    cut = data[:-1]
    doc = load_bytes("cut.txt", cut)
    (bad,) = doc.report.undecodable
    assert bad.raw_bytes == data[-3:-1] and doc.raw_text.endswith("\ufffd")
    gb = TEXT.rstrip("\n").encode("gb18030")[:-1]
    doc = load_bytes("cut-gb.txt", gb)
    assert doc.encoding == "gb18030" and doc.raw_text.endswith("\ufffd") and len(doc.report.undecodable) == 1


def test_half_utf8_half_gb18030_decodes_run_by_run():
    lines = TEXT.split("\n")
    half = len(lines) // 2
    for first, second in (("utf-8", "gb18030"), ("gb18030", "utf-8")):
        data = "\n".join(lines[:half]).encode(first) + b"\n" + "\n".join(lines[half:]).encode(second)
        doc = load_bytes("mixed.txt", data)
        assert doc.text == load_bytes("clean.txt", TEXT.encode()).text
        assert set(doc.encoding.split("+")) == {"utf-8", "gb18030"}
        assert not doc.report.undecodable


def test_a_file_that_is_mostly_not_text_is_still_refused():
    import pytest

    from core.ingest.loader import LoadError

    import random

    noise = random.Random(1).randbytes(6000).replace(b"\0", b"\x01")
    with pytest.raises(LoadError, match="not text|encoding"):
        load_bytes("noise.txt", noise)


def test_one_huge_damaged_line_loads_in_linear_time():
    from core.text.wordfreq import word_freq

    word_freq()  # the dictionary load is paid once per process, not per article
    line = seed("002").read_text(encoding="utf-8").replace("\n", "")
    small = (line * 3).encode()[:30_000].decode("utf-8", "ignore").encode()
    big = (line * 30).encode()[:300_000].decode("utf-8", "ignore").encode()
    t = time.perf_counter()
    doc = load_bytes("small.txt", small)
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    doc = load_bytes("big.txt", big)
    t_big = time.perf_counter() - t
    assert doc.report.annotations_stripped > 10_000 and len(doc.report.exact) > 50
    assert t_big < 10, t_big
    assert t_big < 25 * t_small + 1.0, (t_small, t_big)  # ten times the text, not a hundred times the time


def test_a_line_half_utf8_half_gb18030_is_read_run_by_run():
    line = next(ln for ln in TEXT.split("\n") if ln.startswith("实施城市有机更新"))
    half = len(line) // 2
    for first, second in (("utf-8", "gb18030"), ("gb18030", "utf-8")):
        doc = load_bytes("mixed-line.txt", line[:half].encode(first) + line[half:].encode(second))
        assert doc.text == line and not doc.report.undecodable
