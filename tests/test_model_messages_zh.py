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

CASES: dict[str, tuple[Callable[[], object], str]] = {
    "date and time": (lambda: parse_date(datetime(2025, 3, 10, 9)), "日期和时间"),
    "not a date": (lambda: parse_date("2025-13-01"), "不是日期"),
    "flag": (lambda: LeaveRequest(Role.HEAD, LeaveKind.VACATION, D, D, substitute="no"), "true或false"),  # type: ignore[arg-type]
    "whole number": (
        lambda: Meeting(MeetingKind.EXECUTIVE, D, Role.HEAD, assistants="2"),  # type: ignore[arg-type]
        "整数",
    ),
    "negative assistants": (lambda: Meeting(MeetingKind.EXECUTIVE, D, Role.HEAD, assistants=-1), "随员人数"),
    "empty text": (lambda: Government("  ", "县"), "非空文字"),
    "single text for a set": (lambda: Member("张三", Role.HEAD, portfolio="财政局"), "一组值"),  # type: ignore[arg-type]
    "not a collection": (lambda: Member("张三", Role.HEAD, portfolio=3), "一组值"),  # type: ignore[arg-type]
    "term backwards": (lambda: Member("张三", Role.HEAD, start=D, end=date(2025, 3, 1)), "任期结束日"),
    "leave backwards": (lambda: LeaveRequest(Role.HEAD, LeaveKind.VACATION, D, date(2025, 3, 1)), "请假结束日"),
    "absence without meeting": (lambda: LeaveRequest(Role.HEAD, LeaveKind.MEETING_ABSENCE, D, D), "哪种会议"),
    "absence of the wrong kind": (
        lambda: Meeting(
            MeetingKind.EXECUTIVE, D, Role.HEAD, absent=(LeaveRequest(Role.DEPUTY, LeaveKind.VACATION, D, D),)
        ),
        "不能出席会议",
    ),
    "minutes without meeting": (lambda: Document(DocumentKind.MINUTES, Issuer.GOVERNMENT), "纪要"),
    "presider without meeting": (
        lambda: Document(DocumentKind.NOTICE, Issuer.GOVERNMENT, presided_by=Role.HEAD),
        "主持人",
    ),
    "AB pair of three": (lambda: Roster(members=(), ab_pairs=(("甲", "乙", "丙"),)), "AB岗"),  # type: ignore[arg-type]
    "AB pair off the roster": (
        lambda: Roster(members=(Member("甲", Role.DEPUTY),), ab_pairs=(("甲", "乙"),)),
        "不在名册",
    ),
    "overlapping terms": (
        lambda: Roster(members=(Member("甲", Role.DEPUTY), Member("甲", Role.DEPUTY))),
        "任期重叠",
    ),
    "unknown role": (lambda: Member("张三", "镇长"), "无法识别"),  # type: ignore[arg-type]
    "role not text": (lambda: Member("张三", 7), "文字"),  # type: ignore[arg-type]
    "agenda title empty": (lambda: AgendaItem(""), "非空文字"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_model_error_has_a_chinese_form(name: str) -> None:
    build, words = CASES[name]
    with pytest.raises(InvalidInput) as caught:
        build()
    zh = caught.value.zh
    assert zh is not None and CJK.search(zh), f"{name}: no Chinese message ({caught.value})"
    assert words in zh
    assert render(caught.value, "zh") == zh
    assert render(caught.value, "en") == str(caught.value)
    assert re.search(r"[A-Za-z]{3}", str(caught.value)), "the English form is English"


def test_roster_lookup_names_the_person_in_chinese() -> None:
    roster = Roster(members=(Member("甲", Role.DEPUTY),))
    with pytest.raises(InvalidInput) as caught:
        roster.member("乙")
    assert caught.value.zh == "名册上没有“乙”"
