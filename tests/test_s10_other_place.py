"""Another place's word for leaving, another level's government as issuer: refused on every surface alike.

The texts name leaving their own area in their own words: 西丰 六十七 「离丰外出」, 咸阳 六十五
「离咸外出」, 东川 第四十四条 「离开东川」; and the issuers of their own level: 咸阳 五十二
「以市政府名义」, 西丰 五十三 「以县政府名义」, 崆峒 五十二 / district-xx 六十一 「以区政府名义」.
Each word belongs to its own text: a 西丰 request 「离咸外出」 (leaving 咸阳) does not say the person
left 西丰; a 西丰 document issued 「以市政府名义」 is not a 西丰 government document (五十三(一)
「以县政府名义报市政府」: two bodies). The command line (`--kind`, `--issuer`), the HTTP service and
the audit refuse such a word, saying the place or the level (`Ruleset.read_leave_kind`,
`read_issuer`, `other_place`); the text's own words, and words of no place (外出, 离开辖区外出),
are read. A text's own role name that is also another level's issuer (市政府, 西丰's 上级人民政府)
is still read as that role.
"""

from __future__ import annotations

import json

import pytest

from _surfaces import surfaces
from govrules import rulesets
from govrules.audit import audit_lines
from govrules.errors import InvalidInput
from govrules.model import Issuer, LeaveKind

#: (ruleset, field, word, what every surface does: the member it reads, or None for refused)
WORDS = [
    pytest.param("xifeng-2022", "kind", "离丰外出", LeaveKind.TRIP, id="西丰 六十七 离丰外出: its own"),
    pytest.param("xifeng-2022", "kind", "离丰", LeaveKind.TRIP, id="西丰 六十七 离丰: its own"),
    pytest.param("xifeng-2022", "kind", "离咸外出", None, id="西丰 离咸外出 (咸阳 六十五's word)"),
    pytest.param("xifeng-2022", "kind", "离开东川", None, id="西丰 离开东川 (东川 四十四's word)"),
    pytest.param("xifeng-2022", "kind", "离市", None, id="西丰 离市: another level"),
    pytest.param("xianyang-2013", "kind", "离咸外出", LeaveKind.TRIP, id="咸阳 六十五 离咸外出: its own"),
    pytest.param("xianyang-2013", "kind", "离丰外出", None, id="咸阳 离丰外出 (西丰 六十七's word)"),
    pytest.param("dongchuan-2024", "kind", "离开东川", LeaveKind.TRIP, id="东川 四十四 离开东川: its own"),
    pytest.param("dongchuan-2024", "kind", "离开西丰", None, id="东川 离开西丰"),
    pytest.param("kongtong-2016", "kind", "外出", LeaveKind.TRIP, id="崆峒 五十九 外出: no place"),
    pytest.param("district-xx", "kind", "离开辖区外出", LeaveKind.TRIP, id="district-xx 离开辖区外出: no place"),
    pytest.param("xianyang-2013", "issuer", "以市政府名义", Issuer.GOVERNMENT, id="咸阳 五十二 以市政府名义"),
    pytest.param("xianyang-2013", "issuer", "以县政府名义", None, id="咸阳 以县政府名义: another level"),
    pytest.param("xifeng-2022", "issuer", "以县政府名义", Issuer.GOVERNMENT, id="西丰 五十三 以县政府名义"),
    pytest.param("xifeng-2022", "issuer", "以县政府办公室名义", Issuer.GOVERNMENT_OFFICE, id="西丰 五十三(六)"),
    pytest.param("xifeng-2022", "issuer", "以市政府名义", None, id="西丰 以市政府名义: another level"),
    pytest.param("xifeng-2022", "issuer", "市政府", None, id="西丰 市政府 as issuer: another level"),
    pytest.param("kongtong-2016", "issuer", "以区政府办公室名义", Issuer.GOVERNMENT_OFFICE, id="崆峒 五十二"),
    pytest.param("district-xx", "issuer", "以区政府名义", Issuer.GOVERNMENT, id="district-xx 六十一(五)"),
    pytest.param("district-xx", "issuer", "以县政府名义", None, id="district-xx 以县政府名义: another level"),
    pytest.param("xianyang-2013", "issuer", "县（市、区）政府", Issuer.SUBORDINATE_GOVERNMENT, id="咸阳 县市区政府"),
]


@pytest.mark.parametrize(("rid", "field", "word", "reads"), WORDS)
def test_every_surface_reads_or_refuses_the_word_alike(
    rid: str, field: str, word: str, reads: LeaveKind | Issuer | None
) -> None:
    got = surfaces(rid, field, word)
    if reads is None:
        assert got == {"cli": "refused", "http": "refused", "audit": "refused"}
    else:
        assert got == {"cli": reads.name, "http": reads.name, "audit": "read"}


def test_the_refusal_says_the_place_or_the_level_in_chinese() -> None:
    rs = rulesets.load("xifeng-2022")
    with pytest.raises(InvalidInput) as e:
        rs.read_leave_kind("离咸外出")
    assert e.value.zh is not None and "“咸”不是本地" in e.value.zh and "离丰" in e.value.zh
    with pytest.raises(InvalidInput) as e:
        rs.read_issuer("以市政府名义")
    assert e.value.zh is not None and "（市级的名称）" in e.value.zh


@pytest.mark.parametrize("rid", rulesets.available())
def test_each_texts_own_words_for_leave_are_read(rid: str) -> None:
    rs = rulesets.load(rid)
    for kind, name in rs.leave_kind_names.items():
        assert rs.read_leave_kind(name) is kind
        assert rs.other_place(name) is None


def test_a_texts_role_name_that_is_another_levels_issuer_is_still_its_role() -> None:
    """西丰 names its 上级人民政府 the 市政府 (五十三(一) 「以县政府名义报市政府」): as an addressee or a role it is
    read; only as an issuer is it another level's government."""
    record = {"type": "document", "id": "D1", "kind": "请示", "issuer": "以县政府名义", "addressee": "市政府",
              "signed_by": "县长", "signed_on": "2025-03-05"}  # fmt: skip
    found = audit_lines(rulesets.load("xifeng-2022"), [json.dumps(record, ensure_ascii=False)])
    assert all(f.rule != "invalid_record" for f in found)
