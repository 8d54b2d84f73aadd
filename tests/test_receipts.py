"""Decision receipts: their form, their stability, `--format json` and `govrules verify`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from govrules import receipts, rulesets, signing
from govrules.cli import main
from govrules.model import Document, DocumentKind, Issuer, MeetingKind, Role
from govrules.receipt_schema import DECISION_CLASSES, receipt_schema

XF = rulesets.load("xifeng-2022")

INPUTS = {
    "signing": {"kind": "纪要", "issuer": "政府", "meeting": "专题会议", "presided_by": "副县长"},
    "approval": {"kind": "REQUEST", "issuer": "部门", "addressee": "GOVERNMENT"},
    "deadline": {"rule": "countersign_reply", "anchor": "2025-09-26", "variant": None},
    "leave": {
        "role": "部门主要负责人",
        "kind": "外出",
        "start": "2025-03-06",
        "end": "2025-03-07",
        "requested_on": "2025-03-05",
    },
    "meeting": {"kind": "常务会议", "date": "2025-03-06", "presided_by": "县长", "attendees": ["副县长"]},
}


@pytest.mark.parametrize("kind", receipts.KINDS)
def test_a_receipt_holds_everything_and_is_the_same_bytes_each_time(kind: str) -> None:
    r = receipts.decide(kind, XF, INPUTS[kind])
    assert r["format"] == receipts.FORMAT
    assert r["decision"] == kind
    assert r["input"] == INPUTS[kind]
    assert r["ruleset"] == {"id": "xifeng-2022", "version": XF.version, "title": XF.title}
    assert r["citations"] and all(c["text"] and c["cite"] for c in r["citations"])
    assert r["explanation"].startswith("按照《西丰县人民政府工作规则")
    assert r["govrules"]
    assert receipts.dumps(r) == receipts.dumps(receipts.decide(kind, XF, dict(reversed(INPUTS[kind].items()))))
    # the answer's keys are the ones the published schema says
    schema = receipt_schema()["$defs"][f"{kind.capitalize()}Answer"]
    assert set(r["answer"]) == set(schema["properties"]) == set(schema["required"])


def test_roles_come_with_identifier_and_the_texts_own_name() -> None:
    r = receipts.decide("signing", XF, INPUTS["signing"])
    assert r["answer"]["signer"] == {"id": "DEPUTY", "label": "分管副县长"}
    assert r["trace"]["applied"] == ["minutes_by_presiding_leader"]
    assert r["calendar"] == {"estimates_allowed": False, "years": []}


def test_calendar_years_and_their_source() -> None:
    r = receipts.decide("deadline", XF, {"rule": "countersign_reply", "anchor": "2026-12-28"}, estimates=True)
    assert r["answer"]["date"].startswith("2027-")
    published, estimated = r["calendar"]["years"]
    assert published["year"] == 2026
    assert published["source"] == "published"
    assert published["notice"]["title"] == "国务院办公厅关于2026年部分节假日安排的通知"
    assert estimated == {"year": 2027, "source": "estimated", "notice": None}
    assert r["answer"]["provisional"] is True


def test_a_year_loaded_from_a_file_says_so(whole_year_file: Callable[..., Path]) -> None:
    from govrules import workdays

    path = whole_year_file(2027, papers=["https://example.org/2027"])
    cal = workdays.load_holiday_cn(path, workdays.china())
    r = receipts.decide("deadline", XF, {"rule": "countersign_reply", "anchor": "2027-03-01"}, calendar=cal)
    assert [(y["year"], y["source"]) for y in r["calendar"]["years"]] == [(2027, "loaded")]


def test_a_field_a_decision_gains_appears_in_its_receipt() -> None:
    """The lead adds fields to the decision classes: the receipt reads them off, unchanged code."""
    grown = attrs.make_class(
        "GrownDecision",
        {"alternative_signers": attrs.field(default=(Role.EXECUTIVE_DEPUTY,))},
        bases=(signing.SigningDecision,),
        frozen=True,
    )
    d = signing.who_signs(
        XF, Document(kind=DocumentKind.MINUTES, issuer=Issuer.GOVERNMENT, meeting=MeetingKind.TOPICAL)
    )
    fields = {f.name: getattr(d, f.name) for f in attrs.fields(signing.SigningDecision) if f.init}
    answer = receipts.answer_of(grown(**fields), XF)
    assert answer["alternative_signers"] == [{"id": "EXECUTIVE_DEPUTY", "label": XF.name(Role.EXECUTIVE_DEPUTY)}]
    assert answer["signer"] == receipts.answer_of(d, XF)["signer"]


@pytest.mark.parametrize(
    ("kind", "given", "field", "reason"),
    [
        pytest.param("signing", {"kind": "备忘录", "issuer": "政府"}, "kind", "备忘录", id="unknown label"),
        pytest.param("signing", {"issuer": "政府"}, "kind", "missing", id="missing"),
        pytest.param("signing", {"kind": "函", "issuer": "政府", "colour": "red"}, "colour", "extra", id="extra"),
        pytest.param(
            "signing", {"kind": "函", "issuer": "政府", "matters": "资金"}, "matters", "list", id="not a list"
        ),
        pytest.param(
            "deadline", {"rule": "countersign_reply", "anchor": "26/09/2025"}, "anchor", "date", id="bad date"
        ),
        # (a leave's end may be left out: a one-day leave, s11-words P4; its start may not)
        pytest.param("leave", {"role": "县长", "kind": "休假", "end": "2025-03-06"}, "start", "missing", id="no start"),
        pytest.param(
            "meeting",
            {"kind": "常务会议", "date": "2025-03-06", "presided_by": "县长", "absent": [{"role": 1}]},
            "absent[0].role",
            "",
            id="nested",
        ),
    ],
)
def test_an_unreadable_input_names_the_field_in_chinese_and_english(
    kind: str, given: dict[str, object], field: str, reason: str
) -> None:
    with pytest.raises(receipts.InvalidRequest) as e:
        receipts.decide(kind, XF, given)
    problem = next(p for p in e.value.problems if p.field == field)
    assert field in problem.message_zh
    assert field in problem.message_en
    assert reason in problem.reason or reason in problem.message_zh


def test_input_that_is_not_an_object() -> None:
    with pytest.raises(receipts.InvalidRequest):
        receipts.decide("signing", XF, ["函"])


# -- the command line --------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


SIGNER = [
    "signer",
    "xifeng-2022",
    "--kind",
    "纪要",
    "--issuer",
    "政府",
    "--meeting",
    "专题会议",
    "--presided-by",
    "副县长",
]


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(SIGNER, id="signer"),
        pytest.param(["approver", "xifeng-2022", "--kind", "请示", "--issuer", "部门"], id="approver"),
        pytest.param(["due", "xifeng-2022", "countersign_reply", "2025-09-26"], id="due"),
        pytest.param(
            [
                "leave",
                "xifeng-2022",
                "--role",
                "部门主要负责人",
                "--kind",
                "外出",
                "--start",
                "2025-03-06",
                "--requested-on",
                "2025-03-05",
            ],
            id="leave",
        ),
    ],
)
def test_format_json_prints_the_receipt_and_verify_replays_it(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = _run(capsys, *argv, "--format", "json")
    assert code == (1 if argv[0] == "leave" else 0)  # that leave is asked for too late: 不符合规定, exit 1
    receipt = json.loads(out)
    kind = receipt["decision"]
    assert out.strip() == receipts.dumps(receipts.decide(kind, XF, receipt["input"]))
    path = tmp_path / "receipt.json"
    path.write_text(out, encoding="utf-8")
    code, out, _ = _run(capsys, "verify", str(path))
    assert code == 0, out


def test_meeting_command_reads_a_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(INPUTS["meeting"], ensure_ascii=False), encoding="utf-8")
    code, out, _ = _run(capsys, "meeting", "xifeng-2022", str(path), "--format", "json")
    assert code == 1  # an absence without leave: the meeting is not as the rules say
    assert json.loads(out) == receipts.decide("meeting", XF, INPUTS["meeting"])
    code, out, _ = _run(capsys, "meeting", "xifeng-2022", str(path))
    assert "未出席且未请假" in out
    assert code == 1


@pytest.mark.parametrize(
    ("change", "says"),
    [
        pytest.param(
            lambda r: r["answer"].update(signer={"id": "HEAD", "label": "县长"}), "结论 (answer) signer", id="answer"
        ),
        pytest.param(lambda r: r["ruleset"].update(version="000000000000"), "规则版本", id="rules version"),
        pytest.param(
            lambda r: r["calendar"].update(years=[{"year": 2025, "source": "estimated"}]), "日历", id="calendar"
        ),
    ],
)
def test_verify_says_what_changed(change, says: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    receipt = receipts.decide("signing", XF, INPUTS["signing"])
    change(receipt)
    path = tmp_path / "r.json"
    path.write_text(receipts.dumps(receipt), encoding="utf-8")
    code, out, _ = _run(capsys, "verify", str(path))
    assert code == 1
    assert says in out


def test_verify_a_wording_change_alone_is_no_change_of_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    receipt = receipts.decide("signing", XF, INPUTS["signing"])
    receipt["govrules"] = "0.0.1"
    path = tmp_path / "r.json"
    path.write_text(receipts.dumps(receipt), encoding="utf-8")
    code, out, _ = _run(capsys, "verify", str(path))
    assert code == 0
    assert "govrules 版本" in out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("{not json", id="not JSON"),
        pytest.param('{"format": "something else"}', id="not a receipt"),
        pytest.param(
            json.dumps({**receipts.decide("signing", XF, INPUTS["signing"]), "input": {"kind": "备忘录"}}),
            id="bad input",
        ),
        pytest.param(
            json.dumps({**receipts.decide("signing", XF, INPUTS["signing"]), "ruleset": {"id": "nowhere"}}),
            id="unknown ruleset",
        ),
    ],
)
def test_verify_an_unreadable_receipt_exits_2(text: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(text, encoding="utf-8")
    code, _, err = _run(capsys, "verify", str(path))
    assert code == 2
    assert "Traceback" not in err
    assert _run(capsys, "verify", str(tmp_path / "missing.json"))[0] == 2


def test_receipt_for_every_decision_class_is_published() -> None:
    assert set(DECISION_CLASSES) == set(receipts.KINDS)
    published = json.loads((Path(__file__).parent.parent / "docs" / "schema" / "receipt.json").read_text("utf-8"))
    assert published == json.loads(json.dumps(receipt_schema()))


def test_a_lone_surrogate_is_written_escaped_and_reads_back() -> None:
    text = receipts.dumps({"id": "a\ud800b"})
    text.encode("utf-8")  # always encodes
    assert json.loads(text) == {"id": "a\ud800b"}
