"""The audit report follows --lang: Chinese by default, English under --lang en in the text and HTML
reports; each finding's explanation stays the decision's own (Chinese by design) and JSON and CSV
keep their keys and columns whatever the language."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from govrules import rulesets
from govrules.audit import audit_lines
from govrules.audit.engine import Finding, Summary
from govrules.audit.report import (
    CSV_FIELDS,
    citation_en,
    html_report,
    summary_line,
    text_report,
    unchecked_text,
    unchecked_zh,
)
from govrules.cli import main
from govrules.rules import Citation, Ruleset

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _log() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.jsonl")))


def _audit(rid: str = "xifeng-2022") -> tuple[Ruleset, list[Finding], Summary]:
    rs = rulesets.load(rid)
    run = audit_lines(rs, _log().splitlines())
    found = list(run)
    return rs, found, run.summary


def _without_quoted_chinese(text: str, rs: Ruleset, found: list[Finding]) -> str:
    """`text` without what an English report quotes in Chinese on purpose: each finding's explanation,
    the ruleset's title, the articles' Chinese numbers, records' own fields and the labels the texts use."""
    quoted: set[str] = set()
    for f in found:
        quoted.add(f.message)
        for k, v in f.extra:
            quoted |= {k, v}
        if f.citation is not None:
            quoted.add(f.citation.short())
            if f.citation.annex is not None:  # said as "Annex 1 五(三)1": the section as the text numbers it
                quoted.add(f.citation.short().removeprefix(f"附件{f.citation.annex} "))
            if f.citation.article is not None:  # an article's heading: the article, without item or paragraph
                quoted.add(Citation(rs.id, f.citation.article).short())
    for q in sorted(quoted, key=len, reverse=True):  # the longest first: 附件1 五(三)1(3) before 附件1 五(三)1
        text = text.replace(q, "")
    return text.replace(rs.title, "").replace("《》", "")


def test_text_report_is_english_under_lang_en() -> None:
    rs, found, summary = _audit()
    en = text_report(rs, found, summary, lang="en")
    assert en.startswith(f"Audited against: 《{rs.title}》 (xifeng-2022, rules version {rs.version})")
    # 53 (三) says who signs a 人事任免, 附件1 五(三)1 the reviews before (a missing review is cited there)
    assert "[Article 53 (第五十三条)] 1 finding" in en and "[Annex 1 五(三)1(3)] 2 findings" in en
    assert "[Annex 1 五(三)1] 1 finding" in en
    assert "  - line 9 doc-003: [signer] 应由县长签发" in en and "(breach)" in en
    assert "all meeting records: [meeting_rhythm]" in en and "(departs from a general requirement)" in en
    assert "Read 16 records: 16 checked, 0 unreadable (16 = 16 + 0)." in en and "Breaches found: 15." in en
    assert "Not checked (a field missing from the record, or nothing in the rules about it):" in en
    assert "  who attended the meeting: no attendees on record: 3 records" in en
    rest = _without_quoted_chinese(en, rs, found)
    for sec in ("五(三)1(3)", "五(四)"):  # annex sections are named as the text numbers them
        rest = rest.replace(sec, "")
    assert CJK.findall(rest) == []


def test_text_report_is_chinese_by_default() -> None:
    rs, found, summary = _audit()
    zh = text_report(rs, found, summary)
    assert zh == text_report(rs, found, summary, lang="zh")
    assert zh.startswith("审计依据：") and "【第五十三条】1项" in zh and "未能检查" in zh
    assert "【附件1 五(三)1】1项" in zh
    assert "（违规）" in zh and "读取记录16条" in zh
    for english in ("Audited", "Article", "finding", "breach", "Not checked", "[signer]"):
        assert english not in zh


def test_html_report_is_english_under_lang_en() -> None:
    rs, found, summary = _audit()
    page = html_report(rs, found, summary, lang="en")
    assert '<html lang="en">' in page and "<title>Audit report: " in page
    assert "<strong>Legend:</strong>" in page and ">breach</span>:" in page
    assert '<h2 id="summary">Summary</h2>' in page and '<h2 id="by-article">By article</h2>' in page
    assert "<th>Line</th><th>Record</th><th>Finding</th><th>Severity</th>" in page
    assert "<th>Month</th><th>Article</th><th>Findings</th>" in page
    assert 'Article 53 (第五十三条) <span class="count">1 finding</span>' in page
    # what is left in Chinese: the articles' texts (marked lang="zh-CN"), the explanations, the title,
    # and the Chinese words the legend glosses (应, 必须, 不得, 一般, 原则上)
    body = re.sub(r'<div class="text" lang="zh-CN">.*?</div>', "", page, flags=re.S)
    body = re.sub(r"<[^>]+>", "", body)
    body = _without_quoted_chinese(html.unescape(body), rs, found)
    for word in ("五(三)1(3)", "五(四)", "应", "必须", "不得", "一般", "原则上", "分管", "：", "（", "）"):
        body = body.replace(word, "")
    assert CJK.findall(body) == []


def test_html_report_is_chinese_by_default() -> None:
    rs, found, summary = _audit()
    page = html_report(rs, found, summary)
    assert '<html lang="zh-CN">' in page and "图例" in page and "按条款" in page and "按月份" in page
    assert "Legend" not in page and "By article" not in page


@pytest.mark.parametrize(
    ("key", "zh", "en"),
    [
        (
            "signer (signed_by not on record)",
            "签发人：记录未载明签发人（signed_by）",
            "who signs: no signed_by on record",
        ),
        (
            "approver (no approval rule covers this document)",
            "审批人：规则未规定此类公文的审批人",
            "who approves: no rule says who approves this kind of document",
        ),
        ("countersign_reply (date not on record)", "记录未载明日期", "deadline countersign_reply: no date on record"),
        (
            "meeting_rhythm (no meetings on record)",
            "会议频次：没有会议记录",
            "how often meetings were held: no meeting",
        ),
        (
            "meeting_rhythm PLENARY (no whole period in 2025-03-03..2025-09-26)",
            "全体会议频次：2025-03-03至2025-09-26间没有完整的检查周期",
            "how often meetings were held (PLENARY meetings): no whole period to check from 2025-03-03 to 2025-09-26",
        ),
        ("leave_approvers (本规则未规定审批人)", "请假审批人：本规则未规定审批人", "these rules name no approver"),
        (
            "meeting composition (no rule composes a 专题会议)",
            "会议组成：规则未规定专题会议的组成",
            "no rule says who attends a TOPICAL meeting (专题会议)",
        ),
        ("portfolio (department not on record)", "分管范围：记录未载明主办单位", "no department on record"),
    ],
)
def test_unchecked_in_both_languages(key: str, zh: str, en: str) -> None:
    rs = rulesets.load("xifeng-2022")
    said_zh, said_en = unchecked_text(rs, key, "zh"), unchecked_text(rs, key, "en")
    assert said_zh is not None and zh in said_zh and said_zh == unchecked_zh(rs, key)
    assert said_en is not None and en in said_en
    assert not re.search(r"[a-z]{3}", said_zh.replace("signed_by", "").replace("department", ""))
    assert unchecked_text(rs, "printing (no such rule in xifeng-2022)", "en") is None


def test_english_citations() -> None:
    assert citation_en(Citation("x", 53, item=3)) == "Article 53, item (3)"
    assert citation_en(Citation("x", 41, paragraph=2)) == "Article 41, paragraph 2"
    assert citation_en(Citation("x", annex=1, section="五(三)1(3)")) == "Annex 1 五(三)1(3)"


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_audit_follows_lang(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(_log(), encoding="utf-8")
    code, out, _ = _cli(capsys, "audit", "xifeng-2022", str(log), "--lang", "en")
    assert code == 1 and out.startswith("Audited against:") and "未能检查" not in out
    code, out, _ = _cli(capsys, "--lang", "en", "audit", "xifeng-2022", str(log), "--format", "html")
    assert code == 1 and '<html lang="en">' in out and "<th>Log audited</th>" in out
    code, out, _ = _cli(capsys, "audit", "xifeng-2022", str(log))
    assert code == 1 and out.startswith("审计依据：")


def test_json_and_csv_keep_their_keys_and_columns_under_lang_en(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text(_log(), encoding="utf-8")
    outputs = {}
    for lang in ("zh", "en"):
        code, out, err = _cli(capsys, "audit", "xifeng-2022", str(log), "--format", "json", "--lang", lang)
        assert code == 1
        outputs[lang] = out
        assert err.strip() == ("读取16条，检查16条，无法读取0条，违规15项" if lang == "zh" else
                               "read 16, checked 16, unreadable 0, breaches 15")  # fmt: skip
    assert outputs["zh"] == outputs["en"]  # keys, identifiers and the engines' explanations alike
    rows = [json.loads(x) for x in outputs["en"].splitlines()]
    assert rows[-1]["type"] == "summary" and set(rows[0]) >= {"record_id", "rule", "message", "severity"}
    code, out, _ = _cli(capsys, "audit", "xifeng-2022", str(log), "--format", "csv", "--lang", "en")
    assert code == 1 and tuple(next(csv.reader(io.StringIO(out.lstrip("\ufeff"))))) == CSV_FIELDS


def test_summary_line_in_both_languages() -> None:
    _, _, summary = _audit()
    assert summary_line(summary) == "读取16条，检查16条，无法读取0条，违规15项"
    assert summary_line(summary, "en") == "read 16, checked 16, unreadable 0, breaches 15"
