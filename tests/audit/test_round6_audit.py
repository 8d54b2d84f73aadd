"""Sixth reading: a year's office log read by an auditor against each text (r6-audit).

Each finding names the person (role) whose act it is, cites the article that requires what is missing, and
says the text's alternatives as alternatives; a role written with the honorific 同志 is that role; and a record
gets the same findings whether it is the first or the thousandth of its situation.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from govrules import rulesets
from govrules.audit import audit, audit_lines

DOC = {"type": "document", "id": "d1", "kind": "通知", "addressee": "下级", "signed_on": "2025-03-04"}


def _found(ruleset_id: str, record: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(rule, severity, citation, message) of each finding of one record."""
    rs = rulesets.load(ruleset_id)
    return [(f.rule, f.severity, str(f.citation), f.message) for f in audit(rs, [record])]


# ---- a missing review is cited to the article that requires it ----


@pytest.mark.parametrize(
    ("ruleset_id", "record", "article"),
    [
        # 东川 31 ¶1 涉及以区人民政府……名义印发的行政规范性文件由区人民政府司法行政部门进行合法性审核
        pytest.param("dongchuan-2024", {**DOC, "issuer": "区政府", "matters": ["行政规范性文件"], "signed_by": "区长",
                                        "reviewed_by": ["副区长"]},
                     "第三十一条第一款", id="dongchuan-2024 31 司法局合法性审核"),
        # district-xx 59 ¶1 区政府领导同志不直接签批未经区政府办公室审理的公文文稿
        pytest.param("district-xx", {**DOC, "issuer": "区政府", "signed_by": "区长", "reviewed_by": ["副区长"]},
                     "第五十九条第一款", id="district-xx 59 区政府办公室审理 (61(5) document)"),
        pytest.param("district-xx", {**DOC, "kind": "议案", "issuer": "区政府", "addressee": "人大",
                                     "signed_by": "区长", "reviewed_by": []},
                     "第五十九条第一款", id="district-xx 59 区政府办公室审理 (61(1) motion)"),
    ],
)  # fmt: skip
def test_a_missing_review_is_cited_to_the_article_requiring_it(
    ruleset_id: str, record: dict[str, Any], article: str
) -> None:
    reviews = [f for f in _found(ruleset_id, record) if f[0] == "reviewers"]
    assert len(reviews) == 1, reviews
    assert article in reviews[0][2], reviews


def test_two_missing_reviews_of_two_articles_are_two_findings() -> None:
    """district-xx 61(5) 经区政府分管副区长审签 and 59 区政府办公室审理: each missing review quotes its own article."""
    record = {**DOC, "issuer": "区政府", "signed_by": "区长", "reviewed_by": []}
    reviews = sorted((c, m) for r, _, c, m in _found("district-xx", record) if r == "reviewers")
    assert len(reviews) == 2, reviews
    (fifty_nine, office), (sixty_one, deputy) = reviews
    assert "第五十九条" in fifty_nine and "区政府办公室" in office
    assert "第六十一条" in sixty_one and "副区长" in deputy and "区政府办公室" not in deputy


def test_a_review_the_first_article_names_stays_cited_to_it() -> None:
    """东川 33 ¶1 经区人民政府分管领导把关: that review missing is 33's, not 31's."""
    record = {**DOC, "issuer": "区政府", "matters": ["行政规范性文件"], "signed_by": "区长",
              "reviewed_by": ["区司法局负责人"]}  # fmt: skip
    [(rule, _, cite, message)] = _found("dongchuan-2024", record)
    assert rule == "reviewers" and "第三十三条第一款" in cite and "司法局" not in message


# ---- every leave finding names whose leave it is ----


@pytest.mark.parametrize(
    ("ruleset_id", "record", "rule", "who"),
    [
        # 西丰 67 ¶2 县政府各部门主要负责人离丰外出,应提前3天向县长和分管副县长请假
        pytest.param("xifeng-2022", {"role": "部门主要负责人", "kind": "离丰", "start": "2025-08-06",
                                     "end": "2025-08-08", "requested_on": "2025-08-05",
                                     "approved_by": ["县长", "分管副县长"],
                                     "notified": ["县政府办公室"]},
                     "leave_request", "部门主要负责人离丰外出：", id="xifeng-2022 67 提前3天"),
        # 西丰 67 ¶1 副县长离丰和休假,应事先报告县长
        pytest.param("xifeng-2022", {"role": "副县长", "kind": "离丰", "start": "2025-07-14", "end": "2025-07-16",
                                     "requested_on": "2025-07-15", "notified": ["县长"]},
                     "leave_request", "分管副县长离丰：", id="xifeng-2022 67 事先"),
        # 咸阳 65 担任市委常委的副市长还应向市委书记请假
        pytest.param("xianyang-2013", {"role": "副市长", "kind": "出访", "start": "2025-09-08", "end": "2025-09-15",
                                       "party_standing_committee_member": True, "approved_by": ["市长"]},
                     "leave_approvers", "副市长出访：", id="xianyang-2013 65 市委常委"),
        # 东川 44 副区长……按有关规定向区委报备
        pytest.param("dongchuan-2024", {"role": "副区长", "kind": "外出", "start": "2025-06-09", "end": "2025-06-11",
                                        "requested_on": "2025-06-05", "approved_by": ["区长"], "notified": []},
                     "leave_notify", "副区长", id="dongchuan-2024 44 向区委报备"),
        # 崆峒 59 副区长、区政府党组成员外出的,须提前向区长、区委报告
        pytest.param("kongtong-2016", {"role": "党组成员", "kind": "外出", "start": "2025-07-14", "end": "2025-07-16",
                                       "requested_on": "2025-07-11", "notified": ["区长"]},
                     "leave_notify", "党组成员外出：", id="kongtong-2016 59 向区委报告"),
        # district-xx 50 区政府领导同志不能出席……须向区长请假
        pytest.param("district-xx", {"role": "副区长", "kind": "不能出席会议", "meeting": "区长碰头会议",
                                     "start": "2025-04-14", "end": "2025-04-14", "approved_by": ["区政府办公室主任"]},
                     "leave_approvers", "副区长", id="district-xx 50 向区长请假"),
    ],
)  # fmt: skip
def test_a_leave_finding_names_whose_leave_it_is(ruleset_id: str, record: dict[str, Any], rule: str, who: str) -> None:
    row = {"type": "leave", "id": "l1", **record}
    messages = [m for r, _, _, m in _found(ruleset_id, row) if r == rule]
    assert len(messages) == 1, _found(ruleset_id, row)
    head = messages[0].split("：", 1)[0]
    assert who.rstrip("：") in head, messages


@pytest.mark.parametrize(
    ("ruleset_id", "absence", "meeting", "who"),
    [
        # 西丰 46 除……等特殊原因外,原则上不应请假
        pytest.param("xifeng-2022", {"role": "副县长", "reason": "个人事务"}, "县长办公会议", "缺席人员分管副县长：",
                     id="xifeng-2022 46 事由"),
        # district-xx 53 ¶2 确有特殊情况不能参加会议的,必须按规定程序提前请假,并明确代替参加会议人员
        pytest.param("district-xx", {"role": "部门主要负责人", "substitute": False, "meeting": "工作会议",
                                     "requested_on": "2025-04-18"},
                     "一类工作会议", "缺席人员区政府部门主要负责人：", id="district-xx 53 代替参加会议人员"),
    ],
)  # fmt: skip
def test_a_meetings_absence_finding_names_the_absentee(
    ruleset_id: str, absence: dict[str, Any], meeting: str, who: str
) -> None:
    day = "2025-04-21"
    row = {"type": "meeting", "id": "m1", "kind": meeting, "date": day, "presided_by": "HEAD",
           "absent": [{"kind": "不能出席会议", "start": day, "end": day, "meeting": meeting, **absence}]}  # fmt: skip
    found = _found(ruleset_id, row)
    assert found and all(m.startswith(who) for _, _, _, m in found), found


# ---- the text's alternatives said as alternatives, with their terms ----


@pytest.mark.parametrize(
    ("ruleset_id", "meeting", "presider", "says"),
    [
        # 西丰 41 由县长或由县长委托负责日常工作的副县长召集和主持
        pytest.param("xifeng-2022", "常务会议", "副县长", "规定由县长或负责日常工作的副县长主持",
                     id="xifeng-2022 41 县长或"),
        # 东川 20 由区长召集和主持。区长外出期间可委托常务副区长召集和主持
        pytest.param("dongchuan-2024", "常务会议", "副区长",
                     "规定由区长主持（区长外出期间，受区长委托，可由负责常务工作的副区长主持）",
                     id="dongchuan-2024 20 区长外出期间"),
        # 咸阳 39 由市长召集和主持
        pytest.param("xianyang-2013", "全体会议", "常务副市长", "规定由市长主持", id="xianyang-2013 39 市长"),
    ],
)  # fmt: skip
def test_the_presiders_the_text_allows_are_said_as_alternatives(
    ruleset_id: str, meeting: str, presider: str, says: str
) -> None:
    row = {"type": "meeting", "id": "m1", "kind": meeting, "date": "2025-05-09", "presided_by": presider}
    [message] = [m for r, _, _, m in _found(ruleset_id, row) if r == "meeting_presider"]
    assert message.endswith(says), message
    assert "、" not in message.split("规定由", 1)[1], message


# ---- roles as people write them ----


@pytest.mark.parametrize(
    ("written", "reads_as"),
    [("县长同志", "县长"), ("常务副县长同志", "常务副县长"), ("负责日常工作的副县长同志", "负责日常工作的副县长")],
)
def test_a_role_with_the_honorific_is_that_role(written: str, reads_as: str) -> None:
    """An office writes 县长同志 for the 县长 (as the texts write 主要负责同志): the same findings."""
    rs = rulesets.load("xifeng-2022")
    row = {**DOC, "issuer": "县政府", "addressee": "上级人民政府", "kind": "请示"}
    same = [(f.rule, f.message) for f in audit(rs, [{**row, "signed_by": reads_as}])]
    assert [(f.rule, f.message) for f in audit(rs, [{**row, "signed_by": written}])] == same
    leave = {"type": "leave", "id": "l1", "kind": "离丰", "start": "2025-07-14", "end": "2025-07-16",
             "requested_on": "2025-07-15"}  # fmt: skip
    assert [f.message for f in audit(rs, [{**leave, "role": "副县长同志"}])] == [
        f.message for f in audit(rs, [{**leave, "role": "副县长"}])
    ]


@pytest.mark.parametrize("written", ["同志", "李四同志", "领导同志同志", "县长 同志x"])
def test_nothing_else_is_read_into_the_honorific(written: str) -> None:
    rs = rulesets.load("xifeng-2022")
    [finding] = audit(rs, [{**DOC, "issuer": "县政府", "signed_by": written}])
    assert finding.rule == "invalid_record" and written.strip() in finding.message


# ---- the first or the thousandth record of its situation ----

RECORDS: dict[str, list[dict[str, Any]]] = {
    "xifeng-2022": [
        {"type": "leave", "id": "a", "role": "部门主要负责人", "kind": "离丰", "start": "2025-08-06",
         "end": "2025-08-08", "requested_on": "2025-08-05",
         "approved_by": ["县长", "分管副县长"], "notified": ["县政府办公室"]},
        {"type": "leave", "id": "b", "role": "副县长同志", "kind": "离丰", "start": "2025-07-14", "end": "2025-07-16",
         "requested_on": "2025-07-15", "notified": ["县长"]},
        {"type": "meeting", "id": "c", "kind": "常务会议", "date": "2025-05-09", "presided_by": "副县长"},
        {"type": "countersign", "id": "d", "requested_on": "2025-09-26", "replied_on": "2025-10-20"},
    ],
    "dongchuan-2024": [
        {**DOC, "id": "a", "issuer": "区政府", "matters": ["行政规范性文件"], "signed_by": "区长",
         "reviewed_by": ["副区长"]},
        {"type": "leave", "id": "b", "role": "部门主要负责人", "kind": "外出", "start": "2025-06-16",
         "end": "2025-06-18", "requested_on": "2025-06-12",
         "approved_by": ["区长", "分管副区长"], "notified": ["区委"]},
        {"type": "meeting", "id": "c", "kind": "常务会议", "date": "2025-04-07", "presided_by": "副区长"},
    ],
    "district-xx": [
        {**DOC, "id": "a", "issuer": "区政府", "signed_by": "副区长", "reviewed_by": ["副区长"]},
        {"type": "leave", "id": "b", "role": "副区长", "kind": "不能出席会议", "meeting": "区长碰头会议",
         "start": "2025-04-14", "end": "2025-04-14", "approved_by": ["区政府办公室主任"]},
    ],
}  # fmt: skip


@pytest.mark.parametrize("ruleset_id", sorted(RECORDS))
def test_the_thousandth_record_of_a_situation_gets_what_the_first_does(ruleset_id: str) -> None:
    rs = rulesets.load(ruleset_id)
    records = RECORDS[ruleset_id]
    once = defaultdict(list)
    for f in audit(rs, records):
        once[f.record_id].append((f.rule, f.severity, str(f.citation), f.message))
    assert all(once[r["id"]] for r in records), once
    lines = [json.dumps({**r, "id": f"{r['id']}#{i}"}, ensure_ascii=False) for i in range(1000) for r in records]
    many = defaultdict(list)
    for f in audit_lines(rulesets.load(ruleset_id), lines):
        many[f.record_id].append((f.rule, f.severity, str(f.citation), f.message))
    for i in (0, 1, 2, 999):
        for r in records:
            assert many[f"{r['id']}#{i}"] == once[r["id"]], (i, r["id"])


def test_an_office_sheet_gives_what_its_json_lines_give(tmp_path: Path) -> None:
    """An export as an office makes it: a merged title row, an 导出时间 row, Chinese headers, a date cell, dates
    written 2025/7/14 and 2025年7月15日, a blank row, 县长同志 and a 备注 column: the findings of the same records."""
    openpyxl = pytest.importorskip("openpyxl")
    from govrules.audit.sheet import audit_sheet

    rs = rulesets.load("xifeng-2022")
    wb = openpyxl.Workbook()
    ws = wb.active
    head = ["类型", "编号", "文种", "发文名义", "主送", "签发人", "签发日期", "请假人", "开始日期", "结束日期",
            "申请日期", "报备对象", "备注"]  # fmt: skip
    ws.append(["西丰县人民政府2025年办文登记表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.append(["导出时间：2026年1月5日"])
    ws.append(head)
    ws.append(
        ["公文", "FW-1", "请示", "县政府", "上级人民政府", "副县长", dt.date(2025, 3, 6)] + [None] * 5 + ["退回重签"]
    )
    ws.append([None] * len(head))
    ws.append(["公文", "FW-2", "请示", "县政府", "上级人民政府", "县长同志", "2025/3/7"] + [None] * 6)
    ws.append(["请假", "QJ-1", "离丰", None, None, None, None, "副县长", "2025/7/14", "2025年7月16日", "2025年7月15日",
               "县长", None])  # fmt: skip
    path = tmp_path / "export.xlsx"
    wb.save(path)
    run = audit_sheet(rs, path)
    sheet = sorted((f.record_id, f.rule, f.message) for f in run)
    records = [
        {"type": "document", "id": "FW-1", "kind": "请示", "issuer": "县政府", "addressee": "上级人民政府",
         "signed_by": "副县长", "signed_on": "2025-03-06", "备注": "退回重签"},
        {"type": "document", "id": "FW-2", "kind": "请示", "issuer": "县政府", "addressee": "上级人民政府",
         "signed_by": "县长", "signed_on": "2025-03-07"},
        {"type": "leave", "id": "QJ-1", "kind": "离丰", "role": "副县长", "start": "2025-07-14", "end": "2025-07-16",
         "requested_on": "2025-07-15", "notified": ["县长"]},
    ]  # fmt: skip
    assert sheet == sorted((f.record_id, f.rule, f.message) for f in audit(rs, records))
    assert run.summary.read == 3 and run.summary.checked == 3 and run.summary.invalid == 0
    assert [r for r, rule, _ in sheet if rule == "signer"] == ["FW-1"]
    assert any(r == "QJ-1" and m.startswith("分管副县长离丰：") for r, _, m in sheet), sheet


def test_the_summary_says_how_many_breaches_depart_from_a_general_requirement() -> None:
    """东川 20 常务会议一般每月召开2次 and 30 ¶2 一般应7个工作日内回复 are warnings; 33 ¶2's signer is not: the
    summary says the two apart, and the counts under the articles add up to the breaches."""
    from govrules.audit.report import html_report, text_report

    rs = rulesets.load("dongchuan-2024")
    records = [
        {**DOC, "issuer": "区政府", "matters": ["财政支出"], "signed_by": "副区长"},
        {"type": "countersign", "id": "c1", "requested_on": "2025-09-26", "replied_on": "2025-10-20"},
        {"type": "meeting", "id": "m1", "kind": "常务会议", "date": "2025-03-03", "presided_by": "区长"},
        {"type": "meeting", "id": "m2", "kind": "常务会议", "date": "2025-05-30", "presided_by": "区长"},
    ]
    run = audit(rs, records)
    found = list(run)
    warnings = sum(f.severity == "warning" for f in found)
    errors = sum(f.severity == "error" for f in found)
    assert errors == 1 and warnings >= 2, found
    text = text_report(rs, found, run.summary)
    assert f"发现违规{errors + warnings}项。\n其中违规{errors}项，不符合一般要求（原则上、一般）{warnings}项。" in text
    heads = [int(line.rsplit("】", 1)[1].removesuffix("项")) for line in text.splitlines() if line.startswith("【")]
    assert sum(heads) == run.summary.breaches == errors + warnings
    assert f"其中违规{errors}项，不符合一般要求（原则上、一般）{warnings}项。" in html_report(rs, found, run.summary)
    clean = audit(rs, [records[0]])
    assert "不符合一般要求（原则上、一般）" not in text_report(rs, list(clean), clean.summary)
