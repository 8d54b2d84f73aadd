"""A ruleset's conditions compiled into bit masks: which rules apply to a situation by a few lookups.

`Ruleset.select` tests each rule's condition one by one (`Ruleset.select_each`, the reference). A
`Selector` does the same work once per ruleset: for each field some condition tests, a table from the
field's value to the set of rules (a bit mask, bit i for the i-th rule) whose condition allows it, so
that the rules applying to a situation are the AND of one mask per field. Masks of the same value
select the same rules, so whatever is worked out from the selection alone (`chosen`, `derived`) is
worked out once per mask, not once per situation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Mapping
from functools import lru_cache
from types import CodeType
from typing import Any

import attrs

from govrules.rules.kinds import Rule

#: The rules of each kind a selector covers, each as (applicable, prevailing), in declaration order.
Chosen = tuple[tuple[tuple[Rule, ...], tuple[Rule, ...]], ...]


@attrs.frozen(eq=False)
class Selector:
    """Which rules of some kinds apply to a situation, compiled from their conditions (see the module).

    `rules` are those of each of `kinds` in turn (`spans`: where each kind's rules are); `tests` the
    fields some condition tests: (field, value -> mask of rules allowing it, mask of rules not testing
    the field, whether the subject's field is a set); `breaks` and `by_days` the same for a leave's
    length (the mask for `days` is `by_days[bisect_right(breaks, days)]`).

    `derived` holds what engines work out from a mask (and a few fields beside it): a pure function of
    the ruleset, bounded by its finite number of masks.
    """

    kinds: tuple[type[Rule], ...]
    rules: tuple[Rule, ...]
    spans: tuple[tuple[int, int], ...]
    tests: tuple[tuple[str, Mapping[Any, int], int, bool], ...]
    breaks: tuple[int, ...]
    by_days: tuple[int, ...]
    everything: int
    overridden: Mapping[str, frozenset[str]] = attrs.field(repr=False)
    _chosen: dict[int, Chosen] = attrs.field(init=False, factory=dict, repr=False)
    #: `mask(subject)`: the rules whose condition holds for `subject`, as a mask (bit i: `rules[i]`). The
    #: function `_masker` writes for these tests itself, not a method calling it: one call, not two.
    mask: Callable[[object], int] = attrs.field(init=False, repr=False, eq=False)
    derived: dict[Hashable, Any] = attrs.field(init=False, factory=dict, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "mask", _masker(self.tests, self.everything, self.breaks, self.by_days))

    @classmethod
    def build(
        cls,
        kinds: tuple[type[Rule], ...],
        groups: tuple[tuple[Rule, ...], ...],
        overridden: Mapping[str, frozenset[str]],
    ) -> Selector:
        """The selector of the rules `groups` (one per kind, in declaration order)."""
        rules = tuple(r for g in groups for r in g)
        spans, start = [], 0
        for g in groups:
            spans.append((start, start + len(g)))
            start += len(g)
        conditions = [r.condition() for r in rules]
        everything = (1 << len(rules)) - 1
        names: dict[str, bool] = {}  # every field some condition tests, and whether it is set-valued
        for c in conditions:
            if c is not None:
                sets = c._set_fields()
                for name in type(c)._fields:
                    if getattr(c, name) is not None:
                        names.setdefault(name, name in sets)
        tests = []
        for name, is_set in names.items():
            open_ = 0  # the rules not testing this field
            table: dict[Any, int] = {}
            for i, c in enumerate(conditions):
                allowed = None if c is None else getattr(c, name, None)
                if allowed is None:
                    open_ |= 1 << i
                else:
                    for value in allowed:
                        table[value] = table.get(value, 0) | 1 << i
            if not is_set:  # a value passes the rules allowing it and those not testing the field
                table = {value: mask | open_ for value, mask in table.items()}
            tests.append((name, table, open_, is_set))
        low = [getattr(c, "min_days", None) for c in conditions]
        high = [getattr(c, "max_days", None) for c in conditions]
        breaks = tuple(sorted({x for x in low if x is not None} | {x + 1 for x in high if x is not None}))
        by_days = []
        for n in range(len(breaks) + 1):
            days = breaks[n - 1] if n else (breaks[0] - 1 if breaks else 0)  # a length standing for its interval
            mask = 0
            for i, (lo, hi) in enumerate(zip(low, high, strict=True)):
                if (lo is None or days >= lo) and (hi is None or days <= hi):
                    mask |= 1 << i
            by_days.append(mask)
        return cls(
            kinds, rules, tuple(spans), tuple(tests), breaks, tuple(by_days) if breaks else (), everything, overridden
        )

    def mask_each(self, subject: object) -> int:
        """`mask` worked out by a loop over `tests`: the reference `_masker`'s function is held to."""
        m = self.everything
        for name, table, open_, is_set in self.tests:
            value = getattr(subject, name)
            if is_set:
                for v in value:
                    open_ |= table.get(v, 0)
                m &= open_
            else:
                m &= table.get(value, open_)
        if self.breaks:
            m &= self.by_days[bisect_right(self.breaks, subject.days)]  # type: ignore[attr-defined]
        return m

    def chosen(self, mask: int) -> Chosen:
        """For each kind, the rules of `mask` (applicable) and of those the ones no other overrides."""
        hit = self._chosen.get(mask)
        if hit is None:
            out = []
            rules = self.rules
            for start, stop in self.spans:
                found: list[Rule] = []
                bits = mask >> start & ((1 << (stop - start)) - 1)  # this kind's rules in the mask
                while bits:  # each rule set in it, lowest (first declared) first: not a test of every rule
                    low = bits & -bits
                    found.append(rules[start + low.bit_length() - 1])
                    bits ^= low
                applicable = tuple(found)
                beaten: set[str] = set()
                for r in applicable:
                    beaten |= self.overridden.get(r.id, frozenset())
                out.append((applicable, tuple(r for r in applicable if r.id not in beaten)))
            hit = tuple(out)
            self._chosen[mask] = hit
        return hit


#: The most sets of values whose masks a selector keeps per set-valued field (`_masker`): sets are few (the
#: matters of documents), but a caller's sets are not bounded.
_SETS_KEPT = 4096


def _masker(
    tests: tuple[tuple[str, Mapping[Any, int], int, bool], ...],
    everything: int,
    breaks: tuple[int, ...],
    by_days: tuple[int, ...],
) -> Callable[[object], int]:
    """`Selector.mask_each` unrolled for these tests: one line per field, no loop over the tests, so a mask
    costs a lookup per field. Written as source and compiled once per selector, as attrs writes `__init__`;
    the names in it are the conditions' own field names (identifiers of govrules' rule kinds, never input)."""
    scope: dict[str, Any] = {"everything": everything, "breaks": breaks, "by_days": by_days}
    scope["bisect_right"] = bisect_right
    lines = ["def mask(subject):", "    m = everything"]
    for k, (name, table, open_, is_set) in enumerate(tests):
        if not name.isidentifier():
            raise ValueError(f"a condition field is not an identifier: {name!r}")
        scope[f"table{k}"], scope[f"open{k}"] = table, open_
        if is_set:  # the mask of each set of values seen, kept (a frozenset keeps its hash): the loop once per set
            scope[f"sets{k}"] = {}
            lines += [f"    s = subject.{name}", "    try:", f"        o = sets{k}.get(s)", "    except TypeError:"]
            lines += ["        o = s = None  # a set that cannot be hashed (a list): worked out, not kept"]
            lines += ["    if o is None:", f"        o = open{k}", f"        for v in subject.{name}:"]
            lines += [f"            o |= table{k}.get(v, 0)"]
            lines += [f"        if s is not None and len(sets{k}) < {_SETS_KEPT}:", f"            sets{k}[s] = o"]
            lines.append("    m &= o")
        else:
            lines.append(f"    m &= table{k}.get(subject.{name}, open{k})")
    if breaks:
        lines.append("    m &= by_days[bisect_right(breaks, subject.days)]")
    lines.append("    return m")
    exec(_code("\n".join(lines)), scope)  # our own source, above
    fn: Callable[[object], int] = scope["mask"]
    return fn


@lru_cache(maxsize=64)
def _code(source: str) -> CodeType:
    """`source` compiled: once per text of a mask function, which names only the fields tested and the
    tables' names (`table0`, `sets0`...), not their contents: the selectors of one ruleset's kinds, and of
    every copy of it (`evolve`, what-if variants), share it, each run in its own scope."""
    return compile(source, "<compiled conditions>", "exec")
