"""Session 11 review (s11-review): faults of the kinds session 11 fixed, found on other articles and surfaces.

Each row names its ruleset and article. The command line is `govrules.cli.main`; what the HTTP service answers
is `receipts.decide` (and `problems.problem_of` for a refusal); the audit is `audit_lines` / `audit_sheet`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from govrules import receipts, rulesets, signing
from govrules.audit import audit_lines
from govrules.errors import ForbiddenByRule, InvalidInput, NoApplicableRule
from govrules.model import Addressee, Document, DocumentKind, Issuer
from govrules.problems import problem_of


def _main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from govrules.cli import main

    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


def _invalid(rid: str, *records: dict[str, Any]) -> list[str]:
    found = audit_lines(rulesets.load(rid), [json.dumps(r, ensure_ascii=False) for r in records])
    return [f.message for f in found if f.rule == "invalid_record"]


# -- addressees as the texts write them (s11-words item D), on the texts' other words ----------------------------

ADDRESSEES = [
    pytest.param(
        "xianyang-2013", "各县（市、区）人民政府", Addressee.SUBORDINATES, id="咸阳 四十八 县市区 written 县（市、区）"
    ),
    pytest.param("xianyang-2013", "县(市、区)政府", Addressee.SUBORDINATES, id="咸阳 四十八 县(市、区)政府"),
    pytest.param(
        "district-xx", "各镇政府(街道办事处)", Addressee.SUBORDINATES, id="district-xx 六十二 镇政府(街道办事处)"
    ),
    pytest.param("district-xx", "镇(街道)、部门", Addressee.SUBORDINATES, id="district-xx 七十四 镇(街道)、部门"),
    pytest.param(
        "dongchuan-2024",
        "各乡镇(街道)人民政府(办事处)",
        Addressee.SUBORDINATES,
        id="东川 第三十四条 乡镇(街道)人民政府(办事处)",
    ),
    pytest.param("xifeng-2022", "县政府各职能部门", Addressee.SUBORDINATES, id="西丰 附件1 三 县政府各职能部门"),
    pytest.param(
        "xifeng-2022",
        "各乡（镇）政府、县政府各职能部门",
        Addressee.SUBORDINATES,
        id="西丰 附件1 三 各乡（镇）政府、县政府各职能部门",
    ),
]


@pytest.mark.parametrize(("rid", "word", "addressee"), ADDRESSEES)
def test_an_addressee_as_the_text_writes_it_is_read_on_every_surface(
    rid: str, word: str, addressee: Addressee, capsys: pytest.CaptureFixture[str]
) -> None:
    rs = rulesets.load(rid)
    assert rs.addressee_named(word) is addressee
    status, out, err = _main(["signer", rid, "--kind", "通知", "--issuer", "以政府名义", "--to", word], capsys)
    assert status == 0 and "签发" in out, err
    receipt = receipts.decide("signing", rs, {"kind": "通知", "issuer": "以政府名义", "addressee": word})
    assert receipt["explanation"].split("\n")[0] == out.split("\n")[0]
    record = {"type": "document", "id": "D1", "kind": "通知", "issuer": "以政府名义", "addressee": word}
    assert not _invalid(rid, record)


def test_a_separator_outside_brackets_still_splits_and_a_word_of_no_level_is_none() -> None:
    # controls: 「A、B」 of two kinds of body is no one addressee; 咸阳 (a 市) has no townships of its own
    assert rulesets.load("xianyang-2013").addressee_named("各乡镇") is None
    assert rulesets.load("district-xx").addressee_named("上级政府、镇(街道)") is None
    assert rulesets.load("district-xx").addressee_named("（（、") is None


# -- a meeting's absence without an end: a one-day absence (s11-words P4, on the meeting surfaces) ---------------

ABSENT = {"role": "副县长", "kind": "不能出席会议", "start": "2025-03-06", "meeting": "常务会议", "reason": "个人事务"}
MEETING = {"kind": "常务会议", "date": "2025-03-06", "presided_by": "县长", "absent": [ABSENT]}


def test_a_meetings_absence_without_an_end_is_read_and_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # 西丰 第四十六条: 个人事务 is not among the reasons given, 原则上不应请假: the absence is checked, not refused
    rs = rulesets.load("xifeng-2022")
    receipt = receipts.decide("meeting", rs, MEETING)  # what the HTTP service answers
    assert receipt["answer"]["ok"] is False
    assert any(v["citation"]["cite"] == "第四十六条" for v in receipt["answer"]["violations"])
    path = tmp_path / "m.json"
    path.write_text(json.dumps(MEETING, ensure_ascii=False), encoding="utf-8")
    status, out, err = _main(["meeting", "xifeng-2022", str(path)], capsys)
    assert status == 1 and "个人事务" in out and "absent[0].end" not in err, err
    record = {"type": "meeting", "id": "M1", **MEETING}
    found = list(audit_lines(rs, [json.dumps(record, ensure_ascii=False)]))
    assert [f.citation.short() for f in found if f.citation is not None] == ["第四十六条"], found


def test_a_meetings_absence_ending_before_it_starts_is_still_refused() -> None:
    with pytest.raises(InvalidInput):
        receipts.decide(
            "meeting", rulesets.load("xifeng-2022"), {**MEETING, "absent": [{**ABSENT, "end": "2025-03-05"}]}
        )


# -- a document the text forbids sending so, asked who approves it (s11-me ForbiddenByRule, approval surface) ----

BARRED = Document(kind=DocumentKind.REQUEST, issuer=Issuer.COORDINATION_BODY, addressee=Addressee.GOVERNMENT)


def test_district_xx_56_4_who_approves_a_barred_document_is_forbidden_not_silent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rs = rulesets.load("district-xx")
    for _ in range(2):  # the first answer and the remembered one
        with pytest.raises(ForbiddenByRule) as raised:
            signing.who_approves(rs, BARRED)
        assert "第五十六条第四款" in (raised.value.zh or "") and "不得直接向区政府报送公文" in (raised.value.zh or "")
    assert problem_of(raised.value).as_dict(422)["type"] == "urn:govrules:problem:forbidden-by-rule"
    status, _, err = _main(["approver", "某区", "--kind", "请示", "--issuer", "议事协调机构", "--to", "区政府"], capsys)
    assert status == 1 and "第五十六条第四款" in err, err


def test_district_xx_a_coordination_bodys_request_elsewhere_stays_silent() -> None:
    # (control) to the government above, 五十六 ¶4 forbids nothing: the text is silent, no more
    document = Document(
        kind=DocumentKind.REQUEST, issuer=Issuer.COORDINATION_BODY, addressee=Addressee.HIGHER_GOVERNMENT
    )
    with pytest.raises(NoApplicableRule) as raised:
        signing.who_approves(rulesets.load("district-xx"), document)
    assert not isinstance(raised.value, ForbiddenByRule)


# -- a text's 「A或B」 issuer asked which: each issuer once, however often the word repeats it ---------------------


def test_dongchuan_33_an_either_issuer_asks_each_issuer_once() -> None:
    # 东川 第三十三条 「以区人民政府或区政府办公室名义」, repeated: the refusal asks which of the two, not of 1000
    word = "以" + "或".join(["区人民政府", "区政府办公室"] * 500) + "名义"
    with pytest.raises(InvalidInput) as raised:
        rulesets.load("dongchuan-2024").read_issuer(word)
    zh = raised.value.zh or ""
    assert zh.count("还是") == 1 and "请写明是“以区人民政府名义”还是“以区政府办公室名义”" in zh
    assert "names 2 issuers" in str(raised.value)
    assert len(zh) < len(word) + 200


# -- a deadline record's rule or variant refused: its field and place first, the text's words (s11-words P11) -----

XX_DEADLINE = {"type": "deadline", "id": "X1", "rule": "countersign_reply", "anchor": "2025-09-26"}


@pytest.mark.parametrize(
    ("rid", "record", "said"),
    [
        pytest.param(
            "district-xx",
            {**XX_DEADLINE, "variant": "特殊"},
            "字段variant（情形，@ $.variant）：《区人民政府工作规则》的时限“countersign_reply”没有“特殊”这一情形"
            "（可用：complex（特别复杂））",
            id="district-xx 五十九 ¶3 特别复杂",
        ),
        pytest.param(
            "xifeng-2022",
            {**XX_DEADLINE, "variant": "一般"},
            "字段variant（情形，@ $.variant）：《西丰县人民政府工作规则（试行）》的时限“countersign_reply”没有“一般”"
            "这一情形（此时限没有特殊情形）",
            id="西丰 五十二 ¶2 (no variant)",
        ),
        pytest.param(
            "xifeng-2022",
            {**XX_DEADLINE, "rule": "foo"},
            "字段rule（期限规则，@ $.rule）：《西丰县人民政府工作规则（试行）》没有时限规则“foo”；它有：",
            id="西丰 no such deadline",
        ),
    ],
)
def test_a_deadline_records_refused_rule_or_variant_names_its_field_first(
    rid: str, record: dict[str, Any], said: str, tmp_path: Path
) -> None:
    [message] = _invalid(rid, record)
    assert message.startswith(f"无法读取：{said}"), message
    openpyxl = pytest.importorskip("openpyxl")
    from govrules.audit.sheet import audit_sheet

    book = openpyxl.Workbook()
    book.active.append(["类型", "编号", "期限规则", "起算日期", "情形"])
    book.active.append(["期限", "X1", record["rule"], record["anchor"], record.get("variant")])
    path = tmp_path / "log.xlsx"
    book.save(path)
    [cell] = [f.message for f in audit_sheet(rulesets.load(rid), path) if f.rule == "invalid_record"]
    column = "“情形”列，E列" if "variant" in said[:12] else "“期限规则”列，C列"
    assert column in cell and "@ $." not in cell, cell


# -- a variant written as a refusal offers it (s11-words P8: 「complex（特别复杂）」) is that variant ---------------

OFFERED = [
    pytest.param(
        "district-xx", "countersign_reply", "complex（特别复杂）", "complex", id="district-xx 五十九 ¶3 特别复杂"
    ),
    pytest.param("district-xx", "countersign_reply", "complex (特别复杂)", "complex", id="district-xx 五十九 ¶3 (en)"),
    pytest.param(
        "kongtong-2016", "post_meeting_issue", "major_revision（重大修改）", "major_revision", id="崆峒 五十三 重大修改"
    ),
]


@pytest.mark.parametrize(("rid", "rule", "written", "variant"), OFFERED)
def test_a_variant_as_the_refusal_offers_it_is_read_on_every_surface(
    rid: str, rule: str, written: str, variant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from govrules import deadlines

    rs = rulesets.load(rid)
    assert deadlines.variant_id(rs, rule, written) == variant
    expected = deadlines.due(rs, rule, date(2025, 9, 26), variant=variant).date.isoformat()
    status, out, err = _main(["due", rid, rule, "2025-09-26", "--variant", written], capsys)
    assert status == 0 and expected in out, err
    receipt = receipts.decide("deadline", rs, {"rule": rule, "anchor": "2025-09-26", "variant": written})
    assert expected in receipt["explanation"]
    record = {"type": "deadline", "id": "X1", "rule": rule, "anchor": "2025-09-26", "variant": written}
    assert not _invalid(rid, record)


def test_a_variant_with_another_variants_word_is_still_refused() -> None:
    # (control) 「complex（重大修改）」: the id of one, the word of none of its variants
    from govrules import deadlines

    with pytest.raises(InvalidInput):
        deadlines.due(
            rulesets.load("district-xx"), "countersign_reply", date(2025, 9, 26), variant="complex（重大修改）"
        )
