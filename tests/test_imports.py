"""What `import govrules` and a one-line command load, and every public name still importable.

`govrules/__init__.py` and `govrules.model` hand out their names on first use (PEP 562), and the
command line imports only the module of the command it runs (issue 17: start-up). These tests hold
the names to what `from govrules import X` gave before, and check what each start loads by reading
`sys.modules` in a fresh interpreter (never by timing it).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from govrules.errors import InvalidInput

#: Every public name `import govrules` gave before its names became lazy: its __all__ ...
PUBLIC = [
    "AbsenceReason",
    "Addressee",
    "AgendaItem",
    "Authorization",
    "BrokenCalendarFile",
    "CalendarFileError",
    "CalendarFileWarning",
    "CalendarNotCovered",
    "Citation",
    "Department",
    "Document",
    "DocumentKind",
    "EmptySchedule",
    "GovRulesError",
    "Government",
    "InvalidInput",
    "Issuer",
    "LeaveKind",
    "LeaveRequest",
    "Level",
    "Matter",
    "Meeting",
    "MeetingKind",
    "Member",
    "NoApplicableRule",
    "ForbiddenByRule",
    "NotInForce",
    "Review",
    "ReviewAct",
    "Role",
    "Roster",
    "RuleNotDefined",
    "Ruleset",
    "ScheduleIncomplete",
    "__version__",
    "attendance",
    "deadlines",
    "periods",
    "rules",
    "rulesets",
    "signing",
    "workdays",
]
#: ... and the submodules it had imported on the way, which were attributes too.
SUBMODULES = ["calendar_files", "calendar_sources", "decision", "errors", "estimate", "labels", "model"]
#: `govrules.model`'s names, the JSON converter among them.
MODEL = [
    "AbsenceReason",
    "Addressee",
    "AgendaItem",
    "Authorization",
    "Department",
    "Document",
    "DocumentKind",
    "Government",
    "Issuer",
    "LeaveKind",
    "LeaveRequest",
    "Level",
    "Matter",
    "Meeting",
    "MeetingKind",
    "Member",
    "Review",
    "ReviewAct",
    "Role",
    "Roster",
    "converter",
    "from_json",
    "to_json",
]


def _fresh(code: str) -> object:
    """What `code` prints as JSON, run in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_all_lists_the_public_names() -> None:
    import govrules

    assert sorted(govrules.__all__) == sorted(PUBLIC)


@pytest.mark.parametrize(("module", "names"), [("govrules", PUBLIC + SUBMODULES), ("govrules.model", MODEL)])
def test_each_name_imports_from_a_fresh_start(module: str, names: list[str]) -> None:
    """`from govrules import X` for each name, each on a freshly executed package (its submodules kept, so
    that no class is built twice): the object is the one its defining module holds."""
    code = f"""
import importlib, json, sys
failed = []
for name in {names!r}:
    sys.modules.pop({module!r}, None)
    try:
        value = getattr(importlib.import_module({module!r}), name)
        exec(f"from {module} import {{name}} as again")
        assert again is value, name
        home = getattr(value, "__module__", None)
        if home and home.startswith("govrules") and hasattr(sys.modules[home], name):
            assert getattr(sys.modules[home], name) is value, name
    except Exception as e:
        failed.append(f"{{name}}: {{type(e).__name__}}: {{e}}")
print(json.dumps(failed))
"""
    assert _fresh(code) == []


def test_a_name_govrules_does_not_have() -> None:
    import govrules

    with pytest.raises(AttributeError, match="no attribute 'nothing_of_that_name'"):
        govrules.nothing_of_that_name  # noqa: B018
    with pytest.raises(ImportError):
        exec("from govrules import nothing_of_that_name")
    assert set(govrules.__all__) <= set(dir(govrules))


_LOADED = """
import json, sys
{run}
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("govrules", "attrs", "attr", "cattrs"))))
"""


def test_import_govrules_builds_no_class_and_imports_no_cattrs() -> None:
    loaded = _fresh(_LOADED.format(run="import govrules"))
    assert isinstance(loaded, list)
    assert "govrules" in loaded
    assert not [m for m in loaded if m.split(".")[0] in ("attrs", "attr", "cattrs")], loaded
    assert "govrules.model" not in loaded and "govrules.rules" not in loaded


def _command(*argv: str) -> str:
    return f"from govrules.cli import main\ntry:\n    main({list(argv)!r})\nexcept SystemExit:\n    pass"


def test_version_loads_no_rule() -> None:
    loaded = _fresh(_LOADED.format(run=_command("--version")))
    assert isinstance(loaded, list)
    assert "govrules.cli" in loaded
    assert not [m for m in loaded if m.split(".")[0] in ("attrs", "attr", "cattrs")], loaded
    from govrules.cli import COMMANDS

    assert not {f"govrules.cli.{m}" for m in COMMANDS.values()} & set(loaded), loaded


@pytest.mark.parametrize(
    "argv",
    [
        ("due", "xifeng-2022", "countersign_reply", "2025-09-26"),
        ("signer", "xifeng-2022", "--kind", "请示", "--issuer", "政府", "--to", "上级政府"),
        ("rulesets",),
        ("explain", "xifeng-2022", "53"),
        ("leave", "xifeng-2022", "--role", "部门主要负责人", "--kind", "离丰", "--start", "2025-03-06"),
    ],
    ids=lambda a: a[0],
)
def test_a_command_loads_its_module_only(argv: tuple[str, ...]) -> None:
    """A one-line command imports neither the simulation, the what-if diff, the audit nor cattrs, and of the
    command line only its own module."""
    loaded = _fresh(_LOADED.format(run=_command(*argv)))
    assert isinstance(loaded, list)
    assert f"govrules.cli.{argv[0]}" in loaded
    unused = ("govrules.simulation", "govrules.whatif", "govrules.audit", "govrules.receipts", "cattrs")
    assert not [m for m in loaded if m.startswith(unused)], loaded
    commands = {m for m in loaded if m.startswith("govrules.cli.") and not m.rsplit(".", 1)[1].startswith("_")}
    assert commands == {f"govrules.cli.{argv[0]}"}, loaded


def test_help_of_the_whole_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from govrules.cli import COMMANDS, main

    assert main(["-h"]) == 0
    out = capsys.readouterr().out
    assert all(f"    {name} " in out or f"    {name}\n" in out for name in COMMANDS), out


def test_each_government_is_the_one_its_ruleset_names() -> None:
    from govrules import rulesets

    for rid in rulesets.available():
        assert rulesets.government(rid) == rulesets.load(rid).government.name
    with pytest.raises(InvalidInput):
        rulesets.government("nowhere-2099")


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("西丰", "xifeng_2022"),
        ("东川区", "dongchuan_2024"),
        ("某区人民政府", "district_xx"),
        ("kongtong", "kongtong_2016"),
    ],
)
def test_naming_a_ruleset_by_its_government_builds_that_ruleset_only(name: str, module: str) -> None:
    loaded = _fresh(_LOADED.format(run=_command("due", name, "countersign_reply", "2025-09-26")))
    assert isinstance(loaded, list)
    built = [m for m in loaded if m.startswith("govrules.rulesets.") and not m.startswith("govrules.rulesets._")]
    assert built == [f"govrules.rulesets.{module}"]
