"""A log's bytes as lines: any line ending (LF, CRLF, CR alone), UTF-8 with or without a BOM, UTF-16
and UTF-32 recognised, named and decoded, and no line longer than `MAX_LINE` held in memory.

`audit_lines` takes the lines this yields; a line cut at `MAX_LINE` + 1 bytes is reported there as
too long, and the rest of it is skipped, so one huge line costs no more than a megabyte.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from typing import IO

__all__ = [
    "MAX_LINE",
    "WORKBOOK_MAGIC",
    "read_lines",
    "refuse_json_document",
    "refuse_workbook",
    "sniff_encoding",
    "split_lines",
]

#: The longest record line read (bytes): a longer line is an invalid record, and not held in memory.
MAX_LINE = 1 << 20
_CHUNK = 1 << 16


def sniff_encoding(head: bytes) -> str | None:
    """The encoding a log's first bytes show when it is not UTF-8 (a BOM, or NULs between ASCII), else None."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32-le" if head[0] == 0xFF else "utf-32-be"
    if head.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if head.startswith(b"\xfe\xff"):
        return "utf-16-be"
    if len(head) >= 4 and head[0] and not head[1] and head[2] and not head[3]:
        return "utf-16-le"
    if len(head) >= 4 and not head[0] and head[1] and not head[2] and head[3]:
        return "utf-16-be"
    return None


#: The first bytes of a workbook: a zip (.xlsx) or an OLE compound file (an old .xls).
WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def refuse_workbook(head: bytes) -> None:
    """`InvalidInput` when a log's first bytes are a workbook's (a zip: .xlsx; OLE: an old .xls), not text: its
    lines would each be an unreadable record, where what is wrong is one thing, said once."""
    from govrules.errors import InvalidInput

    if head.startswith(WORKBOOK_MAGIC):
        raise InvalidInput(
            "this is a spreadsheet workbook (.xlsx or .xls), not JSON Lines: give the audit the file by its name"
            " ending in .xlsx (an .xls saved from Excel as .xlsx or .csv)",
            zh="这是电子表格工作簿（.xlsx 或 .xls），不是 JSON Lines：请以 .xlsx 结尾的文件名交给审计"
            "（.xls 请先在 Excel 中另存为 .xlsx 或 .csv）",
        )


#: A JSON array of records ([{…}, …], on one line or pretty-printed), or one JSON object laid out over lines (its
#: first line a lone "{"): a JSON document, not JSON Lines.
_JSON_ARRAY = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\[\s*(?:[{\]]|\Z)")
_JSON_LAID_OUT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{[ \t]*\r?\n")


def refuse_json_document(head: bytes) -> None:
    """`InvalidInput` when a log's first bytes begin a JSON array of records, or a JSON object laid out over
    lines (as a program or an editor pretty-prints it), not JSON Lines: each of its lines would be an unreadable
    record (a line "[", a line "  {"), where what is wrong is one thing, said once."""
    from govrules.errors import InvalidInput

    encoding = sniff_encoding(head)
    if encoding is not None:  # a UTF-16 (Excel's or PowerShell's) or UTF-32 file: its first characters, as UTF-8
        head = head.decode(encoding, errors="ignore").lstrip("\ufeff").encode("utf-8")
    if _JSON_ARRAY.match(head):
        raise InvalidInput(
            "this is a JSON array ([…]), not JSON Lines: a log has one record (a JSON object) a line;"
            " convert it with jq -c '.[]' FILE > FILE.jsonl",
            zh="这是一个JSON数组（[…]），不是JSON Lines：记录文件应每行一条记录（一个JSON对象）；"
            "可用 jq -c '.[]' 文件 > 文件.jsonl 转换",
        )
    if _JSON_LAID_OUT.match(head):
        raise InvalidInput(
            "this is JSON laid out over several lines, not JSON Lines: a log has one record (a JSON object) a"
            " line; convert it with jq -c . FILE > FILE.jsonl",
            zh="这是分多行排版的JSON，不是JSON Lines：记录文件应每行一条记录（一个JSON对象，写在一行之内）；"
            "可用 jq -c . 文件 > 文件.jsonl 转换",
        )


def read_lines(stream: IO[bytes], on_encoding: Callable[[str], None] | None = None) -> Iterator[bytes]:
    """The lines of a binary stream, as UTF-8 bytes; `on_encoding(name)` is told when it was not UTF-8.
    A workbook (.xlsx, .xls: `refuse_workbook`), a JSON array or a JSON object laid out over lines
    (`refuse_json_document`) is `InvalidInput`."""
    head = stream.read(_CHUNK)
    refuse_workbook(head)
    refuse_json_document(head)
    encoding = sniff_encoding(head)
    chunks: Iterable[bytes] = _chunks(stream, head)
    if encoding is not None:
        if on_encoding is not None:
            on_encoding(encoding)
        chunks = _transcode(chunks, encoding)
    return split_lines(chunks)


def split_lines(chunks: Iterable[bytes], limit: int = MAX_LINE) -> Iterator[bytes]:
    """Lines (their endings kept) from chunks of bytes; a line over `limit` bytes is cut to `limit` + 1."""
    rest = b""
    skipping = False  # the tail of a line already cut
    for chunk in chunks:
        data = rest + chunk if rest else chunk
        parts = data.splitlines(keepends=True)  # on b"\n", b"\r\n" and b"\r" alone
        # the last part is whole only when it ends with LF (a CR may be followed by the next chunk's LF)
        rest = parts.pop() if parts and not parts[-1].endswith(b"\n") else b""
        for part in parts:
            if skipping:
                skipping = False
                continue
            yield part
        if len(rest) > limit:
            if not skipping:
                yield rest[: limit + 1]
            skipping, rest = True, b""
    if rest and not skipping:
        yield rest


def _chunks(stream: IO[bytes], head: bytes) -> Iterator[bytes]:
    if head:
        yield head
    while chunk := stream.read(_CHUNK):
        yield chunk


def _transcode(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for chunk in chunks:
        yield decoder.decode(chunk).encode("utf-8", "surrogatepass")
    yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")
