"""Round 6: time read across the five texts (docs/interpretations: general year-end and month-start-day-counted,
西丰 710-counting, district-xx year-end, 崆峒 post-meeting-scope). Each row names its ruleset and article.

- A period counted from its start day (西丰 附件2 「从部署当日算起」) in a month without the corresponding day
  (1-31 + 1 month) ends on that month's last day (民法典 第二百零二条), the later reading.
- 年底 / 每年度末 ends on 12-31, or the next working day when 12-31 is a rest day: a thing done on a weekend
  before the year is out is not late under any reading.
- 崆峒 第五十三条 「党组会议、常务会议、区长办公会议等会议」 times documents of the three meetings it names.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from govrules import deadlines, rulesets
from govrules.audit import audit


@pytest.mark.parametrize(
    ("ruleset", "article", "rule", "anchor", "due"),
    [
        # 西丰 附件2 五(四) 复杂事项1个月内有结果,…事项落实起始时间从部署当日算起
        pytest.param("xifeng-2022", "附件2 五(四)", "supervision_complex", date(2025, 1, 31), date(2025, 2, 28),
                     id="xifeng 附件2 五(四) 1-31 + 1 month counting that day: February's last day"),
        pytest.param("xifeng-2022", "附件2 五(四)", "supervision_complex", date(2026, 1, 30), date(2026, 2, 28),
                     id="xifeng 附件2 五(四) 1-30 + 1 month: 2-28-2026, a 调休 working Saturday"),
        pytest.param("xifeng-2022", "附件2 五(四)", "supervision_complex", date(2025, 3, 31), date(2025, 4, 30),
                     id="xifeng 附件2 五(四) 3-31 + 1 month: 4-30"),
        pytest.param("xifeng-2022", "附件2 五(四)", "supervision_complex", date(2025, 3, 3), date(2025, 4, 2),
                     id="xifeng 附件2 五(四) 3-03 + 1 month: the day before the corresponding day"),
        # 西丰 附件2 五(四) 年初确定的所有事项在年底清零销号
        pytest.param("xifeng-2022", "附件2 五(四)", "supervision_year_end", date(2023, 3, 1), date(2024, 1, 2),
                     id="xifeng 附件2 五(四) 年底: 2023-12-31 a Sunday, next working day"),
        pytest.param("xifeng-2022", "附件2 五(四)", "supervision_year_end", date(2025, 3, 1), date(2025, 12, 31),
                     id="xifeng 附件2 五(四) 年底 2025: 12-31 a working day"),
        # district-xx 五十二 ¶2 要于每年度末将下一年度…工作会议计划报送区政府办公室
        pytest.param("district-xx", "52¶2", "meeting_plan", date(2022, 6, 1), date(2023, 1, 3),
                     id="district-xx 52¶2 每年度末: 2022-12-31 a Saturday, next working day"),
        pytest.param("district-xx", "52¶2", "meeting_plan", date(2026, 6, 1), date(2026, 12, 31),
                     id="district-xx 52¶2 每年度末 2026"),
    ],
)  # fmt: skip
def test_due_on_the_later_reading(ruleset: str, article: str, rule: str, anchor: date, due: date) -> None:
    assert deadlines.due(rulesets.load(ruleset), rule, anchor).date == due, article


@pytest.mark.parametrize(
    ("ruleset", "article", "record", "rules"),
    [
        # 西丰 附件2 五(四): a result on 2-28 is on time under 民法典 第二百零二条's reading
        pytest.param("xifeng-2022", "附件2 五(四)", {"type": "deadline", "rule": "supervision_complex",
                     "anchor": "2025-01-31", "done_on": "2025-02-28"}, set(),
                     id="xifeng 附件2 五(四) 1个月 from 1-31, result 2-28: no breach"),
        pytest.param("xifeng-2022", "附件2 五(四)", {"type": "deadline", "rule": "supervision_complex",
                     "anchor": "2025-01-31", "done_on": "2025-03-03"}, {"supervision_complex"},
                     id="xifeng 附件2 五(四) 1个月 from 1-31, result 3-03: late"),
        # 西丰 附件2 五(四) 年底清零: closed on Saturday 2023-12-30, before the year was out
        pytest.param("xifeng-2022", "附件2 五(四)", {"type": "deadline", "rule": "supervision_year_end",
                     "anchor": "2023-03-01", "done_on": "2023-12-30"}, set(),
                     id="xifeng 附件2 五(四) 年底清零 on a Saturday before 12-31: no breach"),
        pytest.param("xifeng-2022", "附件2 五(四)", {"type": "deadline", "rule": "supervision_year_end",
                     "anchor": "2023-03-01", "done_on": "2024-01-03"}, {"supervision_year_end"},
                     id="xifeng 附件2 五(四) 年底清零 closed 2024-01-03: late"),
        # 崆峒 五十三 区政府党组会议、区政府常务会议、区长办公会议等会议讨论通过…须在会议结束后5个工作日内印发
        *(
            pytest.param("kongtong-2016", "53", {"type": "document", "kind": "NOTICE", "issuer": "GOVERNMENT",
                         "addressee": "SUBORDINATES", "meeting": kind, "meeting_date": "2025-09-30",
                         "printed_on": "2025-10-20"}, found, id=f"kongtong 53 {kind}: {bool(found)}")
            for kind, found in (("PARTY_GROUP", {"post_meeting_issue"}), ("EXECUTIVE", {"post_meeting_issue"}),
                                ("HEAD_OFFICE", {"post_meeting_issue"}), ("TOPICAL", set()), ("PLENARY", set()))
        ),
    ],
)  # fmt: skip
def test_audit_flags_only_what_is_late_under_every_reading(
    ruleset: str, article: str, record: dict[str, Any], rules: set[str]
) -> None:
    watched = {"supervision_complex", "supervision_year_end", "post_meeting_issue"}
    found = {f.rule for f in audit(rulesets.load(ruleset), [{"id": "r", **record}])} & watched
    assert found == rules, article


def test_kongtong_53_document_of_no_named_meeting_is_counted_unchecked() -> None:
    """崆峒 五十三: a government document with its meeting's date but not its kind is not checked, and is counted."""
    record = {"type": "document", "id": "d", "kind": "NOTICE", "issuer": "GOVERNMENT", "addressee": "SUBORDINATES",
              "meeting_date": "2025-09-30", "printed_on": "2025-10-20"}  # fmt: skip
    run = audit(rulesets.load("kongtong-2016"), [record])
    assert "post_meeting_issue" not in {f.rule for f in run}
    assert any(key.startswith("post_meeting_issue") for key in run.summary.unchecked)


def test_kongtong_53_explanation_names_the_meetings() -> None:
    """崆峒 五十三: the explanation says which meetings' documents the 5 working days bind."""
    text = deadlines.due(rulesets.load("kongtong-2016"), "post_meeting_issue", date(2025, 9, 30)).explain()
    assert "党组会议、常务会议、区长办公会议结束后5个工作日内" in text
    assert "2025-10-14" in text
