"""Every error the model raises on bad input says what is wrong in Chinese too (`.zh`), naming the value.

The command line shows `.zh` by default (`calendar_messages.render`); `str()` stays English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

import pytest

from govrules.calendar_messages import render
from govrules.errors import InvalidInput
from govrules.model import (
    AgendaItem,
    Document,
    DocumentKind,
    Government,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Meeting,
    MeetingKind,
    Member,
    Role,
    Roster,
)
from govrules.model.entities import parse_date

CJK = re.compile(r"[\u4e00-\u9fff]")

D = date(2025, 3, 10)

CASES: dict[str, tuple[Callable[[], object], str, str]] = {
    # name: (what raises, the words that say what is wrong, the value the message names)
    "date and time": (lambda: parse_date(datetime(2025, 3, 10, 9)), "应为日期，而给出的是日期和时间", "2025, 3, 10, 9"),
    "not a date": (lambda: parse_date("2025-13-01"), "不是日期", "2025-13-01"),
    "flag": (
        lambda: LeaveRequest(Role.HEAD, LeaveKind.VACATION, D, D, substitute="no"),  # type: ignore[arg-type]
        "substitute应为true或false",
        "'no'",
    ),
    "whole number": (
        lambda: Meeting(MeetingKind.EXECUTIVE, D, Role.HEAD, assistants="2"),  # type: ignore[arg-type]
        "assistants应为整数",
        "'2'",
    ),
    "negative assistants": (lambda: Meeting(MeetingKind.EXECUTIVE, D, Role.HEAD, assistants=-1), "随员人数", "-1"),
    "empty text": (lambda: Government("  ", "县"), "name应为非空文字", "'  '"),
    "single text for a set": (
        lambda: Member("张三", Role.HEAD, portfolio="财政局"),  # type: ignore[arg-type]
        "portfolio应为一组值（列表），而不是单个文字",
        "财政局",
    ),
    "not a collection": (
        lambda: Member("张三", Role.HEAD, portfolio=3),  # type: ignore[arg-type]
        "portfolio应为一组值（列表），而给出的是",
        "3",
    ),
    "term backwards": (
        lambda: Member("张三", Role.HEAD, start=D, end=date(2025, 3, 1)),
        "任期结束日",
        "2025-03-01早于开始日2025-03-10",
    ),
    "leave backwards": (
        lambda: LeaveRequest(Role.HEAD, LeaveKind.VACATION, D, date(2025, 3, 1)),
        "请假结束日",
        "2025-03-01早于开始日2025-03-10",
    ),
    "absence without meeting": (
        lambda: LeaveRequest(Role.HEAD, LeaveKind.MEETING_ABSENCE, D, D),
        "不能出席会议的请假应写明是哪种会议",
        "",
    ),
    "absence of the wrong kind": (
        lambda: Meeting(
            MeetingKind.EXECUTIVE, D, Role.HEAD, absent=(LeaveRequest(Role.DEPUTY, LeaveKind.VACATION, D, D),)
        ),
        "缺席会议的记录是“休假”，应为“不能出席会议”的请假",
        "副市（县、区）长",
    ),
    "minutes without meeting": (
        lambda: Document(DocumentKind.MINUTES, Issuer.GOVERNMENT),
        "纪要应写明记录的是哪种会议",
        "",
    ),
    "presider without meeting": (
        lambda: Document(DocumentKind.NOTICE, Issuer.GOVERNMENT, presided_by=Role.HEAD),
        "还应写明所主持的会议",
        "市（县、区）长",
    ),
    "AB pair of three": (
        lambda: Roster(members=(), ab_pairs=(("甲", "乙", "丙"),)),  # type: ignore[arg-type]
        "AB岗应由两人组成",
        "('甲', '乙', '丙')",
    ),
    "AB pair off the roster": (
        lambda: Roster(members=(Member("甲", Role.DEPUTY),), ab_pairs=(("甲", "乙"),)),
        "不在名册上",
        "乙",
    ),
    "overlapping terms": (
        lambda: Roster(members=(Member("甲", Role.DEPUTY), Member("甲", Role.DEPUTY))),
        "出现多次，且任期重叠",
        "甲",
    ),
    "unknown role": (lambda: Member("张三", "镇长"), "无法识别的职务", "镇长"),  # type: ignore[arg-type]
    "role not text": (lambda: Member("张三", 7), "应以文字给出", "7"),  # type: ignore[arg-type]
    "agenda title empty": (lambda: AgendaItem(""), "title应为非空文字", "''"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_model_error_has_a_chinese_form(name: str) -> None:
    build, words, value = CASES[name]
    with pytest.raises(InvalidInput) as caught:
        build()
    zh = caught.value.zh
    assert zh is not None and CJK.search(zh), f"{name}: no Chinese message ({caught.value})"
    assert words in zh, zh
    assert value in zh, f"{name}: the message does not name the value {value!r}: {zh}"
    assert not re.search(r"\w+\(\w+=", zh), f"{name}: a Python object shown to a person: {zh}"
    assert render(caught.value, "zh") == zh
    assert render(caught.value, "en") == str(caught.value)
    assert re.search(r"[A-Za-z]{3}", str(caught.value)), "the English form is English"


def test_roster_lookup_names_the_person_in_chinese() -> None:
    roster = Roster(members=(Member("甲", Role.DEPUTY),))
    with pytest.raises(InvalidInput) as caught:
        roster.member("乙")
    assert caught.value.zh == "名册上没有“乙”"
