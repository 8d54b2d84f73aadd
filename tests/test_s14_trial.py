"""Session 14 (a trial at the turn of the year, as policy staff and as an integrator).

`govrules diff` tells two signing answers apart by every part of their outcome; its text must say each part, or a
change reads "现行：县长签发… → 变更后：县长签发…", the same words on both sides. A 西丰 variant letting the 分管副县长
sign what 附件1 五(三)1(5) gives the 县长 (`or_signers`) showed it: the variant's answer is 「县长或分管副县长签发」."""

from __future__ import annotations

import re

from govrules import rulesets, whatif
from govrules.model import Role
from govrules.rules import Citation
from govrules.whatif.answers import SigningAnswer
from govrules.whatif.texts import _signing_text

XF = rulesets.load("xifeng-2022")


def _pairs(report: str) -> list[tuple[str, str]]:
    was = re.findall(r"现行：(.*)\n\s*变更后：(.*)", report)
    return [(a, b) for a, b in was]


def test_a_change_of_who_may_sign_in_their_own_right_reads_differently() -> None:
    variant = whatif.apply_changes(XF, [{"rule": "weighty_matters_by_head", "or_signers": ["分管副县长"]}])
    d = whatif.diff(XF, variant)
    pairs = _pairs(d.report("zh", limit=1))
    assert pairs, d.summary()
    assert [p for p in pairs if p[0] == p[1]] == []
    assert any(b.startswith("县长或分管副县长签发") for _, b in pairs)
    en = d.report("en", limit=1)
    assert "signed by HEAD or DEPUTY" in en


def test_every_part_of_a_signing_outcome_is_said() -> None:
    cite = (Citation("xifeng-2022", article=53),)
    plain = SigningAnswer(Role.HEAD, reviewers=(Role.OFFICE_DIRECTOR, Role.DEPUTY), citations=cite)
    others = [
        SigningAnswer(Role.HEAD, reviewers=plain.reviewers, citations=cite, signers=(Role.HEAD, Role.DEPUTY)),
        SigningAnswer(
            Role.HEAD,
            reviewers=plain.reviewers,
            citations=cite,
            review_alternatives=((Role.DEPUTY, Role.EXECUTIVE_DEPUTY),),
        ),
        SigningAnswer(Role.HEAD, reviewers=plain.reviewers, citations=cite, unordered_reviewers=(Role.DEPUTY,)),
        SigningAnswer(Role.HEAD, reviewers=plain.reviewers, citations=cite, notes=("本规则未规定审核顺序。",)),
    ]
    for lang in ("zh", "en"):
        said = _signing_text(XF, plain, lang)
        for other in others:
            assert other.outcome != plain.outcome
            assert _signing_text(XF, other, lang) != said, (lang, other)
    assert "分管副县长或负责日常工作的副县长" in _signing_text(XF, others[1], "zh")
