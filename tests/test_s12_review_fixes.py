"""Session 12 review: fixes to the review rules (`ReviewRule`) and the meeting receipt found in review.

Each test names the article: 西丰 第二十一条第二款 「以县政府和县政府办公室名义制定的行政规范性文件,由县司法局负责
合法性审查」, 第四十一条 「县政府组成部门主要负责人列席会议」.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrules import receipts, rulesets, signing
from govrules.cli import main
from govrules.model import Document, DocumentKind, Issuer, Matter, MeetingKind, Role
from govrules.whatif import apply_changes

XF = rulesets.load("xifeng-2022")
NORMATIVE = Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, matters=frozenset({Matter.NORMATIVE}))
CHAIN = [Role.DEPARTMENT_HEAD, Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_21_2_english_signer_does_not_put_the_legality_review_in_the_chains_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 附件1 五(三)1 fixes the chain's order (→); 二十一 ¶2 adds the 司法局's review in no fixed place
    code, out = _run(capsys, "signer", "xifeng-2022", "--kind", "通知", "--issuer", "政府",
                     "--matter", "行政规范性文件", "--lang", "en")  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert "reviewers, in order: DEPARTMENT_HEAD, OFFICE_CLERK, OFFICE_DEPUTY_DIRECTOR, OFFICE_DIRECTOR" in lines
    assert "also reviewed (合法性审查), at any point before signing: JUSTICE_BUREAU_HEAD" in lines


def test_kongtong_52_english_signer_says_an_unordered_chain_is_in_any_order(capsys: pytest.CaptureFixture[str]) -> None:
    # 崆峒 五十二 「经区政府办公室主任、分管副区长审核后,由区长签发」: 、 fixes no order (upward-addressees)
    code, out = _run(capsys, "signer", "kongtong-2016", "--kind", "请示", "--issuer", "政府", "--to", "市政府",
                     "--lang", "en")  # fmt: skip
    assert code == 0
    assert "reviewers, in order:" not in out
    assert "reviewers, in any order: " in out


def test_21_2_a_review_by_one_who_may_also_sign_is_kept_unless_he_signs() -> None:
    # a what-if: the review by the 县长, who may sign (「分管副县长或县长」) but need not; the 分管副县长 signs
    variant = apply_changes(XF, [{"rule": "normative_legality_review", "reviewers": ["HEAD"]}])
    d = signing.who_signs(variant, NORMATIVE)
    assert d.signer is Role.DEPUTY and Role.HEAD in d.signers
    assert d.review_acts == ((Role.HEAD, "合法性审查"),)
    v = signing.check_signature(variant, NORMATIVE, Role.DEPUTY, reviewed_by=CHAIN)
    assert [(x.citation.short(), x.message) for x in v.violations] == [("第二十一条第二款", "签发前缺少县长合法性审查")]
    # the 县长 signing it himself: no review by him wanted
    assert signing.check_signature(variant, NORMATIVE, Role.HEAD, reviewed_by=[*CHAIN, Role.DEPUTY]).ok


def test_a_review_by_the_meeting_chair_is_answered_per_presider() -> None:
    # a what-if review by the chair of the meeting that adopted it (四十一(六) 「审议通过以县政府名义印发的行政
    # 规范性文件」): the answer for one presider must not be remembered for another
    variant = apply_changes(XF, [{"rule": "normative_legality_review", "reviewers": ["MEETING_CHAIR"]}])
    answers = {}
    for chair in (Role.EXECUTIVE_DEPUTY, Role.HEAD):
        doc = Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, matters=frozenset({Matter.NORMATIVE}),
                       meeting=MeetingKind.EXECUTIVE, presided_by=chair)  # fmt: skip
        d = signing.who_signs(variant, doc)
        assert d == signing._decide_each(variant, doc)
        answers[chair] = d.review_acts
    assert answers[Role.EXECUTIVE_DEPUTY] != answers[Role.HEAD]


RECORD = {"type": "meeting", "id": "M1", "kind": "县政府常务会议", "date": "2025-03-05", "presided_by": "县长",
          "attendees": ["县长", "负责日常工作的副县长", "副县长"]}  # fmt: skip


def test_41_a_meeting_record_without_non_voting_is_not_a_breach_of_the_standing_observers() -> None:
    # 四十一 「县政府组成部门主要负责人列席会议」: a record silent on who sat in is not checked for it, as in the audit
    receipt = receipts.decide("meeting", XF, RECORD)
    assert receipt["answer"]["ok"], receipt["answer"]["violations"]
    assert receipt["answer"]["unchecked_observers"] == [{"id": "DEPARTMENT_HEAD", "label": "部门主要负责人"}]
    assert "固定列席人员部门主要负责人是否列席未作检查" in receipt["explanation"]
    # a record that says who sat in, and leaves them out: the breach
    said = receipts.decide("meeting", XF, {**RECORD, "non_voting": []})
    assert [v["message"] for v in said["answer"]["violations"]] == ["固定列席人员部门主要负责人未列席且未请假"]
    assert said["answer"]["unchecked_observers"] == []


def test_41_govrules_meeting_en_says_the_observers_were_not_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(RECORD, ensure_ascii=False), encoding="utf-8")
    code, out = _run(capsys, "meeting", "xifeng-2022", str(path), "--lang", "en")
    assert code == 0, out
    assert "standing observers not checked (the record does not say who sat in): DEPARTMENT_HEAD" in out


def test_21_2_what_if_text_says_the_review_with_the_texts_word() -> None:
    # a what-if that changes only the word for the review (合法性审查 → 审核) changes the answer: its text must show it
    from govrules.whatif.answers import _signing_answer
    from govrules.whatif.texts import _signing_text

    variant = apply_changes(XF, [{"rule": "normative_legality_review", "act": "审核"}])
    before, after = _signing_answer(XF, NORMATIVE), _signing_answer(variant, NORMATIVE)
    assert before.outcome != after.outcome
    assert "并经县司法局局长合法性审查" in _signing_text(XF, before, "zh")
    assert _signing_text(XF, before, "zh") != _signing_text(variant, after, "zh")
    assert "also reviewed (合法性审查) by JUSTICE_BUREAU_HEAD" in _signing_text(XF, before, "en")


def test_a_review_rule_naming_a_chain_step_with_an_alternative_wants_him_himself() -> None:
    # 附件1 五(三)2(1) 「由联系副主任或分管文秘工作的副主任核稿」; a what-if review rule naming the 联系副主任:
    # the other article names him, so the 分管文秘工作的副主任's 核稿 alone does not satisfy it
    doc = Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT_OFFICE, matters=frozenset({Matter.NORMATIVE}))
    assert signing.check_signature(
        XF, doc, Role.DEPUTY, [Role.OFFICE_SECRETARIAL_DEPUTY_DIRECTOR, Role.JUSTICE_BUREAU_HEAD]
    ).ok
    variant = apply_changes(XF, [{"rule": "normative_legality_review", "reviewers": ["OFFICE_DEPUTY_DIRECTOR"]}])
    d = signing.who_signs(variant, doc)
    assert d.reviewers_for(Role.OFFICE_DEPUTY_DIRECTOR) == (Role.OFFICE_DEPUTY_DIRECTOR,)
    assert not signing.check_signature(variant, doc, Role.DEPUTY, [Role.OFFICE_SECRETARIAL_DEPUTY_DIRECTOR]).ok
    assert signing.check_signature(variant, doc, Role.DEPUTY, [Role.OFFICE_DEPUTY_DIRECTOR]).ok
