"""The texts' own spellings, copied from the articles by a clerk, are read on every surface (trial 10).

A clerk writes a role, an issuer or a leave as the article writes it: 人民政府 for 政府, 主要负责同志 for
主要负责人, 「各」 before the bodies a text enumerates, 「离开东川区」. Each spelling below was refused on every
surface (「无法识别」) before; now it is read as the shorter spelling is (`labels.normalise`, the aliases of the
joint issuers, `Ruleset.parse_leave_kind` for leaving the text's own place). Another level's long spelling
(以市人民政府名义 in 东川's text) is refused saying its level, as the short one is.
"""

from __future__ import annotations

import json

import pytest

from _surfaces import surfaces
from govrules import rulesets
from govrules.audit import audit_lines
from govrules.cli._parse import parse_role
from govrules.errors import InvalidInput
from govrules.model import Issuer, LeaveKind, Role

DC, XF, KT, XY = "dongchuan-2024", "xifeng-2022", "kongtong-2016", "xianyang-2013"
P = pytest.param
WORDS = [
    P(DC, "issuer", "以区人民政府名义", Issuer.GOVERNMENT, id="东川 三十三 以区人民政府名义"),
    P(DC, "issuer", "以区委、区政府名义", Issuer.JOINT_PARTY_GOVERNMENT, id="东川 三十三 以区委、区政府名义"),
    P(DC, "issuer", "以区人民政府议事协调机构名义", Issuer.COORDINATION_BODY, id="东川 三十三 议事协调机构"),
    P(XF, "issuer", "以县委、县政府名义", Issuer.JOINT_PARTY_GOVERNMENT, id="西丰 五十三 以县委、县政府名义"),
    P(DC, "issuer", "以市人民政府名义", None, id="东川 以市人民政府名义: another level"),
    P(DC, "issuer", "市人民政府", None, id="东川 市人民政府 as issuer: another level"),
    P(DC, "role", "区人民政府各工作部门主要负责同志", Role.DEPARTMENT_HEAD, id="东川 四十四 各工作部门"),
    P(XF, "role", "县政府各部门主要负责人", Role.DEPARTMENT_HEAD, id="西丰 六十七 县政府各部门"),
    P(KT, "role", "区政府各部门主要负责同志", Role.DEPARTMENT_HEAD, id="崆峒 五十九 区政府各部门"),
    P(XY, "role", "县政府各部门主要负责人", None, id="咸阳 县政府各部门: another level"),
    P(DC, "kind", "离开东川区", LeaveKind.TRIP, id="东川 第五条 离开东川区"),
    P(XF, "kind", "离开东川区", None, id="西丰 离开东川区: another place"),
]


@pytest.mark.parametrize(("rid", "field", "word", "reads"), WORDS)
def test_every_surface_reads_the_texts_spelling(
    rid: str, field: str, word: str, reads: Role | Issuer | LeaveKind | None
) -> None:
    got = surfaces(rid, field, word)
    if reads is None:
        assert got == {"cli": "refused", "http": "refused", "audit": "refused"}, got
    else:
        assert got == {"cli": reads.name, "http": reads.name, "audit": "read"}, got


def test_xianyangs_subordinate_heads_as_its_article_writes_them() -> None:
    """咸阳 六十五 「各县市区政府主要负责同志离咸外出」: the text's own name, with 各."""
    rs = rulesets.load("xianyang-2013")
    assert rs.read_role("各县市区政府主要负责同志") is rs.read_role("县市区政府主要负责同志")


def test_another_levels_long_spelling_says_its_level() -> None:
    with pytest.raises(InvalidInput) as e:
        rulesets.load("dongchuan-2024").read_issuer("以市人民政府名义")
    assert e.value.zh is not None and "（市级的名称）" in e.value.zh


def test_district_xx_50_a_leader_named_as_the_text_names_the_leaders_asks_the_head() -> None:
    """district-xx 五十 「区政府领导同志不能出席…会议,须向区长请假」: a record naming the absent 「区政府领导同志」 is
    checked (it was read and left unchecked by the audit, refused by the command line)."""
    rs = rulesets.load("district-xx")
    assert parse_role(rs, "区政府领导同志", "--role") is Role.GOVERNMENT_LEADER
    record = {"type": "leave", "id": "d", "role": "区政府领导同志", "kind": "不能出席会议", "meeting": "常务会议",
              "start": "2025-03-06", "end": "2025-03-06", "requested_on": "2025-03-05",
              "approved_by": ["区政府办公室主任"]}  # fmt: skip
    [finding] = audit_lines(rs, [json.dumps(record, ensure_ascii=False)])
    assert finding.rule == "leave_approvers" and "应由区长审批" in finding.message
    assert finding.citation is not None and finding.citation.article == 50
    record["approved_by"] = ["区长"]
    assert list(audit_lines(rs, [json.dumps(record, ensure_ascii=False)])) == []


def test_another_places_word_the_generic_vocabulary_lacks_is_said_to_be_another_place() -> None:
    """Second review, F: 「离开东川区」 (东川 第五条's word) in 西丰's text is another place, not an unknown word."""
    with pytest.raises(InvalidInput) as e:
        rulesets.load("xifeng-2022").read_leave_kind("离开东川区")
    assert e.value.zh is not None and "（“东川区”不是本地）" in e.value.zh
