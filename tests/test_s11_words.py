"""Session 11 (s11-words): what was left of trial 10 and review 2, each fixed as a kind on every surface.

Each row names its ruleset and article. The command line is `govrules.cli.main`; the HTTP service's reading is
`receipts.decide` / `receipts.parse_input` (what the service answers with); the audit is in
tests/audit/test_s11_words_audit.py, and the service over loopback in tests/test_s11_words_http.py.
"""

from __future__ import annotations

import json

import pytest

from govrules import attendance, receipts, rulesets
from govrules.errors import InvalidInput
from govrules.model import Addressee, Issuer, LeaveRequest


def _main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from govrules.cli import main

    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


# -- P4: a leave's end may be left out (a one-day leave), on every surface ---------------------------------------

ONE_DAY = [
    pytest.param("xianyang-2013", "分管市长", "离咸外出", id="咸阳 六十五 分管市长 离咸外出"),
    pytest.param("xifeng-2022", "副县长", "离丰", id="西丰 六十七 副县长 离丰"),
    pytest.param("dongchuan-2024", "乡镇（街道）主要负责人", "外出", id="东川 第四十四条 乡镇（街道）主要负责人 外出"),
]


@pytest.mark.parametrize(("rid", "role", "kind"), ONE_DAY)
def test_a_leave_without_an_end_is_a_one_day_leave_as_the_command_line_reads_it(
    rid: str, role: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    given = {"role": role, "kind": kind, "start": "2025-03-06"}
    receipt = receipts.decide("leave", rulesets.load(rid), given)  # what the HTTP service answers
    status, out, _ = _main(["leave", rid, "--role", role, "--kind", kind, "--start", "2025-03-06"], capsys)
    assert "2025-03-06至2025-03-06" in receipt["explanation"]
    assert receipt["explanation"].split("\n")[0] == out.split("\n")[0]
    assert receipt["answer"]["ok"] is (status == 0)


def test_the_leave_input_schema_does_not_require_an_end() -> None:
    from govrules.receipt_schema import input_schema

    schema = input_schema("leave")
    assert schema["required"] == ["role", "kind", "start"] and "end" in schema["properties"]


# -- P5: the article's word for that person's leave --------------------------------------------------------------

WORDS = [
    pytest.param("xianyang-2013", "市长", "出差", "市长出差（", id="咸阳 六十五¶1 市长出访、出差或休假"),
    pytest.param("xianyang-2013", "副市长", "离咸外出", "副市长出差（", id="咸阳 六十五¶1 副市长出访、出差或休假"),
    pytest.param(
        "xianyang-2013",
        "部门主要负责同志",
        "离咸外出",
        "部门主要负责同志离咸外出（",
        id="咸阳 六十五¶2 离咸外出 (unchanged: the usual word)",
    ),
    pytest.param(
        "dongchuan-2024",
        "乡镇（街道）主要负责人",
        "外出",
        "乡镇（街道）主要负责人外出（",
        id="东川 第四十四条 各乡镇（街道）主要负责人外出",
    ),
    pytest.param(
        "dongchuan-2024",
        "区人民政府工作部门主要负责人",
        "外出",
        "区人民政府工作部门主要负责人外出（",
        id="东川 第四十四条 区人民政府各工作部门主要负责同志外出",
    ),
    pytest.param(
        "dongchuan-2024", "区长", "出差", "区长出差（", id="东川 第四十四条 区长离开东川出访、出差 (unchanged)"
    ),
    pytest.param("xifeng-2022", "部门主要负责人", "离丰", "部门主要负责人离丰外出（", id="西丰 六十七¶2 离丰外出"),
    pytest.param("xifeng-2022", "副县长", "离丰", "副县长离丰（", id="西丰 六十七¶1 副县长离丰 (unchanged)"),
]


@pytest.mark.parametrize(("rid", "role", "kind", "said"), WORDS)
def test_an_explanation_says_the_articles_word_for_that_persons_leave(
    rid: str, role: str, kind: str, said: str
) -> None:
    rs = rulesets.load(rid)
    request = LeaveRequest(role=rs.read_role(role), kind=rs.read_leave_kind(kind), start=_day(), end=_day())
    explained = attendance.check_leave(rs, request).explain()
    assert said in explained.split("\n")[0], explained
    receipt = receipts.decide("leave", rs, {"role": role, "kind": kind, "start": "2025-03-10", "end": "2025-03-10"})
    assert said in receipt["explanation"].split("\n")[0]


def _day():  # type: ignore[no-untyped-def]
    from datetime import date

    return date(2025, 3, 10)


# -- P8: a variant refused offers the text's word with its id --------------------------------------------------


def test_a_variant_refused_offers_the_texts_word_on_the_command_line_and_over_http(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # district-xx 五十九 「特别复杂的事项不得超过一周」: complex is read as 特别复杂; the refusal says both
    status, _, err = _main(["due", "某区", "countersign_reply", "2025-09-26", "--variant", "特殊情况"], capsys)
    assert status == 2 and "complex（特别复杂）" in err, err
    status, _, err = _main(
        ["--lang", "en", "due", "某区", "countersign_reply", "2025-09-26", "--variant", "特殊情况"], capsys
    )
    assert status == 2 and "complex (特别复杂)" in err, err
    with pytest.raises(InvalidInput) as e:
        receipts.decide(
            "deadline",
            rulesets.load("district-xx"),
            {"rule": "countersign_reply", "anchor": "2025-09-26", "variant": "特殊情况"},
        )
    assert "complex（特别复杂）" in str(e.value)


# -- P10: meeting (and approver) in Chinese without an English tail; in English, English --------------------------

MEETING_ERRORS = [
    pytest.param(
        "dongchuan-2024", {"kind": "县政府常务会议", "presided_by": "区长"}, "县级的名称", id="东川 第二十条 县级会议名"
    ),
    pytest.param("xifeng-2022", {"kind": "常务会议", "presided_by": "副縣長"}, "繁体字", id="西丰 四十一 繁体 主持人"),
]


@pytest.mark.parametrize(("rid", "record", "said"), MEETING_ERRORS)
def test_meeting_refuses_in_chinese_alone_and_in_english_alone(
    rid: str, record: dict[str, str], said: str, tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    path = f"{tmp_path}/m.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump({**record, "date": "2025-03-06"}, f, ensure_ascii=False)
    status, _, err = _main(["meeting", rid, path], capsys)
    assert status == 2 and said in err, err
    assert " has " not in err and "unknown" not in err and "(a " not in err, err  # no English copy after it
    status, _, err = _main(["--lang", "en", "meeting", rid, path], capsys)
    assert status == 2 and err.startswith("govrules: field "), err


def test_meeting_and_approver_answer_in_english_with_lang_en(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # 西丰 四十一: 常务会议 由县长…主持; a 副县长 presiding is a breach
    path = f"{tmp_path}/m.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"kind": "常务会议", "date": "2025-03-06", "presided_by": "副县长"}, f, ensure_ascii=False)
    status, out, _ = _main(["--lang", "en", "meeting", "xifeng-2022", path], capsys)
    assert status == 1 and out.startswith("NOT OK") and "meeting_presider (第四十一条)" in out and "按照" not in out
    status, out, _ = _main(["meeting", "xifeng-2022", path], capsys)
    assert out.startswith("按照")
    # 西丰 五十一: a department's 请示 to the government is approved by the deputy in charge
    argv = ["approver", "xifeng-2022", "--kind", "请示", "--issuer", "部门", "--to", "本级政府"]
    status, out, _ = _main(["--lang", "en", *argv], capsys)
    assert out.startswith("approvers: DEPUTY (分管副县长)") and "按照" not in out, out


# -- 6: the texts' 「A或B」 issuers; E: 县市区政府 is no county's or district's issuer; D: addressees as written -------

EITHER = [
    pytest.param(
        "xifeng-2022", "以县政府和县政府办公室名义", "以县政府名义", id="西丰 以县政府和县政府办公室名义制定的"
    ),
    pytest.param(
        "kongtong-2016", "以区政府、区政府办公室名义", "以区政府办公室名义", id="崆峒 五十三 以区政府、区政府办公室名义"
    ),
    pytest.param(
        "dongchuan-2024",
        "以区人民政府或区政府办公室名义",
        "以区人民政府名义",
        id="东川 第三十三条 以区人民政府或区政府办公室名义",
    ),
    pytest.param(
        "dongchuan-2024",
        "以区人民政府或者区政府办公室名义",
        "以区政府办公室名义",
        id="东川 以区人民政府或者区政府办公室名义",
    ),
    pytest.param("xifeng-2022", "以县政府或县政府办名义", "以县政府办名义", id="西丰 附件1 以县政府或县政府办名义"),
    pytest.param("kongtong-2016", "以区政府或区政府办公室名义", "以区政府名义", id="崆峒 以区政府或区政府办公室名义"),
    pytest.param(
        "district-xx", "以区政府或区政府办公室名义", "以区政府名义", id="district-xx 以区政府或区政府办公室名义"
    ),
]


@pytest.mark.parametrize(("rid", "word", "one"), EITHER)
def test_a_texts_either_or_issuer_asks_which_naming_each(rid: str, word: str, one: str) -> None:
    rs = rulesets.load(rid)
    with pytest.raises(InvalidInput) as e:
        rs.read_issuer(word)
    assert "一份公文只以其中一个名义发出" in (e.value.zh or "") and f"“{one}”" in (e.value.zh or "")
    assert "无法识别" not in (e.value.zh or "")
    rs.read_issuer(one)  # each alternative is read alone


def test_an_either_or_issuer_of_one_issuer_is_that_issuer() -> None:
    # 西丰 附件1 「县政府办」 is its 县政府办公室: 「以县政府办公室或县政府办名义」 names one issuer
    assert rulesets.load("xifeng-2022").read_issuer("以县政府办公室或县政府办名义") is Issuer.GOVERNMENT_OFFICE


def test_an_either_or_issuer_of_another_level_says_the_level() -> None:
    with pytest.raises(InvalidInput) as e:
        rulesets.load("dongchuan-2024").read_issuer("以县政府或县政府办名义")
    assert "县级的名称" in (e.value.zh or "")


SUBORDINATE = [
    pytest.param("xianyang-2013", True, id="咸阳 四十八 各县市区政府 (a 市: its subordinates)"),
    pytest.param("xifeng-2022", False, id="西丰 附件1 三 各县（区）政府等平级机关 (a 县)"),
    pytest.param("dongchuan-2024", False, id="东川 (a 区)"),
    pytest.param("kongtong-2016", False, id="崆峒 (a 区)"),
    pytest.param("district-xx", False, id="district-xx (a 区)"),
]


@pytest.mark.parametrize(("rid", "own"), SUBORDINATE)
def test_the_governments_under_a_city_are_an_issuer_of_a_citys_text_only(rid: str, own: bool) -> None:
    rs = rulesets.load(rid)
    for word in ("县市区政府", "县（市、区）政府"):
        if own:
            assert rs.read_issuer(word) is Issuer.SUBORDINATE_GOVERNMENT
        else:
            with pytest.raises(InvalidInput) as e:
                rs.read_issuer(word)
            assert "县市区政府是市的下级政府" in (e.value.zh or "")
    assert rs.addressee_named("各县市区政府") is (Addressee.SUBORDINATES if own else Addressee.PEERS)


ADDRESSEES = [
    pytest.param("xianyang-2013", "各县市区政府", Addressee.SUBORDINATES, id="咸阳 四十八 各县市区政府"),
    pytest.param(
        "xianyang-2013",
        "市政府各部门、各县市区政府",
        Addressee.SUBORDINATES,
        id="咸阳 四十八 市政府各部门、各县市区政府",
    ),
    pytest.param("dongchuan-2024", "区人民政府各工作部门", Addressee.SUBORDINATES, id="东川 区人民政府各工作部门"),
    pytest.param("dongchuan-2024", "各乡镇", Addressee.SUBORDINATES, id="东川 各乡镇"),
    pytest.param(
        "dongchuan-2024", "各乡镇（街道）、各部门", Addressee.SUBORDINATES, id="东川 第三十一条 各乡镇(街道)、各部门"
    ),
    pytest.param(
        "kongtong-2016", "区政府各部门、各乡镇政府", Addressee.SUBORDINATES, id="崆峒 二十五 区政府各部门、各乡镇政府"
    ),
    pytest.param("xifeng-2022", "各乡（镇）政府", Addressee.SUBORDINATES, id="西丰 附件1 三 各乡（镇）政府"),
    pytest.param("xifeng-2022", "各县（区）政府", Addressee.PEERS, id="西丰 附件1 三 各县（区）政府等平级机关"),
]


@pytest.mark.parametrize(("rid", "word", "addressee"), ADDRESSEES)
def test_an_addressee_as_the_text_writes_it_is_read_by_the_command_line_and_the_service(
    rid: str, word: str, addressee: Addressee, capsys: pytest.CaptureFixture[str]
) -> None:
    rs = rulesets.load(rid)
    assert rs.addressee_named(word) is addressee
    parsed = receipts.parse_input("signing", {"kind": "通知", "issuer": "以政府名义", "addressee": word}, rs)
    assert parsed.addressee is addressee  # type: ignore[attr-defined]
    _, _, err = _main(["signer", rid, "--kind", "通知", "--issuer", "以政府名义", "--to", word], capsys)
    assert "主送" not in err and "无法识别" not in err, err
