"""Where a year's holiday schedule comes from: a State Council notice, a loaded file, or an estimate.

The notices behind the shipped years (2004-2026) are data in `govrules/data/notices.json`: title,
文号, 成文日期 and address, each where it was verified against the notice's text (None where not).
Files added with `govrules calendar add` live in the user's data directory (`data_dir()`), never
in the installed package.
"""

from __future__ import annotations

import json
import os
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["DATA_DIR_ENV", "Amendment", "CalendarSource", "Notice", "data_dir", "notices", "user_files"]

#: The package's folder, whose data/ is read from there: importlib.resources would cost as much start-up
#: as Python's own, and govrules is never imported from a zip.
_PACKAGE = os.path.dirname(__file__)

#: The environment variable that overrides the user's data directory (tests and CI point it at a temp dir).
DATA_DIR_ENV = "GOVRULES_DATA_DIR"


@attrs.frozen
class Notice:
    """A State Council notice setting a year's holidays: title, 文号, date issued, address."""

    title: str
    number: str | None = None
    issued: date | None = None
    address: str | None = None

    def describe(self) -> str:
        """《title》(文号, date) address — the parts known."""
        parts = [p for p in (self.number, self.issued.isoformat() if self.issued else None) if p]
        text = f"《{self.title}》" + (f"（{'，'.join(parts)}）" if parts else "")
        return text + (f" {self.address}" if self.address else "")


@attrs.frozen
class Amendment:
    """Days a loaded file changed in a year the State Council had already set: each day and whether it is now worked."""

    file: str
    days: tuple[tuple[date, bool], ...]

    def describe(self, lang: str = "zh") -> str:
        """'用户文件 F 改动了通知所定的N天：2026-12-31改为休息…' (or English)."""
        if lang == "zh":
            days = "、".join(f"{d.isoformat()}改为{'上班' if w else '休息'}" for d, w in self.days)
            return f"用户文件 {self.file} 改动了通知所定的{len(self.days)}天：{days}"
        days = ", ".join(f"{d.isoformat()} now {'a working day' if w else 'a day off'}" for d, w in self.days)
        return (
            f"amended by the user's file {self.file} ({len(self.days)} day{'s' if len(self.days) > 1 else ''}: {days})"
        )


@attrs.frozen
class CalendarSource:
    """Where one year's schedule comes from: shipped notices, a loaded file, days given, or an estimate."""

    year: int
    notices: tuple[Notice, ...] = ()
    file: str | None = None
    papers: tuple[str, ...] = ()
    estimated: bool = False
    amendments: tuple[Amendment, ...] = ()

    @property
    def amended(self) -> bool:
        """Whether a user's file changed days the State Council's notice had set."""
        return bool(self.amendments)

    @property
    def title(self) -> str | None:
        """The main notice's title."""
        return self.notices[0].title if self.notices else None

    @property
    def number(self) -> str | None:
        """The main notice's 文号 (None where not verified)."""
        return self.notices[0].number if self.notices else None

    @property
    def date(self) -> date | None:
        """The day the main notice was issued (成文日期; None where not verified)."""
        return self.notices[0].issued if self.notices else None

    @property
    def address(self) -> str | None:
        """The main notice's address: the shipped one, else the loaded file's first paper."""
        if self.notices and self.notices[0].address:
            return self.notices[0].address
        return self.papers[0] if self.papers else None

    def describe(self, lang: str = "zh") -> str:
        """One line saying where the year's schedule comes from (and which user files amended it)."""
        text = self._describe(lang)
        for a in self.amendments:
            text += ("；" if lang == "zh" else "; ") + a.describe(lang)
        return text

    def _describe(self, lang: str) -> str:
        if self.estimated:
            if lang == "zh":
                return f"{self.year}年：估算（依《全国年节及纪念日放假办法》和国务院调休惯例），以国务院通知为准"
            return f"{self.year}: estimated (statutory holidays and the State Council's practice); not published"
        if self.file is not None:
            papers = " ".join(self.papers)
            shipped = "；".join(n.describe() for n in self.notices)
            if shipped and lang == "zh":  # a published year the user's file was loaded onto
                return f"{self.year}年：{shipped}；并载入用户文件 {self.file}"
            if shipped:
                return f"{self.year}: {shipped}; with the user's file {self.file} loaded"
            if lang == "zh":
                return f"{self.year}年：载入文件 {self.file}" + (f"（通知：{papers}）" if papers else "")
            return f"{self.year}: loaded from {self.file}" + (f" (notices: {papers})" if papers else "")
        if self.notices:
            text = "；".join(n.describe() for n in self.notices)
            return f"{self.year}年：{text}" if lang == "zh" else f"{self.year}: {text}"
        return f"{self.year}年：调用方给出的日程" if lang == "zh" else f"{self.year}: schedule given by the caller"


@cache
def notices() -> dict[int, tuple[Notice, ...]]:
    """The State Council notices behind each shipped year (read once from the package's data)."""
    with open(os.path.join(_PACKAGE, "data", "notices.json"), encoding="utf-8") as f:
        raw = json.load(f)
    return {
        int(year): tuple(
            Notice(
                n["title"],
                n.get("number"),
                date.fromisoformat(n["issued"]) if n.get("issued") else None,
                n.get("address"),
            )
            for n in entries
        )
        for year, entries in raw["years"].items()
    }


def _data_dir() -> str:
    getenv = os.environ.get
    return _data_dir_of(getenv(DATA_DIR_ENV), getenv("XDG_DATA_HOME"), getenv("HOME"))


@lru_cache(maxsize=16)
def _data_dir_of(override: str | None, xdg: str | None, home: str | None) -> str:
    """The data directory for these values of the environment (the variables are read on every call;
    only the joining of paths is remembered)."""
    if override:
        return override
    base = xdg or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "govrules")


def data_dir() -> Path:
    """The user's govrules data directory: $GOVRULES_DATA_DIR, else $XDG_DATA_HOME/govrules (~/.local/share)."""
    from pathlib import Path

    return Path(_data_dir())


#: `os.environ`'s class, and the names `_data_dir` reads as that class keys its table (`encodekey`: bytes on
#: POSIX). `user_files` looks them up in the table itself: what `os.environ.get` does once it has encoded
#: the name, for a tenth of the cost (three reads cost more than the rest of a look at the calendar folder).
_ENVIRON = type(os.environ)
_ENV_KEYS = tuple(os.environ.encodekey(name) for name in (DATA_DIR_ENV, "XDG_DATA_HOME", "HOME"))


def user_files() -> tuple[tuple[str, int, int], ...]:
    """The holiday-cn files the user added (`govrules calendar add`), in name order, with mtime and size.

    Cheap enough to call on every `china()`: the environment read, then one system call (`access`) when
    there is no calendar folder; else a stat of the folder (its listing is read again when that changes)
    and one of each file, so a file edited in place is noticed too.
    """
    global _last_folder
    environ = os.environ
    if type(environ) is _ENVIRON:  # the environment's own table, read as `_data_dir` reads it
        table: dict[Any, Any] = environ._data  # type: ignore[attr-defined]  # (bytes on POSIX, str on Windows)
        override, xdg, home = table.get(_ENV_KEYS[0]), table.get(_ENV_KEYS[1]), table.get(_ENV_KEYS[2])
        last = _last_folder
        if last[0] is override and last[1] is xdg and last[2] is home:  # the very values of the last call
            folder, encoded = last[3], last[4]
        else:
            folder, encoded = _calendar_folder_of(override, xdg, home)
            _last_folder = (override, xdg, home, folder, encoded)
    else:  # os.environ replaced by another mapping
        folder = _calendar_folder(_data_dir())
        encoded = os.fsencode(folder)
    if not os.access(encoded, os.F_OK):  # no folder (the common case): no exception raised and caught
        return ()
    try:
        changed = os.stat(folder).st_mtime_ns
    except OSError:
        return ()
    out = []
    for path in _listing(folder, changed):
        try:
            st = os.stat(path)
        except OSError:  # removed since the listing
            continue
        out.append((path, st.st_mtime_ns, st.st_size))
    return tuple(out)


#: The values of `_ENV_KEYS` in `os.environ`'s table at the last call of `user_files`, and the calendar folder
#: they name, decoded and encoded (`_calendar_folder_of`). Compared by identity, not equality: the table holds
#: these very objects until a variable is set again (and this list holds them, so no other object can take
#: their place), so the same objects are the same values, and a variable set anew, even to the value it had,
#: is looked up again. One tuple, replaced whole: a thread reads the five of one call, never a mix of two.
_last_folder: tuple[Any, ...] = (object(), None, None, "", b"")


@lru_cache(maxsize=16)
def _calendar_folder_of(override: Any, xdg: Any, home: Any) -> tuple[str, bytes]:
    """The calendar folder for these values of `_ENV_KEYS` in `os.environ`'s table (None where unset),
    decoded as `os.environ.get` decodes them; and its path encoded, as `os.access` would encode it on
    every call."""
    decode = os.environ.decodevalue
    folder = _calendar_folder(
        _data_dir_of(*(None if value is None else decode(value) for value in (override, xdg, home)))
    )
    return folder, os.fsencode(folder)


@lru_cache(maxsize=16)
def _calendar_folder(data: str) -> str:
    return os.path.join(data, "calendar")


@lru_cache(maxsize=16)
def _listing(folder: str, changed: int) -> tuple[str, ...]:
    try:
        with os.scandir(folder) as entries:
            return tuple(sorted(e.path for e in entries if e.name.endswith(".json") and e.is_file()))
    except OSError:
        return ()
