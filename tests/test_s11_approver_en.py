"""`govrules approver --lang en` says the conditions the Chinese answer says (session 11, trial 11 P12).

西丰 第五十一条 「…并根据需要由县政府领导同志转请县政府其他领导同志核批…县政府领导同志对有具体请示事项的公文,
应签署明确意见」: the Chinese answer says the 县长 approves only where the case is referred on, and that a clear
opinion is required; the English one listed the 县长 as a plain alternative and said neither.
"""

from __future__ import annotations

import pytest

from govrules.cli import main


@pytest.mark.parametrize(
    ("place", "note"),
    [
        ("西丰", "县长审批的，以县政府领导同志根据需要转请核批为限（第五十一条）"),  # 西丰 第五十一条
        ("咸阳", "市长审批的，以分管领导同志根据需要转请核批为限（第四十九条）"),  # 咸阳 第四十九条
    ],
)
def test_the_english_answer_keeps_the_texts_conditions(
    place: str, note: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["approver", place, "--kind", "请示", "--issuer", "部门", "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert f"note: {note}" in said
    assert "a clear written opinion is required (须签署明确意见)" in said
    assert main(["approver", place, "--kind", "请示", "--issuer", "部门"]) == 0
    assert note in capsys.readouterr().out  # the Chinese answer says the same condition
