"""Audit reports: text for people, JSON Lines and CSV for machines, static HTML for auditors.

The text and HTML reports are Chinese, or English with `lang="en"` (headings, legend, summary, what
could not be checked); each finding's message is the decision's explanation, Chinese by design
(DESIGN.md), and the English report names the check it comes from beside it. JSON and CSV keep
their keys and columns whatever the language."""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import html
import io
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import IO, Any

import attrs

from govrules.audit.engine import INVALID, LOG_RULES, Finding, Summary, citation_texts
from govrules.audit.fastjson import JSON_LIBRARY, dumps
from govrules.errors import InvalidInput
from govrules.rules import Citation, Ruleset

__all__ = [
    "CSV_FIELDS",
    "citation_en",
    "clean_text",
    "csv_rows",
    "html_report",
    "json_lines",
    "summary_line",
    "text_report",
    "unchecked_text",
    "unchecked_zh",
    "write_html_report",
    "write_text_report",
]

CSV_FIELDS = (
    "record_id", "line", "rule", "article", "citation", "severity", "date", "message", "source", "record_type",
    "provisional", "extra",
)  # fmt: skip
_SEVERITY = {"error": "违规", "warning": "不符合一般要求", "invalid": "无法读取"}
_SEVERITY_EN = {"error": "breach", "warning": "departs from a general requirement", "invalid": "unreadable"}


def _severity(severity: str, lang: str) -> str:
    return (_SEVERITY if lang == "zh" else _SEVERITY_EN).get(severity, severity)


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
    return _article_of(c)


@functools.lru_cache(maxsize=4096)  # (the same few citations, once a finding)
def _article_of(c: Citation) -> Citation:
    return Citation(c.ruleset, c.article, title=c.title)


#: The heading of findings no article is cited for, by rule: unreadable records, and what a roster shows.
_UNCITED = {
    INVALID: "无法读取的记录",
    "roster_unknown": "名册核对：不在名册上的人员",
    "roster_term": "名册核对：任期外履职",
}
_UNCITED_EN = {
    INVALID: "Unreadable records",
    "roster_unknown": "Roster: people not on the roster",
    "roster_term": "Roster: acting outside their term",
}


def _group(f: Finding) -> Citation | str:
    """A finding's group: its article (or annex section), or, with no citation, its rule."""
    base = _base(f.citation)
    return base if base is not None else f.rule


def _heading(group: Citation | str, lang: str = "zh") -> str:
    if isinstance(group, Citation):
        if lang == "zh":
            return group.short()
        return citation_en(group) if group.article is None else f"{citation_en(group)} ({group.short()})"
    return (_UNCITED if lang == "zh" else _UNCITED_EN).get(group, group)


def citation_en(c: Citation) -> str:
    """A citation in English: 'Article 53(3)', 'Article 41, paragraph 2', 'Annex 1 五(三)1(3)' (an annex's
    section is named as the text numbers it)."""
    if c.article is None:
        return f"Annex {c.annex}" + (f" {c.section}" if c.section else "")
    text = f"Article {c.article}"
    if c.paragraph is not None:
        text += f", paragraph {c.paragraph}"
    if c.item is not None:
        text += f", item ({c.item})"
    return text


#: The checks the audit names in `Summary.unchecked`, in Chinese.
_CHECKS = {
    "routing": "行文",
    "signer": "签发人",
    "reviewers": "审核人",
    "approver": "审批人",
    "countersigners": "会签",
    "seal": "用印",
    "seal_approval": "用印审批",
    "leave": "请假",
    "leave_request": "请假时间",
    "leave_reason": "请假事由",
    "leave_substitute": "代理人安排",
    "leave_approvers": "请假审批人",
    "leave_notify": "请假报告对象",
    "meeting composition": "会议组成",
    "meeting observers": "固定列席人员",
    "meeting convener": "会议召集人",
    "meeting absence": "会议缺席",
    "meeting_rhythm": "会议频次",
    "portfolio": "分管范围",
}

#: The checks the audit names in `Summary.unchecked`, in English.
_CHECKS_EN = {
    "routing": "whether it may be sent so",
    "signer": "who signs",
    "reviewers": "who reviews",
    "approver": "who approves",
    "countersigners": "countersigning",
    "seal": "the seal",
    "seal_approval": "consent to the seal's use",
    "leave": "leave",
    "leave_request": "when leave was asked for",
    "leave_reason": "the reason for the leave",
    "leave_substitute": "whether a substitute was arranged",
    "leave_approvers": "who approved the leave",
    "leave_notify": "whom the leave was reported to",
    "meeting composition": "who attended the meeting",
    "meeting observers": "whether the standing observers sat in",
    "meeting convener": "who convened the meeting",
    "meeting absence": "an absence from the meeting",
    "meeting_rhythm": "how often meetings were held",
    "portfolio": "the deputy's portfolio (分管)",
}

#: What no rule of a ruleset may say about a document ("no signing rule covers this document").
_GAPS = {"signing": "签发人", "approval": "审批人"}
_GAPS_EN = {"signing": "who signs", "approval": "who approves"}

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
    "reason": "事由（reason）",
    "substitute": "是否已安排代理（substitute）",
    "attendees": "出席人员（attendees）",
    "addressee": "主送（addressee）",
    "non_voting": "列席人员（non_voting）",
    "date": "日期",
    "department": "主办单位（department）",
}

_UNCHECKED = re.compile(r"(?P<what>[^()]+?)(?: (?P<kind>[A-Z_0-9]+))? \((?P<why>.*)\)")


def unchecked_zh(ruleset: Ruleset, key: str) -> str | None:
    """An entry of `Summary.unchecked` as a person reads it; None for a check the ruleset does not
    have (its text is silent: nothing was missed)."""
    return unchecked_text(ruleset, key, "zh")


def unchecked_text(ruleset: Ruleset, key: str, lang: str = "zh") -> str | None:
    """An entry of `Summary.unchecked` as a person reads it, in Chinese or English (`lang` "en"); None
    for a check the ruleset does not have (its text is silent: nothing was missed)."""
    m = _UNCHECKED.fullmatch(key)
    if m is None:
        return key
    what, kind, why = m["what"], m["kind"], m["why"]
    if why.startswith("no such rule in"):
        return None
    if lang != "zh":
        return _unchecked_en(ruleset, what, kind, why)
    name = _CHECKS.get(what)
    if name is None and ruleset.has_rule(what):
        rule = ruleset.rule(what)
        name = f"时限“{getattr(rule, 'action', '') or what}”"
    name = name or what
    if kind is not None:
        from govrules.model import MeetingKind

        with contextlib.suppress(InvalidInput):  # a kind the audit named: always one
            name = f"{MeetingKind.from_label(kind).label}{name.removeprefix('会议')}"
    return f"{name}：{_why(why, 'zh')}"


def _unchecked_en(ruleset: Ruleset, what: str, kind: str | None, why: str) -> str:
    name = _CHECKS_EN.get(what)
    if name is None:
        name = f"deadline {what}" if ruleset.has_rule(what) else what
    if kind is not None:
        name += f" ({kind} meetings)"
    return f"{name}: {_why(why, 'en')}"


#: Why a check was not made, as the audit says it (a regular expression over its English) and as a
#: person reads it, in Chinese and in English.
_WHYS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"(\w+) not on record"),
        lambda m: f"记录未载明{_FIELDS.get(m[1], m[1])}",
        lambda m: f"{'no date' if m[1] == 'date' else 'no ' + m[1]} on record",
    ),
    (
        re.compile(r"no whole period in (\S+)\.\.(\S+)"),
        lambda m: f"{m[1]}至{m[2]}间没有完整的检查周期",
        lambda m: f"no whole period to check from {m[1]} to {m[2]}",
    ),
    (re.compile(r"no meetings on record"), lambda m: "没有会议记录", lambda m: "no meeting on record"),
    (
        re.compile(r"no (\w+) rule covers this document"),
        lambda m: f"规则未规定此类公文的{_GAPS.get(m[1], m[1])}",
        lambda m: f"no rule says {_GAPS_EN.get(m[1], m[1])} this kind of document",
    ),
    (re.compile(r"no rule covers (.*)"), lambda m: f"规则未规定{m[1]}", lambda m: f"no rule covers {m[1]}"),
    (
        re.compile(r"no leave rule covers an? (.*)"),
        lambda m: f"规则未规定{m[1]}不能出席会议的请假",
        lambda m: f"no leave rule covers a {m[1]}",
    ),
    (
        re.compile(r"no rule names who convenes an? (.*)"),
        lambda m: f"规则未规定{m[1]}由谁召集（仅规定主持）",
        lambda m: f"no rule says who convenes a {_meeting_en(m[1])} (only who presides)",
    ),
    (
        re.compile(r"no rule composes an? (.*)"),
        lambda m: f"规则未规定{m[1]}的组成",
        lambda m: f"no rule says who attends a {_meeting_en(m[1])}",
    ),
)


def _why(why: str, lang: str) -> str:
    for pattern, zh, en in _WHYS:
        m = pattern.fullmatch(why)
        if m is not None:
            return zh(m) if lang == "zh" else en(m)
    return why if lang == "zh" else _WHY_EN.get(why, why)


#: Reasons the audit gives in Chinese for a check it could not make, in English.
_WHY_EN = {"本规则未规定审批人": "these rules name no approver"}


def _meeting_en(label: str) -> str:
    """A kind of meeting, named in English (its identifier) with its Chinese label."""
    from govrules.model import MeetingKind

    try:
        return f"{MeetingKind.from_label(label).name} meeting ({label})"
    except InvalidInput:
        return label


def _summary_lines(s: Summary, ruleset: Ruleset, lang: str = "zh", departures: int = 0) -> list[str]:
    """The summary's lines; `departures`: of the breaches, those departing from a general requirement
    (severity warning: the rule says 原则上 or 一般), said apart so that the count of breaches is not read as
    that many outright violations."""
    said: Counter[str] = Counter()
    for key, n in s.unchecked.items():
        text = unchecked_text(ruleset, key, lang)
        if text is not None:
            said[text] += n
    if lang != "zh":
        return _summary_lines_en(s, said, departures)
    lines = [
        f"读取记录{s.read}条：检查{s.checked}条，无法读取{s.invalid}条（{s.read} = {s.checked} + {s.invalid}）。",
        f"发现违规{s.breaches}项。",
    ]
    if departures:
        lines.append(f"其中违规{s.breaches - departures}项，不符合一般要求（原则上、一般）{departures}项。")
    if s.rhythm_period is not None:
        first, last = s.rhythm_period
        lines.append(f"会议频次按{first.isoformat()}至{last.isoformat()}间的完整月份（半年）检查。")
    lines += [f"注意：{clean_text(w)}。" for w in s.warnings]
    if s.extra_fields:
        names = "、".join(clean_text(k) for k in s.extra_fields)
        lines.append(f"记录中有本规则格式未定义的字段（随记录保留并显示，不作检查）：{names}。")
    if said and s.read:  # an empty log: nothing to say was not checked
        lines.append("未能检查（记录缺少字段，或规则对此未作规定）：")
        lines += [f"  {what}：{n}条" for what, n in sorted(said.items())]
    return lines


def _summary_lines_en(s: Summary, said: Counter[str], departures: int = 0) -> list[str]:
    lines = [
        f"Read {s.read} records: {s.checked} checked, {s.invalid} unreadable ({s.read} = {s.checked} + {s.invalid}).",
        f"Breaches found: {s.breaches}.",
    ]
    if departures:
        lines.append(
            f"Of these, {s.breaches - departures} breach the text and {departures} depart from a general"
            " requirement (the text says 'as a rule' or 'generally')."
        )
    if s.rhythm_period is not None:
        first, last = s.rhythm_period
        lines.append(
            f"How often meetings were held was checked over the whole months (half years) from {first.isoformat()}"
            f" to {last.isoformat()}."
        )
    lines += [f"Note: {clean_text(w)}." for w in s.warnings]
    if s.extra_fields:
        names = ", ".join(clean_text(k) for k in s.extra_fields)
        lines.append(f"Records carry fields the record format does not define (kept and shown, not checked): {names}.")
    if said and s.read:
        lines.append("Not checked (a field missing from the record, or nothing in the rules about it):")
        lines += [f"  {what}: {n} record{'s' if n != 1 else ''}" for what, n in sorted(said.items())]
    return lines


def summary_line(s: Summary, lang: str = "zh") -> str:
    """The summary in one line, for standard error when the report goes elsewhere."""
    if lang == "zh":
        return f"读取{s.read}条，检查{s.checked}条，无法读取{s.invalid}条，违规{s.breaches}项"
    return f"read {s.read}, checked {s.checked}, unreadable {s.invalid}, breaches {s.breaches}"


#: Where a finding about the log as a whole (how often meetings were held) is shown: it has no record.
_WHOLE_LOG = "全部会议记录"
_WHOLE_LOG_EN = "all meeting records"


def _whole(f: Finding, lang: str = "zh") -> str:
    return (_WHOLE_LOG if lang == "zh" else _WHOLE_LOG_EN) if f.rule in LOG_RULES else ""


def text_report(ruleset: Ruleset, findings: Iterable[Finding], summary: Summary, *, lang: str = "zh") -> str:
    """For people: findings grouped by article, with counts, and the summary (Chinese, or English)."""
    out = io.StringIO()
    write_text_report(ruleset, findings, lambda: summary, out, lang=lang)
    return out.getvalue()


def write_text_report(
    ruleset: Ruleset,
    findings: Iterable[Finding],
    summary: Callable[[], Summary],
    out: IO[str],
    *,
    lang: str = "zh",
) -> None:
    """`text_report`, written to `out` as the findings stream in, in constant memory (each article's
    lines are spooled to a temporary file); `summary()` is asked once the findings are exhausted."""
    zh = lang == "zh"
    departures = 0
    with _Spool() as groups:
        for f in findings:
            groups.add(f, _text_line(f, lang))
            departures += f.severity == "warning"
        if zh:
            out.write(f"审计依据：《{ruleset.title}》（{ruleset.id}，规则版本{ruleset.version}）\n\n")
        else:
            out.write(
                f"Audited against: 《{ruleset.title}》 ({ruleset.id}, rules version {ruleset.version})\n"
                "Each finding: [the check], then the decision's explanation as the engines word it, in Chinese.\n\n"
            )
        for group, count, lines in groups.groups():
            head = _heading(group, lang)
            out.write(f"【{head}】{count}项\n" if zh else f"[{head}] {count} finding{'s' if count != 1 else ''}\n")
            shutil.copyfileobj(lines, out)
            out.write("\n")
        done = summary()
        if not groups.count and not done.read:
            out.write("没有任何记录，未作检查。\n\n" if zh else "No record; nothing was checked.\n\n")
        elif not groups.count:
            out.write("未发现违规。\n\n" if zh else "No breach found.\n\n")
    out.write("\n".join(_summary_lines(done, ruleset, lang, departures)) + "\n")


def _text_line(f: Finding, lang: str) -> str:
    rid = f" {clean_text(f.record_id)}" if f.record_id else ""
    severity = _severity(f.severity, lang)
    if lang == "zh":
        where = _WHOLE_LOG if f.rule in LOG_RULES else f"第{f.line}行" if f.line is not None else ""
        if f.extra:
            rid += f"（{_extra(f)}）"
        if f.rule == INVALID:  # its message says so already (「无法读取：…」): no severity after it
            return f"  - {where}{rid}：{clean_text(f.message)}\n"
        return f"  - {where}{rid}：{clean_text(f.message)}（{severity}）\n"
    where = _WHOLE_LOG_EN if f.rule in LOG_RULES else f"line {f.line}" if f.line is not None else ""
    if f.extra:
        rid += f" ({_extra(f, '; ')})"
    where = f"{where}{rid}".strip() or "-"
    return f"  - {where}: [{f.rule}] {clean_text(f.message)} ({severity})\n"


class _Spool:
    """Findings' rendered lines, one temporary file an article (or annex section), in the order they
    came; counts and the first finding of each group in memory (a few per article)."""

    def __init__(self) -> None:
        self._files: dict[Citation | str, tuple[Finding, list[int], IO[str], list[str]]] = {}
        #: Each group's entry in `_files` by its findings' citation's identity (the citation held, so that no
        #: other takes its id) and rule: a finding's group found without hashing its citation
        self._by_id: dict[tuple[int, str], tuple[Citation | None, tuple[Finding, list[int], IO[str], list[str]]]] = {}
        self.count = 0

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *_: object) -> None:
        for _f, _n, file, _lines in self._files.values():
            file.close()

    def add(self, f: Finding, text: str) -> None:
        c = f.citation
        hit = self._by_id.get((id(c), f.rule))
        if hit is not None and hit[0] is c:
            entry = hit[1]
        else:
            entry = self._entry(f)
            if len(self._by_id) < _SPOOL_IDS:
                self._by_id[(id(c), f.rule)] = (c, entry)
        entry[1][0] += 1
        lines = entry[3]
        lines.append(text)
        if len(lines) >= _SPOOL_LINES:  # written a batch at a time
            entry[2].write("".join(lines))
            lines.clear()
        self.count += 1

    def _entry(self, f: Finding) -> tuple[Finding, list[int], IO[str], list[str]]:
        """The entry of `f`'s group (`_group`), made with `f` as its first finding if it is new."""
        key = _group(f)
        entry = self._files.get(key)
        if entry is None:
            file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed on __exit__
                max_size=_SPOOL_IN_MEMORY, mode="w+", encoding="utf-8", errors="backslashreplace"
            )
            entry = self._files[key] = (f, [0], file, [])
        return entry

    def groups(self) -> Iterator[tuple[Citation | str, int, IO[str]]]:
        """Each group, in article order: its citation, how many findings, its lines from the start."""
        for key, (_, n, file, lines) in sorted(self._files.items(), key=lambda kv: _key(kv[1][0])):
            file.write("".join(lines))
            lines.clear()
            file.seek(0)
            yield key, n[0], file


#: Bytes of a group's lines held in memory before they go to disk.
_SPOOL_IN_MEMORY = 256 * 1024
#: Lines a group holds before they are written to its file (one write of them all).
_SPOOL_LINES = 256
#: Citations and rules a spool finds groups of by identity (the rest by `_group`, as before).
_SPOOL_IDS = 4096


def json_lines(findings: Iterable[Finding]) -> Iterator[str]:
    """For machines: one JSON object a finding."""
    for f in findings:
        # {"type": "finding", **f.as_dict()}, in one dict display
        cited, article = citation_texts(f.citation) if f.citation else (None, None)
        yield dumps(
            {
                "type": "finding", "record_id": f.record_id, "line": f.line, "rule": f.rule, "citation": cited,
                "article": article, "message": f.message, "severity": f.severity, "source": f.source,
                "record_type": f.record_type, "date": f.when.isoformat() if f.when else None,
                "provisional": f.provisional, "extra": dict(f.extra),
            }
        )  # fmt: skip


def write_json_lines(findings: Iterable[Finding], out: IO[str]) -> None:
    """`json_lines`, each row and a line break, written to `out`: the same text. Where `out` is a UTF-8 text
    file over a byte buffer and orjson is installed, orjson's bytes go straight to the buffer, a batch at a
    time (not decoded to text to be encoded again); a row orjson will not write (a lone surrogate) is the
    standard library's, encoded as `out` encodes it."""
    raw = _utf8_buffer(out)
    if raw is None or _ORJSON_DUMPS is None:
        for row in json_lines(findings):
            out.write(row + "\n")
        return
    out.flush()  # what was written as text first stays first
    errors = getattr(out, "errors", None) or "strict"
    to_json = _ORJSON_DUMPS
    batch: list[bytes] = []
    for f in findings:
        cited, article = citation_texts(f.citation) if f.citation else (None, None)
        value = {
            "type": "finding", "record_id": f.record_id, "line": f.line, "rule": f.rule, "citation": cited,
            "article": article, "message": f.message, "severity": f.severity, "source": f.source,
            "record_type": f.record_type, "date": f.when.isoformat() if f.when else None,
            "provisional": f.provisional, "extra": dict(f.extra),
        }  # fmt: skip
        try:
            batch.append(to_json(value))
        except TypeError:  # text orjson will not write: as `dumps` writes it
            batch.append(dumps(value).encode("utf-8", errors))
        if len(batch) >= _SPOOL_LINES:
            batch.append(b"")
            raw.write(b"\n".join(batch))
            batch.clear()
    if batch:
        batch.append(b"")
        raw.write(b"\n".join(batch))


def _utf8_buffer(out: IO[str]) -> IO[bytes] | None:
    """The byte buffer under `out` when text written to `out` reaches it as UTF-8, each "\\n" as it is; else None."""
    raw = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if raw is None or not isinstance(encoding, str) or os.linesep != "\n":
        return None
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    return raw  # type: ignore[no-any-return]


def _orjson_dumps() -> Callable[[Any], bytes] | None:
    try:
        import orjson
    except ImportError:  # the standard library writes (`dumps`)
        return None
    return orjson.dumps  # (every key of a finding's row is text: no option needed)


#: orjson's writer when it is installed and the audit writes with it (`fastjson.DEFAULT`), else None.
_ORJSON_DUMPS = _orjson_dumps() if JSON_LIBRARY == "orjson" else None


def summary_json(summary: Summary, ruleset: Ruleset | None = None) -> str:
    """The summary as one JSON object; with `ruleset`, which rules it was audited against (id, version,
    title) and the govrules version, as the HTTP service's summary says them."""
    said: dict[str, Any] = {}
    if ruleset is not None:
        from govrules import __version__

        said = {"ruleset": {"id": ruleset.id, "version": ruleset.version, "title": ruleset.title}}
        said["govrules"] = __version__
    return json.dumps(
        {
            **said,
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
    rows: list[str] = []
    writer = csv.writer(_Sink(rows.append), lineterminator="\n")  # (a row is written in one call)
    if header:
        writer.writerow(CSV_FIELDS)
        yield rows.pop()
    write, pop = writer.writerow, rows.pop
    # the cells of the texts the engine words (rule, citation, severity, source, record type): few, remembered
    cells: dict[object, object] = {}

    def cell(value: object) -> object:
        if len(cells) >= _CELLS:
            cells.clear()
        made = cells[value] = _cell(value)
        return made

    for f in findings:
        # the cells of CSV_FIELDS, as `Finding.as_dict` gives them, each text made safe from formulas (a date's
        # ISO text starts with a digit: safe as it is)
        cited, article = citation_texts(f.citation) if f.citation else (None, None)
        rid, message = f.record_id, f.message
        write(
            [
                ("'" + rid) if isinstance(rid, str) and rid.startswith(_FORMULA) else rid, f.line,
                cells[rule] if (rule := f.rule) in cells else cell(rule),
                cells[article] if article in cells else cell(article),
                cells[cited] if cited in cells else cell(cited),
                cells[severity] if (severity := f.severity) in cells else cell(severity),
                f.when.isoformat() if f.when else None,
                ("'" + message) if isinstance(message, str) and message.startswith(_FORMULA) else message,
                cells[source] if (source := f.source) in cells else cell(source),
                cells[kind] if (kind := f.record_type) in cells else cell(kind),
                f.provisional, _cell(_extra(f)) if f.extra else "",
            ]
        )  # fmt: skip
        yield pop()


#: Cells `csv_rows` remembers before it starts again (the engine's texts are a few dozen).
_CELLS = 4096


@attrs.frozen
class _Sink:
    """What a `csv.writer` writes to: each row's text handed to `write`."""

    write: Callable[[str], object]


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


def html_report(ruleset: Ruleset, findings: Iterable[Finding], summary: Summary, *, lang: str = "zh") -> str:
    """A static page for auditors: summary, findings by article (article text beside), by month."""
    out = io.StringIO()
    write_html_report(ruleset, findings, lambda: summary, out, lang=lang)
    return out.getvalue()


#: The HTML report's columns (findings; by month), in Chinese and English.
_COLUMNS = {
    "zh": (("行", "记录", "问题", "性质"), ("月份", "条款", "违规数")),
    "en": (("Line", "Record", "Finding", "Severity"), ("Month", "Article", "Findings")),
}
#: The HTML report's words, in Chinese and English.
_HTML: dict[str, dict[str, str]] = {
    "zh": {
        "lang": "zh-CN",
        "title": "审计报告：",
        "file": "审计的记录文件",
        "time": "审计时间",
        "ruleset": "规则集",
        "rules_version": "（规则版本 {}）",
        "version": "govrules 版本",
        "legend": (
            "<strong>图例：</strong>"
            '<span class="error">违规</span>：不符合条文的明确要求（应、必须、不得）；'
            '<span class="warning">不符合一般要求</span>：不符合条文“一般”“原则上”的要求，可能另有正当理由；'
            '<span class="invalid">无法读取</span>：记录缺字段或格式不对，未作检查。'
        ),
        "summary": "概况",
        "by_article": "按条款",
        "none_found": "未发现违规。",
        "no_record": "没有任何记录，未作检查。",
        "text": "条文",
        "by_month": "按月份",
        "no_date": "日期不详",
        "nothing": "无。",
    },
    "en": {
        "lang": "en",
        "title": "Audit report: ",
        "file": "Log audited",
        "time": "Audited at",
        "ruleset": "Ruleset",
        "rules_version": " (rules version {})",
        "version": "govrules version",
        "legend": (
            "<strong>Legend:</strong> "
            '<span class="error">breach</span>: against what the article plainly requires (应, 必须, 不得); '
            '<span class="warning">departs from a general requirement</span>: against what the article asks'
            " 一般 (generally) or 原则上 (in principle), for which there may be good reason; "
            '<span class="invalid">unreadable</span>: the record lacks a field or is malformed, and was not checked.'
            " Each finding's explanation is the decision's own, in Chinese; the check it comes from is in brackets."
        ),
        "summary": "Summary",
        "by_article": "By article",
        "none_found": "No breach found.",
        "no_record": "No record; nothing was checked.",
        "text": "Text of the article",
        "by_month": "By month",
        "no_date": "date unknown",
        "nothing": "None.",
    },
}


def _count(n: int, lang: str) -> str:
    return f"{n}项" if lang == "zh" else f"{n} finding{'s' if n != 1 else ''}"


def write_html_report(
    ruleset: Ruleset,
    findings: Iterable[Finding],
    summary: Callable[[], Summary],
    out: IO[str],
    *,
    source: str | None = None,
    generated: str | None = None,
    lang: str = "zh",
) -> None:
    """`html_report`, written to `out` in constant memory (rows spooled by article, months counted).

    `source`: the audited file, and `generated`: when, both shown in the header (with the versions)."""
    from govrules import __version__

    e = html.escape
    w = _HTML["zh" if lang == "zh" else "en"]
    finding_columns, month_columns = _COLUMNS["zh" if lang == "zh" else "en"]
    months: Counter[tuple[str, tuple[int, int, str], str]] = Counter()
    departures = 0
    # a finding's severity, as its row begins and ends (the same few, escaped once)
    severities: dict[str, tuple[str, str]] = {}
    # each date's month, and each citation's (by identity, held) and rule's key and short text: worked out once
    month_of: dict[date | None, str] = {}
    cited_as: dict[tuple[int, str], tuple[Citation | None, tuple[int, int, str], str]] = {}
    zh = lang == "zh"
    with _Spool() as groups:
        for f in findings:
            message = clean_text(f.message) if zh else f"[{f.rule}] {clean_text(f.message)}"
            head_tail = severities.get(f.severity)
            if head_tail is None:
                head_tail = severities[f.severity] = (
                    f'<tr class="{e(f.severity)}"><td>',
                    f"</td><td>{e(_severity(f.severity, lang))}</td></tr>",
                )
            row = (
                f"{head_tail[0]}{f.line or ''}</td>"  # (a line number: digits, nothing to escape)
                f"<td>{e(clean_text(f.record_id or _whole(f, lang)))}"
                + (f"<br><small>{e(_extra(f))}</small>" if f.extra else "")
                + f"</td><td>{e(message)}{head_tail[1]}"
            )
            groups.add(f, row)
            departures += f.severity == "warning"
            if f.rule != INVALID:
                when = f.when
                month = month_of.get(when)
                if month is None:
                    month = f"{when.year:04d}-{when.month:02d}" if when else w["no_date"]
                    if len(month_of) < _SPOOL_IDS:
                        month_of[when] = month
                c = f.citation
                known = cited_as.get((id(c), f.rule))
                if known is None or known[0] is not c:
                    cited = "" if c is None else citation_texts(c)[1] if zh else _heading(c, lang)
                    known = (c, _key(f), cited)
                    if len(cited_as) < _SPOOL_IDS:
                        cited_as[(id(c), f.rule)] = known
                months[(month, known[1], known[2])] += 1
        out.write(
            "<!DOCTYPE html>\n"
            f'<html lang="{w["lang"]}"><head><meta charset="utf-8">\n'
            f"<title>{w['title']}{e(ruleset.title)}</title><style>{_CSS}</style></head><body>\n"
            f"<h1>{w['title']}《{e(ruleset.title)}》</h1>\n"
            '<table class="about">'
            + (f"<tr><th>{w['file']}</th><td>{e(clean_text(source))}</td></tr>" if source else "")
            + (f"<tr><th>{w['time']}</th><td>{e(generated)}</td></tr>" if generated else "")
            + f"<tr><th>{w['ruleset']}</th><td>{e(ruleset.id)}{w['rules_version'].format(e(ruleset.version))}</td></tr>"
            f"<tr><th>{w['version']}</th><td>{e(__version__)}</td></tr></table>\n"
            f'<p class="legend">{w["legend"]}</p>\n'
            f'<h2 id="summary">{w["summary"]}</h2><ul>\n'
        )
        done = summary()
        for line in _summary_lines(done, ruleset, lang, departures):
            out.write(f"<li>{e(line.strip())}</li>\n")
        out.write("</ul>\n")
        out.write(f'<h2 id="by-article">{w["by_article"]}</h2>\n')
        if not groups.count:
            out.write(f"<p>{w['none_found'] if done.read else w['no_record']}</p>\n")
        for citation, count, rows in groups.groups():
            head = _heading(citation, lang)
            text = ""
            if isinstance(citation, Citation):
                try:
                    text = ruleset.cited_text(citation)
                except KeyError:
                    text = ""
            columns = "".join(f"<th>{c}</th>" for c in finding_columns)
            out.write(
                f'<div class="group"><div class="findings"><h3>{e(head)} '
                f'<span class="count">{_count(count, lang)}</span></h3>'
                f"<table><tr>{columns}</tr>"
            )
            shutil.copyfileobj(rows, out)
            out.write(
                "</table></div>"
                + (f'<div class="text" lang="zh-CN"><strong>{w["text"]}</strong>\n{e(text)}</div>' if text else "")
                + "</div>\n"
            )
    out.write(f'<h2 id="by-month">{w["by_month"]}</h2>\n')
    if months:
        columns = "".join(f"<th>{c}</th>" for c in month_columns)
        out.write(f"<table><tr>{columns}</tr>\n")
        for (m, _, a), n in sorted(months.items()):  # by month, then article number (第八条 before 第五十三条)
            out.write(f"<tr><td>{e(m)}</td><td>{e(a)}</td><td>{n}</td></tr>\n")
        out.write("</table>\n")
    else:
        out.write(f"<p>{w['nothing']}</p>\n")
    out.write("</body></html>\n")
