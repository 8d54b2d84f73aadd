"""Write docs/examples/office/export.xlsx: an invented office system's export of a year at 西丰县.

A mixed log as an OA system gives it: one record a row, Chinese headers, people named instead of
roles, 标题 and 文号 (fields the record format does not name), a row with an impossible date. Its
expected report is docs/examples/office/report.txt (tests/audit/test_office_export.py checks it).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "docs" / "examples" / "office" / "export.xlsx"

HEADER = [
    "类型", "编号", "文号", "标题", "文种", "发文名义", "主送", "主办单位", "签发人", "签发日期",
    "会议类型", "日期", "主持人", "纪要印发日期", "请假人", "请假类型", "开始日期", "结束日期", "申请日期",
    "回复日期", "期限规则", "起算日期", "完成日期",
]  # fmt: skip


def D(text: str) -> object:
    """A date cell, as an OA system writes one; text where it is not a day (as a hand-typed cell may be)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def at(**cells: object) -> list[object]:
    """A row from cells by header."""
    return [cells.get(h) for h in HEADER]


def doc(
    no: str, wh: str, title: str, kind: str, issuer: str, to: str | None, dept: str | None, by: str, on: str
) -> list[object]:
    return at(
        类型="公文",
        编号=no,
        文号=wh,
        标题=title,
        文种=kind,
        发文名义=issuer,
        主送=to,
        主办单位=dept,
        签发人=by,
        签发日期=D(on),
    )


ROWS: list[list[object]] = [
    doc(
        "FW-001",
        "西政〔2025〕1号",
        "关于提请审议2025年财政预算草案的议案",
        "议案",
        "政府",
        "人大",
        "县财政局",
        "周明远",
        "2025-01-06",
    ),
    doc(
        "FW-002",
        "西政办发〔2025〕2号",
        "关于做好春节期间安全生产工作的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县应急管理局",
        "吴建华",
        "2025-01-13",
    ),
    doc(
        "FW-003",
        "西政办发〔2025〕5号",
        "关于下达2025年第一批财政专项资金的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县财政局",
        "陈立新",
        "2025-02-10",
    ),
    doc(
        "FW-004",
        "西政办发〔2025〕6号",
        "关于开展春季学校安全检查的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县教育局",
        "陈立新",
        "2025-02-17",
    ),
    doc(
        "FW-005",
        "西政办函〔2025〕8号",
        "关于县乡公路养护经费的函",
        "函",
        "以政府办公室名义",
        None,
        "县交通运输局",
        "刘振东",
        "2025-03-03",
    ),
    doc(
        "FW-006",
        "西政〔2025〕9号",
        "关于提请审议县城污水处理厂建设项目的议案",
        "议案",
        "政府",
        "人大",
        "县住房和城乡建设局",
        "刘振东",
        "2025-03-10",
    ),
    doc(
        "FW-007",
        "西政办发〔2025〕11号",
        "关于加强基层医疗卫生机构建设的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县卫生健康局",
        "林晓雯",
        "2025-03-17",
    ),
    doc(
        "FW-008",
        "西政办发〔2025〕12号",
        "关于审计整改工作的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县审计局",
        "王德福",
        "2025-03-24",
    ),
    doc(
        "FW-009",
        "西政办发〔2025〕15号",
        "关于农村公路建设三年行动的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县交通运输局",
        "刘振东",
        "2025-05-12",
    ),
    doc(
        "FW-010",
        "西政办发〔2025〕16号",
        "关于城市道路维修的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县住房和城乡建设局",
        "黄志强",
        "2025-05-19",
    ),
    doc(
        "FW-011",
        "西政办发〔2025〕18号",
        "关于义务教育阶段招生工作的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县教育局",
        "林晓雯",
        "2025-06-02",
    ),
    doc(
        "FW-012",
        "西政办发〔2025〕20号",
        "关于政府投资项目资金拨付的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县发展和改革局",
        "陈立新",
        "2025-06-16",
    ),
    doc(
        "FW-013",
        "西政办函〔2025〕22号",
        "关于商请支持县医院改扩建项目的函",
        "函",
        "以政府办公室名义",
        None,
        "县卫生健康局",
        "林晓雯",
        "2025-07-07",
    ),
    doc(
        "FW-014",
        "西政办发〔2025〕25号",
        "关于开展秋季防汛检查的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县应急管理局",
        "吴建华",
        "2025-08-04",
    ),
    doc(
        "FW-015",
        "西政办发〔2025〕27号",
        "关于教师培训经费的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县教育局",
        "陈立新",
        "2025-09-08",
    ),
    doc(
        "FW-016",
        "西政〔2025〕30号",
        "关于提请审议预算调整方案的议案",
        "议案",
        "政府",
        "人大",
        "县财政局",
        "周明远",
        "2025-02-30",
    ),
    doc(
        "FW-017",
        "西政办发〔2025〕33号",
        "关于老旧小区改造的通知",
        "通知",
        "以政府办公室名义",
        None,
        "县住房和城乡建设局",
        "黄志强",
        "2025-10-20",
    ),
    doc(
        "FW-018",
        "西政办发〔2025〕35号",
        "关于年度财政决算工作的通知",
        "通知",
        "以政府办公室名义",
        None,
        None,
        "陈立新",
        "2025-11-10",
    ),
]


def meeting(no: str, kind: str, day: str, by: str, minutes: str | None) -> list[object]:
    return at(类型="会议", 编号=no, 会议类型=kind, 日期=D(day), 主持人=by, 纪要印发日期=D(minutes) if minutes else None)


ROWS += [
    meeting("HY-001", "常务会议", "2025-01-20", "周明远", "2025-01-22"),
    meeting("HY-002", "常务会议", "2025-02-24", "周明远", "2025-02-26"),
    meeting("HY-003", "常务会议", "2025-03-24", "吴建华", "2025-03-31"),
    meeting("HY-004", "常务会议", "2025-04-21", "周明远", "2025-04-23"),
    meeting("HY-005", "全体会议", "2025-05-26", "周明远", "2025-05-28"),
    meeting("HY-006", "常务会议", "2025-06-23", "赵国庆", "2025-06-25"),
]


def leave(no: str, who: str, kind: str, start: str, end: str, asked: str) -> list[object]:
    return at(类型="请假", 编号=no, 请假人=who, 请假类型=kind, 开始日期=D(start), 结束日期=D(end), 申请日期=D(asked))


ROWS += [
    leave("QJ-001", "部门主要负责人", "外出", "2025-03-06", "2025-03-07", "2025-03-03"),
    leave("QJ-002", "部门主要负责人", "外出", "2025-04-10", "2025-04-11", "2025-04-09"),
    leave("QJ-003", "陈立新", "外出", "2025-05-12", "2025-05-14", "2025-05-06"),
    leave("QJ-004", "林晓雯", "休假", "2025-08-04", "2025-08-08", "2025-07-21"),
]


def countersign(no: str, title: str, asked: str, replied: str) -> list[object]:
    return at(类型="会签", 编号=no, 标题=title, 申请日期=D(asked), 回复日期=D(replied))


ROWS += [
    countersign("HQ-001", "县乡公路养护办法（征求意见稿）", "2025-03-03", "2025-03-11"),
    countersign("HQ-002", "财政专项资金管理办法（征求意见稿）", "2025-04-07", "2025-04-18"),
    countersign("HQ-003", "学校安全管理规定（征求意见稿）", "2025-09-26", "2025-10-13"),
    countersign("HQ-004", "医疗卫生服务体系规划（征求意见稿）", "2025-09-26", "2025-10-15"),
]


def supervision(no: str, title: str, rule: str, anchor: str, done: str) -> list[object]:
    return at(类型="期限", 编号=no, 标题=title, 期限规则=rule, 起算日期=D(anchor), 完成日期=D(done))


ROWS += [
    supervision("DC-001", "县长批示件：县医院停车难问题", "supervision_simple", "2025-03-03", "2025-03-10"),
    supervision("DC-002", "县长批示件：农村饮水安全问题", "supervision_simple", "2025-03-03", "2025-03-12"),
    supervision("DC-003", "常务会议议定事项：老旧小区改造", "supervision_complex", "2025-04-21", "2025-05-16"),
]


def main() -> int:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "公文会议请假督办导出"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(OUT)
    print(f"wrote {OUT} ({len(ROWS)} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
