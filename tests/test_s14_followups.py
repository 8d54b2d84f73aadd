"""Session 14, the trial's items left for the engineers: `govrules diff` names a ruleset's meetings as its text does
(西丰's 县长办公会议, not the vocabulary's 市（县、区）长办公会议) and describes itself in Chinese first; the command
and the library say which deadline id a deadline named in words means (`deadlines.rules_meant`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govrules import deadlines, rulesets
from govrules.cli import main


@pytest.fixture
def variant(tmp_path: Path) -> Path:
    # 附件1 五(三)1(5): the 县长 signs; the change lets the 分管副县长 sign too (the trial's what-if)
    path = tmp_path / "weighty.toml"
    path.write_text('[[change]]\nrule = "weighty_matters_by_head"\nor_signers = ["分管副县长"]\n', encoding="utf-8")
    return path


def test_diff_names_the_meetings_as_the_text_does(variant: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "xifeng-2022", str(variant), "--limit", "0"]) == 0
    out = capsys.readouterr().out
    assert "县长办公会议" in out and "市（县、区）长办公会议" not in out


def test_diff_describes_itself_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--help"]) == 0
    out = capsys.readouterr().out
    assert "穷举模型的有限情形空间" in out


@pytest.mark.parametrize(
    ("ruleset", "words", "meant"),
    [
        ("xifeng-2022", "会签", ("countersign_reply",)),  # 五十二 ¶2 会签文件…7个工作日内回复
        ("xifeng-2022", " 纪要印发 ", ("minutes_issue",)),  # 四十五 纪要…3个工作日内印发
        ("xifeng-2022", "countersign", ()),  # an id-like word: not guessed
        ("xifeng-2022", "", ()),
    ],
)
def test_rules_meant(ruleset: str, words: str, meant: tuple[str, ...]) -> None:
    assert deadlines.rules_meant(rulesets.load(ruleset), words) == meant


# -- every receipt is valid under the JSON Schema it publishes (docs/schema/receipt.json), as a Java or .NET
#    client checks it; the trial checked eight by hand ------------------------------------------------------------

RECEIPT_SCHEMA = Path(__file__).parent.parent / "docs" / "schema" / "receipt.json"

GIVEN: list[tuple[str, dict[str, object], bool]] = [
    ("signing", {"kind": "通知", "issuer": "政府", "addressee": "下级", "matters": ["资金"]}, False),
    ("approval", {"kind": "请示", "issuer": "部门", "addressee": "本级政府"}, False),
    ("deadline", {"rule": "countersign_reply", "anchor": "2026-12-25"}, True),  # into an estimated 2027
    ("deadline", {"rule": "countersign_reply", "anchor": "2025-09-26", "variant": None}, False),
    ("leave", {"role": "DEPARTMENT_HEAD", "kind": "TRIP", "start": "2025-03-06", "requested_on": "2025-03-05"}, False),
    ("meeting", {"kind": "EXECUTIVE", "date": "2025-03-04", "presided_by": "HEAD", "attendees": ["HEAD"]}, False),
]


@pytest.mark.parametrize(("kind", "given", "estimates"), GIVEN, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(GIVEN)])
def test_a_receipt_is_valid_under_its_published_schema(kind: str, given: dict[str, object], estimates: bool) -> None:
    import json

    from govrules import receipts

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(RECEIPT_SCHEMA.read_text("utf-8"))
    receipt = json.loads(
        receipts.dumps(receipts.decide(kind, rulesets.load("xifeng-2022"), given, estimates=estimates))
    )
    jsonschema.Draft202012Validator(schema).validate(receipt)
    assert receipt["input"] == given  # the input kept as the client gave it (a member left out is not written back)
    # the schema checks something: a receipt without its answer, or its version written as a number, is refused
    assert not jsonschema.Draft202012Validator(schema).is_valid({k: v for k, v in receipt.items() if k != "answer"})
    assert not jsonschema.Draft202012Validator(schema).is_valid({**receipt, "govrules": 1})
