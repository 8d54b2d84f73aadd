"""What-if: a changed ruleset, described as data, and every decision the change alters.

`changes` reads and applies changes (a what-if is a changed ruleset, never a code edit), `space`
enumerates the model's finite situations, `diff` compares two rulesets over them exactly, and
`report` renders the result as text or JSON; each imports only the ones before it.
"""

from govrules.whatif.changes import (
    apply_changes,
    describe_changes,
    load_changes,
    load_variant,
    remove_rule,
    variant_of,
)
from govrules.whatif.diff import (
    DeadlineChange,
    LeaveAnswer,
    LeaveChange,
    MeetingChange,
    SigningAnswer,
    SigningChange,
    WhatIfDiff,
    changes_anything,
    diff,
)
from govrules.whatif.space import LEAVE_START

__all__ = [
    "LEAVE_START",
    "DeadlineChange",
    "LeaveAnswer",
    "LeaveChange",
    "MeetingChange",
    "SigningAnswer",
    "SigningChange",
    "WhatIfDiff",
    "apply_changes",
    "changes_anything",
    "describe_changes",
    "diff",
    "load_changes",
    "load_variant",
    "remove_rule",
    "variant_of",
]
