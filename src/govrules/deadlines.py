"""When something is due: a ruleset's named periods resolved on the working-day calendar."""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Any

import attrs

from govrules.decision import Trace, quote_citations
from govrules.errors import InvalidInput, RuleNotDefined, expect
from govrules.periods import BEFORE, Direction, Period, Unit
from govrules.rules import Citation, DeadlineRule, Ruleset, hedge_word
from govrules.workdays import WorkdayCalendar, as_date, china

__all__ = [
    "Deadline",
    "DeadlineCheck",
    "check",
    "due",
    "due_date",
    "late_by",
    "late_said",
    "rule_ids",
    "rules_meant",
    "variant_id",
]


@attrs.frozen(slots=False)  # an instance dict: `_due` fills one from its rule's template in one update
class Deadline:
    """The last allowed date of a period, the article that sets it, and whether it rests on an estimate."""

    date: dt.date
    anchor: dt.date
    rule: str
    period: Period
    variant: str | None
    citation: Citation
    citations: tuple[Citation, ...]
    provisional: bool
    ruleset: Ruleset = attrs.field(repr=False, eq=False)

    @property
    def trace(self) -> Trace:
        """The ruleset, its version and the rule that set this deadline."""
        return Trace(self.ruleset.id, self.ruleset.version, (self.rule,))

    def explain(self) -> str:
        """In Chinese: what is due, by when, counted how, and the article quoted."""
        r = self.ruleset.rule(self.rule)
        assert isinstance(r, DeadlineRule)
        described = self.period.describe().removeprefix("提前")
        when = "前" if self.period.direction is BEFORE else "" if described == "当日" else "后"
        text = (
            f"按照《{self.ruleset.title}》，{_variant_phrase(r, self.variant)}{_hedge_phrase(r, self.variant)}"
            f"{r.action}的时限为{r.anchor}{when}{described}"
            f"：{r.anchor}为{self.anchor.isoformat()}，最迟应于{self.date.isoformat()}（{_weekday(self.date)}）"
            + ("前完成" if self.period.direction is BEFORE else "完成")
            + self._moved()
            + "。"
        )
        if self.provisional:
            text += f"注意：{self.date.year}年节假日安排为估算，以国务院通知为准。"
        return text + "\n" + quote_citations(self.ruleset, self.citations)

    def _moved(self) -> str:
        """Where a period counted in days or months reached a rest day: which, and that it moved (「（2025-10-02
        （星期五）非工作日，顺延至…）」); empty otherwise."""
        reached = self.period.unrolled(self.anchor)
        if reached is None or reached == self.date:
            return ""
        how = "提前至" if self.period.direction is BEFORE else "顺延至"
        return f"（{reached.isoformat()}（{_weekday(reached)}）非工作日，{how}{self.date.isoformat()}）"


@attrs.frozen
class DeadlineCheck:
    """Whether something was done on time; `late_by` in working days (0 when on time), `late_by_days` in
    calendar days (0 when on time).

    `provisional`: the deadline, or the working days counted to `done_on` for a period counted in working
    days, rest on an estimated year. The explanation says the lateness in the period's own unit
    (`late_said`): working days for a period of working days (「逾期2个工作日」), calendar days for one of days,
    months or the year's end (「1个月内」: 「逾期15天」), as the text counts it.
    """

    on_time: bool
    late_by: int
    deadline: Deadline
    done_on: date
    provisional: bool = False
    late_by_days: int = 0

    @property
    def late_said(self) -> str:
        """The lateness in the unit the period is counted in: 「逾期2个工作日」, 「逾期15天」; empty when on time."""
        if self.on_time:
            return ""
        return late_said(self.deadline.period, self.late_by, self.late_by_days)

    def explain(self) -> str:
        """In Chinese: on time, or late by how many working days (a period of working days) or days (a period
        of days or months)."""
        head = self.deadline.explain().split("\n", 1)
        verdict = (
            f"实际于{self.done_on.isoformat()}完成，符合时限。"
            if self.on_time
            else f"实际于{self.done_on.isoformat()}完成，{self.late_said}。"
        )
        if self.provisional and not self.deadline.provisional:
            verdict += "注意：逾期天数的计算涉及估算的节假日安排，以国务院通知为准。"
        return head[0] + verdict + ("\n" + head[1] if len(head) > 1 else "")


def _variant_phrase(rule: DeadlineRule, variant: str | None) -> str:
    """The text's words for the case a variant's period is of, so that the explanation says when that period
    applies (崆峒 第五十三条 「有重大修改意见需要协调的」, district-xx 第五十九条 「特别复杂的事项」): the longest
    of the rule's `variant_names` for it; empty for the general period, or a variant the rule names no words for."""
    if variant is None:
        return ""
    words = [word for word, named in rule.variant_names.items() if named == variant]
    if not words:
        return ""
    word = max(words, key=len)
    return f"{word}{'' if word.endswith(('的', '事项')) else '的'}，"


def _hedge_phrase(rule: DeadlineRule, variant: str | None = None) -> str:
    """The text's hedge before a hedged period (「原则上」「一般」「除特殊情况外」), so that the explanation says the
    period is a default as the text does; empty for a strict one, and for a variant the hedge does not govern
    (`DeadlineRule.unhedged_variants`: 「特别复杂的事项不得超过一周」 is a ceiling)."""
    if not rule.hedged or variant in rule.unhedged_variants:
        return ""
    word = hedge_word(rule.quote)
    return "一般情况下，" if word == "一般" else f"{word}，"


def rule_ids(ruleset: Ruleset) -> tuple[str, ...]:
    """The deadline rule ids this ruleset defines."""
    return tuple(r.id for r in ruleset.rules_of(DeadlineRule))


def rules_meant(ruleset: Ruleset, words: str) -> tuple[str, ...]:
    """The ids of the deadline rules whose action `words` (Chinese, not an id) are part of: 会签 → countersign_reply,
    纪要印发 → minutes_issue; none for an id-like (ASCII) or empty text. For saying which id a user meant."""
    given = words.strip()
    if not given or given.isascii():
        return ()
    return tuple(r.id for r in ruleset.rules_of(DeadlineRule) if given in r.action)


def due(
    ruleset: Ruleset,
    rule_id: str,
    anchor_date: date,
    *,
    variant: str | None = None,
    calendar: WorkdayCalendar | None = None,
) -> Deadline:
    """The deadline `rule_id` sets for an event on `anchor_date` (`RuleNotDefined` if the text has none)."""
    # the arguments checked in line, `expect` and `as_date` called only when there is something to say or do:
    # a call each costs more than an answer from memory
    if not (
        isinstance(ruleset, Ruleset)
        and isinstance(anchor_date, date)
        and (calendar is None or isinstance(calendar, WorkdayCalendar))
    ):
        expect(ruleset, Ruleset, "ruleset")
        expect(anchor_date, date, "the event's day")
        expect(calendar, WorkdayCalendar, "calendar")
    cal = calendar if calendar is not None else china()
    if type(anchor_date) is not date:
        anchor_date = as_date(anchor_date)
    if variant is not None:
        variant = variant_id(ruleset, rule_id, variant)
    deadline: Deadline = ruleset.memos[_due](rule_id, anchor_date, variant, cal)
    return deadline


def due_date(
    ruleset: Ruleset,
    rule_id: str,
    anchor_date: date,
    *,
    variant: str | None = None,
    calendar: WorkdayCalendar | None = None,
) -> date:
    """The last allowed date alone, as `due` gives it, without building the explained `Deadline`."""
    expect(ruleset, Ruleset, "ruleset")
    return _period(ruleset, rule_id, variant)[1].resolve(anchor_date, calendar if calendar is not None else china())


def variant_id(ruleset: Ruleset, rule_id: str, variant: str | None) -> str | None:
    """The id of the variant of deadline `rule_id` that `variant` names: its id, or the text's word for it
    (`DeadlineRule.variant_names`: district-xx 五十九 「特别复杂」 -> "complex"); as given where the rule has no
    such word (or no such rule), to be refused where it is looked up."""
    if type(variant) is not str:
        return variant
    rule = ruleset.rule(rule_id) if ruleset.has_rule(rule_id) else None
    return rule.variant_named(variant) if isinstance(rule, DeadlineRule) else variant


def _period(ruleset: Ruleset, rule_id: str, variant: str | None) -> tuple[DeadlineRule, Period]:
    rule = ruleset.rule(rule_id)
    if not isinstance(rule, DeadlineRule):
        raise RuleNotDefined(f"{ruleset.id}: rule {rule_id!r} is a {type(rule).__name__}, not a deadline")
    if variant is None:
        return rule, rule.period
    variant = rule.variant_named(variant) if type(variant) is str else variant
    try:
        return rule, rule.variants[variant]
    except (KeyError, TypeError):
        raise InvalidInput(
            f"{ruleset.id}: deadline {rule_id!r} has no variant {variant!r} (variants: {rule.variants_said_en()})",
            zh=f"《{ruleset.title}》的时限“{rule_id}”没有“{variant}”这一情形（可用：{rule.variants_said()}）",
        ) from None


def _due(ruleset: Ruleset, rule_id: str, anchor_date: date, variant: str | None, cal: WorkdayCalendar) -> Deadline:
    templates = ruleset.memos[_deadline_template]
    # by the id alone where there is no variant: a cache keyed by one str looks it up as it is (no key to build)
    template = templates(rule_id) if variant is None else templates(rule_id, variant)
    day = template["period"].resolve_on(anchor_date, cal)
    state = template.copy()  # every field in place already (in their order): filled without the dict growing
    state["date"] = day
    state["anchor"] = anchor_date
    estimated = cal._provisional  # `cal.is_estimated(day, anchor_date)` in line: both are dates
    state["provisional"] = bool(estimated) and (day.year in estimated or anchor_date.year in estimated)
    deadline: Deadline = object.__new__(Deadline)
    _set_state(deadline, "__dict__", state)  # the instance's dict, as `__init__` would fill it
    return deadline


#: `object.__setattr__`: a frozen `Deadline`'s dict set once, when `_due` makes it.
_set_state = object.__setattr__


def _deadline_template(ruleset: Ruleset, rule_id: str, variant: str | None = None) -> dict[str, Any]:
    """A `Deadline`'s fields, in their order: those shared by every event under `rule_id`, and the days and
    whether they are estimated as placeholders that `_due` fills in on a copy, as `__init__` would (Deadline has
    no converter or validator)."""
    rule, period = _period(ruleset, rule_id, variant)
    return {
        "date": None,
        "anchor": None,
        "rule": rule_id,
        "period": period,
        "variant": variant,
        "citation": rule.citation,
        "citations": rule.cite,
        "provisional": False,
        "ruleset": ruleset,
    }


def check(
    ruleset: Ruleset,
    rule_id: str,
    anchor: date,
    done_on: date,
    *,
    variant: str | None = None,
    calendar: WorkdayCalendar | None = None,
) -> DeadlineCheck:
    """Whether what `rule_id` requires, done on `done_on`, met its deadline; late by how many working days and
    calendar days (`DeadlineCheck`)."""
    cal = calendar if calendar is not None else china()
    if not isinstance(done_on, date):
        raise InvalidInput(f"done_on is a date; got {done_on!r}")
    done_on = as_date(done_on)
    d = due(ruleset, rule_id, anchor, variant=variant, calendar=cal)
    if not cal.covers(done_on):
        raise cal.not_covered(done_on.year, f"asked about {done_on.isoformat()}")
    if done_on < d.anchor and d.period.direction is Direction.AFTER:
        raise InvalidInput(
            f"{ruleset.id}: {rule_id} done on {done_on.isoformat()}, before its event on {d.anchor.isoformat()}:"
            " a thing cannot be done before what it answers"
        )
    late = late_by(d.date, done_on, cal)
    counted = d.period.unit is Unit.WORKDAY  # the lateness said in working days, which an estimate may move
    provisional = d.provisional or (counted and late > 0 and cal.spans_estimate(d.date, done_on))
    return DeadlineCheck(done_on <= d.date, late, d, done_on, provisional, max(0, (done_on - d.date).days))


def late_said(period: Period, working_days: int, days: int) -> str:
    """「逾期N个工作日」 for a period counted in working days, 「逾期N天」 (calendar days) for one counted in days,
    months or to the year's end: the lateness in the unit the text counts the period in."""
    return f"逾期{working_days}个工作日" if period.unit is Unit.WORKDAY else f"逾期{days}天"


def late_by(deadline: date, done_on: date, calendar: WorkdayCalendar | None = None) -> int:
    """Working days by which `done_on` is after `deadline` (0 when on time; a rest day after it counts 1).

    The count rests on an estimate when `calendar.spans_estimate(deadline, done_on)`; `check` says so
    in `DeadlineCheck.provisional`.
    """
    cal = calendar if calendar is not None else china()
    for d in (deadline, done_on):
        if not isinstance(d, date):
            raise InvalidInput(f"late_by takes two dates; got {d!r}")
        if not cal.covers(d):
            raise cal.not_covered(d.year, f"asked about {d.isoformat()}")
    deadline, done_on = as_date(deadline), as_date(done_on)
    if done_on <= deadline:
        return 0
    return max(1, cal.workdays_between(deadline, done_on))


_WEEKDAYS = "一二三四五六日"


def _weekday(d: date) -> str:
    return f"星期{_WEEKDAYS[d.weekday()]}"
