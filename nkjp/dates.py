"""Time expressions -> EDTF, resolved against the publication date.  The only importer of
dateparser.

STUB: owned by the dates helper; this placeholder finds four-digit years only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from nkjp.models import ANCHOR_ABSOLUTE, QuotedSpan, Sentence, TimeExpr

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def find_times(
    text: str,
    sentences: Sequence[Sentence],
    published: date | None,
    quoted: Sequence[QuotedSpan] = (),
) -> tuple[TimeExpr, ...]:
    """Every time expression in ``text``, resolved against ``published`` (never the clock)."""
    out = []
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        out.append(
            TimeExpr(
                m.start(), m.end(), m.group(), str(y), date(y, 1, 1), date(y, 12, 31), "year",
                ANCHOR_ABSOLUTE, rule="year",
            )
        )
    return tuple(out)


def parse_user_date(value: str, today: date) -> tuple[date, date] | None:
    """A --since/--until value ("2014", "March 2014", "2 years ago") as its first and last day.

    ``today`` is passed in by the CLI (a user's "2 years ago" means from now); None when
    ``value`` is not a date.
    """
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d\d))?(?:-(\d\d))?\s*", value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = date(y, int(m.group(2)), int(m.group(3)))
        return d, d
    return date(y, 1, 1), date(y, 12, 31)
