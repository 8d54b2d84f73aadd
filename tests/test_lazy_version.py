"""A trace's `version` read from its ruleset when first asked for (issue 17, start-up): the traces the engines
build (`decision.trace`, `traced`) are, field by field, the `Trace(...)` built with `ruleset.version`, before and
after it is read, through equality, hash, repr, attrs, copy and pickle; and nothing hashes the rules until
a trace's version (or the ruleset's) is read."""

from __future__ import annotations

import contextlib
import copy
import itertools
import pickle
import threading
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import attendance, rulesets, signing
from govrules.decision import Trace, trace
from govrules.errors import GovRulesError
from govrules.model import LeaveRequest
from govrules.rules import LeaveRule, Ruleset, SigningRule
from govrules.whatif.space import _DocumentSpace, _LeaveSpace
from govrules.workdays import china

CAL = china()


def _hashed(rs: Ruleset) -> bool:
    """Whether the ruleset has worked out its version (kept once it has)."""
    return rs._version is not None


def _eager(t: Trace) -> Trace:
    """The trace `Trace(...)` builds from the same fields, with the ruleset's version given."""
    rs = vars(t)["_version_of"]
    return Trace(t.ruleset, rs.version, t.applied, t.overridden, vars(t)["_condition"], vars(t)["_subject"])


def _same(lazy: Trace, eager: Trace) -> None:
    assert type(lazy.version) is str and lazy.version == eager.version
    assert lazy == eager and hash(lazy) == hash(eager) and repr(lazy) == repr(eager)
    assert attrs.asdict(lazy) == attrs.asdict(eager) and attrs.astuple(lazy) == attrs.astuple(eager)
    assert lazy.checks == eager.checks


def _traces(rid: str) -> list[Trace]:
    """Traces of signing and leave decisions on a fresh ruleset object, none of them read yet."""
    rs = rulesets.load(rid).evolve()
    space = _DocumentSpace.of(rs)
    out = []
    for doc in itertools.islice(space.documents(), 0, None, max(1, space.size() // 200)):
        with contextlib.suppress(GovRulesError):
            out.append(signing.who_signs(rs, doc).trace)
    for q in list(_LeaveSpace.of(rs).requests())[::11]:
        with contextlib.suppress(GovRulesError):
            out.append(attendance.check_leave(rs, q, calendar=CAL).trace)
    return out


@pytest.mark.parametrize("rid", rulesets.available())
def test_a_trace_reads_its_version_when_asked_and_is_the_trace_init_builds(rid: str) -> None:
    traces = _traces(rid)
    assert len(traces) > 20
    rs = vars(traces[0])["_version_of"]
    assert not _hashed(rs)  # answers worked out, nothing read: the rules not hashed
    for t in traces:
        assert "version" not in vars(t)
        eager = _eager(t)  # reads the ruleset's version (hashes the rules), not the trace's
        assert "version" not in vars(t)
        _same(t, eager)
        assert vars(t)["version"] == rs.version  # kept once read
        _same(t, eager)


@pytest.mark.parametrize("rid", ["xifeng-2022", "district-xx"])
def test_a_trace_copied_or_pickled_carries_its_version_not_its_ruleset(rid: str) -> None:
    for t in _traces(rid)[:40]:
        rs = vars(t)["_version_of"]
        for other in (copy.copy(t), copy.deepcopy(t)):
            assert other == t and other.version == rs.version
        data = pickle.dumps(t)
        back = pickle.loads(data)
        assert "_version_of" not in vars(back) and vars(back)["version"] == rs.version
        assert back.applied == t.applied and back.version == t.version
        assert attrs.evolve(t, applied=("x",)).version == rs.version


def test_an_attribute_a_trace_does_not_have_is_an_attribute_error() -> None:
    rs = rulesets.load("xifeng-2022").evolve()
    t = trace(rs, rs.rules_of(SigningRule)[:2], rs.rules_of(SigningRule)[:1], None)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        t.nothing  # type: ignore[attr-defined]  # noqa: B018
    # nor does it answer the names copy and pickle probe for, or any other: only `version` is looked up lazily
    assert getattr(t, "__deepcopy__", None) is None and getattr(t, "__reduce_ex_hook__", None) is None
    eager = Trace(rs.id, rs.version, t.applied, t.overridden)
    with pytest.raises(AttributeError, match="no attribute '_version_of'"):
        eager._version_of  # type: ignore[attr-defined]  # noqa: B018
    assert "version" in vars(eager) and "_version_of" not in vars(eager)  # built by __init__: nothing lazy
    assert t == eager


def test_threads_reading_one_trace_all_get_its_version() -> None:
    rs = rulesets.load("kongtong-2016").evolve()
    t = trace(rs, rs.rules_of(LeaveRule)[:1], rs.rules_of(LeaveRule)[:1], None)
    got: list[str] = []
    barrier = threading.Barrier(8)

    def read() -> None:
        barrier.wait()
        got.append(t.version)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert got == [rs.version] * 8


@settings(max_examples=200)
@given(
    rid=st.sampled_from(rulesets.available()),
    pick=st.integers(0, 10_000),
    start=st.dates(date(2024, 1, 1), date(2026, 12, 1)),
    days=st.integers(0, 40),
    late=st.booleans(),
)
def test_leave_traces_on_random_requests_are_what_init_builds(
    rid: str, pick: int, start: date, days: int, late: bool
) -> None:
    """Hypothesis: a leave decision's trace, read or not, equals the one built with the version given."""
    rs = rulesets.load(rid).evolve()
    requests = list(_LeaveSpace.of(rs).requests())
    q0 = requests[pick % len(requests)]
    q = LeaveRequest(
        q0.role, q0.kind, start, start + timedelta(days=days), start + timedelta(days=2 if late else -3),
        q0.meeting, q0.reason, q0.substitute, q0.party_standing_committee_member,
    )  # fmt: skip
    try:
        d = attendance.check_leave(rs, q, calendar=CAL)
    except GovRulesError:
        return
    plan = attendance.leave_plan(rs, q)
    _same(d.trace, Trace(rs.id, rs.version, plan.applied, plan.overridden, plan.condition, q))
