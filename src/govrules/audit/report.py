"""Audit reports: Chinese text for people, JSON Lines and CSV for machines, static HTML for auditors."""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from govrules.audit.engine import INVALID, LOG_RULES, Finding, Summary
from govrules.rules import Citation, Ruleset

__all__ = ["CSV_FIELDS", "csv_rows", "html_report", "json_lines", "text_report"]

CSV_FIELDS = (
    "record_id", "line", "rule", "article", "citation", "severity", "date", "message", "source", "record_type",
    "provisional",
)  # fmt: skip
_SEVERITY = {"error": "违规", "warning": "不符合一般要求", "invalid": "无法读取"}


def _key(f: Finding) -> tuple[int, int, str]:
    c = f.citation
    if c is None:
        return (2, 0, "")
    return (0 if c.article is not None else 1, c.article or c.annex or 0, c.section or "")


def _groups(findings: Iterable[Finding]) -> list[tuple[Citation | None, list[Finding]]]:
    by: dict[Citation | None, list[Finding]] = defaultdict(list)
    for f in findings:
        by[_base(f.citation)].append(f)
    return sorted(by.items(), key=lambda kv: _key(kv[1][0]))


def _base(c: Citation | None) -> Citation | None:
    """Group by article (items and paragraphs together) or by annex section."""
    if c is None or c.article is None:
        return c
    return Citation(c.ruleset, c.article, title=c.title)


def _summary_lines(s: Summary) -> list[str]:
    lines = [
        f"读取记录{s.read}条：检查{s.checked}条，无法读取{s.invalid}条（{s.read} = {s.checked} + {s.invalid}）。",
        f"发现违规{s.breaches}项。",
    ]
    if s.rhythm_period is not None:
        first, last = s.rhythm_period
        lines.append(f"会议频次按{first.isoformat()}至{last.isoformat()}间的完整月份（半年）检查。")
    if s.unchecked:
        lines.append("未能检查（记录缺少字段或规则未作规定）：")
        lines += [f"  {what}：{n}" for what, n in sorted(s.unchecked.items())]
    return lines


#: Where a finding about the log as a whole (how often meetings were held) is shown: it has no record.
_WHOLE_LOG = "全部会议记录"


def _whole(f: Finding) -> str:
    return _WHOLE_LOG if f.rule in LOG_RULES else ""


def text_report(ruleset: Ruleset, findings: list[Finding], summary: Summary) -> str:
    """For people: findings grouped by article, with counts, and the summary."""
    out = [f"审计依据：《{ruleset.title}》（{ruleset.id}，规则版本{ruleset.version}）", ""]
    for citation, group in _groups(findings):
        head = citation.short() if citation else "无法读取的记录"
        out.append(f"【{head}】{len(group)}项")
        for f in group:
            where = f"第{f.line}行" if f.line is not None else ""
            rid = f" {f.record_id}" if f.record_id else ""
            if f.rule in LOG_RULES:
                where = _WHOLE_LOG
            out.append(f"  - {where}{rid}：{f.message}（{_SEVERITY.get(f.severity, f.severity)}）")
        out.append("")
    if not findings:
        out += ["未发现违规。", ""]
    return "\n".join(out + _summary_lines(summary)) + "\n"


def json_lines(findings: Iterable[Finding]) -> Iterator[str]:
    """For machines: one JSON object a finding."""
    for f in findings:
        yield json.dumps({"type": "finding", **f.as_dict()}, ensure_ascii=False)


def summary_json(summary: Summary) -> str:
    """The summary as one JSON object."""
    return json.dumps(
        {
            "type": "summary",
            "read": summary.read,
            "checked": summary.checked,
            "invalid": summary.invalid,
            "breaches": summary.breaches,
            "by_type": summary.by_type,
            "findings": summary.findings,
            "unchecked": summary.unchecked,
            "rhythm_period": [d.isoformat() for d in summary.rhythm_period] if summary.rhythm_period else None,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def csv_rows(findings: Iterable[Finding], header: bool = True) -> Iterator[str]:
    """For spreadsheets: a header row, then one row a finding."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    if header:
        writer.writeheader()
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    for f in findings:
        row = f.as_dict()
        row["date"] = row.pop("date")
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;
max-width:80em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
.group{display:flex;gap:2em;margin:1em 0;padding:1em;border:1px solid #ddd;border-radius:4px}
.group .findings{flex:3}.group .text{flex:2;background:#f7f7f2;padding:.5em 1em;white-space:pre-wrap;font-size:.9em}
.error{color:#a00}.warning{color:#a60}.invalid{color:#555}.count{font-weight:bold}
"""


def html_report(ruleset: Ruleset, findings: list[Finding], summary: Summary) -> str:
    """A static page for auditors: summary, findings by article (article text beside), by month."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>审计报告：{e(ruleset.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>审计报告：《{e(ruleset.title)}》</h1>",
        f"<p>规则集 {e(ruleset.id)}，版本 {e(ruleset.version)}</p>",
        '<h2 id="summary">概况</h2><ul>',
    ]
    parts += [f"<li>{e(line.strip())}</li>" for line in _summary_lines(summary)]
    parts.append("</ul>")
    parts.append('<h2 id="by-article">按条款</h2>')
    if not findings:
        parts.append("<p>未发现违规。</p>")
    for citation, group in _groups(findings):
        head = citation.short() if citation else "无法读取的记录"
        text = ""
        if citation is not None:
            try:
                text = ruleset.cited_text(citation)
            except KeyError:
                text = ""
        rows = "".join(
            f'<tr class="{e(f.severity)}"><td>{e(str(f.line or ""))}</td><td>{e(f.record_id or _whole(f))}</td>'
            f"<td>{e(f.message)}</td><td>{e(_SEVERITY.get(f.severity, f.severity))}</td></tr>"
            for f in group
        )
        parts.append(
            f'<div class="group"><div class="findings"><h3>{e(head)} <span class="count">{len(group)}项</span></h3>'
            f"<table><tr><th>行</th><th>记录</th><th>问题</th><th>性质</th></tr>{rows}</table></div>"
            + (f'<div class="text"><strong>条文</strong>\n{e(text)}</div>' if text else "")
            + "</div>"
        )
    months: Counter[tuple[str, str]] = Counter()
    for f in findings:
        if f.rule == INVALID:
            continue
        month = f.when.strftime("%Y-%m") if f.when else "日期不详"
        months[(month, f.citation.short() if f.citation else "")] += 1
    parts.append('<h2 id="by-month">按月份</h2>')
    if months:
        parts.append("<table><tr><th>月份</th><th>条款</th><th>违规数</th></tr>")
        parts += [f"<tr><td>{e(m)}</td><td>{e(a)}</td><td>{n}</td></tr>" for (m, a), n in sorted(months.items())]
        parts.append("</table>")
    else:
        parts.append("<p>无。</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
