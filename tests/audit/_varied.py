"""The benchmark's varied log (benchmarks/audit.py `write_varied_log`), for tests that audit what an
office system exports: every record type, dates across two years, people drawn at random."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location("audit_benchmark", ROOT / "benchmarks" / "audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def varied_lines(folder: Path, n: int, seed: int) -> list[bytes]:
    """n lines of the varied log drawn with `seed`, written to `folder` and read back, ends kept."""
    path = folder / "varied.jsonl"
    _benchmark().write_varied_log(str(path), n, seed=seed)
    return path.read_bytes().splitlines(keepends=True)


def varied_records(n: int, seed: int) -> list[dict[str, Any]]:
    """n records of the varied log (no scenario record, no unreadable line), as decoded objects."""
    import random

    rng = random.Random(seed)
    return [_benchmark().varied_record(rng, i) for i in range(1, n + 1)]


#: The varied log's names of roles and meetings that carry its (county) level, as a text of another level names
#: them (县长 → 区长 in a district's log): a 县-level name in a 市's or a 区's log is refused (another level's).
_COUNTY_NAMES = ("常务副县长", "副县长", "县长办公会议", "县长", "县委办公室")


def in_words_of(lines: list[bytes], level: str) -> list[bytes]:
    """`lines` with the county's names of roles and meetings written as a text of `level` (市, 县, 区) names them."""
    out = []
    for line in lines:
        for name in _COUNTY_NAMES:
            line = line.replace(f'"{name}"'.encode(), f'"{name.replace("县", level)}"'.encode())
        out.append(line)
    return out
