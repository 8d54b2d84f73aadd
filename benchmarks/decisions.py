"""µs per decision: who_signs, due, check_leave, on every shipped ruleset.

Run: python benchmarks/decisions.py. Targets (issue 4): who_signs under 5 µs, due under 3 µs,
check_leave under 10 µs. Each figure is the best of 5 runs over a fixed mix of situations.
"""

from __future__ import annotations

import contextlib
import timeit
from datetime import date, timedelta

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import GovRulesError
from govrules.model import Addressee, Document, DocumentKind, Issuer, LeaveKind, LeaveRequest, Matter, MeetingKind, Role
from govrules.rules import Ruleset

REPEAT = 5


def best_us(fn: object, calls: int, number: int) -> float:
    return min(timeit.Timer(fn).repeat(REPEAT, number)) / (number * calls) * 1e6  # type: ignore[arg-type]


def documents() -> list[Document]:
    docs = [
        Document(kind=DocumentKind.REQUEST, issuer=Issuer.GOVERNMENT),
        Document(kind=DocumentKind.MOTION, issuer=Issuer.GOVERNMENT),
        Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT_OFFICE),
        Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, matters=frozenset({Matter.PERSONNEL})),
        Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=MeetingKind.EXECUTIVE,
                 presided_by=Role.HEAD),
        Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=MeetingKind.TOPICAL,
                 presided_by=Role.DEPUTY, matters=frozenset({Matter.FUNDS})),
    ]  # fmt: skip
    return docs


def requests() -> list[LeaveRequest]:
    start = date(2025, 3, 10)
    return [
        LeaveRequest(role=role, kind=kind, start=start, end=start + timedelta(days=2), requested_on=date(2025, 3, 3),
                     meeting=MeetingKind.EXECUTIVE if kind is LeaveKind.MEETING_ABSENCE else None)
        for role in (Role.DEPUTY, Role.DEPARTMENT_HEAD, Role.EXECUTIVE_DEPUTY)
        for kind in (LeaveKind.TRIP, LeaveKind.MEETING_ABSENCE)
    ]  # fmt: skip


def answerable(rs: Ruleset, fn: object, items: list[object]) -> list[object]:
    out = []
    for x in items:
        try:
            fn(rs, x)  # type: ignore[operator]
            out.append(x)
        except GovRulesError:
            pass
    return out


def first_calls(rs: Ruleset) -> float:
    """µs per who_signs for documents the ruleset has not answered before (each asked once)."""
    import itertools

    fresh = [
        Document(kind=k, issuer=i, addressee=a, matters=frozenset({Matter.FUNDS}))
        for k, i, a in itertools.product(DocumentKind, Issuer, [None, *Addressee])
        if k is not DocumentKind.MINUTES
    ]
    warm = [Document(kind=k, issuer=Issuer.GOVERNMENT) for k in DocumentKind if k is not DocumentKind.MINUTES]
    best = float("inf")
    for _ in range(REPEAT):
        rs._memo.clear()
        for d in warm:  # the ruleset has answered something of every kind: its per-kind indexes exist
            with contextlib.suppress(GovRulesError):
                signing.who_signs(rs, d)
        start = timeit.default_timer()
        for d in fresh:
            with contextlib.suppress(GovRulesError):
                signing.who_signs(rs, d)
        best = min(best, timeit.default_timer() - start)
    return best / len(fresh) * 1e6


def measure(rs: Ruleset) -> tuple[float, float, float, float, float]:
    """µs per who_signs, due and check_leave on the situations this ruleset answers."""
    docs = answerable(rs, signing.who_signs, documents())  # type: ignore[arg-type]
    reqs = answerable(rs, attendance.check_leave, requests())  # type: ignore[arg-type]
    ids = list(deadlines.rule_ids(rs))
    anchors = [date(2025, 9, 26) + timedelta(days=k) for k in range(8)]
    who, due, leave = signing.who_signs, deadlines.due, attendance.check_leave
    nan = float("nan")
    t_sign = best_us(lambda: [who(rs, d) for d in docs], len(docs), 500) if docs else nan
    # The first answer for a document on a ruleset is worked out; later ones are remembered.
    memo = rs._memo  # the ruleset's memo of answers, emptied to time first answers
    t_cold = first_calls(rs)

    def cold_due() -> None:
        for i in ids:
            for a in anchors:
                memo.clear()
                due(rs, i, a)

    t_due_cold = best_us(cold_due, len(ids) * len(anchors), 100) if ids else nan
    t_due = best_us(lambda: [due(rs, i, a) for i in ids for a in anchors], len(ids) * len(anchors), 300) if ids else nan
    t_leave = best_us(lambda: [leave(rs, r) for r in reqs], len(reqs), 500) if reqs else nan
    return t_sign, t_cold, t_due, t_due_cold, t_leave


def main() -> None:
    print(f"{'ruleset':<16} {'who_signs µs':>13} {'(first call)':>13} {'due µs':>8} {'(first call)':>13}"
          f" {'check_leave µs':>15}")  # fmt: skip
    worst = [0.0] * 5
    for rid in rulesets.available():
        f = measure(rulesets.load(rid))
        print(f"{rid:<16} {f[0]:>13.2f} {f[1]:>13.2f} {f[2]:>8.2f} {f[3]:>13.2f} {f[4]:>15.2f}")
        worst = [max(w, t) if t == t else w for w, t in zip(worst, f, strict=True)]
    print(f"worst: who_signs {worst[0]:.2f} µs (first call for a document {worst[1]:.2f} µs; target < 5), "
          f"due {worst[2]:.2f} µs (first call {worst[3]:.2f} µs; target < 3), "
          f"check_leave {worst[4]:.2f} µs (target < 10)")  # fmt: skip


if __name__ == "__main__":
    main()
