"""Audit throughput and memory: records per second on a log of 1 million records, and peak memory.

Run: python benchmarks/audit.py [--records N] [--ruleset ID]. Writes a JSON Lines log of N records
(a mix of every record type, some with breaches, a few unreadable) to a temporary file, audits it
from disk on one core, and prints records/s and the peak resident memory, for N/10 and N records,
so that "flat" can be seen. Targets (issue 5): >= 100k records/s; memory flat, under 100 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta

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


def write_log(path: str, n: int) -> None:
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


def child(path: str, ruleset_id: str) -> None:
    """Audit the file in this process; print records/s and peak RSS as JSON."""
    from govrules import rulesets
    from govrules.audit import audit_lines

    rs = rulesets.load(ruleset_id)
    start = time.perf_counter()
    with open(path, "rb") as f:
        run = audit_lines(rs, f)
        findings = sum(1 for _ in run)
    elapsed = time.perf_counter() - start
    s = run.summary
    assert s.read == s.checked + s.invalid
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"read": s.read, "findings": findings, "seconds": elapsed, "rate": s.read / elapsed,
                      "peak_mb": peak_mb, "invalid": s.invalid}))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--ruleset", default="xifeng-2022")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.ruleset)
        return
    print(f"{'records':>9} {'seconds':>8} {'records/s':>10} {'peak MB':>8} {'findings':>9}")
    for n in (args.records // 10, args.records):
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
            path = tmp.name
        try:
            write_log(path, n)
            out = subprocess.run([sys.executable, __file__, "--child", path, "--ruleset", args.ruleset],
                                 check=True, capture_output=True, text=True).stdout  # fmt: skip
            r = json.loads(out)
            print(f"{r['read']:>9} {r['seconds']:>8.1f} {r['rate']:>10.0f} {r['peak_mb']:>8.1f} {r['findings']:>9}")
        finally:
            os.unlink(path)
    print("targets: >= 100000 records/s on one core; peak memory flat and under 100 MB")


if __name__ == "__main__":
    main()
