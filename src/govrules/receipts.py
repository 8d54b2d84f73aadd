"""Decision receipts: one JSON form for every decision, to keep and to check later.

A receipt holds the input as given, the answer (roles by identifier and by the text's own name), the
citations with the passages they point at, the explanation, the trace, the ruleset's id and version,
the calendar years the answer rests on and where each came from, and the govrules version. The same
input gives the same bytes (`dumps`: sorted keys, no timestamps).

The answer is read off the decision object field by field (attrs introspection), so a field a
decision class gains appears in its receipts without a change here. The command line
(`--format json`, `govrules verify`) and the HTTP service (`govrules serve`) both answer with
`decide`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from govrules import attendance, deadlines, rulesets, signing
from govrules.audit.records import TYPE_NAMES, DocumentRecord, LeaveRecord, MeetingRecord, with_meeting_absences
from govrules.errors import GovRulesError, InvalidInput, RuleNotDefined, invisible_hint, traditional_hint
from govrules.labels import LabeledEnum
from govrules.model import Meeting, MeetingKind, Review, Role, converter
from govrules.model.json import absent_nulls
from govrules.rules import Citation, DeadlineRule, Ruleset
from govrules.workdays import WorkdayCalendar, china

__all__ = [
    "FORMAT",
    "KINDS",
    "Change",
    "DeadlineInput",
    "FieldProblem",
    "InvalidRequest",
    "calendar_for",
    "decide",
    "dumps",
    "load_receipt",
    "parse_input",
    "verify",
    "year_source",
    "year_used",
]

#: The receipt format's name and version, the first thing a reader checks.
FORMAT = "govrules-receipt/1"


@attrs.frozen(kw_only=True)
class DeadlineInput:
    """A deadline asked for: the rule's id, the date of the event it runs from (or before), a variant."""

    rule: str
    anchor: dt.date
    variant: str | None = None


@attrs.frozen
class FieldProblem:
    """One field of an input that cannot be read: where (`$.kind`), the value given, and why."""

    field: str
    value: object
    reason: str
    #: The reason in Chinese, when known; otherwise the Chinese message gives the English one in parentheses.
    reason_zh: str | None = None

    @property
    def message_zh(self) -> str:
        """The problem in Chinese (the English reason after it, in parentheses)."""
        if self.reason == "missing":
            return f"缺少必填字段 {self.field}"
        if self.reason == "extra":
            return f"不认识的字段 {self.field}"
        hint = (
            invisible_hint(self.value)[0] + traditional_hint(self.value)[0]
        )  # said before a long list of what is known
        if self.reason_zh is None:
            return f"字段 {self.field} 的值 {_show(self.value)}{hint} 无效 ({self.reason})"
        return f"字段 {self.field} 的值 {_show(self.value)}{hint} 无效：{self.reason_zh} ({self.reason})"

    @property
    def message_zh_only(self) -> str:
        """The problem in Chinese alone where its Chinese reason is known (what the command line says in
        Chinese); `message_zh`, English reason and all, where it is not."""
        if self.reason_zh is None or self.reason in ("missing", "extra"):
            return self.message_zh
        hint = invisible_hint(self.value)[0] + traditional_hint(self.value)[0]
        return f"字段 {self.field} 的值 {_show(self.value)}{hint} 无效：{self.reason_zh}"

    @property
    def message_en(self) -> str:
        """The problem in English."""
        if self.reason == "missing":
            return f"required field {self.field} is missing"
        if self.reason == "extra":
            return f"unknown field {self.field}"
        hint = invisible_hint(self.value)[1] + traditional_hint(self.value)[1]
        return f"field {self.field}: invalid value {_show(self.value)}{hint}: {self.reason}"


class InvalidRequest(InvalidInput):
    """An input that cannot be read, with each field that is wrong (`problems`)."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        self.problems = problems
        # str(): each problem in Chinese with its English after it (an HTTP problem's `detail`); `.zh`: the
        # Chinese alone, `.en`: the English alone (what the command line says in either language)
        super().__init__(self.detail, zh="；".join(p.message_zh_only for p in problems) or "输入无法读取")
        self.en = "; ".join(p.message_en for p in problems) or "the input cannot be read"

    @property
    def detail(self) -> str:
        """The problems in Chinese, each with its English in parentheses (an HTTP problem's `detail`)."""
        return "；".join(p.message_zh for p in self.problems) or "输入无法读取"


def _show(value: object) -> str:
    """A value as JSON text to quote in a message: a lone surrogate as its escape, never a bare NaN."""
    try:
        return json_text(value, sort_keys=False)
    except (TypeError, ValueError):
        return _LONE_SURROGATE.sub(_escape, repr(value))


# -- reading an input -------------------------------------------------------------------------------


def _problems(exc: BaseException, path: str, given: object) -> list[FieldProblem]:
    """Each leaf of a cattrs error tree, with the field's path and the value given there."""
    if isinstance(exc, ForbiddenExtraKeysError):
        return [FieldProblem(f"{path}.{k}", _at(given, k), "extra") for k in sorted(exc.extra_fields)]
    if isinstance(exc, ClassValidationError):
        found, other = exc.group_exceptions()
        out: list[FieldProblem] = []
        for sub, note in found:
            if isinstance(sub, KeyError) and not isinstance(sub, GovRulesError):
                out.append(FieldProblem(f"{path}.{note.name}", None, "missing"))
            else:
                out.extend(_problems(sub, f"{path}.{note.name}", _at(given, note.name)))
        for sub in other:
            out.extend(_problems(sub, path, given))
        return out
    if isinstance(exc, IterableValidationError):
        found_i, other_i = exc.group_exceptions()
        out = []
        for sub, inote in found_i:
            out.extend(_problems(sub, f"{path}[{inote.index}]", _at(given, inote.index)))
        for sub in other_i:
            out.extend(_problems(sub, path, given))
        return out
    if isinstance(exc, cattrs.BaseValidationError):
        return [p for sub in exc.exceptions for p in _problems(sub, path, given)]
    return [FieldProblem(path, given, str(exc) or type(exc).__name__, _zh_reason(exc))]


def _zh_reason(exc: BaseException) -> str | None:
    """The Chinese of a field's fault: the error's own (`zh`), "wrong type" for a TypeError, else None."""
    zh = getattr(exc, "zh", None)
    if isinstance(zh, str):
        return zh
    if isinstance(exc, TypeError):
        return "类型不对"
    return None


def _at(given: object, key: object) -> object:
    if isinstance(given, Mapping) and isinstance(key, str):
        return given.get(key)
    if isinstance(given, list) and isinstance(key, int) and 0 <= key < len(given):
        return given[key]
    return None


def _structure(given: object, cls: type[Any], record: str | None) -> Any:
    """`given` as `cls`; `record` names the log record type it may also be given as (with its "type" and "id")."""
    if not isinstance(given, Mapping):
        raise InvalidRequest((FieldProblem("$", given, "expected a JSON object", "应为 JSON 对象"),))
    body = dict(given)
    if record is not None:  # a record from a log may keep its "type" and "id"; a bare document needs neither
        kind = body.pop("type", None)
        if kind is not None and kind != record:  # null: left out (a client writing every property of its class)
            zh = TYPE_NAMES[record]
            raise InvalidRequest(
                (
                    FieldProblem(
                        "type",
                        kind,
                        f"this decision reads a {record} record; this record's type is another",
                        f"此处应为{zh}记录（type 为 {record}），而这条记录的类型不是",
                    ),
                )
            )
        if body.get("id") is None:  # left out, or null as a client writing every property of its class writes it
            body["id"] = "-"
    try:
        return converter.structure(body, cls)
    except cattrs.BaseValidationError as e:
        found = _problems(e, "$", body)
        raise InvalidRequest(tuple(attrs.evolve(f, field=f.field.removeprefix("$.")) for f in found)) from None
    except (InvalidInput, TypeError, ValueError, KeyError, AttributeError) as e:
        raise InvalidRequest((FieldProblem("$", given, str(e) or type(e).__name__, _zh_reason(e)),)) from None


def _document(given: object) -> Any:
    return _structure(given, DocumentRecord, "document").document()


def _leave(given: object) -> Any:
    return _structure(given, LeaveRecord, "leave").request()


def _meeting(given: object) -> tuple[Meeting, bool, bool]:
    if isinstance(given, Mapping):  # an absence need not repeat what the meeting says (its kind, its day)
        given = with_meeting_absences(given)
    r: MeetingRecord = _structure(given, MeetingRecord, "meeting")
    try:
        return r.meeting(), r.composition, r.observers
    except InvalidInput as e:
        raise InvalidRequest((FieldProblem("$", given, str(e), _zh_reason(e)),)) from None


def _deadline(given: object) -> DeadlineInput:
    d: DeadlineInput = _structure(given, DeadlineInput, None)
    return d


def parse_input(kind: str, given: object, ruleset: Ruleset | None = None) -> object:
    """The model object an input stands for (`InvalidRequest` naming each field that is wrong).

    With `ruleset`, a role may be given by the name that ruleset's text uses (县政府办公室, the label its
    receipts write), and a role its text does not have is refused with those it has, as the command
    line does."""
    if kind not in _DECIDE:
        raise InvalidInput(
            f"unknown decision {kind!r}; expected one of {', '.join(KINDS)}",
            zh=f"未知的决定类型“{kind}”；应为 {'、'.join(KINDS)} 之一",
        )
    given = absent_nulls(given)  # a member written null is one left out (what JSON clients write for "no value")
    if ruleset is None or kind not in _RECORDS:
        return _PARSE[kind](given)
    wrong: list[FieldProblem] = []
    own = _own_roles(given, _RECORDS[kind], ruleset, "", wrong)
    if kind in ("signing", "approval") and isinstance(own, Mapping) and isinstance(own.get("addressee"), str):
        # an addressee as the text names it (区政府 in a district's text, 市政府 in 西丰), as the CLI reads --to
        addressee = ruleset.addressee_named(own["addressee"])
        if addressee is not None:
            own = {**own, "addressee": addressee.name}
    if kind in ("signing", "approval") and isinstance(own, Mapping) and isinstance(own.get("issuer"), str):
        # in whose name, not another level's government's (「以市政府名义」 in 西丰's text: `Ruleset.read_issuer`)
        try:
            own = {**own, "issuer": ruleset.read_issuer(own["issuer"], hints=False).name}
        except InvalidInput as e:
            wrong.append(FieldProblem("issuer", own["issuer"], str(e), e.zh))
    if kind == "leave" and isinstance(own, Mapping) and isinstance(own.get("kind"), str):
        # a kind of leave as the text names it (离咸外出, 不能参加会议), as its receipts and the CLI say it; a word
        # it does not know is refused with the text's words (`Ruleset.read_leave_kind`)
        try:
            own = {**own, "kind": ruleset.read_leave_kind(own["kind"], hints=False).name}
        except InvalidInput as e:
            wrong.append(FieldProblem("kind", own["kind"], str(e), e.zh))
    if kind == "meeting" and isinstance(own, Mapping) and isinstance(own.get("absent"), list):
        # an absence's kind of leave as the text names it (东川 「不能参加会议」), as a leave's is read above
        absent: list[object] = []
        for i, leave in enumerate(own["absent"]):
            if isinstance(leave, Mapping) and isinstance(leave.get("kind"), str):
                try:
                    leave = {**leave, "kind": ruleset.read_leave_kind(leave["kind"], hints=False).name}
                except InvalidInput as e:
                    wrong.append(FieldProblem(f"absent[{i}].kind", leave["kind"], str(e), e.zh))
            absent.append(leave)
        own = {**own, "absent": absent}
    try:
        parsed = _PARSE[kind](own)
    except InvalidRequest as e:  # the fields at fault, with the values as given (not as translated)
        named = {p.field for p in wrong}
        rest = (attrs.evolve(p, value=given) if p.field == "$" else p for p in e.problems if p.field not in named)
        raise InvalidRequest((*wrong, *(p for p in rest if not (wrong and p.field == "$")))) from None
    if wrong:
        raise InvalidRequest(tuple(wrong))
    return parsed


# -- a ruleset's own names for roles ------------------------------------------------------------------


def _record_classes() -> dict[str, type[Any]]:
    return {"signing": DocumentRecord, "approval": DocumentRecord, "leave": LeaveRecord, "meeting": MeetingRecord}


_RECORDS: Mapping[str, type[Any]] = _record_classes()


@cache
def _fields(cls: type[Any]) -> tuple[tuple[str, Any], ...]:
    """The fields of an attrs class that may hold a role, with their types (resolved)."""
    attrs.resolve_types(cls)
    return tuple((f.name, f.type) for f in attrs.fields(cls) if _may_hold_role(f.type))


@cache
def _may_hold_role(tp: Any) -> bool:
    if tp is Role or tp is Review or tp is MeetingKind:
        return True
    if attrs.has(tp):
        return bool(_fields(tp))
    return any(_may_hold_role(a) for a in typing.get_args(tp) if a is not type(None) and a is not Ellipsis)


def _own_roles(value: object, tp: Any, rs: Ruleset, path: str, wrong: list[FieldProblem]) -> Any:
    """`value` (decoded JSON of type `tp`) with each role the ruleset's text names by its member name."""
    if tp is Role or (tp is Review and isinstance(value, str)):
        return _own_role(value, rs, path, wrong) if isinstance(value, str) else value
    if tp is MeetingKind:
        return _own_meeting(value, rs, path, wrong) if isinstance(value, str) else value
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, Mapping):
            return value
        out = dict(value)
        for name, ftype in _fields(tp):
            if name in out:
                out[name] = _own_roles(out[name], ftype, rs, f"{path}.{name}" if path else name, wrong)
        return out
    args = [a for a in typing.get_args(tp) if a is not type(None) and a is not Ellipsis]
    if typing.get_origin(tp) in (tuple, frozenset, set, list) and args:
        if not isinstance(value, list):
            return value
        return [_own_roles(v, args[0], rs, f"{path}[{i}]", wrong) for i, v in enumerate(value)]
    if len(args) == 1:  # X | None
        return _own_roles(value, args[0], rs, path, wrong)
    return value


def _own_role(text: str, rs: Ruleset, path: str, wrong: list[FieldProblem]) -> str:
    """A role as given: as its member name when this text reads it (its own name, a generic one, with or without
    同志); a role the text does not have, or a name of another level (副市长 in a county), is put in `wrong` with
    those it has (`Ruleset.read_role`, the reader of the command line and the audit)."""
    try:
        return rs.read_role(text, hints=False).name
    except InvalidInput as e:
        wrong.append(FieldProblem(path, text, str(e), e.zh))
        return text


def _own_meeting(text: str, rs: Ruleset, path: str, wrong: list[FieldProblem]) -> str:
    """A kind of meeting as given, as its member name when this text has it; another level's name (县长办公会议 in
    咸阳's text) or a meeting its rules do not have is put in `wrong` with those it has (`Ruleset.read_meeting`)."""
    try:
        return rs.read_meeting(text, hints=False).name
    except InvalidInput as e:
        wrong.append(FieldProblem(path, text, str(e), e.zh))
        return text


_PARSE: Mapping[str, Callable[[object], Any]] = {
    "signing": _document,
    "approval": _document,
    "deadline": _deadline,
    "leave": _leave,
    "meeting": _meeting,
}


def _decide_signing(rs: Ruleset, parsed: Any, cal: WorkdayCalendar) -> Any:
    return signing.who_signs(rs, parsed)


def _decide_approval(rs: Ruleset, parsed: Any, cal: WorkdayCalendar) -> Any:
    return signing.who_approves(rs, parsed)


def _decide_deadline(rs: Ruleset, parsed: Any, cal: WorkdayCalendar) -> Any:
    ids = deadlines.rule_ids(rs)
    if parsed.rule not in ids:
        # a deadline named in words (会签, 纪要印发) rather than by its id: which ids those words describe
        meant = deadlines.rules_meant(rs, parsed.rule)
        raise RuleNotDefined(
            f"{rs.id} has no deadline rule {parsed.rule!r}; it has {', '.join(ids)}"
            + (
                f"; by {parsed.rule.strip()!r} did you mean {' or '.join(meant)}? the rule is named by its id"
                if meant
                else ""
            ),
            zh=f"《{rs.title}》没有时限规则“{parsed.rule}”；它有：{'、'.join(ids)}"
            + (f"。“{parsed.rule.strip()}”是指 {' 或 '.join(meant)} 吗？时限须写编号" if meant else ""),
        )
    rule = rs.rule(parsed.rule)
    variants = tuple(getattr(rule, "variants", {}))
    if (
        parsed.variant is not None and deadlines.variant_id(rs, parsed.rule, parsed.variant) not in variants
    ):  # (特别复杂)
        # each variant with the text's word for it (complex（特别复杂）), as the command line offers them
        if isinstance(rule, DeadlineRule):
            have_en, listed = rule.variants_said_en(), rule.variants_said()
        else:
            have_en, listed = ", ".join(variants) or "none", "、".join(variants)
        have_zh = f"它的变体有：{listed}" if variants else "它没有变体"
        raise InvalidRequest(
            (
                FieldProblem(
                    "variant",
                    parsed.variant,
                    f"deadline {parsed.rule!r} has no variant {parsed.variant!r} (variants: {have_en})",
                    f"时限“{parsed.rule}”没有变体“{parsed.variant}”；{have_zh}",
                ),
            )
        )
    return deadlines.due(rs, parsed.rule, parsed.anchor, variant=parsed.variant, calendar=cal)


def _decide_leave(rs: Ruleset, parsed: Any, cal: WorkdayCalendar) -> Any:
    return attendance.check_leave(rs, parsed, calendar=cal)


def _decide_meeting(rs: Ruleset, parsed: Any, cal: WorkdayCalendar) -> Any:
    meeting, composition, observers = parsed
    return attendance.check_meeting(rs, meeting, composition=composition, calendar=cal, observers=observers)


_DECIDE: Mapping[str, Callable[[Ruleset, Any, WorkdayCalendar], Any]] = {
    "signing": _decide_signing,
    "approval": _decide_approval,
    "deadline": _decide_deadline,
    "leave": _decide_leave,
    "meeting": _decide_meeting,
}
#: The decisions a receipt can hold.
KINDS: tuple[str, ...] = tuple(_DECIDE)
#: The decisions that count on the working-day calendar.
_DATED = frozenset({"deadline", "leave", "meeting"})


# -- the receipt ------------------------------------------------------------------------------------


def year_source(calendar: WorkdayCalendar, year: int) -> str:
    """Where the calendar's schedule for `year` comes from: 'published', 'estimated' or 'loaded' (a user's
    file: the year's own, or one that changed days the State Council's notice had set: `source.amended`)."""
    source = calendar.source(year)
    if source.estimated:
        return "estimated"
    return "loaded" if source.file is not None or source.amended else "published"


def year_used(calendar: WorkdayCalendar, year: int) -> dict[str, Any]:
    """A calendar year as a receipt names it: its source, and the State Council notice it rests on (for a
    year loaded from a file alone, the notice its `papers` give: the usual title, no 文号, the first address)."""
    source = calendar.source(year)
    notice: dict[str, Any] | None = None
    if source.notices:
        notice = {"title": source.title, "number": source.number, "address": source.address}
    elif source.papers:
        notice = {"title": f"国务院办公厅关于{year}年部分节假日安排的通知", "number": None, "address": source.papers[0]}
    return {"year": year, "source": year_source(calendar, year), "notice": notice}


def calendar_for(estimates: bool) -> WorkdayCalendar:
    """The calendar a receipt is computed on: the State Council schedule, estimated years allowed or not."""
    return china(provisional=estimates)


def decide(
    kind: str, ruleset: Ruleset, given: object, *, calendar: WorkdayCalendar | None = None, estimates: bool = False
) -> dict[str, Any]:
    """The receipt of decision `kind` ('signing', 'approval', 'deadline', 'leave', 'meeting') on `given`.

    `given` is the input as decoded JSON (record format; labels or identifiers). `estimates` says
    whether years the State Council has not published may be estimated (`calendar` defaults to that).
    """
    parsed = parse_input(kind, given, ruleset)
    cal = calendar if calendar is not None else calendar_for(estimates)
    decision = _DECIDE[kind](ruleset, parsed, cal)
    return _receipt(kind, ruleset, given, decision, cal, estimates or bool(cal.provisional_years))


def _receipt(
    kind: str, rs: Ruleset, given: object, decision: Any, cal: WorkdayCalendar, estimates: bool
) -> dict[str, Any]:
    answer = answer_of(decision, rs)
    years: list[dict[str, Any]] = []
    if kind in _DATED:
        found: set[int] = set()
        _years(given, found)
        _years(answer, found)
        if found:
            span = range(min(found), max(found) + 1)
            covered = set(cal.years)
            years = [year_used(cal, y) for y in span if y in covered]
    trace = getattr(decision, "trace", None)
    return {
        "format": FORMAT,
        "decision": kind,
        "ruleset": {"id": rs.id, "version": rs.version, "title": rs.title},
        "input": given,
        "answer": answer,
        "citations": [_citation(c, rs) for c in getattr(decision, "citations", ())],
        "explanation": decision.explain(),
        "trace": _trace(trace) if trace is not None else None,
        "calendar": {"estimates_allowed": estimates, "years": years},
        "govrules": _version(),
    }


def _version() -> str:
    from govrules import __version__

    return __version__


def _years(value: object, out: set[int]) -> None:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        with contextlib.suppress(ValueError):
            out.add(dt.date.fromisoformat(value).year)
    elif isinstance(value, Mapping):
        for v in value.values():
            _years(v, out)
    elif isinstance(value, list):
        for v in value:
            _years(v, out)


#: Fields every decision carries that the receipt shows on their own (not inside the answer).
_SHOWN_APART = frozenset({"trace", "citations"})


def answer_of(decision: object, rs: Ruleset) -> dict[str, Any]:
    """A decision's answer as JSON-ready data: every field but its context (ruleset, input), trace and citations."""
    cls: Any = type(decision)
    return {name: _encode(getattr(decision, name), rs) for name in _shown(cls) if name not in _SHOWN_APART}


@cache
def _shown(cls: Any) -> tuple[str, ...]:
    """The fields of an attrs class a receipt shows: all but private ones and context (`repr=False`)."""
    return tuple(f.name for f in attrs.fields(cls) if f.repr is not False and not f.name.startswith("_"))


_SCALARS = frozenset({type(None), bool, int, str, float})


def _encode(value: object, rs: Ruleset) -> Any:
    """Any value of a decision as JSON-ready data; roles and labelled enums by identifier and label."""
    kind: Any = type(value)
    if kind in _SCALARS:
        return value
    if isinstance(value, Role):
        return {"id": value.name, "label": rs.name(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v, rs) for v in value]
    if isinstance(value, LabeledEnum):
        return {"id": value.name, "label": value.label}
    if isinstance(value, Citation):
        return _citation(value, rs)
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Ruleset):
        return value.id
    if attrs.has(kind):
        return {name: _encode(getattr(value, name), rs) for name in _shown(kind)}
    if isinstance(value, Mapping):
        return {str(_encode(k, rs)): _encode(v, rs) for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))}
    if isinstance(value, (frozenset, set)):
        return sorted((_encode(v, rs) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    out = converter.unstructure(value)
    return out if isinstance(out, (str, int, float, bool, list, dict)) else str(value)


def _citation(c: Citation, rs: Ruleset) -> dict[str, Any]:
    # the same few citations recur in every answer: worked out once per ruleset, copied out
    return dict(rs.cached(("receipt_citation", c), lambda: _cited(c, rs)))


def _cited(c: Citation, rs: Ruleset) -> dict[str, Any]:
    try:
        text = rs.cited_passage(c) if c.ruleset == rs.id else ""
    except KeyError:
        text = ""
    return {
        "ruleset": c.ruleset,
        "article": c.article,
        "item": c.item,
        "paragraph": c.paragraph,
        "annex": c.annex,
        "section": c.section,
        "cite": c.short(),
        "text": text,
    }


def _trace(trace: Any) -> dict[str, Any]:
    return {
        "applied": list(trace.applied),
        "overridden": list(trace.overridden),
        "checks": [
            {"field": c.field, "expected": c.expected, "actual": c.actual, "held": c.held} for c in trace.checks
        ],
    }


def dumps(receipt: Mapping[str, Any]) -> str:
    """A receipt as JSON text: sorted keys, Chinese as it is, one line; the same receipt, the same bytes.

    A lone surrogate (valid in JSON input, impossible in UTF-8 output) is written as its escape `\\udXXX`,
    so the text always encodes and reads back to the same receipt."""
    return json_text(receipt)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def json_text(data: object, *, sort_keys: bool = True, default: Callable[[Any], Any] | None = None) -> str:
    """`data` as one line of JSON (sorted keys, Chinese as it is) that always encodes as UTF-8.

    A lone surrogate is written as its escape; a float that JSON has no number for (NaN, Infinity)
    as a string, never as the bare `NaN` a strict reader refuses."""
    try:
        text = json.dumps(data, ensure_ascii=False, sort_keys=sort_keys, allow_nan=False, default=default)
    except ValueError:
        text = json.dumps(_finite(data), ensure_ascii=False, sort_keys=sort_keys, allow_nan=False, default=default)
    return _LONE_SURROGATE.sub(_escape, text)


def _finite(data: object) -> object:
    """`data` with each NaN or infinite float as its text ("NaN", "Infinity", "-Infinity")."""
    if isinstance(data, float) and not math.isfinite(data):
        return "NaN" if math.isnan(data) else ("Infinity" if data > 0 else "-Infinity")
    if isinstance(data, Mapping):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_finite(v) for v in data]
    return data


# -- checking a receipt kept --------------------------------------------------------------------------


@attrs.frozen
class Change:
    """What differs between a receipt kept and the answer computed today: `what` and both values."""

    what: str  # 'ruleset_version', 'answer', 'calendar', 'citations', 'explanation', 'govrules'
    field: str
    before: object
    after: object

    @property
    def matters(self) -> bool:
        """Whether this change is a change of the answer or of what it rests on (not of wording only)."""
        return self.what in ("ruleset_version", "answer", "calendar")

    def describe(self) -> str:
        """The change in Chinese, with the old and the new value."""
        name = _CHANGE_NAMES[self.what]
        where = f" {self.field}" if self.field else ""
        return f"{name}{where}：{_show(self.before)} → {_show(self.after)}"


_CHANGE_NAMES = {
    "ruleset_version": "规则版本 (rules' version)",
    "answer": "结论 (answer)",
    "calendar": "日历 (calendar)",
    "citations": "引用条文 (citations)",
    "explanation": "说明 (explanation)",
    "govrules": "govrules 版本",
}


def load_receipt(text: str | bytes) -> dict[str, Any]:
    """A receipt read from JSON text; `InvalidInput` if it is not one."""
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InvalidInput(f"the receipt is not JSON: {e}", zh=f"回执不是有效的JSON（{e}）") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise InvalidInput(
            f"not a govrules decision receipt (expected format {FORMAT!r})",
            zh=f'不是 govrules 决定回执（应有 "format": "{FORMAT}"；回执由 --format json 或服务输出）',
        )
    for key in ("decision", "ruleset", "input", "answer", "calendar"):
        if key not in raw:
            raise InvalidInput(f"the receipt has no {key!r}", zh=f"回执缺少 {key}")
    if not isinstance(raw["ruleset"], dict) or not isinstance(raw["calendar"], dict):
        raise InvalidInput(
            "the receipt's ruleset or calendar is not an object", zh="回执的 ruleset 或 calendar 不是 JSON 对象"
        )
    if not isinstance(raw["answer"], dict):  # every decision's answer is an object: null or text was not written here
        raise InvalidInput(
            f"the receipt's answer is not an object: {_show(raw['answer'])[:200]}",
            zh=f"回执的 answer 不是 JSON 对象：{_show(raw['answer'])[:200]}",
        )
    return raw


def verify(receipt: Mapping[str, Any], *, calendar: WorkdayCalendar | None = None) -> tuple[Change, ...]:
    """Recompute a receipt from its input; every difference from what it says (empty: unchanged). `calendar`: the
    working-day calendar to recompute on (one with the holiday files the receipt was computed with loaded);
    by default the one the receipt's `estimates_allowed` says."""
    rs = rulesets.load(str(receipt["ruleset"].get("id")))
    estimates = receipt["calendar"].get("estimates_allowed") is True
    now = decide(str(receipt["decision"]), rs, receipt["input"], calendar=calendar, estimates=estimates)
    changes: list[Change] = []
    if receipt["ruleset"].get("version") != now["ruleset"]["version"]:
        changes.append(Change("ruleset_version", "", receipt["ruleset"].get("version"), now["ruleset"]["version"]))
    before, after = receipt["answer"], now["answer"]
    if before != after and not isinstance(before, dict):  # the whole answer differs (never None against None)
        changes.append(Change("answer", "", before, after))
    elif before != after:
        for k in sorted(set(before) | set(after)):
            b, a = before.get(k), after.get(k)
            if b != a:
                changes.append(Change("answer", k, b, a))
    if receipt["calendar"].get("years") != now["calendar"]["years"]:
        changes.append(Change("calendar", "years", receipt["calendar"].get("years"), now["calendar"]["years"]))
    for key in ("citations", "explanation"):
        if receipt.get(key) != now[key]:
            changes.append(Change(key, "", receipt.get(key), now[key]))
    if receipt.get("govrules") != now["govrules"]:
        changes.append(Change("govrules", "", receipt.get("govrules"), now["govrules"]))
    return tuple(changes)
