"""What went wrong with a request, in Chinese and English, for any face of the library (RFC 9457 shape)."""

from __future__ import annotations

from typing import Any

import attrs

from govrules.errors import CalendarNotCovered, GovRulesError, InvalidInput, NoApplicableRule, RuleNotDefined
from govrules.receipts import InvalidRequest
from govrules.rules import Ruleset

__all__ = ["Problem", "problem", "problem_of", "unknown_article", "unknown_ruleset"]


@attrs.frozen
class Problem:
    """A problem: its kind (a short id), a title in Chinese and English, the detail, the fields at fault."""

    kind: str
    title_zh: str
    title_en: str
    detail: str
    fields: tuple[dict[str, Any], ...] = ()
    extra: tuple[tuple[str, Any], ...] = ()

    def as_dict(self, status: int) -> dict[str, Any]:
        """The problem as an RFC 9457 problem details object (`type`, `title`, `status`, `detail`, more)."""
        out: dict[str, Any] = {
            "type": f"urn:govrules:problem:{self.kind}",
            "title": self.title_zh,
            "title_en": self.title_en,
            "status": status,
            "detail": self.detail,
        }
        if self.fields:
            out["errors"] = list(self.fields)
        out.update(self.extra)
        return out


#: kind -> (Chinese title, English title)
TITLES: dict[str, tuple[str, str]] = {
    "invalid-input": ("输入无法读取", "The input cannot be read"),
    "not-json": ("请求体不是 JSON", "The request body is not JSON"),
    "unknown-ruleset": ("没有这个规则集", "No such ruleset"),
    "unknown-article": ("规则集中没有这一条", "The ruleset has no such article"),
    "rule-not-defined": ("规则集未规定此时限", "The ruleset defines no such rule"),
    "no-applicable-rule": ("规则未规定此情形", "The rules do not cover this situation"),
    "calendar-not-covered": ("该年份没有工作日安排", "No working-day schedule for that year"),
    "body-too-large": ("请求体过大", "The request body is too large"),
    "unsupported-media-type": ("不支持的内容类型", "Unsupported content type"),
    "not-found": ("没有这个地址", "No such resource"),
    "method-not-allowed": ("不支持此方法", "Method not allowed"),
    "internal": ("内部错误", "Internal error"),
}


def problem(kind: str, detail: str, **extra: Any) -> Problem:
    """A problem of a known kind with its titles."""
    zh, en = TITLES[kind]
    return Problem(kind, zh, en, detail, extra=tuple(sorted(extra.items())))


def problem_of(exc: GovRulesError) -> Problem:
    """The problem an error of the library stands for."""
    if isinstance(exc, InvalidRequest):
        fields = tuple(
            {"field": p.field, "value": p.value, "message": p.message_zh, "message_en": p.message_en}
            for p in exc.problems
        )
        zh, en = TITLES["invalid-input"]
        return Problem("invalid-input", zh, en, str(exc), fields)
    if isinstance(exc, CalendarNotCovered):
        # the command line's words (no Python advice): Chinese, then English; an HTTP caller asks for an
        # estimate with ?provisional=true
        from govrules.calendar_messages import render

        detail = (
            f"{render(exc, 'zh')}（HTTP：可加 ?provisional=true） ({render(exc, 'en')}; over HTTP: ?provisional=true)"
        )
        return problem(
            "calendar-not-covered", detail, year=exc.year, covered=list(exc.covered), estimated=list(exc.estimated)
        )
    if isinstance(exc, RuleNotDefined):
        return problem("rule-not-defined", str(exc))
    if isinstance(exc, NoApplicableRule):  # Chinese, then English, as the other problems say it
        return problem("no-applicable-rule", f"{exc.zh} ({exc})" if exc.zh else str(exc))
    if isinstance(exc, InvalidInput):
        return problem("invalid-input", str(exc))
    return problem("invalid-input", str(exc))


def unknown_ruleset(ruleset_id: str) -> Problem:
    """No ruleset with that id: the ids there are."""
    from govrules import rulesets

    ids = ", ".join(rulesets.available())
    return problem(
        "unknown-ruleset",
        f"没有规则集 {ruleset_id!r}；现有：{ids} (unknown ruleset {ruleset_id!r}; expected one of {ids})",
    )


def unknown_article(ruleset: Ruleset, number: int) -> Problem:
    """No article with that number in the ruleset: the numbers there are."""
    last = len(ruleset.articles)
    return problem("unknown-article", f"{ruleset.id} 没有第{number}条 (no article {number}; articles 1-{last})")
