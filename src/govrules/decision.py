"""What every decision carries: the ruleset and its version, the rules that applied, and why."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from govrules.rules import Check, Citation, Condition, Conflict, Rule, Ruleset

__all__ = [
    "Trace",
    "Violation",
    "citations_of",
    "conflict_among",
    "in_order",
    "overridden_text",
    "quote_citations",
    "trace",
]


@attrs.frozen(slots=False)  # an instance dict: the engines fill one from a template (`traced`) in one update
class Trace:
    """How a decision was reached, as a policy engine stamps its decision log.

    `applied`: the rules that decided; `overridden`: rules that applied but gave way to a more
    specific one; `checks`: each test of the deciding rule's condition and whether it held
    (worked out when asked for).
    """

    ruleset: str
    version: str
    applied: tuple[str, ...]
    overridden: tuple[str, ...] = ()
    _condition: Condition | None = attrs.field(default=None, repr=False, eq=False, alias="condition")
    _subject: object = attrs.field(default=None, repr=False, eq=False, alias="subject")

    @property
    def checks(self) -> tuple[Check, ...]:
        """Each test of the deciding rule's condition on the situation, and whether it held."""
        return () if self._condition is None else self._condition.checks(self._subject)

    if not TYPE_CHECKING:  # at run time only: to a type checker, `version` is the plain field it is

        def __getattr__(self, name: str) -> Any:
            """`version` of a trace the engines built (`trace`, `traced`): its ruleset's, asked of the ruleset
            when first read (hashing the rules costs more than a one-line command's answer), then kept."""
            source = self.__dict__.get("_version_of")  # left in place: another thread may be reading it too
            if name == "version" and source is not None:
                version: str = source.version
                self.__dict__["version"] = version
                return version
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __getstate__(self) -> dict[str, Any]:
        """What pickle and copy keep: the fields, `version` among them (never the ruleset it is read from)."""
        state = dict(self.__dict__)
        if "_version_of" in state:
            state["version"] = state.pop("_version_of").version
        return state


@attrs.frozen
class Violation:
    """A breach: what was checked (`rule`, as the audit names it), the citation, a Chinese message.

    `rule` is the kind of check (`signer`, `reviewers`, `leave_request`, `leave_approvers`,
    `meeting_composition`, or a deadline id); `source` is the id of the ruleset's rule breached.
    """

    rule: str
    citation: Citation
    message: str
    source: str = ""

    def __str__(self) -> str:
        return f"{self.message}（{self.citation}）"


def trace(ruleset: Ruleset, applicable: Iterable[Rule], prevailing: Iterable[Rule], subject: object) -> Trace:
    """The trace of a decision over `subject`: which rules applied, which prevailed, what held."""
    applicable, prevailing = tuple(applicable), tuple(prevailing)
    won = {r.id for r in prevailing}
    applied = tuple(r.id for r in prevailing)
    overridden = tuple(r.id for r in applicable if r.id not in won)
    condition = prevailing[0].condition() if prevailing else None
    return traced(trace_template(ruleset, applied, overridden, condition), subject)


def trace_template(
    ruleset: Ruleset, applied: tuple[str, ...], overridden: tuple[str, ...], condition: Condition | None
) -> dict[str, Any]:
    """A `Trace`'s fields but its subject, as `traced` fills them in: what every situation deciding by the
    same rules shares. The version is the ruleset's, read from it when the trace's is first read (a
    ruleset hashes its rules on first use of `Ruleset.version`: an answer that never shows it, as a
    one-line command's, does not pay for it)."""
    return {
        "ruleset": ruleset.id,
        "_version_of": ruleset,
        "applied": applied,
        "overridden": overridden,
        "_condition": condition,
    }


def traced(template: dict[str, Any], subject: object) -> Trace:
    """The `Trace` of `template` (`trace_template`) over `subject`, filled in as `__init__` would (Trace
    has no converter or validator), in one update rather than a call per field; its `version` read from
    the ruleset when first asked for (`Trace.__getattr__`)."""
    t: Trace = object.__new__(Trace)
    state = t.__dict__
    state.update(template)
    state["_subject"] = subject
    return t


def trace_when_read(decision: object, name: str, subject: str) -> Trace:
    """`__getattr__` of a decision filled from a template (`signing._made`): its `trace`, built from the
    template kept under `_trace_of` over the decision's `subject` field when first read, then kept. A
    trace not read is never built: an answer makes two objects fewer for the collector to walk."""
    state = decision.__dict__
    template = state.get("_trace_of")
    if name != "trace" or template is None:
        raise AttributeError(f"{type(decision).__name__!r} object has no attribute {name!r}")
    built: Trace = state.setdefault("trace", traced(template, state[subject]))  # another thread's, if first
    return built


def citations_of(rules: Iterable[Rule]) -> tuple[Citation, ...]:
    """Every citation of these rules, in order, each once."""
    return tuple(dict.fromkeys(c for r in rules for c in r.cite))  # a Citation keeps its hash: each looked up once


def conflict_among(prevailing: Sequence[Rule]) -> Conflict | None:
    """The first pair of prevailing rules that decide differently (no precedence settled it), if any."""
    deciding = prevailing[0]
    for other in prevailing[1:]:
        if other.outcome() != deciding.outcome():
            a, b = deciding.condition(), other.condition()
            reason = f"{a.describe() if a else ''} / {b.describe() if b else ''}"
            return Conflict(deciding.id, other.id, reason)
    return None


def overridden_text(ruleset: Ruleset, trace: Trace) -> str:
    """'第四十五条的规定在此不适用：附件1 五(三)1(3)的规定更为具体，优先适用。' for the rules that applied but gave
    way to a more specific one ('' when none did, or when they cite only what prevails)."""
    if not trace.overridden or not trace.applied or not ruleset.has_rule(trace.applied[0]):
        return ""
    applied = [ruleset.rule(a) for a in trace.applied if ruleset.has_rule(a)]
    # each rule that gave way is named with the applied rule that overrides it (when several rules applied side by
    # side, e.g. a leave's approvers and its substitute, the first of them need not be the one that prevailed);
    # the first applied rule when none is found, as before
    lost_by_winner: dict[str, list[str]] = {}
    for rule_id in trace.overridden:
        if not ruleset.has_rule(rule_id):
            continue
        deciding = next((r for r in applied if rule_id in ruleset.overridden_by(r.id)), applied[0])
        also_cited = {c.short() for c in deciding.cite}
        cited = ruleset.rule(rule_id).citation.short()
        lost = lost_by_winner.setdefault(deciding.citation.short(), [])
        if cited not in also_cited and cited not in lost:
            lost.append(cited)
    return "".join(
        f"{'、'.join(lost)}的规定在此不适用：{winner}的规定更为具体，优先适用。"
        for winner, lost in lost_by_winner.items()
        if lost
    )


def quote_citations(ruleset: Ruleset, citations: Iterable[Citation]) -> str:
    """Each citation with the text it points at: '依据第五十三条：“……”'."""
    lines = []
    seen: set[Citation] = set()
    for c in citations:
        if c in seen:
            continue
        seen.add(c)
        try:
            text = ruleset.cited_passage(c)
        except KeyError:
            text = ""
        lines.append(f"依据{c.short()}：“{text}”" if text else f"依据{c.short()}")
    return "\n".join(lines)


def in_order(names: Sequence[str]) -> str:
    """Those who act one after another, in words: 「由A」 for one, 「依次经A、B」 for several (every one named,
    in order), "" for none. Followed by the act: 「应依次经县长、分管副县长审批」."""
    if not names:
        return ""
    return f"由{names[0]}" if len(names) == 1 else "依次经" + "、".join(names)
