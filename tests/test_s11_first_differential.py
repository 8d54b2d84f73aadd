"""Issue 17 (first and repeated answers), session 11: the decisions made from a template's dict copied
(`signing._made`, `_template`) are the decisions the rules tested one by one give (`_decide_each`,
`_approval_each`), field by field, with their traces, explanations and refusals, over each ruleset's
document space: answered first, from memory, and again after the memo let them go (a memo of a few
entries, so that every ask is a miss). A decision's dict is its own (reading one's trace changes no other
and no template) and no larger than the one `__init__` makes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from _spaces import sampled_documents
from govrules import rulesets, signing
from govrules.errors import GovRulesError
from govrules.model import Document
from govrules.rules import Ruleset
from govrules.rules import ruleset as ruleset_module

IDS = list(rulesets.available())
#: documents walked per space (西丰's has millions), evenly
SAMPLE = 6_000


def _documents(rs: Ruleset, sample: int = SAMPLE) -> list[Document]:
    """About `sample` documents of the space, evenly spread (`_spaces.sampled_documents`)."""
    return sampled_documents(rs, sample)


def _outcome(fn: Callable[[Ruleset, Document], object], rs: Ruleset, d: Document) -> tuple[object, ...]:
    """Everything a caller can see of an answer: the decision's fields (its dict, the trace built), its trace,
    explanation and citations; or the refusal's class, arguments, Chinese message and text."""
    try:
        decision: Any = fn(rs, d)
    except GovRulesError as e:
        return ("refused", type(e), e.args, e.zh, str(e))
    trace = decision.trace  # built when first read: the dict then holds it, as the reference's does
    fields = {k: v for k, v in vars(decision).items() if k not in ("_trace_of", "ruleset")}
    return (
        "answered", type(decision), fields, decision.ruleset.id, trace, trace.checks, decision.explain(),
        decision.citations, decision == decision, hash(d),
    )  # fmt: skip


#: The fast question and its reference, the rules tested one by one (the reference of each engine).
CASES: list[tuple[Callable[[Ruleset, Document], object], Callable[[Ruleset, Document], object]]] = [
    (signing.who_signs, signing._decide_each),
    (signing.who_approves, signing._approval_each),
]


@pytest.mark.parametrize("rid", IDS)
@pytest.mark.parametrize(("fast", "each"), CASES, ids=["who_signs", "who_approves"])
def test_decisions_from_templates_are_the_rules_tested_one_by_one_first_and_from_memory(
    rid: str, fast: Callable[[Ruleset, Document], object], each: Callable[[Ruleset, Document], object]
) -> None:
    rs = rulesets.load(rid).evolve()
    reference = rulesets.load(rid).evolve()
    docs = _documents(rs)
    expected = [_outcome(each, reference, d) for d in docs]
    for _ in range(2):  # worked out first, then from memory (the same decision objects, the refusals raised anew)
        for d, want in zip(docs, expected, strict=True):
            assert _outcome(fast, rs, d) == want, (rid, d)
        for d, want in zip(docs, expected, strict=True):  # a decision equals the reference's decision
            if want[0] == "answered":
                assert fast(rs, d) == each(reference, d), (rid, d)
    if fast is signing.who_signs:
        assert {o[0] for o in expected} == {"answered", "refused"}, rid


@pytest.mark.parametrize("rid", IDS)
def test_decisions_asked_again_after_the_memo_let_them_go_are_the_same(
    rid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ruleset_module, "_MEMO_LIMIT", 7)  # a memo of 7: asked in order, every ask is a miss
    rs = rulesets.load(rid).evolve()
    reference = rulesets.load(rid).evolve()
    docs = _documents(rs, 1_500)
    for fast, each in CASES:
        expected = [_outcome(each, reference, d) for d in docs]
        for _ in range(2):
            for d, want in zip(docs, expected, strict=True):
                assert _outcome(fast, rs, d) == want, (rid, d)
        memo = rs.memos[signing._decide if fast is signing.who_signs else signing._approval]
        assert memo.cache_info().currsize <= 7  # type: ignore[attr-defined]


def test_a_decision_s_dict_is_its_own_and_no_larger_than_init_makes() -> None:
    rs = rulesets.load("xifeng-2022").evolve()
    docs = _documents(rs, 3_000)
    answered = []
    for d in docs:
        try:
            answered.append((d, signing.who_signs(rs, d)))
        except GovRulesError:
            continue
    assert len(answered) > 100
    templates = [t for t in rs.selector(*signing._SIGNING_KINDS).derived.values() if isinstance(t, dict)]
    assert templates
    for d, decision in answered:
        reference = signing._decide_each(rs, d)
        assert isinstance(reference, signing.SigningDecision)
        assert vars(decision) is not vars(signing.who_signs(rs.evolve(), d))
        assert sys.getsizeof(vars(decision)) <= sys.getsizeof(vars(reference)), d
        assert decision.document is d and decision.ruleset is rs
        decision.trace  # noqa: B018 (read: kept in this decision's dict alone)
    for t in templates:  # no decision's subject or trace reached its template
        assert t["document"] is None and "trace" not in t and t["ruleset"] is rs
    # two documents of one template: two dicts, each its own subject
    by_template: dict[int, list[signing.SigningDecision]] = {}
    for _, decision in answered:
        by_template.setdefault(id(decision._trace_of), []).append(decision)  # type: ignore[attr-defined]
    pairs = [v for v in by_template.values() if len(v) > 1]
    assert pairs
    for a, b, *_ in pairs:
        assert vars(a) is not vars(b) and a.document != b.document
        assert a.trace.checks == a.trace._condition.checks(a.document)  # type: ignore[union-attr]
        assert b.trace.checks == b.trace._condition.checks(b.document)  # type: ignore[union-attr]
