"""Structural invariants of every ruleset in `rulesets.available()`; each text's own tables are in test_<module>.py."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from govrules import deadlines, rulesets
from govrules.errors import RuleNotDefined
from govrules.labels import chinese_number
from govrules.rules import DeadlineRule, Rule, Ruleset

INTERPRETATIONS = Path(__file__).resolve().parents[2] / "docs" / "interpretations"
RULESETS = [rulesets.load(i) for i in rulesets.available()]
BY_RULESET = [pytest.param(rs, id=rs.id) for rs in RULESETS]
BY_RULE = [pytest.param(rs, r, id=f"{rs.id} {r.id}") for rs in RULESETS for r in rs.rules]
BY_INTERPRETATION = [pytest.param(rs, r, id=f"{rs.id} {r.id}") for rs in RULESETS for r in rs.rules if r.interpretation]
OPERATIVE = [
    pytest.param(rs, a.number, id=f"{rs.id} {a.number}")
    for rs in RULESETS
    for a in rs.articles
    if a.number not in rs.non_operative
]
NON_OPERATIVE = [pytest.param(rs, n, id=f"{rs.id} {n}") for rs in RULESETS for n in sorted(rs.non_operative)]
#: Every deadline id some ruleset declares; each other ruleset must answer RuleNotDefined for it.
DEADLINE_IDS = sorted({i for rs in RULESETS for i in deadlines.rule_ids(rs)})
DECLARED = [pytest.param(rs, i, id=f"{rs.id} {i}") for rs in RULESETS for i in deadlines.rule_ids(rs)]
UNDECLARED = [
    pytest.param(rs, i, id=f"{rs.id} {i}") for rs in RULESETS for i in DEADLINE_IDS if i not in deadlines.rule_ids(rs)
]
#: (ruleset, rule) -> the article its quote is from, where that is not its principal (first) citation.
QUOTED_FROM_A_LATER_CITATION: dict[tuple[str, str], int] = {}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("rs", BY_RULESET)
def test_rule_ids_are_unique_snake_case(rs: Ruleset) -> None:
    ids = [r.id for r in rs.rules]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9_]*", i)] == []


@pytest.mark.parametrize("rs", BY_RULESET)
def test_no_unresolved_conflicts(rs: Ruleset) -> None:
    assert rs.conflicts() == ()


@pytest.mark.parametrize(("rs", "rule"), BY_RULE)
def test_citations_resolve_and_the_quote_is_verbatim_in_the_principal_one(rs: Ruleset, rule: Rule) -> None:
    assert rule.cite
    for c in rule.cite:
        text = rs.cited_text(c)
        assert text.strip(), f"{c.short()} resolves to no text"
        if c.item is not None:  # 东川's text lost the "（" of items opening a line: "一）讨论…"
            assert re.search(rf"(?:（|^){chinese_number(c.item)}）", text, flags=re.M), f"{c.short()}: no such item"
        if c.paragraph is not None:
            assert 1 <= c.paragraph <= len(text.split("\n")), f"{c.short()}: no such paragraph"
    assert rule.quote, "every rule quotes the phrase it encodes"
    quote = _flat(rule.quote)
    later = QUOTED_FROM_A_LATER_CITATION.get((rs.id, rule.id))
    if later is None:
        assert quote in _flat(rs.cited_text(rule.citation)), f"quote not in {rule.citation.short()}"
    else:
        assert quote not in _flat(rs.cited_text(rule.citation)), "quotes its principal citation now: drop the exception"
        assert later in [c.article for c in rule.cite[1:]]
        assert quote in _flat(rs.article(later).text)


@pytest.mark.parametrize(("rs", "rule"), BY_INTERPRETATION)
def test_interpretation_is_documented(rs: Ruleset, rule: Rule) -> None:
    doc = INTERPRETATIONS / f"{rs.id.replace('-', '_')}.md"
    headings = re.findall(r"^### (\S+)\s*$", doc.read_text("utf-8"), flags=re.M)
    assert rule.interpretation in headings, f"no '### {rule.interpretation}' in {doc.name}"


@pytest.mark.parametrize(("rs", "number"), OPERATIVE)
def test_every_operative_article_is_cited(rs: Ruleset, number: int) -> None:
    assert rs.citing(article=number), f"article {number} is operative but no rule cites it"


@pytest.mark.parametrize(("rs", "number"), NON_OPERATIVE)
def test_non_operative_article_exists_has_a_reason_and_is_not_cited(rs: Ruleset, number: int) -> None:
    rs.article(number)
    assert rs.non_operative[number].strip()
    assert rs.citing(article=number) == ()


@pytest.mark.parametrize(("rs", "deadline_id"), DECLARED)
def test_declared_deadline_resolves_with_its_citation(rs: Ruleset, deadline_id: str) -> None:
    rule = rs.rule(deadline_id)
    assert isinstance(rule, DeadlineRule)
    for variant in (None, *rule.variants):
        d = deadlines.due(rs, deadline_id, date(2025, 3, 3), variant=variant)
        assert (d.rule, d.variant, d.citation) == (deadline_id, variant, rule.citation)


@pytest.mark.parametrize(("rs", "deadline_id"), UNDECLARED)
def test_undeclared_deadline_is_not_defined(rs: Ruleset, deadline_id: str) -> None:
    with pytest.raises(RuleNotDefined):
        deadlines.due(rs, deadline_id, date(2025, 3, 3))
