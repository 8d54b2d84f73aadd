"""The HTML audit report as an auditor sees it: rendered in headless Chromium, read back from the page.

.ci/run installs Chromium, CJK fonts and poppler-utils; elsewhere the test is skipped without them.
"""

from __future__ import annotations

from pathlib import Path

from _browser import needs_browser, render
from govrules import rulesets
from govrules.audit import audit_lines
from govrules.audit.report import html_report

LOG = [
    '{"type": "document", "id": "d1", "kind": "纪要", "issuer": "政府", "meeting": "专题会议", "presided_by": "副区长",'
    ' "signed_by": "副区长", "signed_on": "2025-03-03", "printed_on": "2025-03-10"}',
    '{"type": "meeting", "id": "m1", "kind": "常务会议", "date": "2025-09-26", "presided_by": "区长",'
    ' "minutes_drafted_on": "2025-10-09"}',
    "{broken",
    '{"type": "meeting", "id": "m2", "kind": "常务会议", "date": "2025-11-05", "presided_by": "区长"}',
]


@needs_browser
def test_an_auditor_sees_findings_by_article_with_the_text_beside(tmp_path: Path) -> None:
    rs = rulesets.load("kongtong-2016")
    findings, summary = audit_lines(rs, LOG).run()
    page = tmp_path / "report.html"
    page.write_text(html_report(rs, findings, summary), encoding="utf-8")
    text = "".join(render(page, tmp_path / "report.pdf").split())  # a person reads past line breaks
    assert "审计报告：《平凉市崆峒区人民政府工作规则》" in text
    assert "读取记录4条：检查3条，无法读取1条" in text
    assert "第四十七条2项" in text  # the group heading with its count
    assert "应由区长签发，实际由副区长签发" in text
    assert "会议主持人是副区长的,会议纪要报区长签发" in text  # the article text beside the group
    assert "第五十三条" in text
    assert "无法读取的记录1项" in text
    assert "按月份" in text
    # 第四十二条 原则上每月召开1次: no 常务会议 in October, a finding about the log as a whole
    assert "第四十二条1项" in text
    # (the table's narrow columns wrap, so a person reads the record column and the message apart)
    assert "全部会" in text and "议记录" in text
    assert "2025年10月召开" in text and "会议0次，规定每月1次" in text  # 区政府常务会议, as 第三十九条 names it
    assert "2025-03" in text
    assert "2025-10" in text


@needs_browser
def test_an_english_reader_sees_the_report_in_english(tmp_path: Path) -> None:
    rs = rulesets.load("kongtong-2016")
    findings, summary = audit_lines(rs, LOG).run()
    page = tmp_path / "report.html"
    page.write_text(html_report(rs, findings, summary, lang="en"), encoding="utf-8")
    text = " ".join(render(page, tmp_path / "report.pdf").split())
    assert "Audit report: 《平凉市崆峒区人民政府工作规则》" in text
    assert "Legend:" in text and "Summary" in text and "By article" in text and "By month" in text
    assert "Read 4 records: 3 checked, 1 unreadable" in text
    assert "Article 47 (第四十七条) 2 findings" in text
    assert "Unreadable records 1 finding " in text
    assert "breach" in text and "[signer]" in "".join(text.split())
    assert "会议主持人是副区长的" in "".join(text.split())  # the article's text, quoted as written
    for chinese in ("审计报告", "图例", "概况", "按条款", "按月份", "未能检查", "读取记录"):
        assert chinese not in text
