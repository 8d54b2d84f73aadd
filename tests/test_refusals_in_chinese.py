"""A situation no rule covers is refused (`NoApplicableRule`) in English and in Chinese (`.zh`), naming the
text and what was asked: the command line says the Chinese by default, the HTTP problem both."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import date

import pytest

from govrules import attendance, rulesets, signing
from govrules.cli import main
from govrules.errors import (
    CalendarNotCovered,
    GovRulesError,
    InvalidInput,
    NoApplicableRule,
    NotInForce,
    OutputFailed,
    RuleNotDefined,
)
from govrules.model import Document, LeaveRequest, Meeting, MeetingKind
from govrules.rules import Ruleset
from govrules.rules.ruleset import _MADE_PLAINLY, Refusal
from govrules.workdays import china

CAL = china()
XY = "《咸阳市人民政府工作规则（试行）》"

CASES: list[tuple[str, Callable[[Ruleset], object], str, str]] = [
    (
        "who_signs",
        lambda rs: signing.who_signs(rs, Document(kind="RESOLUTION", issuer="JOINT_OFFICES", matters=["FUNDS"])),
        "xianyang-2013: no signing rule covers a 决议 issued 两办联合 on 资金",
        f"{XY}未规定决议（发文名义：两办联合；事项：资金）由谁签发",
    ),
    (
        "who_approves",
        lambda rs: signing.who_approves(rs, Document(kind="RESOLUTION", issuer="JOINT_OFFICES")),
        "xianyang-2013: no approval rule covers a 决议 from 两办联合",
        f"{XY}未规定决议（发文名义：两办联合）由谁审批",
    ),
    (
        "check_leave",
        lambda rs: attendance.check_leave(
            rs, LeaveRequest(role="秘书长", kind="外出", start=date(2025, 3, 3), end=date(2025, 3, 4)), calendar=CAL
        ),
        "xianyang-2013: no leave rule covers 秘书长 离咸外出",
        f"{XY}未规定秘书长离咸外出的审批",
    ),
    (
        "check_meeting",
        lambda rs: attendance.check_meeting(
            rs, Meeting(kind="PARTY_GROUP", date=date(2025, 3, 3), presided_by="HEAD"), calendar=CAL
        ),
        "xianyang-2013: no rule composes a 党组会议",
        f"{XY}未规定党组会议的组成",
    ),
    (
        "check_rhythm",
        lambda rs: attendance.check_rhythm(
            rs, MeetingKind.PARTY_GROUP, [], date(2025, 1, 1), date(2025, 12, 31), calendar=CAL
        ),
        "xianyang-2013: no rule says how often a 党组会议 is held",
        f"{XY}未规定党组会议多久召开一次",
    ),
]


@pytest.mark.parametrize(("ask", "en", "zh"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_refusal_says_the_text_and_the_situation_in_chinese(
    ask: Callable[[Ruleset], object], en: str, zh: str
) -> None:
    rs = rulesets.load("xianyang-2013").evolve()
    for _ in range(2):  # worked out, then (where remembered) from memory: the same words both times
        with pytest.raises(NoApplicableRule) as caught:
            ask(rs)
        assert str(caught.value).startswith(en), str(caught.value)
        assert caught.value.zh is not None and caught.value.zh.startswith(zh), caught.value.zh


def test_the_command_line_says_a_refusal_in_chinese_and_in_english_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["signer", "xifeng-2022", "--kind", "通报", "--issuer", "部门", "--to", "社会公众"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "govrules: 《西丰县人民政府工作规则（试行）》未规定通报（发文名义：部门；主送：社会公众）由谁签发"
    )
    assert main(["--lang", "en", *argv]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "govrules: xifeng-2022: no signing rule covers a 通报 issued 部门 to 社会公众"
    )


@pytest.mark.parametrize("cls", [NoApplicableRule, RuleNotDefined, InvalidInput, NotInForce, GovRulesError])
@pytest.mark.parametrize("zh", ["《某规则》未规定", None])
def test_a_remembered_refusal_is_raised_as_a_new_error_like_one_made_by_its_class(
    cls: type[GovRulesError], zh: str | None
) -> None:
    # Refusal.error makes these without calling __init__: the error must be the one the class makes
    made = cls("no rule covers it", zh=zh)
    refusal = Refusal((cls, ("no rule covers it",), zh))
    first, again = refusal.error(), refusal.error()
    assert first is not again
    for error in (first, again):
        assert type(error) is cls and error.args == made.args and error.zh == made.zh
        assert str(error) == str(made) and repr(error) == repr(made) and vars(error) == vars(made)
        assert pickle.loads(pickle.dumps(error)).args == made.args


def test_a_refusal_of_a_class_with_its_own_construction_calls_it() -> None:
    class Own(NoApplicableRule):
        def __init__(self, message: str, *, zh: str | None = None) -> None:
            super().__init__(message.upper(), zh=zh)

    error = Refusal((Own, ("quiet",), "静")).error()
    assert error.args == ("QUIET",) and error.zh == "静"
    assert OutputFailed not in _MADE_PLAINLY and CalendarNotCovered not in _MADE_PLAINLY
