"""The service's errors: every one an application/problem+json answer (RFC 9457), never a traceback.

The titles and messages are the library's (`govrules.problems`); here only their HTTP status.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from govrules.errors import GovRulesError
from govrules.problems import Problem, problem, problem_of
from govrules.receipts import FieldProblem, json_text

__all__ = ["PROBLEM_JSON", "Failed", "field_problem", "install_handlers", "problem_response"]

PROBLEM_JSON = "application/problem+json"

#: HTTP status of each kind of problem
STATUS = {
    "invalid-input": 422,
    "not-json": 400,
    "unknown-ruleset": 404,
    "unknown-article": 404,
    "rule-not-defined": 404,
    "no-applicable-rule": 422,
    "forbidden-by-rule": 422,
    "calendar-not-covered": 422,
    "body-too-large": 413,
    "unsupported-media-type": 415,
    "not-found": 404,
    "method-not-allowed": 405,
    "internal": 500,
}


class Failed(Exception):
    """A request the service refuses, with the problem to answer."""

    def __init__(self, p: Problem) -> None:
        self.problem = p


def problem_response(p: Problem) -> Response:
    """The problem as an HTTP answer with its status."""
    status = STATUS.get(p.kind, 400)
    # a value quoted as given may hold a lone surrogate or a NaN: escaped, as a string (always JSON, always UTF-8)
    body = json_text(p.as_dict(status), default=str)
    return Response(body.encode(), status_code=status, media_type=PROBLEM_JSON)


def field_problem(problems: list[FieldProblem]) -> Problem:
    """An invalid-input problem naming each field at fault, in Chinese and English."""
    fields = tuple(
        {"field": p.field, "value": p.value, "message": p.message_zh, "message_en": p.message_en} for p in problems
    )
    base = problem("invalid-input", "；".join(p.message_zh for p in problems))
    return Problem(base.kind, base.title_zh, base.title_en, base.detail, fields)


#: What a path or query parameter of each pydantic error type should be: (English, Chinese).
_EXPECTED = {
    "date": ("expected a date written YYYY-MM-DD, e.g. 2025-03-06", "应为日期，写作YYYY-MM-DD，如2025-03-06"),
    "int": ("expected a whole number written in ASCII digits, e.g. 52", "应为整数（半角数字），如52"),
    "bool": ("expected true or false", "应为 true 或 false"),
}


def _expected(error_type: str, given: object = None) -> tuple[str, str]:
    """The English and Chinese reason for a path or query parameter the framework could not read; a date
    written as one that does not exist (2025-02-30, 2025-13-01) says why, as a body's date does."""
    if error_type.startswith("date") and isinstance(given, str):
        import calendar
        import re

        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", given)
        if m is not None:
            y, mo, d = (int(g) for g in m.groups())
            if not 1 <= mo <= 12:
                return f"{given!r} is not a date: there is no month {mo}", f"“{given}”不是日期：没有{mo}月"
            last = calendar.monthrange(y, mo)[1] if y else 31
            if not 1 <= d <= last:
                return (
                    f"{given!r} is not a date: month {mo} has {last} days, not {d}",
                    f"“{given}”不是日期：{mo}月没有{d}日",
                )
    for key, reasons in _EXPECTED.items():
        if error_type.startswith(key):
            return reasons
    return ("cannot be read", "无法读取")


def install_handlers(app: FastAPI) -> None:
    """Answer every error with problem JSON: ours, the library's, the framework's, and any other."""

    async def failed(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, Failed)
        return problem_response(exc.problem)

    async def library(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, GovRulesError)
        return problem_response(problem_of(exc))

    async def validation(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems: list[FieldProblem] = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("path", "query", "body"))
            given = err.get("input")
            problems.append(FieldProblem(where, given, *_expected(str(err.get("type", "")), given)))
        return problem_response(field_problem(problems))

    async def http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 405:
            allowed = exc.headers.get("allow", "") if exc.headers else ""
            detail = f"此地址不接受 {request.method} 请求：{request.url.path}" + (
                f"（可用：{allowed}）" if allowed else ""
            )
            en = f"{request.method} is not allowed on {request.url.path}" + (f"; allowed: {allowed}" if allowed else "")
            return problem_response(problem("method-not-allowed", f"{detail} ({en})"))
        if exc.status_code == 404:
            return problem_response(
                problem("not-found", f"没有这个地址：{request.url.path} (no such resource: {request.url.path})")
            )
        return problem_response(Problem("http", str(exc.detail), str(exc.detail), str(exc.detail)))

    async def internal(_: Request, exc: Exception) -> Response:
        return problem_response(
            problem("internal", "服务器内部错误，请求未能完成 (internal error; the request was not completed)")
        )

    app.add_exception_handler(Failed, failed)
    app.add_exception_handler(GovRulesError, library)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(Exception, internal)
