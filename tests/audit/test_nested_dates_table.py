"""The dates inside records (a meeting's absences and agenda, a document's authorizations) are read from one
table by both the plausibility check (`_nested_in`) and the message naming a date out of range
(`_nested_dates`): the two agree on every record (review of round 5: they were kept by hand, apart)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from govrules.audit import engine
from govrules.audit.records import read_record

DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))
YEARS = frozenset({2024, 2025, 2026})


@st.composite
def meetings(draw: st.DrawFn) -> dict[str, object]:
    day = draw(DAYS)
    absent = [
        {"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议", "start": day.isoformat(),
         "end": day.isoformat(), "requested_on": draw(st.none() | DAYS.map(date.isoformat))}
        for _ in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    agenda = [
        {"title": f"议题{k}", **({"materials_submitted_on": d.isoformat()} if (d := draw(st.none() | DAYS)) else {})}
        for k in range(draw(st.integers(0, 3)))
    ]
    return {"type": "meeting", "id": "m", "kind": "常务会议", "date": day.isoformat(), "presided_by": "县长",
            "absent": absent, "agenda": agenda}  # fmt: skip


@st.composite
def documents(draw: st.DrawFn) -> dict[str, object]:
    spans = [sorted([draw(DAYS), draw(DAYS)]) for _ in range(draw(st.integers(0, 2)))]
    return {"type": "document", "id": "d", "kind": "通知", "issuer": "政府", "signed_by": "县长",
            "signed_on": "2025-03-03",
            "authorizations": [{"grantor": "县长", "grantee": "常务副县长", "start": a.isoformat(),
                                "end": b.isoformat()} for a, b in spans]}  # fmt: skip


@given(meetings() | documents())
def test_nested_in_is_every_nested_date_in_the_years(raw: dict[str, object]) -> None:
    record = read_record(raw)
    named = list(engine._nested_dates(record))
    assert engine._nested_in(record, YEARS) == all(d.year in YEARS for _, d in named)
    # every date the record holds inside its lists is named, as the record writes its field
    for name, _ in named:
        field = name.split("[", 1)[0]
        assert field in {"absent", "agenda", "authorizations"}


def test_the_names_are_the_records_own() -> None:
    record = read_record({"type": "meeting", "id": "m", "kind": "常务会议", "date": "2025-03-03", "presided_by": "县长",
                          "absent": [{"role": "副县长", "kind": "不能出席会议", "meeting": "常务会议",
                                      "start": "2025-03-03", "end": "2025-03-03", "requested_on": "2025-03-01"}],
                          "agenda": [{"title": "甲", "materials_submitted_on": "2025-02-27"}]})  # fmt: skip
    assert [n for n, _ in engine._nested_dates(record)] == [
        "absent[1].start",
        "absent[1].end",
        "absent[1].requested_on",
        "agenda[1].materials_submitted_on",
    ]
