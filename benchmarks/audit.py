"""Audit throughput and memory: records per second on a log of 1 million records, and peak memory.

Run: python benchmarks/audit.py [--records N] [--ruleset ID]. Writes a JSON Lines log of N records
(a mix of every record type, some with breaches, a few unreadable) to a temporary file, audits it
from disk on one core, and prints records/s and the peak resident memory, for N/10 and N records,
so that "flat" can be seen. Targets (issue 5): >= 100k records/s; memory flat, under 100 MB.

`--formats` runs the command line instead (`govrules audit --format F -o FILE`), once per report
format (text, json, csv, html), each in its own process, and prints each one's peak memory: every
format streams, so each stays under 100 MB at 1 million records (issue 12).

The audit works each situation out once (who signs this kind of document, what these leave rules
say) and remembers it, so its speed depends on how often situations repeat. The "same" mix repeats
seven record shapes over 5,000 days. The "varied" mix, run last, is closer to the worst a real log
does: every meeting has its own agenda (three items, their own titles and materials dates) and an
absence, leave lengths run from 1 to 30 days, and documents rotate through kinds and signers.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

TEMPLATES = [
    {"type": "countersign", "requested_on": None, "replied_on": 6},
    {"type": "countersign", "requested_on": None, "replied_on": 12},
    {"type": "request", "received_on": None, "replied_on": 9},
    {"type": "document", "kind": "通知", "issuer": "政府", "signed_by": "县长", "reviewed_by": ["副县长"],
     "signed_on": None, "printed_on": 2},
    {"type": "document", "kind": "纪要", "issuer": "政府", "meeting": "专题会议", "presided_by": "副县长",
     "signed_by": "副县长", "signed_on": None},
    {"type": "meeting", "kind": "常务会议", "date": None, "presided_by": "县长", "minutes_issued_on": 4},
    {"type": "leave", "role": "部门主要负责人", "kind": "外出", "start": None, "end": 1, "requested_on": -2,
     "approved_by": ["副县长", "县长"], "notified": ["政府办公室"]},
]  # fmt: skip
ANCHOR = {"countersign": "requested_on", "request": "received_on", "document": "signed_on", "meeting": "date",
          "leave": "start"}  # fmt: skip


def write_log(path: str, n: int, varied: bool = False, seed: int = 17, ruleset_id: str = "xifeng-2022") -> None:
    if varied:
        write_varied_log(path, n, seed, ruleset_id)
        return
    base = date(2010, 1, 4)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if i % 997 == 0:
                f.write("{not json\n")
                continue
            t = dict(TEMPLATES[i % len(TEMPLATES)])
            day = base + timedelta(days=(i * 7) % 5000)
            key = ANCHOR[str(t["type"])]
            for k, v in list(t.items()):
                if k == key:
                    t[k] = day.isoformat()
                elif isinstance(v, int) and not isinstance(v, bool):
                    t[k] = (day + timedelta(days=v)).isoformat()
            t["id"] = f"r{i}"
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


# The varied log (issue 17): what an office system exports over a year, drawn at random.
LEADERS = ["县长", "副县长", "常务副县长", "办公室主任", "秘书长"]
REVIEWERS = ["副县长", "办公室主任", "秘书长", "政府办公室副主任", "常务副县长"]
DOCUMENT_KINDS = ["通知", "请示", "报告", "函", "意见", "通报", "批复", "决定"]
ISSUERS = ["政府", "政府办公室", "部门"]
LEAVE_ROLES = ["部门主要负责人", "副县长", "县长", "乡镇（街道）主要负责人", "常务副县长"]
LEAVE_KINDS = ["外出", "休假", "学习", "出访"]
MEETING_KINDS = [("常务会议", "县长"), ("全体会议", "县长"), ("专题会议", "副县长"), ("县长办公会议", "县长")]
DEADLINES = ["supervision_simple", "supervision_complex", "minutes_issue", "leave_request"]
#: Lines no audit can read: not JSON, a required field missing, an unknown role, a date that is no day.
INVALID_LINES = [
    "{not json",
    '{"type": "document", "kind": "通知", "issuer": "政府"}',
    '{"type": "document", "id": "bad-role", "kind": "通知", "issuer": "政府", "signed_by": "镇长"}',
    '{"type": "meeting", "id": "bad-date", "kind": "常务会议", "date": "2025-02-30", "presided_by": "县长"}',
]


def varied_record(rng: random.Random, i: int) -> dict[str, object]:
    """One record of the varied log: its type, dates across 2024-2025, its people drawn at random."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))

    def after(lo: int, hi: int) -> str:
        return (day + timedelta(days=rng.randint(lo, hi))).isoformat()

    kind = rng.choices(["document", "countersign", "request", "meeting", "leave", "deadline"], [5, 2, 2, 1, 2, 1])[0]
    r: dict[str, object] = {"type": kind, "id": f"r{i}"}
    if kind == "document":
        r |= {"kind": rng.choice(DOCUMENT_KINDS), "issuer": rng.choice(ISSUERS), "signed_by": rng.choice(LEADERS),
              "reviewed_by": rng.sample(REVIEWERS, rng.randint(0, 2)), "signed_on": day.isoformat(),
              "printed_on": after(0, 6)}  # fmt: skip
        if rng.random() < 0.3:
            r["published_on"] = after(6, 40)
        if rng.random() < 0.2:
            r |= {"kind": "纪要", "meeting": "专题会议", "presided_by": "副县长", "signed_by": rng.choice(LEADERS)}
        if rng.random() < 0.2:
            r["标题"] = f"关于第{i}项工作的通知"
    elif kind == "countersign":
        r |= {"requested_on": day.isoformat(), "replied_on": after(0, 15)}
    elif kind == "request":
        r |= {"received_on": day.isoformat(), "replied_on": after(0, 25)}
    elif kind == "meeting":
        meeting, presider = rng.choice(MEETING_KINDS)
        r |= {"kind": meeting, "date": day.isoformat(), "presided_by": presider, "minutes_issued_on": after(0, 8)}
        if rng.random() < 0.5:
            r["agenda"] = [{"title": f"第{i}次会议议题{k}", "materials_submitted_on": after(-6, -1)}
                           for k in range(rng.randint(1, 3))]  # fmt: skip
        if rng.random() < 0.3:
            r["absent"] = [{"role": "副县长", "kind": "不能出席会议", "meeting": meeting, "start": day.isoformat(),
                            "end": day.isoformat(), "requested_on": after(-3, 0), "reason": "因公出差"}]  # fmt: skip
    elif kind == "leave":
        r |= {"role": rng.choice(LEAVE_ROLES), "kind": rng.choice(LEAVE_KINDS), "start": day.isoformat(),
              "end": after(0, 30), "requested_on": after(-5, 1),
              "approved_by": rng.sample(["副县长", "县长"], rng.randint(1, 2)),
              "notified": rng.sample(["政府办公室", "县委办公室"], rng.randint(0, 2))}  # fmt: skip
    else:
        r |= {"rule": rng.choice(DEADLINES), "anchor": day.isoformat(), "done_on": after(0, 60)}
    return r


#: The varied log's names that carry its (county) level: written as a text of another level names them
#: (县长 → 市长 in 咸阳's log, 区长 in a district's), since another level's names are refused (tests/audit/_varied.py).
COUNTY_NAMES = ("常务副县长", "副县长", "县长办公会议", "县长", "县委办公室")


def in_words_of(line: str, level: str) -> str:
    """A line of the varied log with the county's names of roles and meetings as a text of `level` (市, 县, 区)
    names them."""
    if level == "县":
        return line
    for name in COUNTY_NAMES:
        line = line.replace(f'"{name}"', f'"{name.replace("县", level)}"')
    return line


def write_varied_log(path: str, n: int, seed: int = 17, ruleset_id: str = "xifeng-2022") -> None:
    """n lines of the varied log: a scenario record first, then every other type, one line in 500 unreadable;
    written in the words of `ruleset_id`'s level (its roles and meetings as its text names them), each deadline
    record naming a deadline rule it has (西丰's log as it was)."""
    rng = random.Random(seed)
    level, deadlines = ("县", DEADLINES) if ruleset_id == "xifeng-2022" else _level_and_deadlines(ruleset_id)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"type": "scenario", "id": "scenario", "ruleset": ruleset_id}) + "\n")
        for i in range(1, n):
            if rng.random() < 0.002:
                f.write(in_words_of(rng.choice(INVALID_LINES), level) + "\n")
            else:
                r = varied_record(rng, i)
                if r["type"] == "deadline" and r["rule"] not in deadlines:  # one the ruleset has (no draw taken)
                    r["rule"] = deadlines[i % len(deadlines)]
                f.write(in_words_of(json.dumps(r, ensure_ascii=False), level) + "\n")


def _level_and_deadlines(ruleset_id: str) -> tuple[str, list[str]]:
    """The level of government (市, 县, 区) whose rules `ruleset_id` are, and the deadline rules it has."""
    from govrules import deadlines, rulesets

    rs = rulesets.load(ruleset_id)
    return str(rs.government.level.label), list(deadlines.rule_ids(rs))


def child(path: str, ruleset_id: str) -> None:
    """Audit the file in this process; print records/s and peak RSS as JSON."""
    from govrules import rulesets
    from govrules.audit import audit_lines

    rs = rulesets.load(ruleset_id)
    before = calibrate()
    start = time.perf_counter()
    with open(path, "rb") as f:
        run = audit_lines(rs, f)
        findings = sum(1 for _ in run)
    elapsed = time.perf_counter() - start
    loop = (before + calibrate()) / 2
    s = run.summary
    assert s.read == s.checked + s.invalid
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"read": s.read, "findings": findings, "seconds": elapsed, "rate": s.read / elapsed,
                      "peak_mb": peak_mb, "invalid": s.invalid, "loop": loop}))  # fmt: skip


def child_format(path: str, ruleset_id: str, fmt: str) -> None:
    """Write the report in format `fmt` through the command line in this process; print the time,
    the peak RSS and the report's size as JSON."""
    from govrules.cli import main

    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, f"report.{fmt}")
        start = time.perf_counter()
        code = main(["audit", "--ruleset", ruleset_id, path, "--format", fmt, "-o", out, "--quiet"])
        elapsed = time.perf_counter() - start
        size = os.path.getsize(out)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"format": fmt, "code": code, "seconds": elapsed, "peak_mb": peak_mb, "report_mb": size / 2**20}))


def formats(n: int, ruleset_id: str) -> None:
    """Peak memory of the command line writing each report format, on one log of n records."""
    print(f"{'format':>6} {'records':>9} {'seconds':>8} {'peak MB':>8} {'report MB':>10}")
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
        path = tmp.name
    try:
        write_log(path, n)
        for fmt in ("text", "json", "csv", "html"):
            cmd = [sys.executable, __file__, "--child", path, "--ruleset", ruleset_id, "--format", fmt]
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            print(f"{fmt:>6} {n:>9} {r['seconds']:>8.1f} {r['peak_mb']:>8.1f} {r['report_mb']:>10.1f}")
    finally:
        os.unlink(path)
    print("target: every format under 100 MB at 1 million records (the report streams to disk)")


def calibrate() -> float:
    """Seconds a fixed pure-Python loop (10 million additions) takes now: how fast this machine is
    running. On the 2-core build VM it has taken from 0.22 s to 0.41 s from one minute to the next,
    and the audit's rate moves with it."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def child_engine(path: str, ruleset_id: str) -> None:
    """The audit engine alone (audit_lines over the file, no report), in a fresh process: CPU seconds, as JSON."""
    from govrules import rulesets
    from govrules.audit import audit_lines

    rs = rulesets.load(ruleset_id)
    start = time.process_time()
    with open(path, "rb") as f:
        run = audit_lines(rs, f)
        findings = sum(1 for _ in run)
    elapsed = time.process_time() - start
    print(json.dumps({"seconds": elapsed, "read": run.summary.read, "findings": findings}))


def _cpu() -> float:
    """CPU seconds this process and its finished children have used: other work on a shared machine
    slows a figure measured this way much less than one measured on the wall clock."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU seconds `fn` took over `repeat` runs (the machine's noise only ever adds)."""
    times = []
    for _ in range(repeat):
        start = _cpu()
        fn()
        times.append(_cpu() - start)
    return min(times)


def _loads_all(loads: Callable[[bytes], object], lines: list[bytes]) -> None:
    for line in lines:
        with contextlib.suppress(ValueError):
            loads(line)


def _build_all(lines: list[bytes]) -> None:
    """What the audit does to a line before any rule: decode it, set unnamed fields aside, build the record."""
    from govrules.audit.engine import Unreadable, _decode
    from govrules.audit.records import extra_fields, read_record
    from govrules.errors import InvalidInput

    for _, raw in _decode(lines):
        if isinstance(raw, Unreadable):
            continue
        with contextlib.suppress(InvalidInput):
            read_record(extra_fields(raw)[0])


def _split_all(lines: list[bytes]) -> None:
    """What the audit does to a line of a situation it has seen before, before any rule: decode it and
    split it into its situation, id and dates (records.split_record), without building the record."""
    from govrules.audit.engine import _decode
    from govrules.audit.records import split_record

    for _, raw in _decode(lines):
        if type(raw) is dict:
            split_record(raw)


def _installed_env() -> dict[str, str]:
    """The environment of the command-line runs: bytecode caches read and written, as an installed package
    has them (as benchmarks/startup.py runs its commands); without them, an editable install compiles every
    module of govrules on every start (PYTHONDONTWRITEBYTECODE), some 0.3 s of CPU a run."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}


def compare(n: int, ruleset_id: str, repeat: int) -> None:
    """Issue 17: on one varied log of n records, json.loads (and orjson.loads) of its lines beside
    building records, the engine alone, and the whole command line in each report format."""
    from _goals import figure, table

    try:
        from govrules.audit.fastjson import JSON_LIBRARY as library
    except ImportError:  # (before issue 17: the standard library's strict decoder)
        library = "json"

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "varied.jsonl")
        write_varied_log(path, n, ruleset_id=ruleset_id)
        with open(path, "rb") as f:
            lines = f.read().splitlines()
        peer = _best(lambda: _loads_all(json.loads, lines), repeat)
        figures = []
        per = 1e6 / n  # seconds -> microseconds a record

        def add(name: str, seconds: float, goal_ratio: float | None = None) -> None:
            figures.append(figure(name, seconds * per, "us/record", peer_name="json.loads", peer=peer * per,
                                  goal_ratio=goal_ratio))  # fmt: skip
            rates.append(figure(name, n / seconds, "records/s", goal=100_000 if goal_ratio else None,
                                lower_is_better=False))  # fmt: skip

        rates: list[Any] = []
        add("json.loads", peer)
        try:
            import orjson
        except ImportError:
            print("(orjson not installed: its figure is left out)")
        else:
            add("orjson.loads", _best(lambda: _loads_all(orjson.loads, lines), repeat))
        add(f"build records ({library})", _best(lambda: _build_all(lines), repeat))
        try:
            from govrules.audit.records import split_record  # noqa: F401
        except ImportError:  # (before records were checked without being built)
            pass
        else:
            add(f"split records ({library})", _best(lambda: _split_all(lines), repeat))
        env = _installed_env()
        engine_s = min(
            json.loads(subprocess.run([sys.executable, __file__, "--engine", path, "--ruleset", ruleset_id],
                                      check=True, capture_output=True, text=True, env=env).stdout)["seconds"]
            for _ in range(repeat)
        )  # fmt: skip
        add("audit engine (audit_lines)", engine_s, 2)
        exe = [sys.executable, "-c", "import sys; from govrules.cli import main; sys.exit(main(sys.argv[1:]))"]
        first = os.path.join(folder, "first.jsonl")
        with open(first, "wb") as f:
            f.write(b"\n".join(lines[:2]) + b"\n")
        # one unmeasured run first: it writes the bytecode caches an installed package has
        subprocess.run([*exe, "audit", ruleset_id, first, "--quiet"], capture_output=True, check=False, env=env)
        for fmt in ("text", "json", "csv", "html"):
            out = os.path.join(folder, f"report.{fmt}")
            cmd = [*exe, "audit", ruleset_id, path, "--format", fmt, "-o", out, "--quiet"]
            run = functools.partial(subprocess.run, cmd, capture_output=True, check=False, env=env)
            add(f"govrules audit --format {fmt}", _best(run, repeat), 2)
    title = f"audit of a varied log of {n:,} records, {ruleset_id} (CPU time, best of {repeat})"
    print(table(title, figures))
    print(table("the same as records per second", rates))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, help="records in the log (200,000; with --memory 1,000,000)")
    parser.add_argument("--ruleset", default="xifeng-2022")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--no-varied", action="store_true", help="skip the varied mix")
    parser.add_argument("--formats", action="store_true", help="peak memory of each report format (issue 12)")
    parser.add_argument("--format", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help="records/s and peak memory of 0.1N and N records")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each figure (the best is kept)")
    args = parser.parse_args()
    if args.engine:
        child_engine(args.engine, args.ruleset)
        return
    if args.child and args.format:
        child_format(args.child, args.ruleset, args.format)
        return
    if args.child:
        child(args.child, args.ruleset)
        return
    if args.formats:
        formats(args.records or 1_000_000, args.ruleset)
        return
    if not args.memory:
        compare(args.records or 200_000, args.ruleset, args.repeat)
        return
    print(f"{'mix':>6} {'records':>9} {'seconds':>8} {'records/s':>10} {'peak MB':>8} {'findings':>9} {'loop s':>7}")
    records = args.records or 1_000_000
    runs = [("same", records // 10), ("same", records)]
    if not args.no_varied:
        runs.append(("varied", records))
    for mix, n in runs:
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
            path = tmp.name
        try:
            write_log(path, n, varied=mix == "varied", ruleset_id=args.ruleset)
            out = subprocess.run([sys.executable, __file__, "--child", path, "--ruleset", args.ruleset],
                                 check=True, capture_output=True, text=True).stdout  # fmt: skip
            r = json.loads(out)
            row = f"{mix:>6} {r['read']:>9} {r['seconds']:>8.1f} {r['rate']:>10.0f} {r['peak_mb']:>8.1f}"
            print(f"{row} {r['findings']:>9} {r['loop']:>7.2f}")
        finally:
            os.unlink(path)
    print("targets: >= 100000 records/s on one core; peak memory flat and under 100 MB")
    print("loop s: a 10-million-step Python loop timed beside each audit (see calibrate): the machine's speed")


if __name__ == "__main__":
    main()
