"""The audit endpoint's answer: a log read as it arrives, findings sent as they are found.

The request body is not gathered first. Its chunks go through a small queue to a worker thread that
runs `govrules.audit.audit_lines` over them, and each batch of findings goes back through another
small queue to the client. Memory stays constant however long the log is, as the audit's own does.
A body that grows past the limit ends the answer with an error line (the status line has gone).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from govrules.problems import problem
from govrules.rules import Ruleset
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


def audit_rows(
    rs: Ruleset, lines: Iterator[bytes], as_of: date | None, calendar: WorkdayCalendar, version: str
) -> Iterator[bytes]:
    """The findings (JSON Lines, in batches), then the summary with the ruleset and govrules versions."""
    from govrules.audit import audit_lines
    from govrules.audit import report as rep

    run = audit_lines(rs, lines, as_of=as_of, calendar=calendar)
    batch: list[str] = []
    for row in rep.json_lines(run):
        batch.append(row)
        if len(batch) >= _BATCH:
            yield ("\n".join(batch) + "\n").encode()
            batch = []
    if batch:
        yield ("\n".join(batch) + "\n").encode()
    summary = json.loads(rep.summary_json(run.summary))
    summary["ruleset"] = {"id": rs.id, "version": rs.version, "title": rs.title}
    summary["govrules"] = version
    yield (json.dumps(summary, ensure_ascii=False, sort_keys=True) + "\n").encode()


def _lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Lines (with their ends) out of chunks cut anywhere."""
    rest = b""
    for chunk in chunks:
        rest += chunk
        *whole, rest = rest.split(b"\n")
        for line in whole:
            yield line + b"\n"
    if rest:
        yield rest


class AuditStream(Response):
    """An ASGI answer auditing the request's body as it is received (see the module's docstring)."""

    media_type = NDJSON

    def __init__(
        self, rs: Ruleset, receive: Receive, limit: int, as_of: date | None, calendar: WorkdayCalendar, version: str
    ) -> None:
        super().__init__(media_type=NDJSON)
        # the length is not known before the end: no content-length (the server sends it chunked)
        self.raw_headers = [(k, v) for k, v in self.raw_headers if k != b"content-length"]
        self._rs, self._receive, self._limit = rs, receive, limit
        self._as_of, self._calendar, self._version = as_of, calendar, version

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
            try:
                for row in audit_rows(self._rs, _lines(chunks()), self._as_of, self._calendar, self._version):
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
                if isinstance(item, BaseException):  # a fault of ours, after the status line: said on the last line
                    p = problem("internal", "服务器内部错误，审计在此中止 (internal error; audit stopped here)")
                    line = (
                        json.dumps({"type": "error", "problem": p.as_dict(500)}, ensure_ascii=False, sort_keys=True)
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
