"""The audit endpoint's answer: a log read as it arrives, findings sent as they are found.

The request body is not gathered first. Its chunks go through a small queue to a worker thread that
runs `govrules.audit.audit_lines` over them, and each batch of findings goes back through another
small queue to the client. Memory stays constant however long the log is, as the audit's own does.
A body that grows past the limit ends the answer with an error line (the status line has gone).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import json
import re
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from govrules.errors import GovRulesError, InvalidInput
from govrules.problems import problem, problem_of
from govrules.rules import Ruleset
from govrules.service.errors import STATUS
from govrules.workdays import WorkdayCalendar

__all__ = ["AuditStream", "audit_rows"]

NDJSON = "application/x-ndjson"
_BATCH = 256


class _Stopped(Exception):
    """The answer was abandoned (the client went away): the worker stops."""


class _TooLarge(BaseException):
    """The body grew past the limit: the audit stops where it is, with no summary (the error line instead).
    A BaseException, so that no handler for a record's faults takes it for one."""


_OVER = object()  # in the inbox: the body grew past the limit


#: The summary's warning when the log holds no record (the command line's verdict, exit 2 there).
NO_RECORD = "没有任何记录，未作检查（日志为空？） (no record; nothing was checked: an empty log?)"


def audit_rows(
    rs: Ruleset,
    lines: Iterator[bytes],
    as_of: date | None,
    calendar: WorkdayCalendar,
    version: str,
    encoding: list[str] | None = None,
    period: tuple[date, date] | None = None,
) -> Iterator[bytes]:
    """The findings (JSON Lines, in batches), then the summary with the ruleset and govrules versions.

    `encoding` holds, once the lines are read, the encoding of a log that was not UTF-8 (`_lines`); `period`
    the days the meeting rhythm is checked over (`govrules audit --period`)."""
    from govrules.audit import audit_lines
    from govrules.audit import report as rep

    run = audit_lines(rs, lines, as_of=as_of, calendar=calendar, period=period, advice="http")
    batch: list[str] = []
    for row in rep.json_lines(run):
        batch.append(row)
        if len(batch) >= _BATCH:
            yield _utf8("\n".join(batch) + "\n")
            batch = []
    if batch:
        yield _utf8("\n".join(batch) + "\n")
    summary = json.loads(rep.summary_json(run.summary))
    summary["ruleset"] = {"id": rs.id, "version": rs.version, "title": rs.title}
    summary["govrules"] = version
    warnings = summary.setdefault("warnings", [])
    for name in encoding or ():
        warnings.append(f"日志为{name}编码，已按{name}读取；请以UTF-8发送 (the log is {name}-encoded; read as {name})")
    if summary.get("read") == 0:
        warnings.append(NO_RECORD)
    yield _utf8(json.dumps(summary, ensure_ascii=False, sort_keys=True) + "\n")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(text: str) -> bytes:
    """JSON text as UTF-8: a lone surrogate from a record (valid JSON, not UTF-8) written as its escape."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode()


#: How an encoding is named to the user (as Python names it otherwise, in capitals).
_LABEL = {"gbk": "GBK", "gb2312": "GB2312", "gb18030": "GB18030", "big5": "Big5"}

#: What may stand before a log's first record: blank lines, a BOM, and in UTF-16/32 the NULs between them.
_BLANK = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"
_HEAD_MAX = 1 << 16


def _lines(chunks: Iterator[bytes], encoding: list[str], declared: str | None = None) -> Iterator[bytes]:
    """Lines (with their ends) out of chunks cut anywhere, read as the command line reads a file: any
    line ending, UTF-16 and UTF-32 recognised and decoded (named in `encoding`), no line held past
    the audit's limit. `declared` is the encoding the request declares (`charset=gbk`, as Python names it):
    the body is decoded from it unless its first bytes show another (a BOM wins), and named in `encoding`."""
    from govrules.audit.source import refuse_json_document, refuse_workbook, sniff_encoding, split_lines

    head = b""
    for chunk in chunks:
        head += chunk
        # a workbook's signature, and the first lines of a JSON array or a laid-out object, past any blank lines
        # before them (within 64 KiB, as the command reads its first chunk)
        if len(head) >= 64 and (len(head.lstrip(_BLANK)) >= 16 or len(head) >= _HEAD_MAX):
            break
    try:
        refuse_workbook(head)
    except InvalidInput:  # what the command says, less its advice: the service audits JSON Lines alone
        raise InvalidInput(
            "the body is a spreadsheet workbook (.xlsx or .xls), not JSON Lines: the service audits JSON Lines;"
            " audit a workbook with the command (govrules audit RULESET export.xlsx)",
            zh="请求体是电子表格工作簿（.xlsx 或 .xls），不是 JSON Lines：本服务只审计 JSON Lines；"
            "工作簿请用命令审计（govrules audit 规则集 export.xlsx）",
        ) from None
    refuse_json_document(head)
    name = sniff_encoding(head) or (None if head.startswith(codecs.BOM_UTF8) else declared)

    def body() -> Iterator[bytes]:
        if head:
            yield head
        yield from chunks

    if name is None:
        yield from split_lines(body())
        return
    encoding.append(_LABEL.get(name, name.upper()))
    decoder = codecs.getincrementaldecoder(name)(errors="replace")

    def decoded() -> Iterator[bytes]:
        for chunk in body():
            yield decoder.decode(chunk).encode("utf-8", "surrogatepass")
        yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")

    yield from split_lines(decoded())


class AuditStream(Response):
    """An ASGI answer auditing the request's body as it is received (see the module's docstring)."""

    media_type = NDJSON

    def __init__(
        self,
        rs: Ruleset,
        receive: Receive,
        limit: int,
        as_of: date | None,
        calendar: WorkdayCalendar,
        version: str,
        period: tuple[date, date] | None = None,
        charset: str | None = None,
    ) -> None:
        super().__init__(media_type=NDJSON)
        # the length is not known before the end: no content-length (the server sends it chunked)
        self.raw_headers = [(k, v) for k, v in self.raw_headers if k != b"content-length"]
        self._rs, self._receive, self._limit = rs, receive, limit
        self._as_of, self._calendar, self._version, self._period = as_of, calendar, version, period
        self._charset = charset

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[bytes | object | None] = asyncio.Queue(8)
        outbox: asyncio.Queue[bytes | BaseException | None] = asyncio.Queue(8)
        stopped = threading.Event()
        too_large: list[int] = []

        def call(coro: Any) -> Any:
            future = asyncio.run_coroutine_threadsafe(coro, loop)
            while True:
                if stopped.is_set():
                    future.cancel()
                    raise _Stopped
                try:
                    return future.result(timeout=0.5)
                except TimeoutError:
                    continue

        def chunks() -> Iterator[bytes]:
            while (chunk := call(inbox.get())) is not None:
                if chunk is _OVER:  # no partial last line, no summary of a log read only in part
                    raise _TooLarge
                yield chunk

        def work() -> None:
            encoding: list[str] = []
            try:
                lines = _lines(chunks(), encoding, self._charset)
                rows = audit_rows(self._rs, lines, self._as_of, self._calendar, self._version, encoding, self._period)
                for row in rows:
                    call(outbox.put(row))
                call(outbox.put(None))
            except _Stopped:
                pass
            except _TooLarge:
                with contextlib.suppress(_Stopped):
                    call(outbox.put(None))
            except BaseException as e:
                with contextlib.suppress(_Stopped):
                    call(outbox.put(e))

        async def feed() -> None:
            size = 0
            while True:
                message = await self._receive()
                if message["type"] == "http.disconnect":
                    stopped.set()
                    return
                body: bytes = message.get("body", b"")
                size += len(body)
                if size > self._limit:
                    too_large.append(size)
                    await inbox.put(_OVER)
                    return
                if body:
                    await inbox.put(body)
                if not message.get("more_body", False):
                    await inbox.put(None)
                    return

        feeder = asyncio.create_task(feed())
        worker = loop.run_in_executor(None, work)
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            while True:
                item = await outbox.get()
                if item is None:
                    break
                if isinstance(item, BaseException):  # after the status line: said on the last line
                    if isinstance(item, GovRulesError):  # what the library refuses is said as it says it
                        p = problem_of(item)
                        status = STATUS.get(p.kind, 422)
                    else:  # a fault of ours
                        p = problem("internal", "服务器内部错误，审计在此中止 (internal error; audit stopped here)")
                        status = 500
                    line = (
                        json.dumps({"type": "error", "problem": p.as_dict(status)}, ensure_ascii=False, sort_keys=True)
                        + "\n"
                    )
                    await send({"type": "http.response.body", "body": line.encode(), "more_body": False})
                    return
                await send({"type": "http.response.body", "body": item, "more_body": True})
            tail = b""
            if too_large:
                p = problem(
                    "body-too-large",
                    f"日志超过 {self._limit} 字节，审计在此中止"
                    f" (the log exceeds {self._limit} bytes; audit stopped here)",
                    limit=self._limit,
                )
                error = {"type": "error", "problem": p.as_dict(413)}
                tail = (json.dumps(error, ensure_ascii=False, sort_keys=True) + "\n").encode()
            await send({"type": "http.response.body", "body": tail, "more_body": False})
        finally:
            stopped.set()
            feeder.cancel()
            await asyncio.gather(feeder, worker, return_exceptions=True)
