"""Word .docx: the body's paragraphs in order, tables as text (one line per row, cells separated
by a tab); headers, footers, comments, footnotes and deleted text left out.

The archive is checked before anything is inflated (sizes and compression ratios, so a zip bomb
is refused), only the main document part is read, and its XML is parsed with entities, DTDs and
network access off (XXE never resolves).
"""
from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib

from core.ingest.formats.source import FormatError, Progress, Source, report

KIND = "docx"
SUFFIXES = (".docx", ".docm")
MAX_PART = 64 * 1024 * 1024  # the document part, inflated
MAX_TOTAL = 256 * 1024 * 1024  # all parts, inflated, as the archive declares them
MAX_RATIO = 200  # inflated / compressed, for a part over 1 MB
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and encrypted (password) .docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOC = "/officeDocument"


def sniff(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04" and b"word/" in data[:65536]


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
               NotImplementedError, RuntimeError, KeyError, struct.error)


def read(data: bytes, progress: Progress | None = None) -> Source:
    if data.startswith(_OLE):
        raise FormatError("password-protected or old-format Word file (an encrypted .docx or a .doc); "
                          "save it as an unprotected .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise FormatError("damaged or truncated Word file (not a readable .docx archive)") from None
    with archive:
        _check_sizes(archive)
        report(progress, 0, 1)
        try:
            name = _main_part(archive)
            if name not in archive.NameToInfo:
                raise FormatError("not a Word document (the archive has no word/document.xml)")
            with archive.open(name) as fh:
                xml = fh.read(MAX_PART + 1)
        except FormatError:
            raise
        except _ZIP_ERRORS as exc:
            if "encrypted" in str(exc) or "password" in str(exc):
                raise FormatError("password-protected Word file") from None
            raise FormatError("damaged or truncated Word file (its parts do not inflate)") from None
        if len(xml) > MAX_PART:
            raise FormatError("Word file's document part is too large (over 64 MB of XML)")
    text = body_text(xml)
    report(progress, 1, 1)
    if not text.strip():
        raise FormatError("Word document holds no text")
    return Source(text=text, encoding=KIND, kind=KIND)


def _check_sizes(archive: zipfile.ZipFile) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise FormatError(f"Word file refused: part {info.filename} inflates {info.file_size // max(1, info.compress_size)}-fold (a zip bomb?)")
        if info.flag_bits & 0x1:
            raise FormatError("password-protected Word file")
    if total > MAX_TOTAL:
        raise FormatError(f"Word file refused: its parts inflate to {total / 1e6:.0f} MB (limit {MAX_TOTAL / 1e6:.0f} MB)")


def _main_part(archive: zipfile.ZipFile) -> str:
    """The main document part named by the package relationships (word/document.xml usually)."""
    try:
        rels = archive.read("_rels/.rels") if archive.getinfo("_rels/.rels").file_size < 1024 * 1024 else b""
    except KeyError:
        rels = b""
    if rels:
        try:
            root = _parse(rels)
        except FormatError:
            root = None
        for rel in root.iter(_REL) if root is not None else ():
            if (rel.get("Type") or "").endswith(_OFFICE_DOC) and rel.get("Target"):
                return posixpath.normpath(rel.get("Target").lstrip("/"))
    return "word/document.xml"


def _parse(xml: bytes):
    from lxml import etree

    if re.search(rb"<!(?:DOCTYPE|ENTITY)", xml[:65536], re.I):
        raise FormatError("Word file refused: its XML declares a DTD or entities (not allowed in .docx)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"damaged Word file (its XML does not parse: {exc.msg})") from None


def body_text(xml: bytes) -> str:
    root = _parse(xml)
    body = root.find(f"{W}body")
    if body is None:
        raise FormatError("not a Word document (no document body)")
    lines: list[str] = []
    _blocks(body, lines)
    return "\n".join(lines)


def _blocks(parent, lines: list[str]) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            lines.append(_paragraph(child))
        elif tag == f"{W}tbl":
            for row in _children(child, f"{W}tr"):
                lines.append("\t".join(_cell(tc) for tc in _children(row, f"{W}tc")))
        elif tag in _WRAPPERS:
            _blocks(child, lines)


_WRAPPERS = {f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{MC}AlternateContent", f"{MC}Choice"}


def _children(node, tag: str):
    """Direct children with ``tag``, also those wrapped in content controls."""
    for child in node:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _cell(tc) -> str:
    """A cell's paragraphs (and nested tables) on one line."""
    lines: list[str] = []
    _blocks(tc, lines)
    return " ".join(s.strip() for s in lines if s.strip()).replace("\t", " ")


# deleted and moved-away text (tracked changes), field codes, the duplicate of a text box kept for
# old readers, and note/comment marks are not the document's text
_SKIP = {f"{W}del", f"{W}delText", f"{W}moveFrom", f"{W}instrText", f"{MC}Fallback", f"{W}footnoteReference",
         f"{W}endnoteReference", f"{W}commentReference"}


def _paragraph(p) -> str:
    out: list[str] = []
    _runs(p, out)
    return "".join(out)


def _runs(node, out: list[str]) -> None:
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag == f"{W}p":  # a paragraph inside a text box
            if out and not out[-1].endswith("\n"):
                out.append("\n")
            _runs(child, out)
        else:
            _runs(child, out)
