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
