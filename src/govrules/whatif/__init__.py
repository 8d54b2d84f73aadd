"""What-if: a changed ruleset, described as data, and every decision the change alters.

`changes` reads and applies changes (a what-if is a changed ruleset, never a code edit), `space`
enumerates the model's finite situations (documents, leave requests) and `meetings` the parts of a
meeting, `answers` holds what a ruleset answers for a situation, `diff` compares two rulesets over
them exactly, `collapse` merges the changed situations that differ only in fields the answers do not
depend on, `report` renders the result as text or JSON, and `reach` finds the rules no situation
returns; each imports only the ones before it.
"""

from govrules.whatif.answers import (
    ApprovalAnswer,
    ApprovalChange,
    DeadlineChange,
    LeaveAnswer,
    LeaveChange,
    MeetingChange,
    MeetingCheckChange,
    SigningAnswer,
    SigningChange,
)
from govrules.whatif.changes import (
    apply_changes,
    describe_changes,
    load_changes,
    load_variant,
    remove_rule,
    variant_of,
)
from govrules.whatif.diff import WhatIfDiff, changes_anything, diff
from govrules.whatif.meetings import MEETING_DATE, MeetingAnswer, MeetingPart, MeetingSpace
from govrules.whatif.space import LEAVE_START

__all__ = [
    "LEAVE_START",
    "MEETING_DATE",
    "ApprovalAnswer",
    "ApprovalChange",
    "DeadlineChange",
    "LeaveAnswer",
    "LeaveChange",
    "MeetingAnswer",
    "MeetingChange",
    "MeetingCheckChange",
    "MeetingPart",
    "MeetingSpace",
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
