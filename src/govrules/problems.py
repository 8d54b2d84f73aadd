"""What went wrong with a request, in Chinese and English, for any face of the library (RFC 9457 shape)."""

from __future__ import annotations

from typing import Any

import attrs

from govrules.errors import (
    BrokenCalendarFile,
    CalendarNotCovered,
    ForbiddenByRule,
    GovRulesError,
    NoApplicableRule,
    RuleNotDefined,
)
from govrules.receipts import InvalidRequest
from govrules.rules import Ruleset

__all__ = ["Problem", "not_covered_said", "problem", "problem_of", "unknown_article", "unknown_ruleset"]


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
    "forbidden-by-rule": ("规则禁止此情形", "The rules forbid this situation"),
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
        return problem(
            "calendar-not-covered",
            _not_covered(exc),
            year=exc.year,
            covered=list(exc.covered),
            estimated=list(exc.estimated),
        )
    if isinstance(exc, RuleNotDefined):
        return problem("rule-not-defined", _both(exc, "规则集未规定此时限"))
    if isinstance(exc, ForbiddenByRule):  # the text speaks of it only to forbid it: not silent
        return problem("forbidden-by-rule", _both(exc, "规则禁止此情形"))
    if isinstance(exc, NoApplicableRule):  # Chinese, then English, as the other problems say it
        return problem("no-applicable-rule", _both(exc, "规则未规定此情形"))
    return problem("invalid-input", _both(exc, "输入无法读取"))


def _both(exc: GovRulesError, fallback_zh: str) -> str:
    """An error's message in Chinese, its English after it in parentheses."""
    return f"{exc.zh or fallback_zh} ({exc})"


def _not_covered(exc: CalendarNotCovered) -> str:
    """A year without a schedule, said to an HTTP caller, in Chinese with the English after it (`not_covered_said`)."""
    return f"{not_covered_said(exc, 'zh')} ({not_covered_said(exc, 'en')})"


def not_covered_said(exc: CalendarNotCovered, lang: str) -> str:
    """A year without a schedule, said to an HTTP caller in `lang` ("zh" or "en"): the command line's why (no command
    to run, no Python advice), and what the caller can do: ?provisional=true, or nothing for a year out of range."""
    from govrules.calendar_messages import FIRST, LAST, out_of_range, provisional_query, render

    zh = lang == "zh"
    y = exc.year
    if not FIRST <= y <= LAST:
        return f"{out_of_range(lang)}，{y}年不在其内" if zh else f"{out_of_range(lang)}; {y} is outside"
    if isinstance(exc, BrokenCalendarFile):
        return (
            f"服务器上为{y}年添加的节假日文件无法使用，{y}年暂无节假日安排；请服务的管理员改正或删除该文件"
            if zh
            else f"the schedule file added on the server for {y} cannot be used; its administrator should fix or"
            " remove it"
        )
    # the why of the command line's message, without its advice (the part after the first full stop)
    why = render(exc, "zh").split("。", 1)[0] if zh else render(exc, "en").split(". ", 1)[0]
    if y in exc.estimated or exc.estimated:  # estimates were allowed: only the server's calendar can cover it
        return (
            f"{why}。须由服务的管理员添加{y}年的节假日安排"
            if zh
            else f"{why}. The service's administrator has to add {y}'s schedule"
        )
    advice = provisional_query(lang)
    return f"{why}。{advice}" if zh else f"{why}. {advice[0].upper()}{advice[1:]}"


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
    numbers = sorted(a.number for a in ruleset.articles)  # district-xx holds 43-76 only: not 1 to their count
    span_en = f"articles {numbers[0]}-{numbers[-1]}" if numbers else "no articles"
    span_zh = f"第{numbers[0]}条至第{numbers[-1]}条" if numbers else "无条文"
    return problem(
        "unknown-article",
        f"{ruleset.id} 没有第{number}条：govrules 所存文本只有{span_zh}"
        f" (no article {number}; the text held has {span_en})",
    )
