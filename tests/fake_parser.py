"""A stand-in for nkjp.pipeline.parse in CLI tests: records straight from marked-up lines.

The CLI tests check querying and rendering, not extraction, so they must not change when a
stage gets better.  Lines of the form

    EVENT 2023-04-12 | Yoon Suk Yeol, Fumio Kishida | The two leaders met in Tokyo.
    QUOTE direct | Park Jin | We will not tolerate provocation.

become one Event / Quote each (EVENT - ... for an undated one); other lines yield nothing.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from nkjp.models import Article, Event, Mention, ParsedArticle, Quote, TimeExpr

EVENT = re.compile(r"^EVENT (\S+) \| ([^|]*) \| (.+)$", re.M)
QUOTE = re.compile(r"^QUOTE (\w+) \| ([^|]+) \| (.+)$", re.M)


def bounds(value: str) -> tuple[date, date]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        y, m = parts
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def parse(article: Article) -> ParsedArticle:
    """Records from EVENT / QUOTE lines, numbered in text order."""
    text = article.text
    events, quotes, mentions, times = [], [], [], []
    for m in EVENT.finditer(text):
        day = None if m.group(1) == "-" else m.group(1)
        lo, hi = bounds(day) if day else (None, None)
        names = tuple(n.strip() for n in m.group(2).split(",") if n.strip())
        for n in names:
            mentions.append(Mention(m.start(2), m.end(2), n, n, "person", "fake"))
        if day:
            times.append(
                TimeExpr(m.start(1), m.end(1), day, day, lo, hi, "day", "absolute", rule="fake")
            )
        events.append(
            Event(
                id=f"{article.id}#e{len(events) + 1}",
                article=article.id,
                date=day,
                start=lo.isoformat() if lo else None,
                end=hi.isoformat() if hi else None,
                precision="day" if day and len(day) == 10 else ("year" if day else "none"),
                date_text=day or "",
                actors=names,
                action="did",
                sentence=m.group(3),
                span=(m.start(3), m.end(3)),
            )  # fmt: skip
        )
    for m in QUOTE.finditer(text):
        speaker = m.group(2).strip()
        mentions.append(Mention(m.start(2), m.end(2), speaker, speaker, "person", "fake"))
        quotes.append(
            Quote(
                id=f"{article.id}#q{len(quotes) + 1}",
                article=article.id,
                speaker=speaker,
                speaker_text=speaker,
                named=True,
                text=m.group(3),
                kind=m.group(1),
                cue="said",
                date=None,
                sentence=m.group(0),
                span=(m.start(3), m.end(3)),
                rule="fake",
            )  # fmt: skip
        )
    mentions.sort(key=lambda x: x.start)
    return ParsedArticle(article, (), tuple(times), tuple(mentions), tuple(events), tuple(quotes))
