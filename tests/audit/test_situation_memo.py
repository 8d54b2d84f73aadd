"""The audit remembers a document's and a leave record's verdict by what the rules read of them
(`signing.decision_key`, `attendance.leave_plan_key`) and the people the record names: the findings
are exactly those worked out afresh for every record, for every shipped ruleset."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from datetime import date, timedelta
from typing import Any, TypeVar

import attrs
import pytest
from _varied import in_words_of, varied_lines

from govrules import attendance, rulesets, signing
from govrules.audit import audit_lines
from govrules.audit.report import CSV_FIELDS, csv_rows, json_lines
from govrules.errors import NoApplicableRule
from govrules.model import (
    AbsenceReason,
    Addressee,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    MeetingKind,
    Role,
)
from govrules.rules import Ruleset

RULESETS = rulesets.available()
T = TypeVar("T")


@pytest.fixture(scope="module")
def varied_log(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The benchmark's varied log (every record type, lengths of leave from 1 to 31 days, signers and
    reviewers drawn at random)."""
    return varied_lines(tmp_path_factory.mktemp("log"), 4000, seed=11)


#: The keys the audit remembers a whole record's situation by (the first level), and by what the rules read
#: (the second).
RECORD_KEYS = ("audit:document", "audit:leave", "audit:meeting")
SITUATION_KEYS = ("audit:document-situation", "audit:leave-situation")


@attrs.define
class _Memo:
    """`Ruleset.cached` as a test wants it: `skip` keys worked out afresh each time; which were asked."""

    skip: tuple[str, ...]
    asked: Counter[str] = attrs.field(factory=Counter)

    def patch(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def cached(rs: Ruleset, key: Hashable, compute: Callable[[], T]) -> T:
            head = key[0] if isinstance(key, tuple) and key and isinstance(key[0], str) else ""
            self.asked[head] += 1
            if "*" in self.skip or head in self.skip:
                return compute()
            return original(rs, key, compute)  # type: ignore[no-any-return]

        return cached


def _audit(rs_id: str, lines: list[bytes], memo: _Memo | None, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    with monkeypatch.context() as m:
        if memo is not None:
            m.setattr(Ruleset, "cached", memo.patch(Ruleset.cached))
        run = audit_lines(rulesets.load(rs_id).evolve(), lines)  # (a fresh ruleset: an empty memo)
        found = [f.as_dict() for f in run]
    return found, run.summary


@pytest.mark.parametrize("rs_id", RULESETS)
def test_remembered_verdicts_are_the_verdicts_worked_out_afresh(
    rs_id: str, varied_log: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remembered (as the audit runs), remembered only by what the rules read (the first level off, so
    that every document and leave record is answered from a situation seen before under another kind,
    issuer or length), and not remembered at all: the same findings, in the same order, and summary."""
    # written in the ruleset's own names (a 县长 in a 市's log is another level's, refused)
    varied_log = in_words_of(varied_log, rulesets.load(rs_id).government.level.label)
    fresh = _audit(rs_id, varied_log, _Memo(skip=("*",)), monkeypatch)
    assert fresh == _audit(rs_id, varied_log, None, monkeypatch)
    by_situation = _Memo(skip=RECORD_KEYS)
    assert fresh == _audit(rs_id, varied_log, by_situation, monkeypatch)
    # the situation keys were asked for every document and leave record of a situation new to the audit
    # (952 and 298-364 of this log's: a leave's length is told apart only as far as the rules' bounds of days
    # tell it, `attendance.leave_length_breaks`), and they share situations across records the first level
    # tells apart (else this test could not fail)
    asked = by_situation.asked
    assert asked["audit:document-situation"] > 900 and asked["audit:leave-situation"] > 250
    findings, summary = fresh
    assert summary.read == len(varied_log) and summary.checked + summary.invalid == summary.read
    assert len({f["rule"] for f in findings}) >= 5


def _situations(rs: Ruleset, key: Callable[[Any], Hashable], subjects: list[Any]) -> Iterator[list[Any]]:
    """The subjects grouped by key, the groups of more than one."""
    groups: dict[Hashable, list[Any]] = {}
    for s in subjects:
        groups.setdefault(key(s), []).append(s)
    return (g for g in groups.values() if len(g) > 1)


def _decision(fn: Callable[[Ruleset, Any], Any], rs: Ruleset, subject: Any) -> object:
    """What a decision says but its subject (document, request, trace): or that no rule covers it."""
    try:
        d = fn(rs, subject)
    except NoApplicableRule:
        return "no rule"
    return {k: v for k, v in attrs.asdict(d, recurse=False).items() if k not in ("document", "trace", "ruleset")}


def _documents(n: int, seed: int) -> list[Document]:
    """n documents drawn over the whole model (every kind, issuer, addressee, matters, meeting, presider)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        kind = rng.choice(list(DocumentKind))
        meetings = list(MeetingKind) if kind is DocumentKind.MINUTES else [None, *MeetingKind]
        meeting = rng.choice(meetings)
        out.append(
            Document(
                kind=kind,
                issuer=rng.choice(list(Issuer)),
                addressee=rng.choice([None, *Addressee]),
                matters=frozenset(rng.sample(list(Matter), rng.choice([0, 0, 1, 2]))),
                meeting=meeting,
                presided_by=None if meeting is None else rng.choice([None, Role.HEAD, Role.DEPUTY, Role.MEETING_CHAIR]),
            )
        )
    return out


@pytest.mark.parametrize("rs_id", RULESETS)
def test_documents_of_one_decision_key_get_one_decision(rs_id: str) -> None:
    """Who signs and who approves, but for the document itself, are the same for every document of a key."""
    rs = rulesets.load(rs_id)
    groups = list(_situations(rs, lambda d: signing.decision_key(rs, d), _documents(3000, seed=len(rs_id))))
    assert len(groups) > 20  # documents of different kinds, issuers ... share keys: the test can fail
    for group in groups:
        for fn in (signing.who_signs, signing.who_approves):
            assert len({repr(_decision(fn, rs, d)) for d in group}) == 1, group


@pytest.mark.parametrize("rs_id", RULESETS)
def test_requests_of_one_plan_key_get_one_plan(rs_id: str) -> None:
    """Every role and kind of leave, of every length from 1 to 31 days, with and without a reason and a
    substitute: requests of one key get one plan."""
    rs = rulesets.load(rs_id)
    start = date(2025, 3, 3)
    requests = [
        LeaveRequest(
            role=role, kind=kind, start=start, end=start + timedelta(days=days - 1),
            meeting=MeetingKind.EXECUTIVE if kind is LeaveKind.MEETING_ABSENCE else None,
            reason=reason, substitute=substitute, party_standing_committee_member=psc,
        )
        for role in Role
        for kind in LeaveKind
        for days in range(1, 32)
        for reason, substitute, psc in ((None, False, False), (None, True, True), (AbsenceReason.HEALTH, False, True))
    ]  # fmt: skip
    groups = list(_situations(rs, lambda r: attendance.leave_plan_key(rs, r), requests))
    assert any(len({r.days for r in g}) > 1 for g in groups)  # lengths share keys: the test can fail
    for group in groups:
        plans = set()
        for r in group:
            try:
                plans.add(attendance.leave_plan(rs, r))
            except NoApplicableRule:
                plans.add(None)
        assert len(plans) == 1, group


def test_report_rows_are_the_findings_as_dict(varied_log: list[bytes]) -> None:
    """The JSON and CSV writers build each row themselves: the same as from `Finding.as_dict`."""
    found = list(audit_lines(rulesets.load("xifeng-2022"), varied_log))
    assert any(f.extra for f in found) and any(f.citation is None for f in found)
    assert [json.loads(row) for row in json_lines(found)] == [{"type": "finding", **f.as_dict()} for f in found]
    rows = list(csv.DictReader(io.StringIO("".join(csv_rows(found)))))
    for f, row in zip(found, rows, strict=True):
        d = f.as_dict()
        want = {k: "" if d[k] is None else str(d[k]) for k in CSV_FIELDS if k != "extra"}
        assert {k: v.removeprefix("'") for k, v in row.items() if k != "extra"} == want
        assert row["extra"].removeprefix("'") == "；".join(f"{k}：{v}" for k, v in f.extra)
