"""µs per decision on every shipped ruleset: first answers over the situation space, repeated answers.

Run: python benchmarks/decisions.py [--whole] [--rulesets ID ...]

Goals (issue 17): first answers who_signs ≤ 5 µs, due ≤ 3 µs, check_leave ≤ 10 µs over the whole
situation space; repeated answers ≤ 1 µs. For each ruleset:

- compile: building the ruleset's compiled conditions once (`Ruleset.compile`), timed apart;
- first answers: a fresh ruleset object (nothing remembered), compiled, then each situation of the
  what-if space (`govrules.whatif.space`: documents, leave requests on several start days, every
  deadline from each day of a year) asked once. A document space larger than `--most` is walked
  evenly (one document in every n; `--whole` walks all of it: 西丰's is 6.1 million documents);
- seal: `Ruleset.select(SealRule, document)` over the same documents, first answers;
- repeated: the same situations asked again, over a working set within the memo (hits), apart for the
  answers and the refusals (a refusal is remembered too, and raised anew: it cannot cost less than a
  Python raise and catch, timed beside it), and over one
  larger than the memo (`_MEMO_LIMIT` entries, least recently used first out: asked in the same
  order, every answer has been let go again by the time it comes back);
- peer: building the same `Document`s (a question cannot cost less than writing it down), timed in
  the same run, so that a loaded machine slows both sides alike.

Every figure is CPU time, the least of `REPEAT` (3) runs (a first answer's runs each on a fresh ruleset,
from a collected heap, the memos of earlier figures let go): on a shared machine other work only adds to
a time, and wall time moved by 2× from one run to the next. The heap matters: the cyclic collector walks
whatever a process keeps, so first answers in a process holding large memos cost more than these.

due and check_leave are timed with the calendar passed (as the audit and the service pass it) and
`due` also with the default one (`china()`, which looks at the user's calendar folder on every call).
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import time
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

from _goals import Figure, figure, table

from govrules import attendance, deadlines, rulesets, signing
from govrules.errors import GovRulesError
from govrules.model import Document, LeaveRequest
from govrules.rules import Ruleset, SealRule
from govrules.rules import ruleset as ruleset_module
from govrules.whatif.space import _DocumentSpace, _LeaveSpace
from govrules.workdays import china

GOAL = {"who_signs": 5.0, "due": 3.0, "check_leave": 10.0, "repeated": 1.0}
LEAVE_STARTS = [date(2025, 3, 10) + timedelta(days=7 * k) for k in range(12)]
ANCHORS = [date(2025, 1, 1) + timedelta(days=k) for k in range(365)]


def _fresh(rs: Ruleset) -> Ruleset:
    """A new ruleset object, compiled where the library compiles (nothing remembered)."""
    out = rs.evolve()
    compile_ = getattr(out, "compile", None)
    if compile_ is not None:
        compile_()
    return out


#: Runs of each timing, the least kept: other work on a shared machine only ever adds to a time.
REPEAT = 3


def _cpu_per_call(fn: Callable[[Any], object], items: list[Any]) -> float:
    """µs of CPU time per call of `fn` over `items`, each once (typed errors count as answers)."""
    start = time.process_time()
    for x in items:
        try:  # noqa: SIM105 (suppress() would add its own cost to every call timed)
            fn(x)
        except GovRulesError:
            pass
    return (time.process_time() - start) / len(items) * 1e6


class _First:
    """First answers over `items` of `ask(rs)`, the question put to a ruleset `rs` as a caller puts it (a
    `functools.partial` of the function where the items are its last argument: no Python frame of the
    benchmark's own between the timing loop and the library, as none is in the raise+catch peer): each of
    `REPEAT` runs on a fresh ruleset, the least CPU time kept (`first`); `rs`, the last run's ruleset,
    remembers them all, for `again`; `asked`, the question put to it."""

    def __init__(self, base: Ruleset, ask: Callable[[Ruleset], Callable[[Any], object]], items: list[Any]) -> None:
        self.first = float("inf")
        for _ in range(REPEAT):
            rs = asked = None  # the last run's ruleset and memo let go before the next starts
            gc.collect()  # every run from the same heap: what earlier figures kept does not slow this one
            rs = _fresh(base)
            asked = ask(rs)
            self.first = min(self.first, _cpu_per_call(asked, items))
        self.rs, self.asked = rs, asked

    def again(self, items: list[Any]) -> float:
        """Asked again on the ruleset that answered them: the least of `REPEAT` passes."""
        return min(_cpu_per_call(self.asked, items) for _ in range(REPEAT))


def _split(fn: Callable[[Any], object], items: list[Any]) -> tuple[list[Any], list[Any]]:
    """`items` answered by `fn`, and those it refuses (a typed error)."""
    answered, refused = [], []
    for x in items:
        try:
            fn(x)
        except GovRulesError:
            refused.append(x)
        else:
            answered.append(x)
    return answered, refused


def _apart(name: str, ask: Callable[[Any], object], items: list[Any]) -> list[Figure]:
    """The repeated answers of `ask` over `items`, apart: those it answers, and those it refuses (from
    memory, raised anew), beside a bare raise and catch. Nothing when all are one or the other."""
    answered, refused = _split(ask, items)
    if not (answered and refused):
        return []
    hits = min(_cpu_per_call(ask, answered) for _ in range(REPEAT))
    again = min(_cpu_per_call(ask, refused) for _ in range(REPEAT))
    return [
        figure(name + f"  of which answers ({len(answered):,})", hits, "µs", goal=GOAL["repeated"]),
        figure(name + f"  of which refusals, raised again ({len(refused):,})", again, "µs",
               peer_name="raise+catch", peer=_raise_peer()),
    ]  # fmt: skip


def _raise_peer(n: int = 100_000) -> float:
    """µs to raise a new typed error in a function and catch it in its caller: what a refusal cannot
    cost less than, however it was remembered."""

    def refuse(_: int) -> None:
        raise GovRulesError("refused")

    return min(_cpu_per_call(refuse, list(range(n))) for _ in range(REPEAT))


def _walk(items: Iterable[Document], size: int, most: int | None) -> list[Document]:
    if most is None or size <= most:
        return list(items)
    return list(itertools.islice(items, 0, None, -(-size // most)))


def _compile_ms(rs: Ruleset) -> float | None:
    if not hasattr(rs, "compile"):
        return None
    best = float("inf")
    for _ in range(3):
        fresh = rs.evolve()
        start = time.perf_counter()
        fresh.compile()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def measure(rid: str, most: int | None) -> list[Figure]:
    base = rulesets.load(rid)
    cal = china()
    space = _DocumentSpace.of(base)
    docs = _walk(space.documents(), space.size(), most)
    fields = [(d.kind, d.issuer, d.addressee, d.matters, d.meeting, d.presided_by) for d in docs]
    peer = min(_cpu_per_call(lambda f: Document(*f), fields) for _ in range(REPEAT))
    leave_space = list(_LeaveSpace.of(base).requests())
    requests = [
        LeaveRequest(q.role, q.kind, s, s + (q.end - q.start), s, q.meeting, q.reason, q.substitute,
                     q.party_standing_committee_member)
        for s in LEAVE_STARTS
        for q in leave_space
    ]  # fmt: skip
    ids = list(deadlines.rule_ids(base))
    anchors = [(i, a) for i in ids for a in ANCHORS]
    out: list[Figure] = []
    name = f"{rid} "
    compile_ms = _compile_ms(base)
    if compile_ms is not None:
        out.append(figure(name + "compile (once per ruleset object)", compile_ms, "ms"))

    who_signs = _First(base, lambda rs: functools.partial(signing.who_signs, rs), docs)
    out.append(figure(name + f"who_signs first ({len(docs):,} of {space.size():,} documents)", who_signs.first, "µs",
                      goal=GOAL["who_signs"], peer_name="Document()", peer=peer))  # fmt: skip
    working = docs[: min(len(docs), 10_000)]
    out.append(figure(name + "who_signs repeated (10k, within memo)", who_signs.again(working), "µs",
                      goal=GOAL["repeated"], peer_name="Document()", peer=peer))  # fmt: skip
    out.extend(_apart(name, who_signs.asked, working))
    del who_signs
    seal = _First(base, lambda rs: functools.partial(rs.select, SealRule), docs).first
    out.append(figure(name + "seal rules first (select SealRule)", seal, "µs", peer_name="Document()", peer=peer))

    if anchors:
        due = _First(base, lambda rs: lambda x: deadlines.due(rs, x[0], x[1], calendar=cal), anchors)
        out.append(figure(name + f"due first, calendar given ({len(anchors):,})", due.first, "µs", goal=GOAL["due"]))
        default = _First(base, lambda rs: lambda x: deadlines.due(rs, x[0], x[1]), anchors).first
        out.append(figure(name + "due first, default calendar china()", default, "µs", goal=GOAL["due"]))
        out.append(figure(name + "due repeated, calendar given", due.again(anchors), "µs", goal=GOAL["repeated"]))
        del due

    leave = _First(base, lambda rs: functools.partial(attendance.check_leave, rs, calendar=cal), requests)
    out.append(figure(name + f"check_leave first ({len(requests):,} requests)", leave.first, "µs",
                      goal=GOAL["check_leave"]))  # fmt: skip
    out.append(figure(name + "check_leave repeated", leave.again(requests), "µs", goal=GOAL["repeated"]))
    out.extend(_apart(name, leave.asked, requests))
    return out


def beyond_the_memo(rid: str) -> list[Figure]:
    """who_signs asked twice, in order, over more documents than the memo holds."""
    base = rulesets.load(rid)
    limit: int = ruleset_module._MEMO_LIMIT
    space = _DocumentSpace.of(base)
    docs = _walk(space.documents(), space.size(), limit * 3 // 2)
    if len(docs) <= limit:
        return []
    asked = functools.partial(signing.who_signs, _fresh(base))
    _cpu_per_call(asked, docs)
    again = min(_cpu_per_call(asked, docs) for _ in range(REPEAT))
    label = f"{rid} who_signs repeated over {len(docs):,} documents (memo {limit:,})"
    return [figure(label, again, "µs", goal=GOAL["repeated"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--whole", action="store_true", help="walk every document of each space")
    parser.add_argument("--most", type=int, default=100_000, help="documents walked per space (default 100000)")
    parser.add_argument("--rulesets", nargs="*", default=list(rulesets.available()))
    args = parser.parse_args()
    most = None if args.whole else args.most
    figures: list[Figure] = []
    for rid in args.rulesets:
        figures.extend(measure(rid, most))
    figures.extend(beyond_the_memo("xifeng-2022"))
    print(table("decisions: first and repeated answers (µs per call)", figures))


if __name__ == "__main__":
    main()
