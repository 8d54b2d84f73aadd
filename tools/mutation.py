"""Mutation check (issue 10): remove each declared rule in turn and see whether anything notices.

A rule survives when its removal (`whatif.remove_rule`: a changed ruleset, rules that overrode it no
longer naming it) changes no decision of the situation space (`whatif.changes_anything`), and, asked
with `--tests`, no test of its ruleset fails either. Duties are left out: no engine decides with them.

    python tools/mutation.py              # the rules whose removal changes no answer
    python tools/mutation.py --tests      # and, for those, whether some test fails without them

Prints one line per surviving rule: ruleset, rule, whether the citations of some decision change,
and (with --tests) whether a test fails. Exit status 1 when a rule survives everything.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from govrules import rulesets
from govrules.rules import DeadlineRule, RhythmRule, Rule, Ruleset
from govrules.whatif import changes_anything, remove_rule
from govrules.whatif.reach import DECIDING_KINDS

ROOT = Path(__file__).resolve().parent.parent
#: The kinds of rule checked: every kind that decides something.
CHECKED: tuple[type[Rule], ...] = (*DECIDING_KINDS, DeadlineRule, RhythmRule)


def survivors(rs: Ruleset) -> list[tuple[str, bool]]:
    """The rules whose removal changes no answer, each with whether it changes some decision's citations."""
    out = []
    for r in rs.rules:
        if isinstance(r, CHECKED):
            mutant = remove_rule(rs, r.id)
            if not changes_anything(rs, mutant):
                out.append((r.id, changes_anything(rs, mutant, cited=True)))
    return out


def tests_fail(ruleset_id: str, rule_id: str) -> bool:
    """Whether some test of the ruleset (its table tests, the fidelity cases) fails without the rule (the
    identity test, which fails for any removal, left out)."""
    module = ruleset_id.replace("-", "_")
    paths = [f"tests/rulesets/test_{module}.py", "tests/fidelity"]
    env = {**os.environ, "GOVRULES_MUTANT": f"{ruleset_id}:{rule_id}"}
    # (test_ruleset_identity compares the whole list of rules: any removal fails it, so it tells nothing)
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-k", "not ruleset_identity", *paths]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False).returncode != 0


def main(argv: list[str] | None = None) -> int:
    """Print the surviving rules; exit 1 when one survives everything asked."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--tests", action="store_true", help="run the ruleset's tests without each surviving rule")
    p.add_argument("ruleset", nargs="*", help="ruleset ids (default: all)")
    args = p.parse_args(argv)
    worst = 0
    for rid in args.ruleset or rulesets.available():
        for rule_id, cites in survivors(rulesets.load(rid)):
            caught = tests_fail(rid, rule_id) if args.tests else None
            status = "citations change" if cites else "nothing changes"
            if caught is not None:
                status += ", a test fails" if caught else ", no test fails"
            print(f"{rid}\t{rule_id}\t{status}")
            if not cites and not caught:
                worst = 1
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
