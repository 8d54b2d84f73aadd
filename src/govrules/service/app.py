"""The ASGI app: routes over `govrules.receipts`, errors as application/problem+json (RFC 9457).

No route takes a path or a file name: a request can read the rulesets and the calendar govrules
ships, and nothing else, and writes nothing.
"""

from __future__ import annotations

import codecs
import json
import math
import os
from collections.abc import Awaitable, Callable
from datetime import date
from functools import lru_cache
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govrules import deadlines, receipts, rulesets, workdays
from govrules.errors import InvalidInput
from govrules.problems import Problem, problem, unknown_article, unknown_ruleset
from govrules.receipts import FieldProblem
from govrules.rules import Ruleset
from govrules.service.audit import NO_RECORD, AuditStream
from govrules.service.errors import PROBLEM_JSON, Failed, field_problem, install_handlers
from govrules.service.openapi import body_doc, install_openapi, lean_params, ref

__all__ = ["create_app"]

JSON = "application/json"
NDJSON = "application/x-ndjson"

# curl -d sends application/x-www-form-urlencoded unless told otherwise: its body is read as JSON too
_JSON_TYPES = ("application/json", "text/plain", "application/x-www-form-urlencoded", "")
_LINES_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines", "text/plain", "")
_DECISIONS = {"signing": "signing", "approval": "approval", "leave": "leave", "meeting": "meeting"}


_AS_OF = Query(None, description="report replies still missing after their deadline, as of this date")
_PERIOD = Query(
    None,
    description="the days over which how often meetings were held is checked: a year (2025) or START:END"
    " (2025-01-01:2025-06-30), as govrules audit --period; left out: the first meeting on record to the last",
)


async def _known_query(request: Request) -> None:
    """Refuse a query parameter the route does not read (a misspelt `as_of`, a `period` where there is none):
    ignored, it would change what the answer means without a word."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    known = {"provisional", *(p.alias for p in getattr(dependant, "query_params", ()))}
    unknown = [k for k in dict.fromkeys(request.query_params) if k not in known]
    repeated = [
        k for k in dict.fromkeys(request.query_params) if k in known and len(request.query_params.getlist(k)) > 1
    ]
    # which of two values is meant would be a guess (the last would silently win); every parameter amiss is said
    # at once, in the order the query gives them
    problems = {
        k: FieldProblem(
            k,
            request.query_params.getlist(k),
            f"query parameter {k!r} given {len(request.query_params.getlist(k))} times: give it once",
            f"查询参数“{k}”出现了{len(request.query_params.getlist(k))}次：请只给出一次",
        )
        for k in repeated
    }
    expected = "、".join(sorted(known))
    problems |= {
        k: FieldProblem(
            k,
            request.query_params.get(k),
            f"unknown query parameter {k!r}; this address reads {', '.join(sorted(known))}",
            f"未知的查询参数“{k}”；此地址可用的参数：{expected}",
        )
        for k in unknown
    }
    if problems:
        raise Failed(field_problem([problems[k] for k in dict.fromkeys(request.query_params) if k in problems]))


def _ruleset(ruleset_id: str) -> Ruleset:
    if ruleset_id not in rulesets.available():
        meant = _by_government(ruleset_id)
        if meant is None:
            raise Failed(unknown_ruleset(ruleset_id))
        gov = rulesets.government(meant)
        raise Failed(
            problem(
                "unknown-ruleset",
                f"没有规则集 {ruleset_id!r}：地址中的规则集须写编号，{gov}的是 {meant}（/rulesets/{meant}/…）"
                f" (no ruleset {ruleset_id!r}: an address names a ruleset by its id; {gov}'s is {meant})",
            )
        )
    return rulesets.load(ruleset_id)


def _by_government(name: str) -> str | None:
    """The id of the ruleset whose government `name` names (西丰县人民政府, 西丰县, 西丰), as the command reads it."""
    for rid in rulesets.available():
        gov = rulesets.government(rid)
        short = gov.removesuffix("人民政府")
        tail = short.rpartition("市")[2] or short  # 昆明市东川区 -> 东川区
        names = {gov, short, tail, rid.partition("-")[0]} | ({tail[:-1]} if len(tail) > 2 else set())
        if name.strip() in names:
            return rid
    return None


def _media(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _too_large(limit: int) -> Problem:
    return problem("body-too-large", f"请求体超过 {limit} 字节 (the body exceeds {limit} bytes)", limit=limit)


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    too_big = _too_large(limit)
    if declared.isdigit() and int(declared) > limit:
        raise Failed(too_big)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Failed(too_big)
        chunks.append(chunk)
    return b"".join(chunks)


async def _json_body(request: Request, limit: int) -> object:
    media = _media(request)
    if media not in _JSON_TYPES and not media.endswith("+json"):
        raise Failed(
            problem("unsupported-media-type", f"应为 application/json (expected application/json; got {media})")
        )
    charset = _charset(request)
    if charset not in _UTF8:  # JSON is UTF-8 (RFC 8259 §8.1)
        raise Failed(
            problem(
                "unsupported-media-type",
                f"请以UTF-8发送（本请求声明的字符集是 {charset}）"
                f" (send the body as UTF-8; it declares charset={charset})",
            )
        )
    raw = await _body(request, limit)
    try:
        return json.loads(raw, object_pairs_hook=_unique_keys, parse_constant=_no_constant, parse_float=_finite)
    except _DuplicateKey as e:  # the last of two values would silently win: the input as given is ambiguous
        raise Failed(problem("not-json", f"请求体中键“{e.key}”出现了两次 (duplicate key {e.key!r})")) from None
    except _NotANumber as e:
        raise Failed(problem("not-json", e.detail)) from None
    except UnicodeDecodeError:
        raise Failed(
            problem("not-json", "请求体不是UTF-8编码：请以UTF-8发送 (the body is not UTF-8: send it as UTF-8)")
        ) from None
    except RecursionError:
        raise Failed(problem("not-json", "请求体嵌套过深 (the body is nested too deeply)")) from None
    except json.JSONDecodeError as e:
        raise Failed(
            problem(
                "not-json",
                f"请求体不是JSON：第{e.lineno}行第{e.colno}列无法读取"
                f" (not JSON: {e.msg} at line {e.lineno} column {e.colno})",
            )
        ) from None
    except ValueError:  # a number of 5,000 digits: Python's limit on converting it
        raise Failed(problem("not-json", "请求体中的数字位数过多 (a number in the body has too many digits)")) from None


#: The charsets a body may declare and be read as UTF-8 (ASCII is UTF-8).
_UTF8 = ("", "utf-8", "utf8", "us-ascii", "ascii")


def _log_charset(request: Request) -> str | None:
    """The encoding a log's body declares (`charset=gbk`), as Python names it; None for UTF-8 or none declared.
    A charset Python does not know is refused (415), naming it: reading the body as another would be a guess."""
    charset = _charset(request)
    if charset in _UTF8:
        return None
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        info = None
    # Python's codecs that are no charset: bytes to bytes (base64, zlib, hex, …: not text, and zlib would inflate the
    # body past the audit's limit), str to str (rot13), or not for a document's text (idna, punycode, undefined, the
    # escapes): reading a log in one fails halfway, so they are refused as a name nobody sends a log in
    if info is None or not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        raise Failed(
            problem(
                "unsupported-media-type",
                f"无法识别请求声明的字符集 {charset}：请以UTF-8发送 (unknown charset={charset}: send the log as UTF-8)",
            )
        )
    # another name of UTF-8 (utf_8, cp65001, utf-8-sig: a BOM is read as the command reads it) is UTF-8
    return None if info.name in ("utf-8", "utf-8-sig", "ascii") else info.name


#: Text codecs of Python's that name no charset a log is written in (codecs.lookup's names).
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})


def _charset(request: Request) -> str:
    for param in request.headers.get("content-type", "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return ""


class _NotANumber(ValueError):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _no_constant(name: str) -> object:
    """NaN, Infinity, -Infinity: read by Python's json, not JSON (RFC 8259), and not writable back."""
    raise _NotANumber(f"{name}不是JSON允许的数 ({name} is not a JSON number)")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotANumber(f"数 {text} 超出范围 (the number {text} is out of range)")
    return value


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _json(data: object) -> Response:
    return Response(receipts.json_text(data).encode(), media_type=JSON)


def _ruleset_summary(rs: Ruleset) -> dict[str, Any]:
    return {
        "id": rs.id,
        "government": rs.government.name,
        "title": rs.title,
        "document_number": rs.document_number,
        "effective_from": rs.effective_from.isoformat() if rs.effective_from else None,
        "version": rs.version,
        "rules": len(rs.rules),
    }


def _ruleset_detail(rs: Ruleset) -> dict[str, Any]:
    return {
        **_ruleset_summary(rs),
        "deadlines": list(deadlines.rule_ids(rs)),
        "articles": [
            {
                "number": a.number,
                "chapter": a.chapter,
                "text": a.text,
                "partial": a.partial,
                "operative": a.number not in rs.non_operative,
            }
            for a in rs.articles
        ],
        "annexes": [{"number": a.number, "title": a.title} for a in rs.annexes],
    }


def _article(rs: Ruleset, number: int) -> dict[str, Any]:
    try:
        a = rs.article(number)
    except KeyError:
        raise Failed(unknown_article(rs, number)) from None
    return {
        "ruleset": rs.id,
        "number": a.number,
        "chapter": a.chapter,
        "text": a.text,
        "partial": a.partial,
        "non_operative": rs.non_operative.get(number),
        "rules": [{"id": r.id, "kind": r.kind_label, "quote": r.quote} for r in rs.citing(article=number)],
    }


def _day(cal: workdays.WorkdayCalendar, d: date) -> dict[str, Any]:
    return {
        "date": d.isoformat(),
        "workday": cal.is_workday(d),
        "makeup_workday": cal.is_makeup_workday(d),
        "holiday": cal.holiday_name(d),
        "source": receipts.year_source(cal, d.year),
        "notice": receipts.year_used(cal, d.year)["notice"],
    }


def create_app(*, max_body: int | None = None, max_audit_body: int | None = None, cache_size: int = 4096) -> FastAPI:
    """The service as an ASGI app; bodies over `max_body` bytes (audit logs: `max_audit_body`) are refused."""
    limit = max_body if max_body is not None else int(os.environ.get("GOVRULES_MAX_BODY", 1 << 20))
    audit_limit = (
        max_audit_body if max_audit_body is not None else int(os.environ.get("GOVRULES_MAX_AUDIT_BODY", 64 << 20))
    )
    from govrules import __version__

    app = FastAPI(
        title="govrules",
        version=__version__,
        summary="人民政府工作规则: who signs, when it is due, who may be absent, with the article",
        description=(
            "Every decision answers with a receipt (components/schemas/Receipt; docs/schema/receipt.json): "
            "the input as given, the answer, the citations with their text, the explanation, the trace, the "
            "ruleset version and the calendar years used. Errors are application/problem+json (RFC 9457). "
            "Enum values may be given by identifier (HEAD) or Chinese label (县长)."
        ),
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
        dependencies=[Depends(_known_query)],
    )

    # An answer is kept with the calendar it was computed on: `china()` is the same object while the
    # user's calendar files are unchanged, and another one after `govrules calendar add` or `remove`,
    # so an answer never outlives the calendar its receipt names.
    @lru_cache(maxsize=cache_size)
    def receipt_bytes(
        kind: str, ruleset_id: str, estimates: bool, calendar: workdays.WorkdayCalendar, canonical: str
    ) -> bytes:
        rs = rulesets.load(ruleset_id)
        given = json.loads(canonical)
        return receipts.dumps(receipts.decide(kind, rs, given, calendar=calendar, estimates=estimates)).encode()

    def answer(kind: str, rs: Ruleset, given: object, estimates: bool) -> Response:
        canonical = json.dumps(given, ensure_ascii=False, sort_keys=True)
        cal = receipts.calendar_for(estimates)
        return Response(receipt_bytes(kind, rs.id, estimates, cal, canonical), media_type=JSON)

    receipt_ok: dict[int | str, dict[str, Any]] = {
        200: {"description": "the receipt", "content": {JSON: {"schema": ref("Receipt")}}}
    }
    errors: dict[int | str, dict[str, Any]] = {
        status: {"description": desc, "content": {PROBLEM_JSON: {"schema": ref("Problem")}}}
        for status, desc in (
            (400, "the body is not JSON"),
            (404, "unknown ruleset (or deadline rule)"),
            (413, "the body is too large"),
            (405, "the method is not allowed on this path"),
            (415, "the body's content type (or charset) is not one the route reads"),
            (422, "a field cannot be read, the rules do not cover the situation, or a year has no calendar"),
            (500, "a fault of ours: no traceback is sent, and the service goes on serving"),
        )
    }
    provisional_q = Query(False, description="estimate years the State Council has not published yet")

    @app.get("/rulesets", summary="The rulesets govrules ships")
    async def list_rulesets() -> Response:
        return _json([_ruleset_summary(rulesets.load(i)) for i in rulesets.available()])

    @app.get("/rulesets/{ruleset_id}", summary="A ruleset: its deadline ids, its articles", responses=errors)
    async def get_ruleset(ruleset_id: str) -> Response:
        return _json(_ruleset_detail(_ruleset(ruleset_id)))

    @app.get("/rulesets/{ruleset_id}/articles/{number}", summary="An article and the rules citing it", responses=errors)
    async def get_article(ruleset_id: str, number: int) -> Response:
        return _json(_article(_ruleset(ruleset_id), number))

    # The decision routes take the request alone and read their parameters themselves (declared for
    # OpenAPI in `_lean_params`): the framework's per-parameter validation is most of a request's cost.
    def decision_route(kind: str) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            rs = _ruleset(request.path_params["ruleset_id"])
            return answer(kind, rs, await _json_body(request, limit), _provisional(request))

        route.__name__ = f"decide_{kind}"
        return route

    summaries = {
        "signing": "Who signs a document (签发), who reviews it first, who countersigns",
        "approval": "Who approves a document received for approval (呈批)",
        "leave": "Whether a leave or absence is allowed, who approves it, who is told",
        "meeting": "Whether a meeting was composed, presided and run as the rules say",
    }
    for kind, segment in _DECISIONS.items():
        app.post(
            f"/rulesets/{{ruleset_id}}/{segment}",
            summary=summaries[kind],
            responses={**receipt_ok, **errors},
            openapi_extra=body_doc(f"{kind.capitalize()}Input", lean_params("ruleset_id")),
        )(decision_route(kind))

    @app.post(
        "/rulesets/{ruleset_id}/deadlines/{rule}",
        summary="When something is due under a ruleset's deadline rule",
        responses={**receipt_ok, **errors},
        openapi_extra=body_doc("DeadlineBody", lean_params("ruleset_id", "rule")),
    )
    async def decide_deadline(request: Request) -> Response:
        rs = _ruleset(request.path_params["ruleset_id"])
        body = await _json_body(request, limit)
        rule = request.path_params["rule"]
        # `"rule": null` is the field left out, as any member written null is (a client writing every property)
        if isinstance(body, dict) and body.get("rule") is not None and body["rule"] != rule:  # a guess otherwise
            p = FieldProblem(
                "rule",
                body["rule"],
                f"the address names the deadline {rule!r}, the body another: leave rule out of the body, or"
                f" post to /rulesets/{rs.id}/deadlines/<rule>",
                f"地址中的时限是“{rule}”，请求体中的 rule 却是另一个：请从请求体中删去 rule，或改用该时限的地址",
            )
            raise Failed(field_problem([p]))
        given = {**body, "rule": rule} if isinstance(body, dict) else body
        return answer("deadline", rs, given, _provisional(request))

    @app.post(
        "/rulesets/{ruleset_id}/audit",
        summary="Audit a JSON Lines log: one finding a line, then the summary (application/x-ndjson)",
        responses={
            200: {"description": "findings, then the summary", "content": {NDJSON: {"schema": {"type": "string"}}}},
            **errors,
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {t: {"schema": {"type": "string"}} for t in ("application/x-ndjson", "text/plain")},
            }
        },
    )
    async def audit(
        ruleset_id: str,
        request: Request,
        provisional: bool = provisional_q,
        as_of: date | None = _AS_OF,
        period: str | None = _PERIOD,
    ) -> Response:
        rs = _ruleset(ruleset_id)
        media = _media(request)
        if media not in _LINES_TYPES:
            raise Failed(problem("unsupported-media-type", f"应为 application/x-ndjson 或 text/plain (got {media})"))
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > audit_limit:
            raise Failed(_too_large(audit_limit))
        if declared.isdigit() and int(declared) == 0:  # the command line's verdict on an empty log
            raise Failed(problem("invalid-input", NO_RECORD))
        declared_charset = _log_charset(request)
        cal = receipts.calendar_for(provisional)
        if as_of is not None and not cal.covers(as_of):  # refused before the status line, as the command refuses it
            raise cal.not_covered(as_of.year, f"as_of {as_of.isoformat()}", day=as_of)
        days = None
        if period is not None:
            from govrules.cli._parse import parse_period

            try:
                days = parse_period(period)
            except InvalidInput as e:
                raise Failed(field_problem([FieldProblem("period", period, str(e), e.zh or str(e))])) from None
            for d in days:  # no year is guessed: refused before the status line, as --period is
                if not cal.covers(d):
                    raise cal.not_covered(d.year, f"period {period}", day=d)
        return AuditStream(rs, request.receive, audit_limit, as_of, cal, __version__, days, declared_charset)

    @app.get("/workdays/between/{start}/{end}", summary="Working days in (start, end]", responses=errors)
    async def workdays_between(start: date, end: date, provisional: bool = provisional_q) -> Response:
        cal = receipts.calendar_for(provisional)
        n = cal.workdays_between(start, end)
        years = range(min(start, end).year, max(start, end).year + 1)
        return _json(
            {
                "from": start.isoformat(),
                "to": end.isoformat(),
                "workdays": n,
                "calendar": [receipts.year_used(cal, y) for y in years],
            }
        )

    @app.get("/workdays/{day}/add/{n}", summary="The n-th working day after (n < 0: before) a date", responses=errors)
    async def workdays_add(day: date, n: int, provisional: bool = provisional_q) -> Response:
        cal = receipts.calendar_for(provisional)
        result = cal.add_workdays(day, n)
        return _json({"date": day.isoformat(), "n": n, "result": _day(cal, result)})

    @app.get("/workdays/{day}", summary="Whether a date is a working day (调休 included)", responses=errors)
    async def workday(day: date, provisional: bool = provisional_q) -> Response:
        return _json(_day(receipts.calendar_for(provisional), day))

    install_handlers(app)
    install_openapi(app)
    app.add_middleware(_HeadAsGet)
    return app


class _HeadAsGet:
    """HEAD on a GET route (a load balancer's health check): the GET's status and headers, no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


_FLAGS = {"": False, "false": False, "0": False, "no": False, "true": True, "1": True, "yes": True}


def _provisional(request: Request) -> bool:
    text = request.query_params.get("provisional", "")
    try:
        return _FLAGS[text.lower()]
    except KeyError:
        p = FieldProblem("provisional", text, "expected true or false", "应为 true 或 false")
        raise Failed(field_problem([p])) from None
