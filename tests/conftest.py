"""Shared fixtures."""

from __future__ import annotations

import pytest

from govrules import workdays


@pytest.fixture(scope="session")
def cal() -> workdays.WorkdayCalendar:
    return workdays.china()
