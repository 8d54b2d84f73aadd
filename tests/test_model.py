"""The domain model: labels, validation in constructors, JSON through the one converter."""

from __future__ import annotations

from datetime import date

import pytest

from govrules import model
from govrules.errors import InvalidInput
from govrules.model import (
    Addressee,
    Document,
    DocumentKind,
    Issuer,
    LeaveKind,
    LeaveRequest,
    Matter,
    Meeting,
    MeetingKind,
    Role,
    Roster,
    from_json,
    to_json,
)


@pytest.mark.parametrize(
    ("enum", "text", "member"),
    [
        pytest.param(DocumentKind, "请示", DocumentKind.REQUEST, id="label"),
        pytest.param(DocumentKind, "REQUEST", DocumentKind.REQUEST, id="name"),
        pytest.param(DocumentKind, "令", DocumentKind.ORDER, id="alias 令"),
        pytest.param(Role, "县长", Role.HEAD, id="县长 -> HEAD"),
        pytest.param(Role, "市长", Role.HEAD, id="市长 -> HEAD"),
        pytest.param(Role, "区长", Role.HEAD, id="区长 -> HEAD"),
        pytest.param(Role, "负责日常工作的副县长", Role.EXECUTIVE_DEPUTY, id="西丰 executive deputy"),
        pytest.param(Role, "常务副市长", Role.EXECUTIVE_DEPUTY, id="咸阳 executive deputy"),
        pytest.param(Role, "负责常务工作的副区长", Role.EXECUTIVE_DEPUTY, id="区 executive deputy"),
        pytest.param(MeetingKind, "县长办公会议", MeetingKind.HEAD_OFFICE, id="县长办公会议"),
        pytest.param(MeetingKind, "专题(专项)会议", MeetingKind.TOPICAL, id="half-width brackets"),
        pytest.param(Issuer, "县政府", Issuer.GOVERNMENT, id="issuer alias"),
        pytest.param(Addressee, "人大", Addressee.PEOPLES_CONGRESS, id="addressee alias"),
        pytest.param(LeaveKind, "出访", LeaveKind.VISIT_ABROAD, id="出访"),
    ],
)
def test_from_label(enum: type[model.Role], text: str, member: object) -> None:
    assert enum.from_label(text) is member


def test_every_label_round_trips() -> None:
    for enum in (model.Level, Role, MeetingKind, DocumentKind, Issuer, Addressee, Matter, LeaveKind,
                 model.AbsenceReason, model.ReviewAct):  # fmt: skip
        for m in enum:
            assert enum.from_label(m.label) is m
            assert enum.from_label(m.name) is m
    assert len(DocumentKind) == 15


def test_unknown_label_lists_the_accepted_ones() -> None:
    with pytest.raises(InvalidInput, match="备忘录") as e:
        DocumentKind.from_label("备忘录")
    assert "请示" in str(e.value)
    assert "纪要" in str(e.value)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(lambda: LeaveRequest(role=Role.DEPUTY, kind=LeaveKind.TRIP, start=date(2025, 3, 7),
                                          end=date(2025, 3, 6)), "before it starts", id="leave ends before start"),
        pytest.param(lambda: Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT), "meeting",
                     id="minutes without a meeting"),
        pytest.param(lambda: Document(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, presided_by=Role.HEAD),
                     "presided", id="presider without a meeting"),
        pytest.param(lambda: LeaveRequest(role=Role.DEPUTY, kind=LeaveKind.MEETING_ABSENCE, start=date(2025, 3, 6),
                                          end=date(2025, 3, 6)), "meeting", id="meeting absence without the meeting"),
        pytest.param(lambda: Document(kind="备忘录", issuer="政府"), "备忘录", id="unknown kind"),
        pytest.param(lambda: Document(kind="通知", issuer="政府", matters="资金"), "collection", id="matters as text"),
        pytest.param(lambda: Roster(members=(model.Member("张三", "县长"), model.Member("张三", "副县长"))),
                     "张三", id="duplicate roster name"),
        pytest.param(lambda: LeaveRequest(role="DEPUTY", kind="TRIP", start="2025-02-30", end="2025-03-01"),
                     "2025-02-30", id="impossible date"),
    ],
)  # fmt: skip
def test_constructors_validate(build: object, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        build()  # type: ignore[operator]


def test_contract_document_defaults() -> None:
    doc = Document(kind=DocumentKind.MOTION, issuer=Issuer.GOVERNMENT)
    assert doc.addressee is None
    assert doc.matters == frozenset()
    assert doc.meeting is None


def test_json_uses_member_names_and_reads_labels() -> None:
    doc = Document(kind="纪要", issuer="县政府", matters={"资金"}, meeting="专题会议", presided_by="副县长")
    text = to_json(doc)
    assert '"kind": "MINUTES"' in text
    assert '"presided_by": "DEPUTY"' in text
    assert from_json(text, Document) == doc
    labelled = (
        '{"kind": "纪要", "issuer": "以政府名义", "matters": ["资金"], "meeting": "专题会议", "presided_by": "副县长"}'
    )
    assert from_json(labelled, Document) == doc


def test_json_errors_name_the_field() -> None:
    with pytest.raises(InvalidInput, match=r"备忘录.*\$\.kind"):
        from_json('{"kind": "备忘录", "issuer": "GOVERNMENT"}', Document)
    with pytest.raises(InvalidInput, match="extra"):
        from_json('{"kind": "NOTICE", "issuer": "GOVERNMENT", "colour": "red"}', Document)
    with pytest.raises(InvalidInput, match="not JSON"):
        from_json("{broken", Document)


def test_meeting_round_trip_with_absences() -> None:
    m = Meeting(
        kind="常务会议",
        date="2025-03-03",
        presided_by="县长",
        attendees=["EXECUTIVE_DEPUTY", "副县长"],
        absent=[LeaveRequest(role="DEPUTY", kind="MEETING_ABSENCE", start="2025-03-03", end="2025-03-03",
                             meeting="EXECUTIVE", reason="生病")],
    )  # fmt: skip
    assert from_json(to_json(m), Meeting) == m
    assert m.absent[0].days == 1
