"""The exchange's holidays, from the ``holidays`` library, kept on disk.

Importing ``holidays`` loads every country and exchange it knows (about a
third of a second), which would be most of the window's start-up. The
library's answers are therefore kept in a small file in the user's cache
folder, keyed by the library's version: a new version of the library, with
a new holiday law in it, is asked again. The file is only ever a copy of
what the library says; a missing, unreadable or stale file is rebuilt.
Each day is named in English and in Japanese, as the library names it in
each (Marine Day, 海の日).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

from worksheet.atomic import write_atomic

CACHE_ENV = "DEAL_WORKSHEET_CACHE_DIR"
#: the exchange's 31 December to 3 January closure, which the library calls a bank holiday, by language
YEAR_END_NAME = {"en": "Exchange year-end closure", "ja": "年末年始休業日"}
BANK_HOLIDAY = {"en": "Bank Holiday", "ja": "銀行休業日"}
#: the library's name of each language
LIBRARY_LANGUAGES = {"en": "en_US", "ja": "ja"}
FORMAT = 3  # 2: the year-end closure named as the exchange's, not "Bank Holiday"; 3: Japanese names too
SPAN = 10  # years asked of the library at a time, around the year needed
YEAR_END_CLOSURE = ((12, 31), (1, 1), (1, 2), (1, 3))


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "DealWorksheet" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "DealWorksheet"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "deal-worksheet"


def library_version() -> str | None:
    """The installed library's version, found without importing it (which is
    the cost this module avoids) from the name of its metadata folder beside
    it; from package metadata otherwise, as in a bundled application."""
    spec = importlib.util.find_spec("holidays")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        found = sorted(Path(folder).parent.glob("holidays-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len("holidays-"):-len(".dist-info")]
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("holidays")
    except (ImportError, PackageNotFoundError):
        return None


def _from_library(years: range, language: str = "en") -> dict[int, dict[dt.date, str]]:
    import holidays

    table = holidays.financial_holidays("XJPX", years=list(years), language=LIBRARY_LANGUAGES[language])
    out: dict[int, dict[dt.date, str]] = {year: {} for year in years}
    for day, name in table.items():
        out.setdefault(day.year, {})[day] = name
    for year in years:  # the exchange's rule, named as the exchange names it (the library says "Bank Holiday")
        for month, day_of_month in YEAR_END_CLOSURE:
            day = dt.date(year, month, day_of_month)
            others = [n for n in out[year].get(day, "").split("; ") if n and n != BANK_HOLIDAY[language]]
            out[year][day] = "; ".join(others) or YEAR_END_NAME[language]
    return out


class HolidayStore:
    """Holidays by year: from memory, else the cache file, else the library."""

    def __init__(self, folder: Path | None = None, version: str | None = None):
        self.folder = folder
        self.version = version
        self.years: dict[int, dict[dt.date, str]] = {}
        self.years_ja: dict[int, dict[dt.date, str]] = {}  # the same days, named in Japanese
        self._loaded = False

    @property
    def path(self) -> Path | None:
        if self.folder is None or self.version is None:
            return None
        return self.folder / f"xjpx-holidays-{self.version}.json"

    def _load(self) -> None:
        self._loaded = True
        path = self.path
        if path is None:
            return
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT or raw.get("holidays_version") != self.version:
                return
            for key, table in (("years", self.years), ("years_ja", self.years_ja)):
                for year, days in raw[key].items():
                    table[int(year)] = {dt.date.fromisoformat(d): name for d, name in days}
            if set(self.years) != set(self.years_ja):
                raise ValueError("years named in one language only")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.years.clear()  # a damaged copy is simply rebuilt
            self.years_ja.clear()

    def _save(self) -> None:
        path = self.path
        if path is None:
            return
        def rows(table: dict[int, dict[dt.date, str]]) -> dict[str, list[list[str]]]:
            return {str(y): [[d.isoformat(), n] for d, n in sorted(days.items())] for y, days in sorted(table.items())}

        doc = {"format": FORMAT, "holidays_version": self.version, "years": rows(self.years),
               "years_ja": rows(self.years_ja)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass  # no cache folder: the library is asked again next time

    def year(self, year: int, language: str = "en") -> dict[dt.date, str]:
        """The exchange's weekday closures of ``year``, named in ``language``."""
        table = self.years_ja if language == "ja" else self.years
        found = table.get(year)
        if found is not None:
            return found
        if not self._loaded:
            self._load()
            found = table.get(year)
            if found is not None:
                return found
        around = range(year - SPAN // 2, year + SPAN // 2 + 1)
        self.years.update(_from_library(around))
        self.years_ja.update(_from_library(around, "ja"))
        self._save()
        return table[year]


@lru_cache(maxsize=1)
def default_store() -> HolidayStore:
    return HolidayStore(cache_dir(), library_version())


def exchange_holidays(year: int, language: str = "en") -> dict[dt.date, str]:
    """TSE non-business weekdays of ``year`` with their names in ``language``."""
    return default_store().year(year, language)
