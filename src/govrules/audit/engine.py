"""Audit a log of what happened against a ruleset, record by record, losing nothing.

Every check goes through the decision engines (signing, deadlines, attendance): there is no second
implementation of any rule here. Records that cannot be read become `invalid_record` findings and
the audit goes on; the summary always holds read = checked + invalid.
"""

from __future__ import annotations

import functools
import itertools
import json
import operator
import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from datetime import date
from typing import Any, Literal, NamedTuple

import attrs

from govrules import attendance, deadlines, signing
from govrules.audit.fastjson import fast_record
from govrules.audit.people import Named, refused_field, resolve, unreadable_word
from govrules.audit.records import (
    DATE_FIELDS,
    FIELD_LABELS,
    RECORD_KEYS,
    RECORD_TYPES,
    TYPE_NAMES,
    CountersignRecord,
    DeadlineRecord,
    DocumentRecord,
    LeaveRecord,
    MeetingRecord,
    Record,
    RequestRecord,
    ScenarioRecord,
    extra_fields,
    plain_record,
    read_record,
    split_record,
)
from govrules.audit.source import MAX_LINE, sniff_encoding
from govrules.decision import Violation, in_order
from govrules.errors import CalendarNotCovered, InvalidInput, NoApplicableRule, format_years
from govrules.labels import normalise
from govrules.model import (
    AgendaItem,
    Document,
    DocumentKind,
    LeaveRequest,
    Matter,
    MeetingKind,
    Member,
    Role,
    Roster,
)
from govrules.periods import Direction, Unit
from govrules.rules import (
    AgendaRequirement,
    AgendaRule,
    Citation,
    CountersignRule,
    DeadlineRule,
    LeaveRule,
    MeetingRule,
    RhythmRule,
    Ruleset,
    SealRule,
)
from govrules.workdays import WorkdayCalendar, china

__all__ = ["INVALID", "LOG_RULES", "AuditRun", "Finding", "Summary", "Unreadable", "audit", "audit_lines"]

INVALID = "invalid_record"
#: Appended to the message of a finding that rests on an estimated day.
PROVISIONAL_NOTE = "（所涉日期的节假日安排为估算，以国务院通知为准）"
#: How many repeated ids the summary's warning lists (the rest are counted), and how many lines of each.
_REPEATS_KEPT = 20
_REPEAT_LINES_KEPT = 5

#: Rules checked over the log as a whole, not record by record: their findings have no record id or line.
LOG_RULES = frozenset({"meeting_rhythm"})
#: The most distinct unnamed fields a summary lists (a log of made-up keys cannot grow it without end).
MAX_EXTRA_FIELDS = 200
#: The longest text an unnamed field's value is shown with (characters).
_MAX_EXTRA_TEXT = 200
_KIND = {cls: name for name, cls in RECORD_TYPES.items()}


@attrs.frozen
class Finding:
    """One breach (or one unreadable record): where, which rule, which article, what, how serious."""

    record_id: str | None
    line: int | None
    rule: str
    citation: Citation | None
    message: str
    severity: str
    source: str = ""
    record_type: str | None = None
    when: date | None = None
    #: Whether the finding rests on a day of an estimated holiday schedule (the message says so too).
    provisional: bool = False
    #: The record's fields the schema does not name (标题, 文号 ...), as (field, text): kept, not checked.
    extra: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (the citation rendered)."""
        cited, article = citation_texts(self.citation) if self.citation else (None, None)
        return {
            "record_id": self.record_id,
            "line": self.line,
            "rule": self.rule,
            "citation": cited,
            "article": article,
            "message": self.message,
            "severity": self.severity,
            "source": self.source,
            "record_type": self.record_type,
            "date": self.when.isoformat() if self.when else None,
            "provisional": self.provisional,
            "extra": dict(self.extra),
        }


#: Each citation's texts (whole, and short), by the citation's identity: a report renders the few
#: citations of a ruleset once each, not once a finding.
@functools.lru_cache(maxsize=4096)
def citation_texts(citation: Citation) -> tuple[str, str]:
    """`str(citation)` and `citation.short()`, remembered (a bounded cache: citations are few and frozen)."""
    return str(citation), citation.short()


@attrs.frozen
class Summary:
    """What an audit read: read = checked + invalid; findings by rule; what could not be checked."""

    read: int
    checked: int
    invalid: int
    by_type: Mapping[str, int]
    findings: Mapping[str, int]
    unchecked: Mapping[str, int]
    #: The days over which how often meetings were held was checked (whole months, half years ...
    #: within them): the audit period, or else the first meeting on record to the last.
    rhythm_period: tuple[date, date] | None = None
    #: Fields the schema does not name that records carried (each once, in the order first seen; at
    #: most `MAX_EXTRA_FIELDS` of them): kept with the records and shown, not checked.
    extra_fields: tuple[str, ...] = ()
    #: What the auditor should know about the audit itself (a simulated log made under other rules ...).
    warnings: tuple[str, ...] = ()
    #: Meetings (of the kinds whose rhythm is checked) on record within the audit period; None without
    #: a period. None at all may mean a period the log does not reach (`govrules audit` warns, exit 2).
    period_meetings: int | None = None

    @property
    def breaches(self) -> int:
        """Findings other than invalid records."""
        return sum(n for rule, n in self.findings.items() if rule != INVALID)

    @property
    def exit_code(self) -> int:
        """1 when any breach was found, 2 when only invalid records, 0 when clean."""
        return 1 if self.breaches else 2 if self.invalid else 0


#: A place in a record as a reason names it (`@ $.signed_by`, `@ $.absent[0].role`): the top field, and the rest.
_PATH = re.compile(r"(?P<lead>，|\(| ?)@ \$\.(?P<field>[A-Za-z_]+)(?P<rest>(?:\[\d+\]|\.[A-Za-z_]+)*)")


class AuditRun(Iterator[Finding]):
    """The findings of one audit, streamed; `summary` is complete once they are exhausted."""

    def __init__(
        self,
        ruleset: Ruleset,
        items: Iterable[tuple[int | None, object]],
        *,
        as_of: date | None = None,
        calendar: WorkdayCalendar | None = None,
        period: tuple[date, date] | None = None,
        changes: Sequence[Mapping[str, Any]] | None = None,
        roster: Roster | None = None,
        lang: str = "zh",
        places: Mapping[str, tuple[str, str]] | None = None,
        warnings: Iterable[str] = (),
        advice: str = "command",
    ) -> None:
        """`advice`: whom a record dated in a year without a holiday schedule tells what to do: "command" (the
        command line's `--holidays FILE`, `--provisional`) or "http" (the service's `?provisional=true`).
        `places`: how an unreadable record's field is named where its JSON path (`@ $.signed_by`) means
        nothing to the reader, by field (a spreadsheet's column, its header and its letters: (签发人, C), said
        “签发人”列（C列）); None: the JSON path, as a
        JSON Lines log is read. `warnings`: what the reader of the log found the auditor should know (a
        workbook's other worksheets, not read; cells merged over rows), said first among the summary's warnings;
        read when the summary is made, so that a reader may add to it as it reads."""
        if lang not in ("zh", "en"):
            raise InvalidInput(f"lang is 'zh' or 'en'; got {lang!r}", zh=f"lang 应为 zh 或 en；实际是{lang!r}")
        #: Unreadable records' reasons in Chinese (zh), or English (en)
        if advice not in ("command", "http"):
            raise InvalidInput(
                f"advice is 'command' or 'http'; got {advice!r}", zh=f"advice 应为 command 或 http；实际是{advice!r}"
            )
        self._advice = advice
        self._zh = lang == "zh"
        self._places = places
        if roster is not None and not isinstance(roster, Roster):
            raise InvalidInput(f"a roster is a Roster (audit.people.load_roster(path)); got {roster!r}")
        self._roster = roster
        self._named: tuple[Named, ...] = ()
        self._day: date | None = None
        if not isinstance(ruleset, Ruleset):
            raise InvalidInput(f"an audit needs a Ruleset (rulesets.load(id)); got {ruleset!r}")
        # the what-if changes audited under (whatif.changes): the ruleset they change, and what they are,
        # to hold a simulated log's scenario record against
        self._given = (ruleset.id, _described(changes or ()))
        if changes:
            ruleset = _changed(ruleset, changes)
        if calendar is not None and not isinstance(calendar, WorkdayCalendar):
            raise InvalidInput(f"a calendar is a WorkdayCalendar (workdays.china()); got {calendar!r}")
        if as_of is not None and type(as_of) is not date:
            raise InvalidInput(f"as_of is a date; got {as_of!r}")
        self._rs = ruleset
        self._items = iter(items)
        self._as_of = as_of
        self._period = _check_period(period)
        # For the rhythm check at the end: the ids of the meetings held each day, by kind (a record
        # read twice is one meeting), no more of them than the rhythm asks for; and the days of the
        # first and last meeting of any kind. Bounded by the days, not the records.
        self._times = _rhythm_times(ruleset)
        # Agenda materials are checked by the agenda rules that say which meetings they are for (check_meeting);
        # the `agenda_materials` deadline, which names no meeting, only where no such rule states it.
        self._materials_by_deadline = not any(
            isinstance(r, AgendaRule) and r.requirement is AgendaRequirement.MATERIALS_IN_TIME for r in ruleset.rules
        )
        self._held: dict[MeetingKind, dict[date, set[str]]] = {}
        self._meeting_days: tuple[date, date] | None = None
        self._rhythm_period: tuple[date, date] | None = None
        self._period_meetings: int | None = None
        self._cal = calendar if calendar is not None else china()
        # the text's names of roles that the record format reads as another role (市委: the 上级党委 in 东川,
        # 同级党委 to the vocabulary): read as the text means them, in every record
        self._renamed = {n: m for n, m in ruleset.text_role_names().items() if _generic_role(n) is not None}
        # names the text refuses (县长 in 咸阳's; a role or meeting it does not have), with why: refused, as the
        # command line and the HTTP service refuse them (`Ruleset.refused_names`), not read as this text's 市长
        self._other_level = _Refused(
            ruleset.refused_names(), ruleset.refused_issuers(), ruleset.refused_leave_kinds(), {}
        )
        self._years = frozenset(self._cal.years)
        years = set(range(self._period[0].year, self._period[1].year + 1)) if self._period else set()
        if as_of is not None:
            years.add(as_of.year)
        missing = sorted(years - self._years)
        if missing:
            raise self._cal.not_covered(missing[0], f"the audit's period or as_of reaches {missing[0]}")
        self._pending: list[Finding] = []
        self._ended = False
        # what the record being checked could not have checked: counted once the record is checked
        self._skipped: list[str] = []
        self._read = self._checked = self._invalid = 0
        self._by_type: Counter[str] = Counter()
        self._findings: Counter[str] = Counter()
        self._unchecked: Counter[str] = Counter()
        self._extra_fields: dict[str, None] = {}
        self._reader_warnings = warnings
        self._warnings: list[str] = []
        self._scenario_seen = False
        self._where: tuple[int | None, str | None, str | None] = (None, None, None)
        #: The unnamed fields of the record being checked, which each of its findings carries.
        self._extra: tuple[tuple[str, str], ...] = ()
        self._deadlines: dict[str, tuple[DeadlineRule | None, str]] = {}
        self._severities: dict[str, str] = {}
        self._due_dates: dict[tuple[str, date, str | None], date] = {}
        #: Working days late (`deadlines.late_by`), by deadline and day done, for this audit's calendar.
        self._late_days: dict[tuple[date, date], int] = {}
        self._latest_days: dict[tuple[int, date], tuple[attendance.LeavePlan, tuple[date, LeaveRule] | None]] = {}
        #: What each meeting's key gets (`_meeting_checked`), for this audit: the ruleset's memo, asked once a key.
        self._meeting_plans: dict[
            tuple[object, ...], tuple[attendance.MeetingPlan, tuple[str, ...], _Verdict | None]
        ] = {}
        #: What each situation seen gets (`_unbuilt`), by record type and situation; `_BUILT` where records
        #: of it are built and checked as they are (it is one of a kind, or cannot be read).
        self._situations: dict[tuple[Any, ...], Any] = {}
        #: The lengths of leave at which the leave rules that apply may change (`_leave_length`).
        self._leave_breaks = attendance.leave_length_breaks(ruleset)
        #: Records checked from a situation seen before since `_situations` was last emptied; whether
        #: records are still split at all (not once a full `_situations` has been no more used than filled).
        self._reused = 0
        self._splitting = True
        #: The line of the first record checked with each id, by record type; and the lines of the records
        #: whose id repeats one (each checked as it stands; said in the summary's warnings, `_repeated_ids`).
        self._ids: dict[str, dict[str, int | None]] = {}
        self._repeats: dict[tuple[str, str], list[int | None]] = {}
        self._repeats_beyond = 0

    def __iter__(self) -> AuditRun:
        return self

    def __next__(self) -> Finding:
        # (a plain loop, not a generator: an exception from one record leaves the run able to go on)
        while not self._pending:
            item = next(self._items, None)
            if item is None:
                if self._ended:
                    raise StopIteration
                self._ended = True  # the log is read: what is found of it as a whole
                self._pending = self._rhythm()
            else:
                self._pending = self._one(*item)
            self._pending.reverse()
        f = self._pending.pop()
        self._findings[f.rule] += 1
        return f

    @property
    def summary(self) -> Summary:
        """The counts so far (final once iteration has ended)."""
        return Summary(
            self._read,
            self._checked,
            self._invalid,
            dict(self._by_type),
            dict(self._findings),
            dict(self._unchecked),
            self._rhythm_period,
            tuple(self._extra_fields),
            (*map(str, self._reader_warnings), *self._warnings, *self._repeated_ids()),
            self._period_meetings,
        )

    def run(self) -> tuple[list[Finding], Summary]:
        """Every finding, and the summary."""
        found = list(self)
        return found, self.summary

    # -- one record --

    def _one(self, line: int | None, raw: object) -> list[Finding]:
        self._read += 1
        if self._renamed and type(raw) is dict:
            raw = _text_names(raw, self._renamed)
        plain = type(raw) is dict and self._roster is None
        if plain:  # the fast paths: a situation seen before, without building the record; a plain record as it is
            split = split_record(raw) if self._splitting else None  # type: ignore[arg-type]
            if split is not None:
                found = self._unbuilt(line, raw, split)  # type: ignore[arg-type]
                if found is not None:
                    return found
            if self._other_level:
                refused = self._other_level_name(line, raw)  # type: ignore[arg-type]
                if refused is not None:
                    return refused
            record = plain_record(raw)  # type: ignore[arg-type]
            if record is not None:
                return self._audit_record(line, record)
        elif self._other_level and isinstance(raw, dict):
            refused = self._other_level_name(line, raw)
            if refused is not None:
                return refused
        raw, extras = (raw, raw.extra) if isinstance(raw, _Unreadable) else extra_fields(raw)
        if not extras:
            return self._one_record(line, raw)
        # the fields it names, through the fast path too when it takes them (read_record's answer)
        record = plain_record(raw) if plain else None  # type: ignore[arg-type]
        if record is not None:
            return self._carrying(extras, self._audit_record, line, record)
        return self._carrying(extras, self._one_record, line, raw)

    def _other_level_name(self, line: int | None, raw: dict[str, Any]) -> list[Finding] | None:
        """An `invalid_record` finding for a record that names a role or a meeting by another level's name
        (`Ruleset.other_level_names`: 县长 in 咸阳's log), as the command line refuses it; None if it names none."""
        found = _other_level_field(raw, self._other_level)
        if found is None:
            return None
        field, name, table = found
        zh, en = refused_field(field, name, raw, table)
        return self._invalid_record(line, _record_id(raw), zh if self._zh else en, _record_type(raw))

    def _carrying(self, extras: Mapping[str, Any], check: Callable[..., list[Finding]], *args: Any) -> list[Finding]:
        """`check(*args)` of a record with fields its type does not name: noted for the summary, and carried
        by each of its findings."""
        seen = self._extra_fields
        for key in extras:
            if key not in seen and len(seen) < MAX_EXTRA_FIELDS:
                seen[key] = None
        self._extra = tuple((_short(k, 80), _extra_text(v)) for k, v in extras.items())
        try:
            return check(*args)
        finally:
            self._extra = ()

    def _unbuilt(
        self,
        line: int | None,
        raw: dict[str, Any],
        split: tuple[type[Record], tuple[Any, ...], str, tuple[date | None, ...]],
    ) -> list[Finding] | None:
        """The findings of a plain record whose situation was seen before (`split_record`: its type, situation,
        id and dates), found without building it: what its situation gets, remembered, and what its dates get.
        None when its situation is new, or one not remembered (then the record is built and checked as it is)."""
        cls, situation, record_id, days = split
        how = _UNBUILT[cls]
        key = (cls, situation) if how.keyed_by_days is None else (cls, situation, how.keyed_by_days(self, days))
        try:
            entry = self._situations.get(key)
        except TypeError:  # a list of objects: the record is built
            return None
        if entry is None:
            entry = self._situation(key, raw, how)
        elif entry is not _BUILT:
            self._reused += 1
        if entry is _BUILT:
            return None
        if raw.keys() <= RECORD_KEYS[cls]:
            if _PLAUSIBLE[cls](days, self._years):  # (most records: `_dated`, without asking why not)
                # `_checking(line, record_id, kind, how.dated, self, entry, record_id, days)`, in this call
                kind = _KIND[cls]
                self._where = (line, record_id, kind)
                skipped: list[str] = []
                self._skipped = skipped
                try:
                    found = how.dated(self, entry, record_id, days)
                except Exception as e:
                    return self._check_failed(e, line, record_id, kind)
                self._checked += 1
                self._by_type[kind] += 1
                self._seen(line, record_id, kind)
                if skipped:
                    unchecked = self._unchecked
                    for what in skipped:
                        unchecked[what] += 1
                return found
            return self._dated(line, cls, how, entry, record_id, days)
        return self._carrying(extra_fields(raw)[1], self._dated, line, cls, how, entry, record_id, days)

    def _situation(self, key: tuple[Any, ...], raw: dict[str, Any], how: _Unbuilt) -> Any:
        """What a situation not seen before gets (`_Unbuilt.entry`), from its first record, remembered;
        `_BUILT` where its records are to be built and checked as they are."""
        if self._other_level and _other_level_field(raw, self._other_level) is not None:
            return _BUILT  # refused when checked as it is (`_other_level_name`)
        # (built from the fields its type names: the situation leaves out the others, 标题 ..., as their check does)
        record = plain_record(raw if raw.keys() <= RECORD_KEYS[key[0]] else extra_fields(raw)[0])  # type: ignore[arg-type]
        if record is None:  # not read as it is: nothing to remember
            return _BUILT
        try:
            entry = how.entry(self, record)
        except Exception:  # what is wrong is said when the record is checked as it is
            entry = _BUILT
        if entry is None:  # one of a kind
            entry = _BUILT
        if len(self._situations) >= _SITUATIONS:
            # a log of (nearly) nothing but new situations: splitting its records only adds to building them
            self._splitting = self._reused >= _SITUATIONS
            self._situations.clear()
            self._reused = 0
        if self._splitting:
            self._situations[key] = entry
        return entry

    def _dated(
        self,
        line: int | None,
        cls: type[Record],
        how: _Unbuilt,
        entry: Any,
        record_id: str,
        days: tuple[date | None, ...],
    ) -> list[Finding]:
        """`_unbuilt`'s findings of a record from its situation's entry, its id and its dates."""
        kind = _KIND[cls]
        impossible = self._impossible_days(cls, days, None)
        if impossible is not None:
            return self._invalid_record(line, record_id, impossible[0] if self._zh else impossible[1], kind)
        return self._checking(line, record_id, kind, how.dated, self, entry, record_id, days)

    def _one_record(self, line: int | None, raw: object) -> list[Finding]:
        if isinstance(raw, _Unreadable):
            return self._invalid_record(line, raw.record_id, raw.reason if self._zh or raw.en is None else raw.en)
        self._named = ()
        if self._roster is not None:
            resolved = resolve(raw, self._roster, self._rs.text_role_names())
            if resolved.unreadable is not None:
                kind = _record_type(raw)
                why = resolved.unreadable if self._zh or resolved.unreadable_en is None else resolved.unreadable_en
                return self._invalid_record(line, _record_id(raw), why, kind)
            raw, self._named, self._day = resolved.raw, resolved.named, resolved.day
        try:
            record = read_record(raw)
        except InvalidInput as e:
            # a role written as this text names it (西丰's 县政府办公室), which the record format does not know
            named = _text_names(raw, self._rs.text_role_names())
            named = _text_leave_kind(self._rs, named)
            named = _text_addressee(self._rs, named)
            named = _text_issuer(self._rs, named)
            if named == raw:
                return self._unreadable(line, raw, e)
            try:
                record = read_record(named)
            except InvalidInput as again:
                return self._unreadable(line, named, again)
        except Exception as e:  # input nobody foresaw: reported, and the audit goes on
            why = self._say("读取时出错（请报告此问题）", "error while reading (please report it)")
            return self._invalid_record(line, _record_id(raw), f"{why}: {type(e).__name__}: {e}")
        return self._audit_record(line, record)

    def _audit_record(self, line: int | None, record: Record) -> list[Finding]:
        """The findings of a record read: checked, or invalid if it cannot be checked as it stands."""
        kind = _KIND[type(record)]
        impossible = self._impossible(record)
        if impossible is not None:
            return self._invalid_record(line, record.id, impossible[0] if self._zh else impossible[1], kind)
        return self._checking(line, record.id, kind, self._check_record, record)

    def _check_record(self, record: Record) -> list[Finding]:
        found = self._check(record)
        if self._named:
            found += self._people(record, found)
        return found

    def _checking(
        self, line: int | None, record_id: str, kind: str, check: Callable[..., list[Finding]], *args: Any
    ) -> list[Finding]:
        """The findings `check(*args)` makes of a record whose dates are possible, counted; or the record
        invalid, if it cannot be checked as it stands."""
        self._where = (line, record_id, kind)
        skipped: list[str] = []
        self._skipped = skipped
        try:
            found = check(*args)
        except Exception as e:
            return self._check_failed(e, line, record_id, kind)
        self._checked += 1
        self._by_type[kind] += 1
        self._seen(line, record_id, kind)
        unchecked = self._unchecked
        for what in skipped:
            unchecked[what] += 1
        return found

    def _check_failed(self, e: Exception, line: int | None, record_id: str, kind: str) -> list[Finding]:
        """The record whose check raised `e`, invalid: it cannot be checked as it stands."""
        if isinstance(e, CalendarNotCovered):
            from govrules.calendar_messages import render

            if self._advice == "http":  # the service's caller has no command to run: ?provisional=true
                from govrules.problems import not_covered_said

                said = (not_covered_said(e, "zh"), not_covered_said(e, "en"))
            else:
                said = (render(e, "zh"), render(e, "en"))
            why = self._say(f"日期超出节假日数据范围：{said[0]}", f"a date beyond the holiday data: {said[1]}")
            return self._invalid_record(line, record_id, why, kind)
        if isinstance(e, InvalidInput):
            return self._invalid_record(line, record_id, self._reason(e), kind)
        # a defect, or input nobody foresaw: reported, and the audit goes on
        why = self._say("检查时出错（请报告此问题）", "error while checking (please report it)")
        return self._invalid_record(line, record_id, f"{why}: {type(e).__name__}: {e}", kind)

    def _seen(self, line: int | None, record_id: str, kind: str) -> None:
        """A record of type `kind` checked, or refused as unreadable (its type and id read): its id remembered, or
        its line kept with the id's if it repeats one (a scenario record has no id of its own: the simulator writes
        one at the head of each log it writes)."""
        if kind == "scenario":
            return
        ids = self._ids.get(kind)
        if ids is None:
            ids = self._ids[kind] = {}
        if record_id not in ids:
            ids[record_id] = line
            return
        lines = self._repeats.get((kind, record_id))
        if lines is None:
            if len(self._repeats) >= _REPEATS_KEPT:  # counted, not listed
                self._repeats_beyond += 1
                return
            lines = self._repeats[(kind, record_id)] = [ids[record_id]]
        if len(lines) < _REPEAT_LINES_KEPT:
            lines.append(line)

    def _repeated_ids(self) -> list[str]:
        """The warning that records of one type share an id (an office system's log holds one record an id:
        two may be one thing entered twice, or two things misnumbered); each was checked as it stands, or listed as
        unreadable."""
        if not self._repeats:
            return []
        said = []
        for (kind, record_id), lines in self._repeats.items():
            where = [str(n) for n in lines if n is not None]
            if self._zh:
                at = f"（第{'、'.join(where)}行）" if where else ""
                said.append(f"{TYPE_NAMES.get(kind, kind)}记录“{record_id}”{at}")
            else:
                at = f" (lines {', '.join(where)})" if where else ""
                said.append(f'{kind} record "{record_id}"{at}')
        more = len(self._repeats) + self._repeats_beyond
        if self._zh:
            tail = f"等{more}个编号" if self._repeats_beyond else ""
            return [
                f"记录编号重复：{'；'.join(said)}{tail}；同一编号的各条记录均已各自按其内容检查（无法读取的已列出），"
                "请核对是否重复录入或编号有误"
            ]
        tail = f" and more ({more} ids in all)" if self._repeats_beyond else ""
        return [
            f"records of one type share an id: {'; '.join(said)}{tail}; each was checked as it stands (or listed as"
            " unreadable):"
            " check whether one thing was entered twice or two were misnumbered"
        ]

    def _say(self, zh: str, en: str) -> str:
        """The message in the audit's language."""
        return zh if self._zh else en

    def _unreadable(self, line: int | None, raw: Any, e: InvalidInput) -> list[Finding]:
        """The `invalid_record` of a record the record format cannot read: an unknown word said as the command
        line says it (`people.unreadable_word`: the text's own names, the hints), anything else as `e` says it."""
        said = unreadable_word(self._rs, raw, _ROLE_FIELDS, e)
        why = self._reason(e) if said is None else said[0] if self._zh else said[1]
        return self._invalid_record(line, _record_id(raw), why, _record_type(raw))

    def _reason(self, e: InvalidInput) -> str:
        """An error's message in the audit's language."""
        return e.zh if self._zh and e.zh else str(e)

    def _impossible(self, record: Record) -> tuple[str, str] | None:
        """Why a record cannot be checked as it stands: a date outside the calendar's years (checked
        even where no working day is counted: no year is guessed), or dates in an impossible order."""
        cls = type(record)
        nested = (cls is MeetingRecord and (record.absent or record.agenda)) or (  # type: ignore[union-attr]
            cls is DocumentRecord and record.authorizations  # type: ignore[union-attr]
        )
        return self._impossible_days(cls, _DATES_OF[cls](record), record if nested else None)

    def _impossible_days(
        self, cls: type[Record], days: tuple[date | None, ...], nested: Record | None
    ) -> tuple[str, str] | None:
        """`_impossible` of a record of type `cls` with these dates (`_DATE_FIELDS` order), and the
        record itself where it holds dates of its own (`_nested_dates`)."""
        years = self._years
        if nested is None and _PLAUSIBLE[cls](days, years):
            return None
        for d in days:
            if d is not None and d.year not in years:
                break
        else:
            if nested is None or _nested_in(nested, years):
                return _disorder(cls, days)
        beyond: Iterable[tuple[str, date]] = (
            (n, d) for n, d in zip(_DATE_FIELDS[cls], days, strict=True) if d is not None
        )
        if nested is not None:
            beyond = itertools.chain(beyond, _nested_dates(nested))
        name, d = next((n, d) for n, d in beyond if d.year not in years)
        from govrules.calendar_messages import FIRST, LAST, out_of_range, provisional_query

        covered = format_years(self._cal.years)
        if not FIRST <= d.year <= LAST:  # no schedule, no estimate: nothing to load or ask for
            advice = (out_of_range("zh"), out_of_range("en"))
        elif self._advice == "http":
            advice = (provisional_query("zh"), provisional_query("en"))
        else:
            advice = (
                "可载入该年安排：govrules calendar add FILE 或 --holidays FILE；或使用估算日历：--provisional",
                "load that year's schedule: govrules calendar add FILE or --holidays FILE; or use the estimated"
                " calendar: --provisional",
            )
        return (
            f"日期超出工作日数据范围：{name} = {d.isoformat()}，{d.year}年无国务院放假安排数据"
            f"（已有{covered}年；{advice[0]}）",
            f"a date beyond the working-day data: {name} = {d.isoformat()}, no State Council holiday schedule"
            f" for {d.year} (covered: {covered}; {advice[1]})",
        )

    # -- people (with a roster) --

    def _people(self, record: Record, found: list[Finding]) -> list[Finding]:
        """What the roster shows of the people a record names: not on it, outside their term, a deputy
        acting for a department outside their portfolio (分管) where the rule means the deputy in charge."""
        rs = self._rs
        out: list[Finding] = []
        day = self._day
        for n in self._named:
            if n.member is None:
                message = f"{n.label}“{n.name}”不在名册上，无法确定其职务（该项未检查）"
                out.append(self._finding("roster_unknown", None, message, "error", "", day))
            elif not n.in_term:
                role = _person_role(rs, n.member.role)
                when = day.isoformat() if day else "记录日期"
                message = f"{n.label}{n.name}（{role}，任期{n.member.term()}）于{when}不在任期内"
                out.append(self._finding("roster_term", None, message, "error", "", day))
        if isinstance(record, DocumentRecord):
            out += self._portfolio(record, found)
        return out

    def _portfolio(self, r: DocumentRecord, found: list[Finding]) -> list[Finding]:
        rs = self._rs
        roster = self._roster
        assert roster is not None
        out: list[Finding] = []
        for n in self._named:
            m = n.member
            # the deputy in charge, or one who may act as him (`RoleIncludes`: the executive deputy)
            if m is None or n.field not in ("signed_by", "approved_by") or not rs.acts_as(m.role, (Role.DEPUTY,)):
                continue
            act = "签发" if n.field == "signed_by" else "审批"
            if any(f.rule in ("signer", "approver") for f in found):
                continue  # a deputy may not sign (approve) this at all: said already
            doc = r.document()
            try:
                decision: signing.SigningDecision | signing.ApprovalDecision
                if n.field == "signed_by":
                    decision = signing.who_signs(rs, doc)
                    named, alternates = decision.signers, decision.alternates
                else:
                    decision = signing.who_approves(rs, doc)
                    named, alternates = decision.approvers, ()
                # as the deputy in charge: not in a role of his own the rule names (as signer or alternate)
                means = Role.DEPUTY in named and (
                    m.role is Role.DEPUTY or (m.role not in named and all(a.role is not m.role for a in alternates))
                )
            except NoApplicableRule:
                continue
            if not means:
                continue
            if isinstance(decision, signing.SigningDecision) and signing.signs_as_alternate(
                decision, m.role, r.authorizations, r.signed_on
            ):
                continue  # on an authorization the rule allows (西丰 五十三（五）其中 县长授权副县长): any deputy
            if r.department is None:
                self._skip("portfolio (department not on record)")
                continue
            dept = r.department
            if _covers(m, dept, r.matters):
                continue
            deputy = _person_role(rs, Role.DEPUTY)
            role = _person_role(rs, m.role)
            day = self._day
            charge = "、".join(sorted(m.portfolio)) or "未载"
            partner = roster.ab_partner(m.name)
            partner_covers = partner is not None and any(
                _covers(p, dept, r.matters) and (day is None or p.holds(day)) for p in roster.terms(partner)
            )
            if partner_covers and rs.has_rule("ab_substitute"):
                rule = rs.rule("ab_substitute")
                message = (
                    f"{n.label}{n.name}（{role}，分管{charge}）作为{partner}的AB角{act}主办单位为{dept}的文件："
                    f"{getattr(rule, 'summary', '') or '本规则AB角代行不含此项'}"
                )
                out.append(
                    self._finding("ab_substitute", rule.citation, message, self._severity(rule.id), rule.id, day)
                )
                continue
            in_charge = [
                p.name
                for p in roster.in_charge_of(dept)
                if rs.acts_as(p.role, (Role.DEPUTY,)) and (day is None or p.holds(day))
            ]
            message = f"{n.label}{n.name}（{role}，分管{charge}）{act}主办单位为{dept}的文件，不在其分管范围"
            message += f"：应由分管{dept}的{deputy}{act}"
            if in_charge:
                message += f"（名册上为{'、'.join(in_charge)}）"
            if partner_covers:
                message += f"；{n.name}是{partner}的AB角，本规则未规定AB角代为{act}"
            cite = decision.citations[0] if decision.citations else None
            out.append(self._finding("portfolio", cite, message, self._severity(decision.rule), decision.rule, day))
        return out

    # -- the log as a whole --

    def _rhythm(self) -> list[Finding]:
        """How often each kind of meeting was held (attendance.check_rhythm), over the audit period, or
        else the days from the first meeting on record to the last."""
        kinds = sorted(self._times, key=lambda k: k.name)
        if not kinds:
            return []
        if self._period is not None:
            first, last = self._period
            self._period_meetings = sum(
                len(ids) for days in self._held.values() for day, ids in days.items() if first <= day <= last
            )
        span = self._period or self._meeting_days
        if span is None:
            self._unchecked["meeting_rhythm (no meetings on record)"] += 1
            return []
        self._rhythm_period = span
        found: list[Finding] = []
        for kind in kinds:
            held = [day for day, ids in self._held.get(kind, {}).items() for _ in ids]
            check = attendance.check_rhythm(self._rs, kind, held, *span, calendar=self._cal)
            if not check.periods:
                self._unchecked[f"meeting_rhythm {kind.name} (no whole period in {span[0]}..{span[1]})"] += 1
                continue
            short = [p for p in check.periods if p[2] < check.rhythm.times]
            severity = self._severity(check.rule)
            for (first, _, _), v in zip(short, check.violations, strict=True):
                found.append(Finding(None, None, v.rule, v.citation, v.message, severity, v.source, "meeting", first))
        return found

    def _invalid_record(
        self, line: int | None, record_id: str | None, reason: str, kind: str | None = None
    ) -> list[Finding]:
        self._invalid += 1
        if record_id is not None and kind is not None and kind in RECORD_TYPES:  # an id repeated (`_seen`)
            self._seen(line, record_id, kind)
        if self._places is not None:
            reason = _PATH.sub(self._place, reason)
        message = f"无法读取：{_short(reason)}" if self._zh else f"unreadable: {_short(reason, en=True)}"
        return [Finding(record_id, line, INVALID, None, message, "invalid", "", kind, None, False, self._extra)]

    def _place(self, m: re.Match[str]) -> str:
        """A record's place (`@ $.signed_by`) as its source names it: a spreadsheet's column; as it is else."""
        assert self._places is not None
        column = self._places.get(m["field"]) if m["rest"] == "" else None
        if column is None:
            return m[0]
        name, letter = column
        said = f"“{name}”列，{letter}列" if self._zh else f"column {letter}, {name!r}"
        if m["lead"] in ("，", "("):  # inside the field's parentheses (字段signed_by（签发人，@ $.signed_by）)
            return f"{m['lead']}{said}"
        return f"（{said}）" if self._zh else f" ({said})"

    def _check(self, record: Record) -> list[Finding]:
        return _CHECKS[type(record)](self, record)  # type: ignore[no-any-return]

    def _countersign(self, r: CountersignRecord) -> list[Finding]:
        return self._reply("countersign_reply", r.requested_on, r.replied_on, r.variant)

    def _countersign_unbuilt(self, entry: tuple[str | None], _: str, days: tuple[date | None, ...]) -> list[Finding]:
        requested_on, replied_on = days
        assert requested_on is not None
        return self._reply("countersign_reply", requested_on, replied_on, entry[0])

    def _request(self, r: RequestRecord) -> list[Finding]:
        return self._reply("request_reply", r.received_on, r.replied_on, None)

    def _request_unbuilt(self, _entry: object, _: str, days: tuple[date | None, ...]) -> list[Finding]:
        received_on, replied_on = days
        assert received_on is not None
        return self._reply("request_reply", received_on, replied_on, None)

    def _scenario(self, record: ScenarioRecord) -> list[Finding]:
        if not self._scenario_seen:
            self._scenario_seen = True
            self._warnings += self._scenario_warnings(record)
        return []

    def _scenario_warnings(self, record: ScenarioRecord) -> list[str]:
        """Whether a simulated log was made under the rules it is audited under: its first scenario record."""
        given_id, given = self._given
        out: list[str] = []
        line = self._where[0]
        where = f"第{line}行情景记录" if line is not None else "情景记录"
        if record.ruleset != given_id:
            out.append(f"{where}表明该日志按规则集{record.ruleset}生成，本次按{given_id}审计")
        logged = _described_json(record.changes)
        if logged != given:
            if not given:
                out.append(
                    f"{where}载有规则变更{_short(logged, 200)}，本次按未变更的规则审计：请用 --changes 给出该变更文件"
                )
            elif not record.changes:
                out.append(f"{where}未载规则变更，本次按变更后的规则审计（{_short(given, 200)}）")
            else:
                out.append(f"{where}载有规则变更{_short(logged, 200)}，与本次审计所用变更{_short(given, 200)}不同")
        return out

    # -- helpers --

    def _skip(self, what: str) -> None:
        self._skipped.append(what)

    def _found(self, verdict: _Verdict, when: date | None) -> list[Finding]:
        """The findings of a situation's verdict for the record being checked; its skips counted."""
        if verdict.skipped:
            self._skipped += verdict.skipped
        if not verdict.findings:
            return []
        line, record_id, kind = self._where
        extra = self._extra
        return [
            self._mark(
                Finding(record_id, line, rule, cite, message, severity, source, kind, when, False, extra),
                # a late leave request is the only verdict finding counted on the calendar
                when is not None and self._cal.is_estimated(when),
            )
            if rule == "leave_request"
            else Finding(record_id, line, rule, cite, message, severity, source, kind, when, False, extra)
            for rule, cite, message, severity, source in verdict.findings
        ]

    @staticmethod
    def _mark(f: Finding, estimated: bool) -> Finding:
        return attrs.evolve(f, message=f.message + PROVISIONAL_NOTE, provisional=True) if estimated else f

    def _finding(
        self,
        rule: str,
        citation: Citation | None,
        message: str,
        severity: str,
        source: str,
        when: date | None,
        days: tuple[date, ...] = (),
    ) -> Finding:
        """A finding on the record being checked; provisional when one of `days` is an estimated day."""
        line, record_id, kind = self._where
        return self._mark(
            Finding(record_id, line, rule, citation, message, severity, source, kind, when, False, self._extra),
            self._cal.is_estimated(*days),
        )

    def _severity(self, rule_id: str) -> str:
        severity = self._severities.get(rule_id)
        if severity is None:
            severity = self._severities[rule_id] = _severity(self._rs, rule_id)
        return severity

    def _deadline_rule(self, rule_id: str) -> DeadlineRule | None:
        return self._deadline_info(rule_id)[0]

    def _deadline_info(self, rule_id: str) -> tuple[DeadlineRule | None, str]:
        """The deadline rule of that id (None if the ruleset has none) and what to count when it
        cannot be checked."""
        info = self._deadlines.get(rule_id)
        if info is None:
            found = self._rs.rule(rule_id) if self._rs.has_rule(rule_id) else None
            if isinstance(found, DeadlineRule):
                info = (found, f"{rule_id} (date not on record)")
            else:
                info = (None, f"{rule_id} (no such rule in {self._rs.id})")
            self._deadlines[rule_id] = info
        return info

    def _due(self, rule_id: str, anchor: date, variant: str | None) -> date:
        """The deadline's date (deadlines.due), remembered for this audit: logs repeat their dates."""
        key = (rule_id, anchor, variant)
        day = self._due_dates.get(key)
        if day is None:
            if len(self._due_dates) >= _DUE_LIMIT:
                self._due_dates.clear()
            day = self._due_dates[key] = deadlines.due_date(
                self._rs, rule_id, anchor, variant=variant, calendar=self._cal
            )
        return day

    def _deadline(
        self,
        rule_id: str,
        anchor: date | None,
        done: date | None,
        what: str,
        variant: str | None = None,
        meeting: MeetingKind | Literal[False] | None = False,
    ) -> list[Finding]:
        """`meeting`: the kind of meeting the act belongs to, None when not on record; False (a `deadline` record,
        which names its rule) when the rule's `meetings` are not to be matched."""
        rule, unchecked = self._deadlines.get(rule_id) or self._deadline_info(rule_id)
        if meeting is not False and rule is not None and rule.meetings is not None:  # timed for some meetings only
            if meeting is None:
                self._skipped.append(f"{rule_id} (meeting not on record)")
                return []
            if meeting not in rule.meetings:
                return []
        if rule is None or anchor is None or done is None:
            self._skipped.append(unchecked)
            return []
        # deadlines.check's answer, from its parts (due_date, late_by), without building its objects
        due = self._due_dates.get((rule_id, anchor, variant)) or self._due(rule_id, anchor, variant)
        if done <= due:
            return []
        period = rule.variants.get(rule.variant_named(variant), rule.period) if variant is not None else rule.period
        working = (self._late_days.get((due, done)) or self._late_by(due, done)) if period.unit is Unit.WORKDAY else 0
        late = deadlines.late_said(period, working, (done - due).days)  # in the unit the text counts the period in
        msg = f"{what}：{rule.anchor}{anchor.isoformat()}，应于{due.isoformat()}前完成，实际{done.isoformat()}，{late}"
        return [self._finding(rule_id, rule.citation, msg, self._severity(rule_id), rule_id, done, (anchor, due, done))]

    def _late_by(self, due: date, done: date) -> int:
        """`deadlines.late_by(due, done)` on the audit's calendar, remembered for this audit (logs repeat dates)."""
        late = deadlines.late_by(due, done, self._cal)
        if len(self._late_days) >= _DUE_LIMIT:
            self._late_days.clear()
        self._late_days[(due, done)] = late
        return late

    def _reply(self, rule_id: str, asked: date, replied: date | None, variant: str | None) -> list[Finding]:
        what = "会签/征求意见回复" if rule_id == "countersign_reply" else "请示办复"
        if replied is None and self._as_of is not None and self._rs.has_rule(rule_id):
            d = deadlines.due(self._rs, rule_id, asked, variant=variant, calendar=self._cal)
            if d.date < self._as_of:
                msg = (
                    f"{what}：{asked.isoformat()}收文，应于{d.date.isoformat()}前回复，"
                    f"截至{self._as_of.isoformat()}未回复"
                )
                return [
                    self._finding(rule_id, d.citation, msg, self._severity(rule_id), rule_id, d.date, (asked, d.date))
                ]
            return []
        return self._deadline(rule_id, asked, replied, what, variant)

    def _any_deadline(self, r: DeadlineRecord) -> list[Finding]:
        return self._any_deadline_dated(self._deadline_entry(r), r.anchor, r.done_on)

    def _deadline_entry(self, r: DeadlineRecord) -> tuple[DeadlineRule, str | None]:
        """The deadline rule a record names, with its variant; `InvalidInput` if the ruleset has no such
        rule, or the rule no such variant."""
        rule = self._deadline_rule(r.rule)
        if rule is None:
            # as every refusal of a record's word says it (`people.refused_field`): the field and its place
            # first (a spreadsheet's column, `_place`), then the text's words, as the command line says them
            known = deadlines.rule_ids(self._rs)
            raise InvalidInput(
                f"field rule (@ $.rule): {self._rs.id} has no deadline {r.rule!r}; it has {', '.join(known)}",
                zh=f"字段rule（{FIELD_LABELS['rule']}，@ $.rule）：《{self._rs.title}》没有时限规则“{r.rule}”；"
                f"它有：{'、'.join(known)}",
            )
        variant = rule.variant_named(r.variant) if r.variant is not None else None  # or the text's word (特别复杂)
        if variant is not None and variant not in rule.variants:
            have = f"（可用：{rule.variants_said()}）" if rule.variants else "（此时限没有特殊情形）"
            raise InvalidInput(
                f"field variant (@ $.variant): deadline {r.rule!r} has no variant {r.variant!r};"
                f" it has {rule.variants_said_en()}",
                zh=f"字段variant（{FIELD_LABELS['variant']}，@ $.variant）：《{self._rs.title}》的时限“{r.rule}”"
                f"没有“{r.variant}”这一情形{have}",
            )
        return rule, variant

    def _deadline_unbuilt(
        self, entry: tuple[DeadlineRule, str | None], _: str, days: tuple[date | None, ...]
    ) -> list[Finding]:
        anchor, done_on = days
        assert anchor is not None
        return self._any_deadline_dated(entry, anchor, done_on)

    def _any_deadline_dated(
        self, entry: tuple[DeadlineRule, str | None], anchor: date, done_on: date | None
    ) -> list[Finding]:
        rule, variant = entry
        if done_on is not None and done_on < anchor and rule.period.direction is Direction.AFTER:
            raise InvalidInput(
                f"dates in an impossible order: done_on ({done_on.isoformat()}) before anchor"
                f" ({rule.anchor}, {anchor.isoformat()})",
                zh=f"日期先后不可能：done_on（{done_on.isoformat()}）早于{rule.anchor}（anchor，{anchor.isoformat()}）",
            )
        if done_on is None and self._as_of is not None:
            d = deadlines.due(self._rs, rule.id, anchor, variant=variant, calendar=self._cal)
            if d.date < self._as_of:
                msg = (
                    f"{rule.action}：{rule.anchor}{anchor.isoformat()}，应于{d.date.isoformat()}前完成，截至"
                    f"{self._as_of.isoformat()}未完成"
                )
                return [
                    self._finding(rule.id, d.citation, msg, self._severity(rule.id), rule.id, d.date, (anchor, d.date))
                ]
            return []
        return self._deadline(rule.id, anchor, done_on, rule.action, variant)

    # -- documents --

    def _document(self, r: DocumentRecord) -> list[Finding]:
        verdict = _document_verdict(self._rs, r) if _one_of_a_kind(r) else self._document_situation(r)
        return self._document_dated(
            verdict, r.kind, r.major_revision, _unbound(self._rs, r), r.meeting, r.signed_on, r.printed_on,
            r.published_on, r.meeting_date,
        )  # fmt: skip

    def _document_situation(self, r: DocumentRecord) -> _Verdict:
        rs = self._rs
        key = ("audit:document", r.kind, r.issuer, r.addressee, r.matters, r.meeting, r.presided_by,
               r.signed_by, r.reviewed_by, r.countersigned_by, r.seal, r.seal_approved_by,
               r.approved_by)  # fmt: skip
        return rs.cached(key, lambda: _document_situation(rs, r))

    def _document_entry(
        self, r: DocumentRecord
    ) -> tuple[_Verdict, DocumentKind, bool, frozenset[str], MeetingKind | None] | None:
        """What a document's situation gets (for `_unbuilt`): its verdict, kind, major_revision, the periods
        that do not bind its document, and its meeting."""
        if _one_of_a_kind(r):
            return None
        return self._document_situation(r), r.kind, r.major_revision, _unbound(self._rs, r), r.meeting

    def _document_unbuilt(
        self,
        entry: tuple[_Verdict, DocumentKind, bool, frozenset[str], MeetingKind | None],
        _: str,
        days: tuple[date | None, ...],
    ) -> list[Finding]:
        return self._document_dated(*entry, *_DOCUMENT_DAYS(days))

    def _document_dated(
        self,
        verdict: _Verdict,
        kind: DocumentKind,
        major_revision: bool,
        unbound: frozenset[str],
        meeting: MeetingKind | None,
        signed_on: date | None,
        printed_on: date | None,
        published_on: date | None,
        meeting_date: date | None,
    ) -> list[Finding]:
        """A document's findings: its situation's verdict, and its dates' (the periods `unbound` do not bind
        this document: `DeadlineRule.documents`). `InvalidInput` for minutes (纪要) signed before the meeting
        they record: dates in an impossible order (another document may be signed before the meeting that
        adopts it: what that means is the rules', not the calendar's)."""
        if (
            kind is DocumentKind.MINUTES
            and signed_on is not None
            and meeting_date is not None
            and signed_on < meeting_date
        ):
            raise InvalidInput(
                f"dates in an impossible order: minutes signed (signed_on, {signed_on.isoformat()}) before"
                f" the meeting they record (meeting_date, {meeting_date.isoformat()})",
                zh=f"日期先后不可能：纪要的签发日期signed_on（{signed_on.isoformat()}）早于所记录会议的日期"
                f"meeting_date（{meeting_date.isoformat()}）",
            )
        found = self._found(verdict, signed_on) if verdict.findings or verdict.skipped else []
        if "printing" not in unbound:
            found += self._deadline("printing", signed_on, printed_on, "签发后印制")
        if "publication" not in unbound:
            found += self._deadline("publication", printed_on, published_on, "印制后公开")
        if meeting_date is not None and kind is not DocumentKind.MINUTES and "post_meeting_issue" not in unbound:
            variant = "major_revision" if major_revision else None
            rule = self._deadline_rule("post_meeting_issue")
            if variant and rule is not None and variant not in rule.variants:
                variant = None
            found += self._deadline(
                "post_meeting_issue", meeting_date, printed_on, "会议审议通过的文件印发", variant, meeting
            )
        return found

    # -- meetings --

    def _meeting(self, r: MeetingRecord) -> list[Finding]:
        if not (r.absent or r.agenda):
            verdict = self._meeting_situation(r)
        elif _big(r.absent, r.agenda):  # one of a kind: nothing worth remembering
            verdict = _meeting_verdict(self._rs, r, self._cal)
        else:
            verdict = self._meeting_checked(r)
        return self._meeting_dated(verdict, r.kind, r.agenda, r.id, r.date, r.minutes_drafted_on, r.minutes_issued_on)

    def _meeting_checked(self, r: MeetingRecord) -> _Verdict:
        """`_meeting_verdict` of a meeting with absences or an agenda: what the meeting check finds of its key
        (`attendance.meeting_check_key`: its dates only as far as they matter, not its titles) remembered, and
        what its own dates and titles make of it (`attendance.MeetingPlan.violations`) worked out."""
        rs = self._rs
        key = attendance.meeting_check_key(rs, r, composition=r.composition, observers=r.observers)
        entry = self._meeting_plans.get(key)
        if entry is None:
            entry = rs.cached(("audit:meeting-check", key), lambda: _meeting_plan(rs, r))
            if len(self._meeting_plans) >= _DUE_LIMIT:
                self._meeting_plans.clear()
            self._meeting_plans[key] = entry
        plan, skipped, verdict = entry
        if verdict is not None:  # no violation of its own dates or titles: every date of the record, which the
            return verdict  # plan would check first, is in the calendar's years (`_impossible`, the same test)
        violations = plan.violations(r, self._cal)
        if not violations:
            return _Verdict(skipped, ()) if skipped else _NO_BREACH
        severity = self._severity
        found = tuple((v.rule, v.citation, v.message, severity(v.source), v.source) for v in violations)
        return _Verdict(skipped, found)

    def _meeting_situation(self, r: MeetingRecord) -> _Verdict:
        rs = self._rs
        # everything check_meeting looks at but the date
        key = ("audit:meeting", r.kind, r.presided_by, r.attendees, r.non_voting, r.assistants, r.convened_by)
        return rs.cached(key, lambda: _meeting_verdict(rs, r, self._cal))

    def _meeting_entry(self, r: MeetingRecord) -> tuple[_Verdict, MeetingKind, tuple[AgendaItem, ...]] | None:
        """What a meeting's situation gets (for `_unbuilt`): its verdict, kind and (empty) agenda."""
        if r.absent or r.agenda:
            return None
        return self._meeting_situation(r), r.kind, r.agenda

    def _meeting_unbuilt(
        self, entry: tuple[_Verdict, MeetingKind, tuple[AgendaItem, ...]], record_id: str, days: tuple[date | None, ...]
    ) -> list[Finding]:
        day, drafted, issued = _MEETING_DAYS(days)
        assert day is not None
        return self._meeting_dated(*entry, record_id, day, drafted, issued)

    def _meeting_dated(
        self,
        verdict: _Verdict,
        kind: MeetingKind,
        agenda: tuple[AgendaItem, ...],
        record_id: str,
        day: date,
        minutes_drafted_on: date | None,
        minutes_issued_on: date | None,
    ) -> list[Finding]:
        """A meeting's findings: its situation's verdict, and its dates'; the meeting counted as held."""
        found = self._found(verdict, day) if verdict.findings or verdict.skipped else []
        found += self._deadline("minutes_draft", day, minutes_drafted_on, "会议纪要起草", meeting=kind)
        found += self._deadline("minutes_issue", day, minutes_issued_on, "会议纪要印发", meeting=kind)
        for item in agenda if self._materials_by_deadline else ():
            if item.materials_submitted_on is not None:
                found += self._deadline(
                    "agenda_materials", day, item.materials_submitted_on, f"议题“{item.title}”材料报送", meeting=kind
                )
        # last: a record that could not be checked is not counted as held
        days = self._meeting_days
        self._meeting_days = (day, day) if days is None else (min(days[0], day), max(days[1], day))
        times = self._times.get(kind)
        if times:
            ids = self._held.setdefault(kind, {}).setdefault(day, set())
            if len(ids) < times:
                ids.add(record_id)
        return found

    # -- leave --

    def _latest(self, plan: attendance.LeavePlan, start: date) -> tuple[date, LeaveRule] | None:
        """`plan.latest(start)`, remembered for this audit by the plan's identity (plans are few; each entry
        holds its plan, so no other plan can take its id while it is remembered)."""
        key = (id(plan), start)
        hit = self._latest_days.get(key)
        if hit is not None and hit[0] is plan:
            return hit[1]
        latest = plan.latest(start, self._cal)
        if len(self._latest_days) >= _DUE_LIMIT:
            self._latest_days.clear()
        self._latest_days[key] = (plan, latest)
        return latest

    def _leave(self, r: LeaveRecord) -> list[Finding]:
        # one of a kind: not remembered
        verdict = (
            _leave_verdict(self._rs, r, r.request()) if _big(r.approved_by, r.notified) else self._leave_situation(r)
        )
        return self._leave_dated(verdict, r.start, r.requested_on)

    def _leave_situation(self, r: LeaveRecord) -> _Verdict:
        rs = self._rs
        # everything the leave rules look at but the dates; whether the record is valid depends on
        # these alone too (the length, and the meeting of a meeting absence)
        key = ("audit:leave", r.role, r.kind, r.meeting, r.reason, r.party_standing_committee_member,
               (r.end - r.start).days, r.substitute, r.requested_on is None, r.approved_by, r.notified)  # fmt: skip
        return rs.cached(key, lambda: _leave_situation(rs, r))

    def _leave_entry(self, r: LeaveRecord) -> _Verdict | None:
        """What a leave record's situation gets (for `_unbuilt`, which keys it by the days away too)."""
        return None if _big(r.approved_by, r.notified) else self._leave_situation(r)

    def _leave_unbuilt(self, entry: _Verdict, _: str, days: tuple[date | None, ...]) -> list[Finding]:
        start, _end, requested_on = _LEAVE_DAYS(days)
        assert start is not None
        return self._leave_dated(entry, start, requested_on)

    def _leave_dated(self, verdict: _Verdict, start: date, requested_on: date | None) -> list[Finding]:
        """A leave record's findings: its situation's verdict, and whether it was asked for in time."""
        if verdict.plan is None:  # no rule covers it
            return self._found(verdict, None)
        when = requested_on or start
        found = self._found(verdict, when)
        plan = verdict.plan
        late = plan.late_request(requested_on, self._latest(plan, start)) or plan.after_start(requested_on, start)
        if late is not None:
            found.insert(
                verdict.dated_at,
                self._finding(
                    late.rule,
                    late.citation,
                    verdict.who + late.message,
                    self._severity(late.source),
                    late.source,
                    when,
                    (when, start),
                ),
            )
        return found


@attrs.frozen
class _Unbuilt:
    """How the records of a type are checked without being built (`AuditRun._unbuilt`).

    - entry: what a situation gets, worked out from a record of it; None if it is not remembered;
    - dated: the findings of a record, from its situation's entry, its id and its dates (`DATE_FIELDS`);
    - keyed_by_days: what of its dates the situation is known by beside its other fields (a leave's length, as
      far as the ruleset's leave rules tell lengths apart), from the audit and the dates.
    """

    entry: Callable[[AuditRun, Any], Any]
    dated: Callable[[AuditRun, Any, str, tuple[date | None, ...]], list[Finding]]
    keyed_by_days: Callable[[AuditRun, tuple[date | None, ...]], tuple[Any, ...]] | None = None


#: An entry of `AuditRun._situations`: records of this situation are built and checked as they are.
_BUILT = object()


def _one_of_a_kind(r: DocumentRecord) -> bool:
    """Whether a document's situation is not remembered: an authorization's dates matter, and a long
    list of reviewers is one of a kind (nothing to share with other records, and no key of unbounded
    size remembered on the ruleset)."""
    return bool(r.authorizations) or _big(r.reviewed_by, r.countersigned_by, r.seal)


#: The periods a document record's dates are checked against.
_DOCUMENT_PERIODS = ("printing", "publication", "post_meeting_issue")


def _unbound(rs: Ruleset, r: DocumentRecord) -> frozenset[str]:
    """The periods of `_DOCUMENT_PERIODS` whose rule binds other documents only (`DeadlineRule.documents`)."""
    key = ("audit:unbound", r.kind, r.issuer, r.addressee, r.matters, r.meeting, r.presided_by)

    def work() -> frozenset[str]:
        doc = r.document()
        rules = (rs.rule(i) for i in _DOCUMENT_PERIODS if rs.has_rule(i))
        return frozenset(
            d.id
            for d in rules
            if isinstance(d, DeadlineRule) and d.documents is not None and not d.documents.holds(doc)
        )

    return rs.cached(key, work)


def _days_at(cls: type, *names: str) -> Callable[[tuple[date | None, ...]], tuple[date | None, ...]]:
    """The dates of these fields, from a record's dates in `DATE_FIELDS` order."""
    at = operator.itemgetter(*(DATE_FIELDS[cls].index(n) for n in names))
    return at


_DOCUMENT_DAYS = _days_at(DocumentRecord, "signed_on", "printed_on", "published_on", "meeting_date")
_MEETING_DAYS = _days_at(MeetingRecord, "date", "minutes_drafted_on", "minutes_issued_on")
_LEAVE_DAYS = _days_at(LeaveRecord, "start", "end", "requested_on")


def _leave_length(run: AuditRun, days: tuple[date | None, ...]) -> tuple[Any, ...]:
    """What a leave situation is known by of its dates: its length only as far as the leave rules' bounds of
    days tell lengths apart (`attendance.leave_length_breaks`: the verdict is worked out from
    `attendance.leave_plan_key`, which tells them apart no further), and whether it says when it was asked for."""
    start, end, requested_on = _LEAVE_DAYS(days)
    end = start if end is None else end  # left out: a one-day leave (`LeaveRecord.end`)
    assert start is not None and end is not None
    if end < start:  # (refused when checked: kept apart from the lengths a rule reads)
        return None, requested_on is None
    return bisect_right(run._leave_breaks, (end - start).days + 1), requested_on is None


_UNBUILT: Mapping[type, _Unbuilt] = {
    DocumentRecord: _Unbuilt(AuditRun._document_entry, AuditRun._document_unbuilt),
    CountersignRecord: _Unbuilt(lambda _, r: (r.variant,), AuditRun._countersign_unbuilt),
    RequestRecord: _Unbuilt(lambda _, r: (), AuditRun._request_unbuilt),
    MeetingRecord: _Unbuilt(AuditRun._meeting_entry, AuditRun._meeting_unbuilt),
    LeaveRecord: _Unbuilt(AuditRun._leave_entry, AuditRun._leave_unbuilt, _leave_length),
    DeadlineRecord: _Unbuilt(AuditRun._deadline_entry, AuditRun._deadline_unbuilt),
}

#: The check of each record type.
_CHECKS: Mapping[type, Any] = {
    DocumentRecord: AuditRun._document,
    CountersignRecord: AuditRun._countersign,
    RequestRecord: AuditRun._request,
    MeetingRecord: AuditRun._meeting,
    LeaveRecord: AuditRun._leave,
    DeadlineRecord: AuditRun._any_deadline,
    ScenarioRecord: AuditRun._scenario,
}

#: Date fields of each record type, by name (nested ones: see `_nested_dates`).
_DATE_FIELDS = DATE_FIELDS
#: Each record type's dates, in the order of `_DATE_FIELDS`, in one call.
_DATES_OF: Mapping[type, Any] = {
    cls: (lambda _: ()) if not names else (lambda r, n=names[0]: (getattr(r, n),)) if len(names) == 1
    else operator.attrgetter(*names)
    for cls, names in _DATE_FIELDS.items()
}  # fmt: skip
#: Dates that cannot run backwards (each a chain, checked where present): a reply before its
#: request, a document signed before it was drafted or printed before it was signed, minutes before
#: their meeting.
_ORDER: Mapping[type, tuple[tuple[str, ...], ...]] = {
    DocumentRecord: (("drafted_on", "signed_on", "printed_on", "published_on"), ("meeting_date", "printed_on")),
    CountersignRecord: (("requested_on", "replied_on"),),
    RequestRecord: (("received_on", "replied_on"),),
    MeetingRecord: (("date", "minutes_drafted_on", "minutes_issued_on"),),
    LeaveRecord: (("start", "end"),),
    DeadlineRecord: (),
    ScenarioRecord: (),
}
#: The same chains, as positions in `_DATE_FIELDS`.
_CHAINS: Mapping[type, tuple[tuple[int, ...], ...]] = {
    cls: tuple(tuple(_DATE_FIELDS[cls].index(name) for name in chain) for chain in chains)
    for cls, chains in _ORDER.items()
}


def _disorder(cls: type, days: tuple[date | None, ...]) -> tuple[str, str] | None:
    """How a record's dates run backwards, if they do."""
    names = _DATE_FIELDS[cls]
    for chain in _CHAINS[cls]:
        last = -1
        for i in chain:
            d = days[i]
            if d is None:
                continue
            if last >= 0 and d < days[last]:  # type: ignore[operator]
                earlier = days[last]
                assert earlier is not None
                return (
                    f"日期先后不可能：{names[i]}（{d.isoformat()}）早于{names[last]}（{earlier.isoformat()}）",
                    f"dates in an impossible order: {names[i]} ({d.isoformat()}) before {names[last]}"
                    f" ({earlier.isoformat()})",
                )
            last = i
    return None


def _plausible(cls: type) -> Callable[[tuple[date | None, ...], frozenset[int]], bool]:
    """A function telling, in one call, that a record of type `cls` with these dates (`_DATE_FIELDS` order)
    has every date in one of the years and none out of order (`_CHAINS`): `_impossible_days` is then None.
    False where either may fail; `_impossible_days` then says which, and why."""
    n = len(_DATE_FIELDS[cls])
    lines = ["def plausible(days, years):"]
    if n:
        lines.append(f"    {''.join(f'd{i}, ' for i in range(n))}= days")
    lines += [f"    if d{i} is not None and d{i}.year not in years:\n        return False" for i in range(n)]
    for chain in _CHAINS[cls]:
        lines.append("    last = None")
        for i in chain:
            lines.append(
                f"    if d{i} is not None:\n        if last is not None and d{i} < last:\n            return False\n"
                f"        last = d{i}"
            )
    lines.append("    return True")
    env: dict[str, Any] = {}
    exec(compile("\n".join(lines) + "\n", f"<plausible days of {cls.__name__}>", "exec"), env)  # (our own source)
    return env["plausible"]  # type: ignore[no-any-return]


#: Each record type's `_plausible`.
_PLAUSIBLE: Mapping[type, Callable[[tuple[date | None, ...], frozenset[int]], bool]] = {
    cls: _plausible(cls) for cls in _DATE_FIELDS
}


#: The lists of dated items inside a record of each type, and the date fields of their items: what
#: `_nested_dates` and `_nested_in` read, from this one table.
_NESTED: Mapping[type, tuple[tuple[str, tuple[str, ...]], ...]] = {
    MeetingRecord: (("absent", ("start", "end", "requested_on")), ("agenda", ("materials_submitted_on",))),
    DocumentRecord: (("authorizations", ("start", "end")),),
}


def _dates_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[date | None, ...]]:
    """The dates of these fields of an item, as a tuple (one C call for several)."""
    get: Callable[[Any], Any] = operator.attrgetter(*names)
    return get if len(names) > 1 else lambda item: (get(item),)


_NESTED_GETTERS = {
    cls: tuple((field, names, _dates_getter(names)) for field, names in lists) for cls, lists in _NESTED.items()
}


def _nested_in(record: Record, years: frozenset[int]) -> bool:
    """Whether every date `_nested_dates` gives falls in one of `years` (told without naming them)."""
    for field, _, get in _NESTED_GETTERS.get(type(record), ()):
        for item in getattr(record, field):
            for d in get(item):
                if d is not None and d.year not in years:
                    return False
    return True


def _nested_dates(record: Record) -> Iterator[tuple[str, date]]:
    """The dates inside a meeting's absences and agenda, and a document's authorizations, each named as
    the record writes it (`absent[1].start`)."""
    for field, names, get in _NESTED_GETTERS.get(type(record), ()):
        for i, item in enumerate(getattr(record, field), 1):
            for name, d in zip(names, get(item), strict=True):
                if d is not None:
                    yield f"{field}[{i}].{name}", d


_DUE_LIMIT = 100_000
#: The most situations an audit remembers (`AuditRun._situations`; emptied when full): a varied log of a
#: year has a few thousand; each holds its fields' texts, so a log of nothing but new ones stays bounded.
#: When full, and fewer records than this were checked from a situation seen before, the audit stops
#: splitting records (the rest of the log is built record by record, as before issue 17).
_SITUATIONS = 20_000
#: The longest reason an invalid record is given (characters): a huge bad value is quoted in part.
_MAX_REASON = 1000

#: A situation with more items than this in a list (or text longer than 8 times this) is not remembered: the memo on
#: the ruleset is bounded in entries, and so must each entry be.
_MEMO_ITEMS = 16


def _big(*values: Sized | None) -> bool:
    """Whether any of these (lists, sets, text) is longer than a situation worth remembering."""
    for v in values:  # noqa: SIM110 - a loop, not any() over a generator: asked of every document and leave
        if v is not None and len(v) > (_MEMO_ITEMS * 8 if type(v) is str else _MEMO_ITEMS):
            return True
    return False


_Template = tuple[str, Citation | None, str, str, str]


@attrs.frozen
class _Verdict:
    """What a situation's records all get: findings (rule, citation, message, severity, source) and
    the checks that could not be made. `plan` and `dated_at`: for leave, where the dated finding goes."""

    skipped: tuple[str, ...]
    findings: tuple[_Template, ...]
    plan: attendance.LeavePlan | None = None
    dated_at: int = 0
    #: whose leave, as a finding names it (「分管副县长离开辖区外出：」): a leave record's findings begin with it, so
    #: that each names the person whose request it is (a line of a long log is read on its own)
    who: str = ""


def _check_period(period: object) -> tuple[date, date] | None:
    """The audit period, if given: two dates (not dates and times), in order."""
    if period is None:
        return None
    if not isinstance(period, tuple | list) or len(period) != 2 or not all(type(d) is date for d in period):
        raise InvalidInput(f"an audit period is two dates (start, end); got {period!r}")
    start, end = period
    if end < start:
        raise InvalidInput(f"audit period ends on {end} before it starts on {start}")
    return start, end


def _rhythm_times(rs: Ruleset) -> dict[MeetingKind, int]:
    """For each kind of meeting with a rhythm rule, the most meetings a period of any of its rules asks for."""
    times: dict[MeetingKind, int] = {}
    for r in rs.rules_of(RhythmRule):
        times[r.meeting] = max(times.get(r.meeting, 0), r.rhythm.times)
    return times


def _record_type(raw: object) -> str | None:
    """A raw record's type where it names one (`"type": []` names none, and is not looked up: unhashable)."""
    if isinstance(raw, dict) and isinstance(raw.get("type"), str) and raw["type"] in RECORD_TYPES:
        return raw["type"]  # type: ignore[no-any-return]
    return None


def _record_id(raw: object) -> str | None:
    """A raw record's id where it gives one: a text, or a whole number as its digits (as `parse_record` reads it)."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return raw["id"]  # type: ignore[no-any-return]
    if isinstance(raw, dict) and type(raw.get("id")) is int:
        return str(raw["id"])
    return None


def _severity(rs: Ruleset, rule_id: str) -> str:
    """`warning` where the rule is a hedged norm (原则上, 一般应 …: `Rule.hedged`), else `error`."""
    if rule_id and rs.has_rule(rule_id) and rs.rule(rule_id).hedged:
        return "warning"
    return "error"


def _templates(rs: Ruleset, violations: Iterable[Violation]) -> list[_Template]:
    return [(v.rule, v.citation, v.message, _severity(rs, v.source), v.source) for v in violations]


def _document_situation(rs: Ruleset, r: DocumentRecord) -> _Verdict:
    """`_document_verdict` of a record with no authorization, remembered by what the signing and approval
    rules read of its document (`signing.decision_key`) and the people the record names: the same for
    every document of that situation, whatever its kind, issuer or matters beside."""
    doc = r.document()  # (built here, so that a document that cannot be is said to be so)
    # (and whether it lacks the addressee its signer turns on, `signing.decided_by_addressee`: said not on record;
    # the masks do not tell, a field's own bits being lost in them)
    key = ("audit:document-situation", signing.decision_key(rs, doc), signing.decided_by_addressee(rs, doc),
           r.signed_by, r.reviewed_by, r.countersigned_by, r.seal, r.seal_approved_by, r.approved_by)  # fmt: skip
    return rs.cached(key, lambda: _document_verdict(rs, r, doc))


def _document_verdict(rs: Ruleset, r: DocumentRecord, doc: Document | None = None) -> _Verdict:
    """Signer, reviewers, countersigners, seal and approver of a document record (not its dates)."""
    if doc is None:
        doc = r.document()
    skipped: list[str] = []
    # a document the text forbids sending so is a breach whoever signs it (district-xx 五十六 ¶4)
    # (a document approved here was received for approval: sent to this government, where the record names no one)
    found: list[_Template] = _templates(
        rs, signing.routing(rs, doc if r.approved_by is None else signing.received(doc))
    )
    if r.signed_by is None:
        skipped.append("signer (signed_by not on record)")
    else:
        try:
            reviews = r.reviewed_by or ()
            verdict = signing.check_signature(rs, doc, r.signed_by, reviews, r.authorizations, on=r.signed_on)
        except NoApplicableRule:
            skipped.append(
                "signer (addressee not on record)"
                if signing.decided_by_addressee(rs, doc)
                else "signer (no signing rule covers this document)"
            )
        else:
            vs = verdict.violations
            if r.reviewed_by is None:
                skipped.append("reviewers (reviewed_by not on record)")
                vs = tuple(v for v in vs if v.rule == "signer")
            found += _templates(rs, vs)
            _countersign_and_seal(rs, r, verdict.decision, skipped, found)
    if r.seal_approved_by is not None:  # who consented to the seal's use, whether or not the signer is on record
        try:
            seal = signing.check_seal(rs, doc, r.seal_approved_by, r.authorizations, on=r.signed_on, seal=r.seal)
        except NoApplicableRule:
            skipped.append("seal_approval (no signing rule covers this document)")
        else:
            found += _templates(rs, seal.violations)
            if signing.seal_rule(rs, seal.decision, r.seal) is None and any(isinstance(x, SealRule) for x in rs.rules):
                # the text names who consents to some seal, but not to this one, or this document's is not said
                skipped.append(
                    "seal_approval (seal not on record)"
                    if r.seal is None
                    else f"seal_approval (记录载明的“{r.seal}”无据以检查的用印规则)"
                )
    if r.approved_by is not None:
        try:
            approval = signing.check_approval(rs, doc, r.approved_by)
        except NoApplicableRule:
            skipped.append("approver (no approval rule covers this document)")
        else:
            found += _templates(rs, approval.violations)
    return _Verdict(tuple(skipped), tuple(found))


def _countersign_and_seal(
    rs: Ruleset, r: DocumentRecord, decision: signing.SigningDecision, skipped: list[str], found: list[_Template]
) -> None:
    name = rs.name
    if r.countersigned_by is None:
        if decision.countersigners:
            skipped.append("countersigners (countersigned_by not on record)")
    else:
        signed = r.countersigned_by
        # a countersign rule's alternate (「如有必要,可由区长…会签」) stands for its countersigners; a role the
        # named one includes acts as it (`Ruleset.acts_as`)
        rules = rs.select(CountersignRule, decision.document)[1]
        stood_for = {
            x
            for c in rules
            if any(rs.acts_as(y, [a.role for a in c.alternates]) for y in signed)
            for x in c.countersigners
        }
        missing = [
            x for x in decision.countersigners if x not in stood_for and not any(rs.acts_as(y, (x,)) for y in signed)
        ]
        if missing:
            message = "缺少" + "、".join(name(x) for x in missing) + "会签"
            cite = decision.countersign_citation or decision.citations[0]
            found.append(("countersigners", cite, message, "error", decision.rule))
    if decision.seal is not None:
        if r.seal is None:
            skipped.append("seal (seal not on record)")
        elif r.seal != decision.seal:
            message = f"应加盖{decision.seal}，实际加盖{r.seal}"
            found.append(("seal", decision.seal_citation, message, "error", decision.rule))
        if decision.seal_approvers and r.seal_approved_by is None:
            skipped.append("seal_approval (seal_approved_by not on record)")


def _meeting_verdict(rs: Ruleset, r: MeetingRecord, calendar: WorkdayCalendar) -> _Verdict:
    """Presider, composition, absences, assistants and agenda of a meeting record (not its dates)."""
    try:
        decision = attendance.check_meeting(
            rs, r.meeting(), composition=r.composition, calendar=calendar, observers=r.observers
        )
    except NoApplicableRule:
        return _Verdict(_meeting_skipped(rs, r, None), ())
    return _Verdict(_meeting_skipped(rs, r, decision.unchecked_absences), tuple(_templates(rs, decision.violations)))


def _meeting_skipped(rs: Ruleset, r: MeetingRecord, unchecked_absences: tuple[Role, ...] | None) -> tuple[str, ...]:
    """What the meeting check could not check of a meeting record: `unchecked_absences` None where no rule
    speaks of its kind of meeting (the check refused it)."""
    if unchecked_absences is None:
        return (f"meeting composition (no rule composes a {r.kind.label})",)
    skipped: tuple[str, ...] = ("meeting composition (attendees not on record)",) if r.attendees is None else ()
    if r.attendees is not None and r.non_voting is None and _has_observers(rs, r.kind):
        skipped += ("meeting observers (non_voting not on record)",)
    if r.convened_by is not None and _composed_or_agenda(rs, r.kind) and not _convener_named(rs, r.kind):
        # 召集 where the text says only who presides or holds it (主持召开): the convener given is not checked
        skipped += (f"meeting convener (no rule names who convenes a {r.kind.label})",)
    if not _composed_or_agenda(rs, r.kind):  # only a leave rule speaks of it: its absences checked, no more
        skipped = (f"meeting composition (no rule composes a {r.kind.label})",)
    # an absence no leave rule covers (东川 第二十五条 binds the leaders and department heads only) is not checked
    return skipped + tuple(
        f"meeting absence (no leave rule covers a {rs.name(role)})"  # (the text's name: report.py says it)
        for role in dict.fromkeys(unchecked_absences)
    )


#: What a meeting's key gets (`_meeting_plan`).
_MeetingEntry = tuple[attendance.MeetingPlan, tuple[str, ...], "_Verdict | None"]


def _meeting_plan(rs: Ruleset, r: MeetingRecord) -> _MeetingEntry:
    """What `AuditRun._meeting_checked` remembers of a meeting's key: the meeting check's plan, what the check
    could not check (`_meeting_skipped`), and the verdict of every meeting of the key where no violation depends
    on a meeting's dates or titles (`MeetingPlan.dated`; else None)."""
    plan = attendance.meeting_plan(rs, r.meeting(), composition=r.composition, observers=r.observers)
    skipped = _meeting_skipped(rs, r, plan.unchecked_absences if plan.ruled else None)
    if plan.dated:
        return plan, skipped, None
    return plan, skipped, _Verdict(skipped, tuple(_templates(rs, plan.parts)))  # type: ignore[arg-type]


#: The verdict of a situation with neither breach nor skip.
_NO_BREACH = _Verdict((), ())


def _has_observers(rs: Ruleset, kind: MeetingKind) -> bool:
    """Whether the rule `attendance.check_meeting` applies to `kind` of meeting names standing observers (固定列席)."""
    rule = attendance.meeting_rule(rs, kind)
    return rule is not None and bool(rule.non_voting)


def _convener_named(rs: Ruleset, kind: MeetingKind) -> bool:
    """Whether the rule `attendance.check_meeting` applies to `kind` of meeting names who convenes it (召集:
    `MeetingRule.convened_as_presided`, the only convener the check checks)."""
    rule = attendance.meeting_rule(rs, kind)
    return rule is not None and rule.convened_as_presided


def _composed_or_agenda(rs: Ruleset, kind: MeetingKind) -> bool:
    """Whether a meeting or agenda rule of `rs` speaks of `kind` of meeting (`attendance.check_meeting` checks
    the absences of a kind only a leave rule names, and nothing else of it)."""
    return any(m.meeting is kind for m in rs.rules_of(MeetingRule)) or any(
        kind in a.meetings for a in rs.rules_of(AgendaRule)
    )


def _leave_situation(rs: Ruleset, r: LeaveRecord) -> _Verdict:
    """`_leave_verdict`, remembered by what the leave rules read of the request (`attendance.leave_plan_key`:
    its length only as far as a rule's bounds of days tell lengths apart) and what the record says beside."""
    request = r.request()  # (built here, so that a request that cannot be is said to be so)
    key = ("audit:leave-situation", attendance.leave_plan_key(rs, request), r.kind, r.requested_on is None,
           r.substitute is None, r.meeting, r.approved_by, r.notified)  # fmt: skip
    return rs.cached(key, lambda: _leave_verdict(rs, r, request))


def _approved_as_named(
    rs: Ruleset, plan: attendance.LeavePlan, approved_by: tuple[Role, ...], meeting: MeetingKind | None = None
) -> bool:
    """Whether those who approved are those the rules name: in their order, or, where no rule fixes an order
    (`LeaveRule.approvers_in_order`), each of them in any order. The meeting's chair (`MEETING_CHAIR`), whom a
    leave record does not name, is one who may chair that meeting (`signing.possible_chairs`)."""
    chairs = signing.possible_chairs(rs, meeting) if meeting is not None else None

    def approves_as(got: Role, want: Role) -> bool:
        if want is Role.MEETING_CHAIR and chairs is not None:
            return got is want or got in chairs
        return rs.acts_as(got, (want,))

    if plan.approval_orders:  # each approved, and every stated order holds (`LeaveRule.approval_orders`)
        at = {
            want: next((i for i, got in enumerate(approved_by) if approves_as(got, want)), -1)
            for want in plan.approvers
        }
        return min(at.values(), default=0) >= 0 and all(
            max(at[w] for w in before) < min(at[w] for w in after)
            for order in plan.approval_orders
            for before, after in itertools.pairwise(order)
        )
    if not plan.approvers_in_order:
        return all(any(approves_as(got, want) for got in approved_by) for want in plan.approvers)
    return len(approved_by) == len(plan.approvers) and all(
        approves_as(got, want) for got, want in zip(approved_by, plan.approvers, strict=True)
    )


def _leave_verdict(rs: Ruleset, r: LeaveRecord, request: LeaveRequest) -> _Verdict:
    """Reasons, substitutes, approvers and notices of a leave record; the lead time is left to its dates."""
    try:
        plan = attendance.leave_plan(rs, request)
    except NoApplicableRule:
        return _Verdict((f"leave (no rule covers {rs.name(r.role)} {rs.leave_kind_name(r.kind)})",), ())
    who = f"{rs.name(r.role)}{rs.leave_word(r.kind, plan.applied)}："
    found = _templates(rs, plan.violations)
    skipped: list[str] = []
    # a field the record leaves out is not checked (DESIGN): no reason, or no word on a substitute, on record
    left_out = {c for c, field in (("leave_reason", r.reason), ("leave_substitute", r.substitute)) if field is None}
    dropped = sorted({f[0] for f in found if f[0] in left_out})
    if plan.reason_unchecked:  # not given: not held against the reasons the text lists
        dropped = sorted({*dropped, "leave_reason"})
    if dropped:
        found = [f for f in found if f[0] not in left_out]
        skipped.extend(f"{c} ({c.removeprefix('leave_')} not on record)" for c in dropped)
    dated_at = len(found)
    if (plan.lead_rules or plan.advance_rules) and r.requested_on is None:
        skipped.append("leave_request (requested_on not on record)")
    cite = plan.citations[0] if plan.citations else None
    name = rs.name
    source = plan.applied[0] if plan.applied else ""
    severity = _severity(rs, source)
    if r.approved_by is None:
        skipped.append("leave_approvers (approved_by not on record)")
    elif not plan.approvers:  # silence is not permission: the text names no approver, nothing to compare
        skipped.append("leave_approvers (本规则未规定审批人)")
    elif not _approved_as_named(rs, plan, r.approved_by, r.meeting):
        chairs = signing.possible_chairs(rs, r.meeting) if r.meeting is not None else None
        order = list(Role)

        def named(x: Role) -> str:  # the meeting's chair, with who may chair that meeting
            if x is not Role.MEETING_CHAIR or not chairs:
                return name(x)
            return f"{name(x)}（{'或'.join(name(c) for c in sorted(chairs, key=order.index))}）"

        wanted = [named(x) for x in plan.approvers]
        want = in_order(wanted) if plan.approvers_in_order else "经" + "、".join(wanted)
        if plan.approval_orders:
            want = (
                "经" + "、".join(wanted) + f"（{attendance.orders_phrase(plan.approval_orders, name, plan.approvers)}）"
            )
        names = [name(x) for x in r.approved_by]
        ordered = plan.approvers_in_order or bool(plan.approval_orders)
        got = in_order(names) if ordered or len(names) < 2 else "经" + "、".join(names)
        found.append(("leave_approvers", cite, f"应{want}审批，实际{got or '无人'}审批", severity, source))
    if r.notified is None:
        skipped.append("leave_notify (notified not on record)")
    else:
        missing = [x for x in plan.notify if not any(rs.acts_as(y, (x,)) for y in r.notified)]
        if missing:
            verbs = plan.notify_verbs or (None,) * len(plan.notify)
            told = [(x, verbs[plan.notify.index(x)]) for x in missing]
            message = "；".join("未" + p for p in attendance.notify_phrases(told, name, "向{}报备（报告）"))
            found.append(("leave_notify", cite, message, severity, source))
    worded = tuple((rule, cite, who + message, severity, source) for rule, cite, message, severity, source in found)
    return _Verdict(tuple(skipped), worded, plan, dated_at, who)


@attrs.frozen
class Unreadable:
    """What a reader yields for a record it could not decode (a JSON line, a spreadsheet row): its reason,
    and its id if that much was read. The audit makes it an `invalid_record` finding and goes on."""

    reason: str
    record_id: str | None = None
    #: The row's cells the schema does not name, as they would have been kept (标题, 文号 ...).
    extra: Mapping[str, object] = attrs.field(factory=dict)
    #: The reason in English (`lang="en"`); `reason` is the Chinese, shown by default.
    en: str | None = None


_Unreadable = Unreadable


def audit(
    ruleset: Ruleset,
    records: Iterable[Mapping[str, Any] | object],
    *,
    as_of: date | None = None,
    calendar: WorkdayCalendar | None = None,
    period: tuple[date, date] | None = None,
    changes: Sequence[Mapping[str, Any]] | None = None,
    roster: Roster | None = None,
    lang: str = "zh",
) -> AuditRun:
    """Audit decoded records (mappings); findings stream out, `.summary` counts everything.

    `as_of`: replies still missing after their deadline on that day are breaches. `period`: the
    days the log covers, for how often meetings were held (default: its first meeting to its last).
    `changes`: what-if changes (`whatif.changes.load_changes`) the ruleset is audited under; a log's
    scenario record naming other changes, or another ruleset, is a warning in the summary.
    `roster`: who held which role when (`audit.people`); records may then name people where roles go.
    `lang`: "zh" (default) or "en", the language unreadable records' reasons are given in.
    """
    if isinstance(records, str | bytes | Mapping) or not isinstance(records, Iterable):
        raise InvalidInput(f"audit() takes an iterable of records (mappings); got {type(records).__name__}")
    return AuditRun(
        ruleset,
        ((None, r) for r in records),
        as_of=as_of,
        calendar=calendar,
        period=period,
        changes=changes,
        roster=roster,
        lang=lang,
    )


def audit_lines(
    ruleset: Ruleset,
    lines: Iterable[str | bytes],
    *,
    as_of: date | None = None,
    calendar: WorkdayCalendar | None = None,
    period: tuple[date, date] | None = None,
    changes: Sequence[Mapping[str, Any]] | None = None,
    roster: Roster | None = None,
    lang: str = "zh",
    advice: str = "command",
) -> AuditRun:
    """Audit JSON Lines (text or bytes, one record a line; blank lines skipped, lines counted from 1).

    `as_of`, `period`, `changes`, `roster` and `lang` as for `audit`; `advice` as for `AuditRun` ("http": the
    service's words for a year without a schedule).
    """
    if isinstance(lines, str | bytes) or not isinstance(lines, Iterable):
        raise InvalidInput(
            f"audit_lines() takes an iterable of lines (a file, or text.splitlines()); got {type(lines).__name__}"
        )
    return AuditRun(
        ruleset,
        _decode(lines),
        as_of=as_of,
        calendar=calendar,
        period=period,
        changes=changes,
        roster=roster,
        lang=lang,
        advice=advice,
    )


def _decode(lines: Iterable[str | bytes]) -> Iterator[tuple[int | None, object]]:
    n = 0
    for item in lines:
        # a line holding line breaks (CR alone, as old Mac files end lines) is that many lines
        if type(item) is bytes:
            body = item.rstrip(b"\r\n")
            if b"\r" in body or b"\n" in body:
                pieces: list[str | bytes] = _BYTE_BREAK.split(body)
            else:
                # the plain line, read in one call (orjson's, or the C scanner's); else as below
                value = fast_record(body) if len(body) <= MAX_LINE else None
                if value is not None:
                    n += 1
                    yield n, value
                    continue
                pieces = [body]
        elif isinstance(item, bytes):
            body = item.rstrip(b"\r\n")
            pieces = _BYTE_BREAK.split(body) if b"\r" in body or b"\n" in body else [body]
        elif isinstance(item, str):
            text = item.rstrip("\r\n")
            pieces = _BREAK.split(text) if "\r" in text or "\n" in text else [text]
        else:
            n += 1
            kind = type(item).__name__
            yield (
                n,
                _Unreadable(
                    f"一行应是文本（str或bytes），实际是{kind}", en=f"a line is text (str or bytes), not {kind}"
                ),
            )
            continue
        for line in pieces:
            n += 1
            if len(line) > MAX_LINE:
                mib = MAX_LINE // (1 << 20)
                yield (
                    n,
                    _Unreadable(
                        f"记录过长：超过{MAX_LINE}字节（{mib} MiB），未读取",
                        en=f"record too long: over {MAX_LINE} bytes ({mib} MiB), not read",
                    ),
                )
                continue
            if isinstance(line, bytes):
                try:
                    text = line.decode("utf-8")
                except UnicodeDecodeError:
                    yield n, _Unreadable(*_encoding_hint(line))
                    continue
                if "\x00" in text and _wide(line) is not None:  # UTF-16 of ASCII is valid UTF-8, NULs and all
                    yield n, _Unreadable(*_encoding_hint(line))
                    continue
            else:
                text = line
            text = text.strip().removeprefix("\ufeff")
            if not text:
                continue
            try:
                value, end = _DECODER.raw_decode(text)  # `text` is stripped: no whitespace to skip
                if end != len(text):
                    raise json.JSONDecodeError("Extra data", text, len(text) - len(text[end:].lstrip()))
                yield n, value
            except _DuplicateKey as e:
                key = _short(e.key, 80)
                yield (
                    n,
                    _Unreadable(
                        f"键“{key}”重复出现（JSON对象的每个键只能出现一次）",
                        en=f"key {key!r} given twice (each key of a JSON object appears once)",
                    ),
                )
            except json.JSONDecodeError as e:
                zh = f"不是有效的JSON：第{e.colno}个字符处{_JSON_ERRORS_ZH.get(e.msg, e.msg)}"
                yield n, _Unreadable(zh, en=f"not valid JSON ({_short(str(e), 200)})")
            except _Constant as e:
                yield (
                    n,
                    _Unreadable(
                        f"不是有效的JSON：{e}不是JSON允许的数", en=f"not valid JSON ({e} is not a number JSON allows)"
                    ),
                )
            except ValueError as e:
                why = _short(str(e), 200)
                if "integer string conversion" in why:  # Python's bound on the digits of a whole number it reads
                    digits = sys.get_int_max_str_digits()
                    yield (
                        n,
                        _Unreadable(
                            f"不是有效的记录：其中有一个超过{digits}位的整数",
                            en=f"not a valid record: it holds a whole number of over {digits} digits",
                        ),
                    )
                    continue
                yield n, _Unreadable(f"不是有效的JSON（{why}）", en=f"not valid JSON ({why})")
            except RecursionError:
                yield n, _Unreadable("JSON嵌套过深", en="JSON nested too deep")


#: Record fields that hold roles, or objects that do (reviews, absences, authorizations).
_ROLE_FIELDS = frozenset(
    {"presided_by", "convened_by", "signed_by", "seal_approved_by", "countersigned_by", "reviewed_by", "approved_by",
     "attendees", "non_voting", "absent", "authorizations", "role", "notified", "grantor", "grantee"}
)  # fmt: skip


#: The most texts `_Refused.words` remembers.
_REFUSED_WORDS = 4096

#: Record fields that hold a kind of meeting: a document's or a leave's `meeting`, a meeting record's `kind`.
_MEETING_FIELDS = frozenset({"meeting", "kind"})


class _Refused(NamedTuple):
    """What a ruleset refuses of a record's words (`Ruleset.refused_names`, `refused_issuers`,
    `refused_leave_kinds`), each with why; false when it refuses nothing."""

    names: Mapping[str, tuple[str, str]]
    issuers: Mapping[str, tuple[str, str]]
    leave_kinds: Mapping[str, tuple[str, str]]
    #: Whether a text is refused by a table, by (the table's id, the text): logs repeat their words (at most
    #: `_REFUSED_WORDS` of them, emptied when full; the tables are held here, so no other can take their ids).
    words: dict[tuple[int, str], bool]

    def __bool__(self) -> bool:
        return bool(self.names or self.issuers or self.leave_kinds)


def _other_level_field(raw: dict[str, Any], refused: _Refused) -> tuple[str, str, Mapping[str, tuple[str, str]]] | None:
    """The first (field, word, the table refusing it) of a raw record that writes a role or a meeting by another
    level's name (with or without the honorific 同志), an issuer of another level's government, or a word for
    leaving another place; looking into nested objects (a review's role, an absence's role, kind and meeting);
    None if there is none."""
    kind = raw.get("type")
    for key, value in raw.items():
        if key in _ROLE_FIELDS or key == "meeting" or (key == "kind" and kind == "meeting"):
            table = refused.names
        elif key == "kind" and kind == "leave":
            table = refused.leave_kinds
        elif key == "issuer" and kind == "document":
            table = refused.issuers
        else:
            continue
        found = _other_level_value(value, table, refused)
        if found is not None:
            return key, *found
    return None


def _other_level_value(
    value: Any, table: Mapping[str, tuple[str, str]], refused: _Refused
) -> tuple[str, Mapping[str, tuple[str, str]]] | None:
    if type(value) is str:
        words = refused.words
        key = (id(table), value)
        refuses = words.get(key)
        if refuses is None:
            text = value.strip()
            base = text.removesuffix(_HONORIFIC).strip()
            # (normalise: 市人民政府办公室主任 is the 市政府办公室主任 of another level)
            refuses = text in table or base in table or normalise(text) in table or normalise(base) in table
            if len(words) >= _REFUSED_WORDS:
                words.clear()
            words[key] = refuses
        return (value.strip(), table) if refuses else None
    if type(value) is list:
        for v in value:
            found = _other_level_value(v, table, refused)
            if found is not None:
                return found
    elif type(value) is dict:  # a review's or an absence's role, an absence's meeting and kind of leave
        for k, v in value.items():
            if k in _ROLE_FIELDS or k in ("meeting", "kind"):
                found = _other_level_value(v, refused.leave_kinds if k == "kind" else refused.names, refused)
                if found is not None:
                    return found
    return None


def _text_leave_kind(rs: Ruleset, raw: Any) -> Any:
    """A leave record whose kind is written as the text names it (咸阳's 离咸外出, 东川's 不能参加会议), with the
    kind's member name (`Ruleset.parse_leave_kind`), and so a meeting record's absences; any other record as it
    is."""
    if type(raw) is not dict:
        return raw
    if raw.get("type") == "meeting" and type(raw.get("absent")) is list:
        absent = [_text_kind_of(rs, a) for a in raw["absent"]]
        return raw if absent == raw["absent"] else {**raw, "absent": absent}
    return _text_kind_of(rs, raw) if raw.get("type") == "leave" else raw


def _text_kind_of(rs: Ruleset, leave: Any) -> Any:
    """A leave (a record, or a meeting record's absence) with its kind's member name where the text names it so."""
    if type(leave) is not dict or type(leave.get("kind")) is not str:
        return leave
    try:
        kind = rs.parse_leave_kind(leave["kind"])
    except InvalidInput:
        return leave
    return {**leave, "kind": kind.name}


def _text_addressee(rs: Ruleset, raw: Any) -> Any:
    """A document record addressed to a government as the text names it (区政府 in a district's text: 本级政府),
    with the addressee's member name (`Ruleset.addressee_named`); any other record as it is."""
    if type(raw) is not dict or raw.get("type") != "document" or type(raw.get("addressee")) is not str:
        return raw
    named = rs.addressee_named(raw["addressee"])
    return raw if named is None else {**raw, "addressee": named.name}


def _text_issuer(rs: Ruleset, raw: Any) -> Any:
    """A record whose issuer is written as the text names a sender (西丰 「各乡(镇)政府」, 咸阳 「市政府各部门」), with
    the issuer's member name (`Ruleset.read_issuer`, as the command line reads it); any other record as it is."""
    if type(raw) is not dict or type(raw.get("issuer")) is not str:
        return raw
    try:
        issuer = rs.read_issuer(raw["issuer"], hints=False)
    except InvalidInput:
        return raw
    return {**raw, "issuer": issuer.name}


def _generic_role(name: str) -> Role | None:
    """The role the record format reads `name` as, without a ruleset; None if it reads none."""
    try:
        return Role.from_label(name)
    except InvalidInput:
        return None


_HONORIFIC = "同志"


def _text_names(value: Any, names: Mapping[str, str]) -> Any:
    """A raw record with the roles written as its ruleset's text names them (`Ruleset.text_role_names`:
    西丰's 县政府办公室) written as the roles' member names, which the record format reads."""
    if type(value) is str:
        text = value.strip()
        if text in names:
            return names[text]
        named = names.get(normalise(text))  # the text's name spelt at length (市人民政府 for 西丰's 市政府)
        if named is not None:
            return named
        # 「县长同志」「常务副县长同志」: the honorific 同志 after a role the text or the format names is that role
        # (as 主要负责同志 is 主要负责人); nothing else is read into it
        base = text.removesuffix(_HONORIFIC).strip()
        if base != text and base:
            named = names.get(base) or names.get(normalise(base))
            return named or (base if _generic_role(base) is not None else value)
        return value
    if type(value) is list:
        return [_text_names(v, names) for v in value]
    if type(value) is dict:
        return {k: _text_names(v, names) if k in _ROLE_FIELDS else v for k, v in value.items()}
    return value


_BREAK = re.compile("\r\n|\r|\n")
_BYTE_BREAK = re.compile(b"\r\n|\r|\n")


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (which of the two would be the record's is a guess)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


class _Constant(ValueError):
    """NaN, Infinity or -Infinity: numbers Python's json reads and JSON has not."""


def _no_constant(name: str) -> object:
    raise _Constant(name)


#: What the standard library's JSON errors say, in Chinese.
_JSON_ERRORS_ZH = {
    "Expecting value": "应有一个值",
    "Expecting property name enclosed in double quotes": "应有双引号括起的键名",
    "Expecting ':' delimiter": "应有冒号（:）",
    "Expecting ',' delimiter": "应有逗号（,）",
    "Unterminated string starting at": "起的字符串没有结束（缺少右引号）",
    "Invalid control character at": "有字符串中不允许的控制字符",
    "Invalid \\escape": "有无效的转义（\\）",
    "Invalid \\uXXXX escape": "有无效的\\u转义",
    "Extra data": "之后还有多余的内容（一行只能有一条记录）",
    "Illegal trailing comma before end of object": "对象末尾多了逗号",
    "Illegal trailing comma before end of array": "数组末尾多了逗号",
}


_DECODER = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=_object)


def _short(text: str, limit: int = _MAX_REASON, en: bool = False) -> str:
    """`text`, cut to `limit` characters (saying how long it was): a message stays readable and small."""
    if len(text) <= limit:
        return text
    if en:
        return f"{text[:limit]}… ({len(text)} characters, cut)"
    return f"{text[:limit]}…（共{len(text)}字，已截断）"


def _person_role(rs: Ruleset, role: Role) -> str:
    """A person's role as the ruleset names it, without 分管 (a deputy is 副县长; who is in charge is the question)."""
    return rs.name(role).removeprefix("分管")


def _covers(member: Member, department: str, matters: Iterable[Matter]) -> bool:
    """Whether a member's portfolio (分管) covers a department, or one of the matters (by any spelling)."""
    portfolio = member.portfolio
    if department in portfolio:
        return True
    return any(spelling in portfolio for m in matters for spelling in (m.name, m.label, *m.aliases))


def _described_json(changes: Mapping[str, Any]) -> str:
    """Changes as described in a scenario record ({rule: {field: value}}), as comparable text."""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str) if changes else ""


def _described(changes: Iterable[Mapping[str, Any]]) -> str:
    from govrules.whatif.changes import describe_changes

    return _described_json(describe_changes(changes))


def _changed(ruleset: Ruleset, changes: Sequence[Mapping[str, Any]]) -> Ruleset:
    from govrules.errors import RuleNotDefined
    from govrules.whatif.changes import apply_changes

    try:
        return apply_changes(ruleset, changes)
    except RuleNotDefined as e:
        raise InvalidInput(str(e)) from None


def _extra_text(value: object) -> str:
    """An unnamed field's value as text for a report (JSON for what is not text), its length bounded."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return _short(text, _MAX_EXTRA_TEXT)


def _wide(line: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when a line looks like one (a line alone cannot tell which byte order: a
    line split at LF starts with the NUL of the line break before it in one, and in the other not)."""
    encoding = sniff_encoding(line) or sniff_encoding(line[1:])
    return None if encoding is None else encoding.upper()[:6]


def _encoding_hint(line: bytes) -> tuple[str, None, dict[str, object], str]:
    """Why a line is not UTF-8, in Chinese and in English (as `Unreadable`'s arguments)."""
    name = _wide(line)
    if name is None:
        try:
            line.decode("gbk")
        except UnicodeDecodeError:
            return "不是UTF-8编码", None, {}, "not UTF-8"
        name = "GBK"
    return (
        f"不是UTF-8编码，看来是{name}编码：请先转换为UTF-8（如 iconv -f {name} -t UTF-8）",
        None,
        {},
        f"not UTF-8 but, it seems, {name}: convert it to UTF-8 first (iconv -f {name} -t UTF-8)",
    )
