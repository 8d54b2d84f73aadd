"""`govrules diff` collapses situations that differ only in fields neither answer depends on: exactly.

Every changed situation is in exactly one group, and expanding the groups over the space (every
situation of the space the group's fixed fields match) gives back exactly the changed situations of
that pair of answers: checked by enumerating the spaces, and on made-up spaces by Hypothesis.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrules import rulesets
from govrules.cli.diff import add_parser
from govrules.model import Document, DocumentKind
from govrules.rules import ApprovalRule, LeaveRule, Ruleset
from govrules.whatif import WhatIfDiff, diff, remove_rule, variant_of
from govrules.whatif.answers import _signing_answer
from govrules.whatif.collapse import (
    ANY,
    DOCUMENT_FIELDS,
    REQUEST_FIELDS,
    OneOf,
    SituationGroup,
    collapse,
    document_values,
    request_values,
)
from govrules.whatif.space import _DocumentSpace, _LeaveSpace

WHATIF = Path(__file__).resolve().parents[1] / "simulations" / "whatif"


def _check_exact(
    groups: Sequence[SituationGroup], changed: Sequence[tuple[Any, ...]], space: Sequence[tuple[Any, ...]]
) -> None:
    """Each changed situation in exactly one group; the groups expanded over the space are exactly them."""
    wanted = set(changed)
    assert len(wanted) == len(changed)
    assert sum(g.count for g in groups) == len(wanted)
    for s in wanted:
        assert sum(g.covers(s) for g in groups) == 1, s
    for g in groups:
        expanded = {s for s in space if g.covers(s)}
        assert len(expanded) == g.count and expanded <= wanted, g
        for name in g.any:  # an open field takes two or more values, the ones its range says
            i = g.names.index(name)
            assert len({s[i] for s in expanded}) >= 2
            assert {s[i] for s in expanded} == g.ranges[name]
        for name, values in g.one_of.items():  # a field taking one of several: each of them, no other
            i = g.names.index(name)
            assert len(values) >= 2 and {s[i] for s in expanded} == set(values)


def _check_diff(d: WhatIfDiff, families: Sequence[str]) -> None:
    for family in families:
        space = d.spaces[family]
        if family == "leave":
            assert isinstance(space, _LeaveSpace)
            every = [request_values(q) for q in space.requests()]
            of = [request_values(c.request) for c in d.leave]
        else:
            assert isinstance(space, _DocumentSpace)
            every = [document_values(x) for x in space.documents()]
            of = [document_values(c.document) for c in getattr(d, family)]
        assert len(every) == space.size()
        outcomes = [(c.baseline.outcome, c.variant.outcome) for c in getattr(d, family)]
        pairs = d.groups(family)
        assert sum(len(groups) for _, _, groups in pairs) <= len(of)
        for ab, av, groups in pairs:
            key = (ab.outcome, av.outcome)
            _check_exact(groups, [s for s, o in zip(of, outcomes, strict=True) if o == key], every)


def test_kongtong_minutes_by_deputy_collapses_to_two_lines() -> None:
    """The issue's 2×360 situations (崆峒 47: 专题会议纪要 signed by the deputy who presided; 2×240 before 十九 ¶3's
    review named 行政规范性文件 in a condition, which splits the space's matters further): each pair of
    answers is one line, 主送 and 事项 left open, 发文名义 any of the three that change."""
    base = rulesets.load("kongtong-2016")
    d = diff(base, variant_of(base, WHATIF / "kongtong_topical_minutes_by_deputy.toml"))
    _check_diff(d, ["signing"])
    pairs = d.groups("signing")
    assert [sum(g.count for g in groups) for _, _, groups in pairs] == [360, 360]
    for _, _, groups in pairs:
        (g,) = groups
        assert g.any == ("addressee", "matters") and g.count == 360
        assert g.fixed["meeting"].name == "TOPICAL" and g.fixed["kind"].name == "MINUTES"
        assert [i.name for i in g.one_of["issuer"]] == ["GOVERNMENT", "GOVERNMENT_OFFICE", "PARTY_GROUP"]
    # not "any" issuer: minutes in other names (部门, joint documents) are not decided by article 47's rule
    assert len(d.spaces["signing"].issuers) > 3


def test_a_large_change_collapses_exactly() -> None:
    """西丰 without its rule that the leader presiding signs the minutes: 175,680 documents change (133,920 before
    五十三（五）其中's matters, 已经会议决定 and 例行批准手续, split the space; 115,200 before 二十一 ¶2 named the
    normative kinds), under 1,732 pairs of answers; the groups are exact and far fewer."""
    base = rulesets.load("xifeng-2022")
    d = diff(base, remove_rule(base, "minutes_by_presiding_leader"))
    pairs = d.groups("signing")
    assert len(d.signing) == 175680
    groups = [g for _, _, gs in pairs for g in gs]
    assert sum(g.count for g in groups) == 175680 and len(groups) < 175680 // 20
    by_pair: dict[tuple[object, object], list[tuple[Any, ...]]] = {}
    for c in d.signing:
        by_pair.setdefault((c.baseline.outcome, c.variant.outcome), []).append(document_values(c.document))
    for ab, av, gs in pairs:  # each changed situation of a pair in one of its groups; each group's all changed
        situations = by_pair[ab.outcome, av.outcome]
        assert all(sum(g.covers(s) for g in gs) == 1 for s in situations)
        assert all(g.count == sum(g.covers(s) for s in situations) for g in gs)
    # and no group covers a situation that did not change: the space (6.1 million documents) sampled,
    # each sampled document's two answers worked out afresh
    variant, space, rng = remove_rule(base, "minutes_by_presiding_leader"), d.spaces["signing"], random.Random(17)
    combos = list(space.kinds_meetings_presiders())
    by_kind: dict[object, list[SituationGroup]] = {}
    for g in groups:
        by_kind.setdefault(g.fields["kind"], []).append(g)
    minutes = [c for c in combos if c[0] is DocumentKind.MINUTES]
    seen = {True: 0, False: 0}
    for n in range(3000):
        kind, meeting, presider = rng.choice(minutes if n % 2 else combos)  # half of them minutes
        doc = Document(
            kind, rng.choice(space.issuers), rng.choice(space.addressees), rng.choice(space.matters), meeting, presider
        )
        values = document_values(doc)
        open_kind = (g for k, gs in by_kind.items() if k is ANY or isinstance(k, OneOf) for g in gs)
        candidates = [*by_kind.get(kind, ()), *open_kind]
        covered = any(g.covers(values) for g in candidates)
        a, b = _signing_answer(base, doc), _signing_answer(variant, doc)
        assert covered == ((a.outcome, a.citations) != (b.outcome, b.citations)), doc
        seen[covered] += 1
    assert seen[True] > 100 and seen[False] > 100, seen  # both sides sampled


# Each leave and approval rule of each ruleset removed: a diff with changes in those families
# (their spaces are small enough to enumerate whole).
_REMOVALS = [
    (rid, rule.id)
    for rid in rulesets.available()
    for rule in (*rulesets.load(rid).rules_of(LeaveRule), *rulesets.load(rid).rules_of(ApprovalRule))
]


@functools.cache
def _removed(rid: str, rule: str) -> WhatIfDiff:
    base: Ruleset = rulesets.load(rid)
    return diff(base, remove_rule(base, rule))


@pytest.mark.parametrize(("rid", "rule"), _REMOVALS)
def test_removing_a_leave_or_approval_rule_collapses_exactly(rid: str, rule: str) -> None:
    _check_diff(_removed(rid, rule), ["leave", "approvals"])


def test_some_removal_leaves_fields_open() -> None:
    """The exhaustive test above is not vacuous: leave and approval groups do leave fields open."""
    opened = {"leave": 0, "approvals": 0}
    for rid, rule in _REMOVALS:
        d = _removed(rid, rule)
        for family in opened:
            opened[family] += sum(1 for _, _, gs in d.groups(family) for g in gs if g.any)
    assert opened["leave"] > 0 and opened["approvals"] > 0


# -- the algorithm alone, on made-up spaces (any set of tuples, not only products) --------------------

_VALUES = st.lists(st.integers(0, 3), min_size=1, max_size=4, unique=True)


@st.composite
def spaces(draw: st.DrawFn) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    """A space (a product of small fields, some situations dropped) and a subset of it."""
    fields = draw(st.lists(_VALUES, min_size=1, max_size=4))
    product = list(itertools.product(*fields))
    space = [s for s in product if draw(st.booleans()) or len(product) < 3]
    subset = [s for s in space if draw(st.booleans())]
    return space, subset


@settings(max_examples=300, deadline=None)
@given(spaces())
def test_collapse_is_exact_on_any_space(drawn: tuple[list[tuple[int, ...]], list[tuple[int, ...]]]) -> None:
    space, subset = drawn
    names = tuple(f"f{i}" for i in range(len(space[0]))) if space else ("f0",)

    def domain(i: int, values: tuple[Any, ...]) -> frozenset[Any]:
        def matches(s: tuple[int, ...]) -> bool:
            return all(v is ANY or v == x for k, (v, x) in enumerate(zip(values, s, strict=True)) if k != i)

        return frozenset(s[i] for s in space if matches(s))

    groups = collapse(subset, names, domain)
    _check_exact(groups, subset, space)
    # nothing left to merge: no two groups differ in one field only
    for i in range(len(names)):
        rests = [(*g.values[:i], None, *g.values[i + 1 :]) for g in groups if g.values[i] is not ANY]
        assert len(rests) == len(set(rests))


def test_the_whole_space_is_one_group() -> None:
    space = list(itertools.product((1, 2), ("a", "b", "c")))
    full = {0: frozenset((1, 2)), 1: frozenset("abc")}
    (g,) = collapse(space, ("x", "y"), lambda i, _: full[i])
    assert g.any == ("x", "y") and g.count == 6 and g.fixed == {}


def test_a_field_partly_present_takes_one_of_its_values() -> None:
    space = list(itertools.product((1, 2), ("a", "b", "c")))
    full = {0: frozenset((1, 2)), 1: frozenset("abc")}
    (g,) = collapse([s for s in space if s[1] != "c"], ("x", "y"), lambda i, _: full[i])
    assert g.any == ("x",) and g.one_of == {"y": ("a", "b")} and g.fixed == {} and g.count == 4
    assert g.covers((1, "a")) and not g.covers((1, "c"))


def test_situations_apart_stay_apart() -> None:
    """Two situations differing in two fields are two groups: a group never stands for (1, b) or (2, a)."""
    full = {0: frozenset((1, 2)), 1: frozenset("ab")}
    groups = collapse([(1, "a"), (2, "b")], ("x", "y"), lambda i, _: full[i])
    assert [(g.fixed, g.count) for g in groups] == [({"x": 1, "y": "a"}, 1), ({"x": 2, "y": "b"}, 1)]


# -- the command line -----------------------------------------------------------------------------


def cli(*argv: str) -> str:
    p = argparse.ArgumentParser(prog="govrules")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default="zh")
    add_parser(p.add_subparsers(dest="command", required=True), [common])
    args = p.parse_args(["diff", *argv])
    out = args.run(args)
    assert isinstance(out, str)
    return out


KONGTONG = str(WHATIF / "kongtong_topical_minutes_by_deputy.toml")


def test_text_shows_groups_with_counts_in_chinese() -> None:
    out = cli("kongtong-2016", KONGTONG)
    assert "共360种情形，归为1类：" in out
    line = (
        "纪要｜以政府名义 或 以政府办公室名义 或 以政府党组名义｜主送：任意｜事项：任意｜会议：区政府专题会议｜"
        "主持人：负责常务工作的副区长（360种）"
    )
    assert f"     - {line}" in out.splitlines()
    assert "“任意”指该项取" in out and "结论改变720种" in out
    assert sum(1 for x in out.splitlines() if x.startswith("     - ")) == 2


def test_text_shows_groups_with_counts_in_english() -> None:
    out = cli("kongtong-2016", KONGTONG, "--lang", "en")
    assert "in 360 situations, 1 group:" in out
    assert (
        "MINUTES | GOVERNMENT or GOVERNMENT_OFFICE or PARTY_GROUP | to any | matters any | meeting TOPICAL"
        " presided by DEPUTY (360 situations)"
    ) in out
    assert "任意" not in out and "种" not in out and "“any”: every value" in out


def test_limit_counts_groups() -> None:
    d = _removed("xianyang-2013", "submission_approved_by_leader_in_charge")
    (_, _, groups), *_ = d.groups("approvals")
    assert len(groups) == 3
    assert f"……另有{len(groups) - 1}类" in d.report("zh", limit=1)
    assert f"... and {len(groups) - 1} more groups" in d.report("en", limit=1)


def test_json_keeps_its_keys_and_adds_groups() -> None:
    data = json.loads(cli("kongtong-2016", KONGTONG, "--format", "json"))
    assert len(data["signing"]) == 720 and data["changed"]["signing"] == 720  # as before
    assert {"ruleset", "situations_checked", "changed", "signing", "leave", "summary", "variant"} <= set(data)
    pairs = data["groups"]["signing"]
    assert [p["count"] for p in pairs] == [360, 360] and [p["groups_total"] for p in pairs] == [1, 1]
    assert pairs[0]["baseline"]["signer"] == "HEAD" and pairs[0]["variant"]["signer"] == "EXECUTIVE_DEPUTY"
    (first,) = pairs[0]["groups"]
    assert first["fixed"] == {"kind": "MINUTES", "meeting": "TOPICAL", "presided_by": "EXECUTIVE_DEPUTY"}
    assert first["one_of"] == {"issuer": ["GOVERNMENT", "GOVERNMENT_OFFICE", "PARTY_GROUP"]}
    assert first["any"] == ["addressee", "matters"] and first["count"] == 360 and "任意" in first["text"]
    assert data["groups"]["leave"] == [] and data["groups"]["approvals"] == []
    english = json.loads(cli("kongtong-2016", KONGTONG, "--format", "json", "--lang", "en"))
    assert english["groups"]["signing"][0]["groups"][0]["text"].endswith("(360 situations)")
    assert set(english["groups"]["signing"][0]["groups"][0]) == set(first)  # keys never follow --lang


def test_leave_groups_read_in_both_languages() -> None:
    base = rulesets.load("xifeng-2022")
    d = diff(base, remove_rule(base, "head_trip_acting_deputy"))
    zh, en = d.report("zh"), d.report("en")
    # the kinds as 西丰 names them: 离丰 (八 县长离丰期间), 出访; it has no word for 学习
    assert "     - 县长｜离丰 或 出访 或 学习｜1天｜事由：任意｜是否党委常委：任意（36种）" in zh.splitlines()
    assert (
        "HEAD | TRIP or VISIT_ABROAD or STUDY | 1 day | reason any | party standing committee member or not"
        " (36 situations)"
    ) in en


def test_document_and_request_fields_are_named_once() -> None:
    assert len(DOCUMENT_FIELDS) == len(set(DOCUMENT_FIELDS)) == 6
    assert len(REQUEST_FIELDS) == len(set(REQUEST_FIELDS)) == 6
