"""Audit reports: Chinese text for people, JSON Lines and CSV for machines, static HTML for auditors."""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from govrules.audit.engine import INVALID, LOG_RULES, Finding, Summary, citation_texts
from govrules.audit.fastjson import dumps
from govrules.errors import InvalidInput
from govrules.rules import Citation, Ruleset

__all__ = [
    "CSV_FIELDS",
    "clean_text",
    "csv_rows",
    "html_report",
    "json_lines",
    "text_report",
    "unchecked_zh",
    "write_html_report",
    "write_text_report",
]

CSV_FIELDS = (
    "record_id", "line", "rule", "article", "citation", "severity", "date", "message", "source", "record_type",
    "provisional", "extra",
)  # fmt: skip
_SEVERITY = {"error": "违规", "warning": "不符合一般要求", "invalid": "无法读取"}

# What a record may carry that would act on a terminal or a reader instead of being read: control
# characters (line breaks, escape sequences), the Unicode line separators and direction overrides,
# and lone surrogates (which no UTF-8 output can hold).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# A cell a spreadsheet would read as a formula (or as one once its leading tab or CR is dropped).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str) -> str:
    """`text` with every character that could act on a terminal or reader written as an escape (\\x1b, \\n...)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def _cell(value: object) -> object:
    """A CSV cell that no spreadsheet runs as a formula: text starting with = + - @ (or tab, CR) gets a '."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def _extra(f: Finding, sep: str = "；") -> str:
    """A finding's record's unnamed fields (标题：…；文号：…), or ''."""
    return sep.join(f"{clean_text(k)}：{clean_text(v)}" for k, v in f.extra)


def _key(f: Finding) -> tuple[int, int, str]:
    c = f.citation
    if c is None:  # what a roster shows, then unreadable records
        return (2, 1 if f.rule == INVALID else 0, f.rule)
    return (0 if c.article is not None else 1, c.article or c.annex or 0, c.section or "")


def _base(c: Citation | None) -> Citation | None:
    """Group by article (items and paragraphs together) or by annex section."""
    if c is None or c.article is None:
        return c
    base = _BASES.get(id(c))  # (remembered by the citation's identity: the same few, once a finding)
    if base is None or base[0] is not c:
        if len(_BASES) >= 4096:
            _BASES.clear()
        base = _BASES[id(c)] = (c, Citation(c.ruleset, c.article, title=c.title))
    return base[1]


_BASES: dict[int, tuple[Citation, Citation]] = {}


#: The heading of findings no article is cited for, by rule: unreadable records, and what a roster shows.
_UNCITED = {
    INVALID: "无法读取的记录",
    "roster_unknown": "名册核对：不在名册上的人员",
    "roster_term": "名册核对：任期外履职",
}


def _group(f: Finding) -> Citation | str:
    """A finding's group: its article (or annex section), or, with no citation, its rule."""
    base = _base(f.citation)
    return base if base is not None else f.rule


def _heading(group: Citation | str) -> str:
    if isinstance(group, Citation):
        return group.short()
    return _UNCITED.get(group, group)


#: The checks the audit names in `Summary.unchecked`, in Chinese.
_CHECKS = {
    "signer": "签发人",
    "reviewers": "审核人",
    "approver": "审批人",
    "countersigners": "会签",
    "seal": "用印",
    "seal_approval": "用印审批",
    "leave": "请假",
    "leave_request": "请假时间",
    "leave_approvers": "请假审批人",
    "leave_notify": "请假报告对象",
    "meeting composition": "会议组成",
    "meeting_rhythm": "会议频次",
    "portfolio": "分管范围",
}

#: Fields a record may lack, in Chinese.
_FIELDS = {
    "signed_by": "签发人（signed_by）",
    "reviewed_by": "审核人（reviewed_by）",
    "countersigned_by": "会签部门（countersigned_by）",
    "seal": "用印（seal）",
    "seal_approved_by": "用印审批人（seal_approved_by）",
    "requested_on": "请假日期（requested_on）",
    "approved_by": "审批人（approved_by）",
    "notified": "报告对象（notified）",
    "attendees": "出席人员（attendees）",
    "date": "日期",
    "department": "主办单位（department）",
}

_UNCHECKED = re.compile(r"(?P<what>[^()]+?)(?: (?P<kind>[A-Z_0-9]+))? \((?P<why>.*)\)")


def unchecked_zh(ruleset: Ruleset, key: str) -> str | None:
    """An entry of `Summary.unchecked` as a person reads it; None for a check the ruleset does not
    have (its text is silent: nothing was missed)."""
    m = _UNCHECKED.fullmatch(key)
    if m is None:
        return key
    what, kind, why = m["what"], m["kind"], m["why"]
    if why.startswith("no such rule in"):
        return None
    name = _CHECKS.get(what)
    if name is None and ruleset.has_rule(what):
        rule = ruleset.rule(what)
        name = f"时限“{getattr(rule, 'action', '') or what}”"
    name = name or what
    if kind is not None:
        from govrules.model import MeetingKind

        with contextlib.suppress(InvalidInput):  # a kind the audit named: always one
            name = f"{MeetingKind.from_label(kind).label}{name.removeprefix('会议')}"
    field = re.fullmatch(r"(\w+) not on record", why)
    if field is not None:
        return f"{name}：记录未载明{_FIELDS.get(field[1], field[1])}"
    period = re.fullmatch(r"no whole period in (\S+)\.\.(\S+)", why)
    if period is not None:
        return f"{name}：{period[1]}至{period[2]}间没有完整的检查周期"
    if why == "no meetings on record":
        return f"{name}：没有会议记录"
    rule_gap = re.fullmatch(r"no (\w+) rule covers this document", why)
    if rule_gap is not None:
        return f"{name}：规则未规定此类公文的{_CHECKS.get(rule_gap[1], rule_gap[1])}"
    covers = re.fullmatch(r"no rule covers (.*)", why)
    if covers is not None:
        return f"{name}：规则未规定{covers[1]}"
    return f"{name}：{why}"


def _summary_lines(s: Summary, ruleset: Ruleset) -> list[str]:
    lines = [
        f"读取记录{s.read}条：检查{s.checked}条，无法读取{s.invalid}条（{s.read} = {s.checked} + {s.invalid}）。",
        f"发现违规{s.breaches}项。",
    ]
    if s.rhythm_period is not None:
        first, last = s.rhythm_period
        lines.append(f"会议频次按{first.isoformat()}至{last.isoformat()}间的完整月份（半年）检查。")
    lines += [f"注意：{clean_text(w)}。" for w in s.warnings]
    if s.extra_fields:
        names = "、".join(clean_text(k) for k in s.extra_fields)
        lines.append(f"记录中有本规则格式未定义的字段（随记录保留并显示，不作检查）：{names}。")
    said: Counter[str] = Counter()
    for key, n in s.unchecked.items():
        text = unchecked_zh(ruleset, key)
        if text is not None:
            said[text] += n
    if said:
        lines.append("未能检查（记录缺少字段，或规则对此未作规定）：")
        lines += [f"  {what}：{n}条" for what, n in sorted(said.items())]
    return lines


#: Where a finding about the log as a whole (how often meetings were held) is shown: it has no record.
_WHOLE_LOG = "全部会议记录"


def _whole(f: Finding) -> str:
    return _WHOLE_LOG if f.rule in LOG_RULES else ""


def text_report(ruleset: Ruleset, findings: Iterable[Finding], summary: Summary) -> str:
    """For people: findings grouped by article, with counts, and the summary."""
    out = io.StringIO()
    write_text_report(ruleset, findings, lambda: summary, out)
    return out.getvalue()


def write_text_report(
    ruleset: Ruleset, findings: Iterable[Finding], summary: Callable[[], Summary], out: IO[str]
) -> None:
    """`text_report`, written to `out` as the findings stream in, in constant memory (each article's
    lines are spooled to a temporary file); `summary()` is asked once the findings are exhausted."""
    with _Spool() as groups:
        for f in findings:
            where = f"第{f.line}行" if f.line is not None else ""
            rid = f" {clean_text(f.record_id)}" if f.record_id else ""
            if f.extra:
                rid += f"（{_extra(f)}）"
            if f.rule in LOG_RULES:
                where = _WHOLE_LOG
            severity = _SEVERITY.get(f.severity, f.severity)
            groups.add(f, f"  - {where}{rid}：{clean_text(f.message)}（{severity}）\n")
        out.write(f"审计依据：《{ruleset.title}》（{ruleset.id}，规则版本{ruleset.version}）\n\n")
        for group, count, lines in groups.groups():
            head = _heading(group)
            out.write(f"【{head}】{count}项\n")
            shutil.copyfileobj(lines, out)
            out.write("\n")
        if not groups.count:
            out.write("未发现违规。\n\n")
    out.write("\n".join(_summary_lines(summary(), ruleset)) + "\n")


class _Spool:
    """Findings' rendered lines, one temporary file an article (or annex section), in the order they
    came; counts and the first finding of each group in memory (a few per article)."""

    def __init__(self) -> None:
        self._files: dict[Citation | str, tuple[Finding, list[int], IO[str]]] = {}
        self.count = 0

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *_: object) -> None:
        for _f, _n, file in self._files.values():
            file.close()

    def add(self, f: Finding, text: str) -> None:
        key = _group(f)
        entry = self._files.get(key)
        if entry is None:
            file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed on __exit__
                max_size=_SPOOL_IN_MEMORY, mode="w+", encoding="utf-8", errors="backslashreplace"
            )
            entry = self._files[key] = (f, [0], file)
        entry[1][0] += 1
        entry[2].write(text)
        self.count += 1

    def groups(self) -> Iterator[tuple[Citation | str, int, IO[str]]]:
        """Each group, in article order: its citation, how many findings, its lines from the start."""
        for key, (_, n, file) in sorted(self._files.items(), key=lambda kv: _key(kv[1][0])):
            file.seek(0)
            yield key, n[0], file


#: Bytes of a group's lines held in memory before they go to disk.
_SPOOL_IN_MEMORY = 256 * 1024


def json_lines(findings: Iterable[Finding]) -> Iterator[str]:
    """For machines: one JSON object a finding."""
    for f in findings:
        yield dumps({"type": "finding", **f.as_dict()})


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
            "extra_fields": list(summary.extra_fields),
            "warnings": list(summary.warnings),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def csv_rows(findings: Iterable[Finding], header: bool = True) -> Iterator[str]:
    """For spreadsheets: a header row, then one row a finding."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(CSV_FIELDS)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    fields = CSV_FIELDS[:-1]
    for f in findings:
        row = f.as_dict()
        cells = [_cell(v) if type(v) is str else v for v in map(row.__getitem__, fields)]
        cells.append(_cell(_extra(f)) if f.extra else "")
        writer.writerow(cells)
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


def html_report(ruleset: Ruleset, findings: Iterable[Finding], summary: Summary) -> str:
    """A static page for auditors: summary, findings by article (article text beside), by month."""
    out = io.StringIO()
    write_html_report(ruleset, findings, lambda: summary, out)
    return out.getvalue()


def write_html_report(
    ruleset: Ruleset,
    findings: Iterable[Finding],
    summary: Callable[[], Summary],
    out: IO[str],
    *,
    source: str | None = None,
    generated: str | None = None,
) -> None:
    """`html_report`, written to `out` in constant memory (rows spooled by article, months counted).

    `source`: the audited file, and `generated`: when, both shown in the header (with the versions)."""
    from govrules import __version__

    e = html.escape
    months: Counter[tuple[str, tuple[int, int, str], str]] = Counter()
    with _Spool() as groups:
        for f in findings:
            row = (
                f'<tr class="{e(f.severity)}"><td>{e(str(f.line or ""))}</td>'
                f"<td>{e(clean_text(f.record_id or _whole(f)))}"
                + (f"<br><small>{e(_extra(f))}</small>" if f.extra else "")
                + "</td>"
                f"<td>{e(clean_text(f.message))}</td><td>{e(_SEVERITY.get(f.severity, f.severity))}</td></tr>"
            )
            groups.add(f, row)
            if f.rule != INVALID:
                month = f"{f.when.year:04d}-{f.when.month:02d}" if f.when else "日期不详"
                months[(month, _key(f), citation_texts(f.citation)[1] if f.citation else "")] += 1
        out.write(
            "<!DOCTYPE html>\n"
            '<html lang="zh-CN"><head><meta charset="utf-8">\n'
            f"<title>审计报告：{e(ruleset.title)}</title><style>{_CSS}</style></head><body>\n"
            f"<h1>审计报告：《{e(ruleset.title)}》</h1>\n"
            '<table class="about">'
            + (f"<tr><th>审计的记录文件</th><td>{e(clean_text(source))}</td></tr>" if source else "")
            + (f"<tr><th>审计时间</th><td>{e(generated)}</td></tr>" if generated else "")
            + f"<tr><th>规则集</th><td>{e(ruleset.id)}（规则版本 {e(ruleset.version)}）</td></tr>"
            f"<tr><th>govrules 版本</th><td>{e(__version__)}</td></tr></table>\n"
            '<p class="legend"><strong>图例：</strong>'
            '<span class="error">违规</span>：不符合条文的明确要求（应、必须、不得）；'
            '<span class="warning">不符合一般要求</span>：不符合条文“一般”“原则上”的要求，可能另有正当理由；'
            '<span class="invalid">无法读取</span>：记录缺字段或格式不对，未作检查。</p>\n'
            '<h2 id="summary">概况</h2><ul>\n'
        )
        for line in _summary_lines(summary(), ruleset):
            out.write(f"<li>{e(line.strip())}</li>\n")
        out.write("</ul>\n")
        out.write('<h2 id="by-article">按条款</h2>\n')
        if not groups.count:
            out.write("<p>未发现违规。</p>\n")
        for citation, count, rows in groups.groups():
            head = _heading(citation)
            text = ""
            if isinstance(citation, Citation):
                try:
                    text = ruleset.cited_text(citation)
                except KeyError:
                    text = ""
            out.write(
                f'<div class="group"><div class="findings"><h3>{e(head)} <span class="count">{count}项</span></h3>'
                "<table><tr><th>行</th><th>记录</th><th>问题</th><th>性质</th></tr>"
            )
            shutil.copyfileobj(rows, out)
            out.write(
                "</table></div>"
                + (f'<div class="text"><strong>条文</strong>\n{e(text)}</div>' if text else "")
                + "</div>\n"
            )
    out.write('<h2 id="by-month">按月份</h2>\n')
    if months:
        out.write("<table><tr><th>月份</th><th>条款</th><th>违规数</th></tr>\n")
        for (m, _, a), n in sorted(months.items()):  # by month, then article number (第八条 before 第五十三条)
            out.write(f"<tr><td>{e(m)}</td><td>{e(a)}</td><td>{n}</td></tr>\n")
        out.write("</table>\n")
    else:
        out.write("<p>无。</p>\n")
    out.write("</body></html>\n")
