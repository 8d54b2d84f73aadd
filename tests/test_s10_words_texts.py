"""A text's own words are read on every surface (s10-words).

Fed through the command line, the HTTP service's reader and the audit, these words of the texts were refused by
all of them as unknown: 咸阳 六十五's 分管市长 (the deputy mayor in charge), 西丰 六十七's 离丰外出, 东川 四十四's
离开东川, and the issuers every text writes, 以县政府名义 / 以区政府办公室名义 …. Each is now read, alike, as the
member its article means (a text's own name with half-width brackets, 乡(镇)政府主要负责人, as its own); another
level's 分管县长 in 咸阳's text is refused as another level's name.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from govrules import receipts, rulesets
from govrules.audit import audit_lines
from govrules.cli._parse import parse_label, parse_leave_kind, parse_role
from govrules.errors import InvalidInput
from govrules.model import Issuer, Role

START = {"start": "2025-03-10", "end": "2025-03-11", "requested_on": "2025-03-03"}

#: (ruleset, where the word goes, the word as the text writes it, the member it is; id: the article)
WORDS = [
    pytest.param("xianyang-2013", "role", "分管市长", "DEPUTY", id="咸阳 六十五 分管市长 -> 副市长"),
    pytest.param("xifeng-2022", "kind", "离丰外出", "TRIP", id="西丰 六十七 离丰外出 -> 离开辖区外出"),
    # the texts' own names with half-width brackets, as the scraped texts write them
    pytest.param("district-xx", "role", "镇政府(街道办事处)主要负责人", "TOWNSHIP_HEAD", id="district-xx 五十二 (...)"),
    pytest.param("xifeng-2022", "role", "乡(镇)政府主要负责人", "TOWNSHIP_HEAD", id="西丰 五十一 乡(镇)政府"),
    pytest.param("dongchuan-2024", "role", "议事协调机构下设办公室(综合协调部门)负责人", "COORDINATION_OFFICE_HEAD",
                 id="东川 三十三 议事协调机构下设办公室(综合协调部门)负责人"),
    pytest.param("dongchuan-2024", "kind", "离开东川", "TRIP", id="东川 四十四 离开东川 -> 离开辖区外出"),
    pytest.param("xianyang-2013", "issuer", "以市政府名义", "GOVERNMENT", id="咸阳 五十二 以市政府名义"),
    # a clerk's spelling, not the text's: 县/区政府办公室副主任 were read, 市政府办公室副主任 was not
    pytest.param("xianyang-2013", "role", "市政府办公室副主任", "OFFICE_DEPUTY_DIRECTOR", id="咸阳 市政府办公室副主任"),
    pytest.param("xifeng-2022", "issuer", "以县政府名义", "GOVERNMENT", id="西丰 四十一 以县政府名义"),
    pytest.param("xifeng-2022", "issuer", "以县政府办公室名义", "GOVERNMENT_OFFICE", id="西丰 五十三"),
    pytest.param("dongchuan-2024", "issuer", "以区政府办公室名义", "GOVERNMENT_OFFICE", id="东川 三十三"),
    pytest.param("kongtong-2016", "issuer", "以区政府名义", "GOVERNMENT", id="崆峒 四十八 以区政府名义"),
    pytest.param("district-xx", "issuer", "以区政府名义", "GOVERNMENT", id="district-xx 五十二 以区政府名义"),
    pytest.param("district-xx", "issuer", "以区政府办公室名义", "GOVERNMENT_OFFICE", id="district-xx 六十一"),
]  # fmt: skip


def _record(rid: str, place: str, word: str) -> tuple[str, dict[str, Any]]:
    rs = rulesets.load(rid)
    if place == "issuer":
        return "signing", {"kind": "通知", "issuer": word}
    if place == "role":
        return "leave", {"role": word, "kind": "离开辖区外出", **START}
    return "leave", {"role": rs.name(Role.DEPARTMENT_HEAD), "kind": word, **START}


def _cli(rid: str, place: str, word: str) -> str:
    rs = rulesets.load(rid)
    try:
        if place == "issuer":
            return parse_label(Issuer, word, "--issuer").name
        if place == "role":
            return parse_role(rs, word, "--role").name
        return parse_leave_kind(rs, word, "--kind").name
    except InvalidInput as e:
        return f"refused: {e.zh}"


def _http(rid: str, place: str, word: str) -> str:
    kind, given = _record(rid, place, word)
    try:
        answer = receipts.parse_input(kind, given, rulesets.load(rid))
    except InvalidInput as e:
        return f"refused: {e}"
    return getattr(answer, place).name  # type: ignore[no-any-return]


def _audit(rid: str, place: str, word: str) -> list[str]:
    kind, given = _record(rid, place, word)
    record = {"type": "document" if kind == "signing" else "leave", "id": "r1", **given}
    found = audit_lines(rulesets.load(rid), [json.dumps(record, ensure_ascii=False)])
    return [f.message for f in found if f.rule == "invalid_record"]


@pytest.mark.parametrize(("rid", "place", "word", "member"), WORDS)
def test_the_texts_word_is_read_on_every_surface(rid: str, place: str, word: str, member: str) -> None:
    assert _cli(rid, place, word) == member
    assert _http(rid, place, word) == member
    assert _audit(rid, place, word) == []


def test_another_levels_deputy_in_charge_is_refused_on_every_surface() -> None:
    """分管县长 in 咸阳's (市) text names a county's deputy, not 咸阳's 分管市长 (六十五)."""
    for said in (_cli("xianyang-2013", "role", "分管县长"), _http("xianyang-2013", "role", "分管县长")):
        assert said.startswith("refused") and "县级的名称" in said, said
    [message] = _audit("xianyang-2013", "role", "分管县长")
    assert "“分管县长”" in message and "县级的名称" in message
