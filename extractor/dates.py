"""Resolve the date expression of an event to ISO 8601 at the precision the text gives.

Weekdays resolve to the day, "last/next month", "earlier this month", "next week" and
month names to the month, "last year" and bare years to the year, all against the
publication date. Durations and ranges give no date. Common forms are resolved here
directly; dateparser (with `languages=['en']` and a fixed `RELATIVE_BASE`) reads the
rest, on the short date span only, and results are cached per resolver.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from typing import Any

from extractor.records import InputError

MAX_PARSERS = 256
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6})
MONTH_RX = r"(?:%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
NUMBER_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|\w+teen|twenty|thirty|forty|fifty|sixty|ninety)"
DURATION = re.compile(
    rf"\b{NUMBER_WORD}[- ](?:days?|weeks?|months?|years?|decades?|quarters?)\b(?!\s+ago)|\b(?:between|through|until|till)\b|\bfrom\b.*\bto\b"
    r"|\b(?:annual|annually|daily|weekly|monthly|yearly|decades?|recent|past|coming|same|years|months|weeks|days|quarter|half|season|century|fiscal|financial)\b",
    re.IGNORECASE,
)
FIXED_HOLIDAYS = {("new", "day"): "january 1", ("new", "eve"): "december 31", ("christmas", "day"): "december 25",
                  ("christmas", "eve"): "december 24"}
HOLIDAYS = re.compile(r"\b(new(?=\s+year)|christmas)(?:\s+year\s*['’]\s*s)?\s+(day|eve)\b")
STARTS_AFTER_PERIOD = re.compile(r"\b(?:from|starting|beginning|effective)\s+(?:on\s+|from\s+)?(?!.*\b(?:to|until|through|till)\b)(.+)$")
ANCHORED_YEAR = re.compile(rf"(?:(?:in|by|from|until)\s+)?(?:(?P<month>{MONTH_RX})\s+(?:of\s+)?)?"
                           r"(?:the\s+(?P<rel>following|next|previous|preceding|same)|that)\s+year")
STRIP = re.compile(
    r"^(?:(?:on|in|from|since|as of|effective|starting|beginning|by|before|after|during|until|of|at|late|early|earlier|later|mid|the|end|start|beginning|middle)\b[- ]*)+",
    re.IGNORECASE,
)


def parse_published(value: str) -> str:
    """The publication date as ISO `YYYY-MM-DD`; raises InputError when it cannot be read."""
    text = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError as err:
            raise InputError(f"published date {value!r} is not a valid date") from err
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
    if parsed is None:
        raise InputError(f"published date {value!r} cannot be read")
    return parsed.date().isoformat()


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) `delta` months from (year, month)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


SOON_DAYS = 75


def _soon(base: date, month: int, day: str | None) -> bool:
    """Whether a day-precise date in `base`'s year lies shortly after it (a deadline or a scheduled day, not last year's)."""
    if not day:
        return False
    try:
        return 0 < (date(base.year, month, int(day)) - base).days <= SOON_DAYS
    except ValueError:
        return False


def _just_passed(base: date, month: int, day: str | None) -> bool:
    """Whether a day-precise date in `base`'s year lies shortly before it (a plan reported just after its day)."""
    if not day:
        return False
    try:
        return 0 < (base - date(base.year, month, int(day))).days <= SOON_DAYS
    except ValueError:
        return False


def nearest_year(base: date, month: int, day: int) -> int:
    """The year that puts `month`/`day` closest to `base` (news dates without a year sit near publication)."""
    def distance(year: int) -> int:
        try:
            return abs((date(year, month, day) - base).days)
        except ValueError:
            return abs((date(year, month, 28) - base).days)
    return min((base.year, base.year - 1, base.year + 1), key=distance)


class DateResolver:
    """Resolve date expressions against a publication date, with a cache."""

    def __init__(self, max_cache: int = 50_000) -> None:
        self._cache: dict[tuple[str, str | None, bool | None], str | None] = {}
        self._max_cache = max_cache
        self._parsers: dict[tuple[str | None, bool | None], Any] = {}

    def resolve(self, expression: str, published: str | None, future: bool | None = False) -> str | None:
        """ISO date of `expression` ("2018", "2018-03", "2018-03-08"), or None when it names no date.

        `future` says which side of `published` a date without a year lies on; None takes the nearest.
        """
        key = (expression.strip().lower(), published, future)
        if key not in self._cache:
            if len(self._cache) >= self._max_cache:
                self._cache.clear()
            self._cache[key] = self._resolve(*key)
        return self._cache[key]

    @staticmethod
    def relative_to(expression: str, anchor: str | None) -> str | None:
        """A year named relative to an earlier date of the sentence ("the following year", "in June of that year"), or None."""
        m = ANCHORED_YEAR.fullmatch(expression.strip().lower().strip(" .,;"))
        if not m or not anchor:
            return None
        year = int(anchor[:4]) + {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m.group("rel"), 0)
        month = MONTHS.get(m.group("month").rstrip(".")) if m.group("month") else None
        return f"{year}-{month:02d}" if month else str(year)

    def _resolve(self, expr: str, published: str | None, future: bool | None) -> str | None:
        """Uncached resolution of a lower-cased expression."""
        expr = HOLIDAYS.sub(lambda m: FIXED_HOLIDAYS[(m.group(1), m.group(2))], expr)  # "New Year's Day": January 1
        start = STARTS_AFTER_PERIOD.search(expr)
        if start and DURATION.search(expr[:start.start()]):
            return self._resolve(start.group(1), published, future)  # "five years from Saturday": the period's start
        if (DURATION.search(expr) and not expr.endswith(" ago")) or not re.search(r"[a-z0-9]", expr):
            return None
        expr = re.sub(r"['’]s$", "", expr.strip(" .,;:'’\""))
        base = date.fromisoformat(published) if published else None
        core = STRIP.sub("", expr).strip()
        year_only = re.fullmatch(r"(\d{4})", core)
        if year_only:
            return year_only.group(1) if 1900 <= int(year_only.group(1)) <= 2100 else None
        for resolver in (self._relative, self._weekday, self._month_forms):
            found = resolver(core, base, future)
            if found is not None:
                return found or None
        return self._dateparser(core, base, future)

    @staticmethod
    def _relative(core: str, base: date | None, future: bool | None) -> str | None:
        """today/yesterday/tomorrow, this/last/next week|month|year, N days/months ago; "" when it needs a base it lacks."""
        m = re.fullmatch(r"(this|last|next|past|previous|coming)\s+(week|month|year)|(today|yesterday|tomorrow|tonight)"
                         r"|(a|an|one|two|three|\d+)\s+(day|week|month|year)s?\s+ago", core)
        if not m:
            return None
        if base is None:
            return ""
        if m.group(3):
            delta = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group(3)]
            return (base + timedelta(days=delta)).isoformat()
        if m.group(4):
            n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}.get(m.group(4)) or int(m.group(4))
            unit = m.group(5)
            if unit == "day":
                return (base - timedelta(days=n)).isoformat()
            if unit == "week":
                return (base - timedelta(days=7 * n)).isoformat()[:7]
            if unit == "month":
                y, mo = shift_month(base.year, base.month, -n)
                return f"{y:04d}-{mo:02d}"
            return f"{base.year - n:04d}"
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m.group(1)]
        unit = m.group(2)
        if unit == "year":
            return f"{base.year + step:04d}"
        if unit == "month":
            y, mo = shift_month(base.year, base.month, step)
            return f"{y:04d}-{mo:02d}"
        return (base + timedelta(days=7 * step)).isoformat()[:7]

    @staticmethod
    def _weekday(core: str, base: date | None, future: bool | None) -> str | None:
        """A weekday ("Friday", "last Friday", "next Monday") resolved to the day."""
        m = re.fullmatch(r"(?:(last|next|this|coming)\s+)?([a-z]+)\.?(?:\s+(morning|afternoon|evening|night))?", core)
        if not m or m.group(2) not in WEEKDAYS:
            return None
        if base is None:
            return ""
        target = WEEKDAYS[m.group(2)]
        forward = future or m.group(1) in ("next", "coming")
        if m.group(1) == "last":
            forward = False
        if forward:
            delta = (target - base.weekday()) % 7 or (7 if m.group(1) == "next" else 0)
            return (base + timedelta(days=delta)).isoformat()
        delta = (base.weekday() - target) % 7 or (7 if m.group(1) == "last" else 0)  # "last Friday" on a Friday: a week ago
        return (base - timedelta(days=delta)).isoformat()

    @staticmethod
    def _month_forms(core: str, base: date | None, future: bool | None) -> str | None:
        """Month names with optional day and year ("March", "March 23", "23 March 2018", "December of last year")."""
        m = re.fullmatch(
            rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?({MONTH_RX})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?"
            rf"(?:,?\s+(\d{{4}})|\s+(?:of\s+)?(last|this|next)\s+year)?",
            core,
        )
        if not m:
            return None
        month = MONTHS[m.group(2).rstrip(".")]
        day = m.group(1) or m.group(3)
        year: int | None = int(m.group(4)) if m.group(4) else None
        if year is None and m.group(5):
            if base is None:
                return ""
            year = base.year + {"last": -1, "this": 0, "next": 1}[m.group(5)]
        if year is None:
            if base is None:
                return ""
            year = base.year
            if future is None:
                year = nearest_year(base, month, int(day or 15))
            elif future and (month, int(day or 1)) < (base.month, base.day if day else 1) and not _just_passed(base, month, day):
                year += 1  # "will take effect on Jan. 5" in December copy (but "would slash quotas from Jan. 17" told on Jan. 18)
            elif not future and (month, int(day or 0)) > (base.month, base.day if day else 0) and not _soon(base, month, day):
                year -= 1  # "in December" in January copy is last December (but "a deadline of April 17" in late March is this one)
        if day:
            try:
                return date(year, month, int(day)).isoformat()
            except ValueError:
                return ""
        return f"{year:04d}-{month:02d}"

    def _dateparser(self, core: str, base: date | None, future: bool | None) -> str | None:
        """Fall back to dateparser for other explicit dates, at the precision it reports."""
        if not re.search(rf"\d|{MONTH_RX}", core):
            return None
        parser = self._parser(base.isoformat() if base else None, future)
        data = parser.get_date_data(core)
        if data is None or data.date_obj is None:
            return None
        has_year = bool(re.search(r"\b\d{4}\b", core))
        if base is None and not has_year:
            return None
        d = data.date_obj
        period = data.period or "day"
        if period == "year":
            return f"{d.year:04d}"
        if period in ("month", "week"):
            return f"{d.year:04d}-{d.month:02d}"
        return d.date().isoformat()

    def _parser(self, base: str | None, future: bool | None) -> Any:
        """A dateparser DateDataParser for this base date, made once."""
        key = (base, future)
        if key not in self._parsers:
            if len(self._parsers) >= MAX_PARSERS:
                self._parsers.clear()  # one parser per publication date: bounded over long archives
            from dateparser.date import DateDataParser

            settings: dict[str, Any] = {"PREFER_DATES_FROM": {True: "future", False: "past", None: "current_period"}[future], "PREFER_DAY_OF_MONTH": "first"}
            if base:
                settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
            self._parsers[key] = DateDataParser(languages=["en"], settings=settings)
        return self._parsers[key]
