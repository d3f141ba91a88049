"""Event dates: an explicit date in the sentence, a weekday or "yesterday" resolved against the
article's date, else the article's date — each with its ``date_precision`` (``day``, ``month``,
``weekday``, ``relative``, ``article`` or ``unknown``). Nothing is guessed: without an article
date, an event with no date of its own stays ``None``/``unknown``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b(?:in|during|since|by|early|late|mid-?)\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.I)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = re.compile(r"\b(last\s+|this\s+|next\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night|overnight)\b", re.I)


def event_date(
    text: str, sentence: tuple[int, int], trigger: int, article_date: str | None, status: str
) -> tuple[str | None, str]:
    """``(date, date_precision)`` for an event.

    >>> t = "Others began walking out on Thursday."
    >>> event_date(t, (0, len(t)), 13, "2020-08-14", "happened")
    ('2020-08-13', 'weekday')
    >>> t = "On 27 June 2020, hundreds protested."
    >>> event_date(t, (0, len(t)), 26, None, "happened")
    ('2020-06-27', 'day')
    >>> event_date("Crowds marched.", (0, 15), 7, None, "happened")
    (None, 'unknown')
    """
    s = text[sentence[0]:sentence[1]]
    base = _parse_iso(article_date)
    # The date nearest the trigger wins when a sentence has several.
    found: list[tuple[int, str, str]] = []
    for m in _ISO.finditer(s):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((m.start(), d.isoformat(), "day"))
    for m in _DAY_MONTH.finditer(s):
        d = _with_year(int(m[1]), _MONTHS[m[2].lower()], m[3], base)
        if d:
            found.append((m.start(), d.isoformat(), "day"))
    for m in _MONTH_DAY.finditer(s):
        d = _with_year(int(m[2]), _MONTHS[m[1].lower()], m[3], base)
        if d:
            found.append((m.start(), d.isoformat(), "day"))
    if base is not None:
        forward = status in ("planned", "called")
        for m in _WEEKDAY.finditer(s):
            target = _WEEKDAYS[m[2].lower()]
            qualifier = (m[1] or "").strip().lower()
            delta = (target - base.weekday()) % 7
            if qualifier == "next" or (forward and qualifier != "last"):
                d = base + dt.timedelta(days=delta or 7 if qualifier == "next" else delta)
            else:
                d = base - dt.timedelta(days=(base.weekday() - target) % 7 or (7 if qualifier == "last" else 0))
            found.append((m.start(), d.isoformat(), "weekday"))
        for m in _RELATIVE.finditer(s):
            word = m[1].lower()
            back = 1 if word in ("yesterday", "last night", "overnight") else 0
            found.append((m.start(), (base - dt.timedelta(days=back)).isoformat(), "relative"))
    if found:
        offset = trigger - sentence[0]
        _, date, precision = min(found, key=lambda f: abs(f[0] - offset))
        return date, precision
    for m in _MONTH_YEAR.finditer(s):
        year = int(m[2]) if m[2] else (base.year if base else None)
        if year:
            return f"{year:04d}-{_MONTHS[m[1].lower()]:02d}", "month"
    if base is not None:
        return base.isoformat(), "article"
    return None, "unknown"


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_year(day: int, month: int, year: str | None, base: dt.date | None) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    if base is None:
        return None
    d = _safe_date(base.year, month, day)
    if d and d > base + dt.timedelta(days=31):  # "December 30" in a January article: last year
        d = _safe_date(base.year - 1, month, day)
    return d
