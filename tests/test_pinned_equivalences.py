"""Two speed-ups of the actor stage pinned to the plain code they replaced.

1. ``reference._indefinite_before`` (the look-back from "the official" to an earlier unnamed
   source, "a South Korean official") tries INDEFINITE_DESCRIPTION only where "a"/"an" is
   written, stops at the noun's last occurrence and reuses matches made to the end of the
   text.  Its documented meaning is the plain scan written out below
   (:func:`plain_indefinite_before`, the function's first form): the latest match of
   INDEFINITE_DESCRIPTION in the ``INDEFINITE_REACH`` characters before ``pos`` whose noun is
   ``noun`` and that does not describe a person just named ("Lee, an official").  Both must
   agree at every offset of generated texts, in any order of calls.

2. ``Roster.written`` keeps, per spelling of a few words, the lexicon aliases written there,
   across articles ("Japan " is Japan in every article).  Records must not depend on what
   was read before: parsing with the cache warm, cleared, or filled in another order gives
   the very same records.

Every text here is invented for these tests.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkjp import quotemarks, reference, segment
from nkjp import roster as rs
from nkjp.cast import _Reader
from nkjp.lexicon import references as lref
from nkjp.models import as_dict
from nkjp.pipeline import parse_article

# -- 1. the unnamed-source look-back -----------------------------------------------------------


def plain_indefinite_before(r: _Reader, pos: int, noun: str) -> tuple[int, str] | None:
    """The latest unnamed source before ``pos`` introduced with ``noun``, by one plain scan
    of the window: every match of INDEFINITE_DESCRIPTION in text[pos - reach : pos]."""
    text = r.folded
    last = None
    lo = max(0, pos - reference.INDEFINITE_REACH)
    for m in lref.INDEFINITE_DESCRIPTION.finditer(text, lo, pos):
        if m["noun"].lower() != noun:
            continue
        before = lref.PREDICATE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and (
            before.group().strip() != "," or reference._person_ends(r, before.start())
        ):
            continue  # "Lee, an official", "Lee is an official": the named person
        last = (m.start(), " ".join(r.text[m.start() : m.end()].split()))
    return last


def reader(text: str, read: bool) -> _Reader:
    """The actor stage's reader of ``text``; with ``read``, after its whole reading (its
    per-article caches partly filled), else fresh."""
    sentences = segment.segment(text)
    quoted = quotemarks.find_quoted(text, sentences)
    r = _Reader(text, sentences, date(2021, 3, 9), quoted)
    if read:
        r.read()
    return r


# Nouns the look-back is asked about: one-word and two-word ones, and nouns that end others
# ("minister" / "foreign minister", "spokesman" / "government spokesman").
NOUNS = (
    "official",
    "source",
    "diplomat",
    "analyst",
    "minister",
    "foreign minister",
    "spokesman",
    "government spokesman",
    "top diplomat",
)

# Pieces of invented text: articles in every case, modifiers, the nouns, what makes a
# description a predicate ("is", "as", ","), names, sentence and paragraph breaks, words that
# hold "a"/"an" inside them, a byline and a dateline (text outside the body sentences).
_ARTICLES = ["a", "an", "A", "An", "AN", "'a", "x_a", "3a", "\u00e9a", "Ana"]
# (an article among the modifiers makes two candidate descriptions overlap: "a an official")
_MODIFIERS = ["senior", "Lao", "Thai", "ministry", "government", "defence", "top",
              "former", "U.S.", "foreign", "veteran", "well-placed", "N.Z.", "a", "an"]  # fmt: skip
# fmt: off
_PIECES = [
    "the", "The", ",", ".", ". ", '"', "\u201c", "\u201d", "said", "told reporters", "is",
    "was", "as", "became", "Lee Jae-sung", "Tanaka Hiroko", "Ms. Tanaka", "Mr. Lee",
    "officials", "Official", "officialdom", "banal", "a-", "By Hana Park\n",
    "VIENTIANE (AP) -", "(Yonhap)", "\n\n", "Photo: Reuters\n",
]
_SEPARATORS = [" ", " ", " ", "", "  ", "\n", "\n\n", ", ", "\u00a0"]
# fmt: on


@st.composite
def _description(draw: st.DrawFn) -> str:
    """ "a senior Thai official", or something close that is not one."""
    words = [draw(st.sampled_from(_ARTICLES))]
    words += draw(st.lists(st.sampled_from(_MODIFIERS), max_size=6))
    words.append(draw(st.sampled_from(NOUNS)))
    return "".join(w + draw(st.sampled_from(_SEPARATORS)) for w in words)


texts = st.lists(
    st.one_of(_description(), st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)),
    min_size=1,
    max_size=40,
).map("".join)


def _agree_everywhere(text: str, read: bool, order: random.Random | None) -> None:
    r = reader(text, read)
    calls = [(pos, noun) for pos in range(1, len(text) + 1) for noun in NOUNS]
    if order is not None:
        order.shuffle(calls)  # the caches on the reader must not care about the order
    for pos, noun in calls:
        got = reference._indefinite_before(r, pos, noun)
        want = plain_indefinite_before(r, pos, noun)
        assert got == want, (text, pos, noun)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=texts,
    reach=st.sampled_from([1500, 40, 12]),
    read=st.booleans(),
    seed=st.none() | st.integers(0, 2**16),
)
def test_indefinite_before_agrees_with_the_plain_scan(
    text: str, reach: int, read: bool, seed: int | None
) -> None:
    # a short reach puts the window's start inside the short generated texts
    saved = reference.INDEFINITE_REACH
    reference.INDEFINITE_REACH = reach
    try:
        _agree_everywhere(text, read, None if seed is None else random.Random(seed))
    finally:
        reference.INDEFINITE_REACH = saved


LAO_WIRE = (
    "VIENTIANE (AP) - A senior Lao foreign ministry official said on Monday "
    "that talks would resume. Tanaka Hiroko, an analyst at a Tokyo think tank, doubted it. "
    "The official added that a date was near. Lee Jae-sung is an official too.\n\n"
    "An official from the defence ministry told reporters the drills would go on, and the "
    "official said a top diplomat would visit."
)


def test_indefinite_before_examples() -> None:
    r = reader(LAO_WIRE, read=True)  # (who is named is known after the reading)
    first = LAO_WIRE.index("The official added")
    # the unnamed official of the first sentence, not the analyst named just before
    assert reference._indefinite_before(r, first, "official") == (
        LAO_WIRE.index("A senior"),
        "A senior Lao foreign ministry official",
    )
    assert reference._indefinite_before(r, first, "analyst") is None  # "Tanaka Hiroko, an"
    later = LAO_WIRE.index("official said a top")
    # "Lee Jae-sung is an official" describes Lee; the latest unnamed one is the defence one
    assert reference._indefinite_before(r, later - 4, "official") == (
        LAO_WIRE.index("An official from"),
        "An official",
    )
    assert reference._indefinite_before(r, 1, "official") is None
    for read in (True, False):
        _agree_everywhere(LAO_WIRE, read, random.Random(7))


def test_indefinite_before_reach_on_a_long_text() -> None:
    """The window's start falls inside a long text: only what lies within reach counts."""
    filler = "Talks went on for hours without a break. " * 45  # ~1,850 characters
    text = "A Thai diplomat said the visit was off. " + filler + "The diplomat said so again."
    r = reader(text, True)
    pos = text.index("The diplomat")
    assert pos > reference.INDEFINITE_REACH
    assert reference._indefinite_before(r, pos, "diplomat") is None
    assert plain_indefinite_before(r, pos, "diplomat") is None
    near = "A Thai diplomat said the visit was off. " + filler[:900] + "The diplomat said so."
    r = reader(near, True)
    assert reference._indefinite_before(r, near.index("The diplomat"), "diplomat") == (
        0,
        "A Thai diplomat",
    )
    _agree_everywhere(text[-400:] + text[:400], True, random.Random(3))


# -- 2. the per-spelling alias cache -------------------------------------------------------------

# Invented articles in several outlets' styles that spell the lexicon's names in many ways:
# capitals, acronyms, hyphens, dots, line breaks inside a name, a letter or digit right after.
# A spelling that is a name and one that is not (or another) sit in different articles, so
# that a cache deciding by too little ("N Korea" taken for "N. Korea", "Ap" for "AP",
# "Japanø" for "Japan") changes one article's records with the order of reading.
ARTICLES = [
    (
        "SEOUL, May 4 (Yonhap) -- North Korea fired two short-range missiles into the East "
        "Sea on Tuesday, the Joint Chiefs of Staff said. N. Korea's launch came as Seoul and "
        "Washington held drills. NORTH KOREA has not commented. AP first reported it.",
        "2022-05-04",
    ),
    (
        "TOKYO (Kyodo) -- Japan lodged a protest with China over the survey ship, the Foreign "
        "Ministry said. JAPAN and the U.S. agreed to talk. Japan2 is a code name, not a "
        "country. A japan-lacquer bowl was shown. N Korea is how the pager wrote it.",
        "2019-11-20",
    ),
    (
        "Yoon Suk-yeol inspected a shipyard, the presidential office said on Friday. Yoon Suk "
        "Yeol was accompanied by aides. The YOON SUK YEOL banner hung in the hall. Yoon Suk\n"
        "Yeol left at noon. Japan\u00f8 is a brand, Ishiba\u00e9 a handle.",
        "2020-08-14",
    ),
    (
        "The North\nKorea-watcher said talks could resume. North Korea\nand the South met at "
        "the border. North-Korea ties were cool. North Koreans crossed into China. Ap is a "
        "typo in the feed.",
        "2018-04-27",
    ),
    (
        "AP reported the deal first. The ap news wire was late. U.S. officials said the "
        "US-ROK exercise would go ahead, and the USA would pay. Us and them, he said. The "
        "UN Security Council met on Monday.",
        "2017-08-21",
    ),
    (
        "Prime Minister Shigeru Ishiba met President Yoon Suk Yeol in Tokyo. Ishiba said the "
        "two would meet again. ISHIBA smiled. Ishiba2 is a username. The Un Security Council "
        "logo was misspelt.",
        "2023-03-16",
    ),
    (
        "The D.P.R.K. denounced the drills. DPRK media said the U.N. Security Council had no "
        "right to judge. The DPRK's envoy walked out. dprk was written in lower case.",
        "2021-09-30",
    ),
    (
        "S. Korea and S.Korea are both written in the wire copy; South Korea's navy and "
        "SOUTH KOREA's coast guard searched the area near Seoul and Busan. Japan said so.",
        "2016-07-08",
    ),
]


def _records(text: str, published: str) -> list[dict]:
    parsed = parse_article(text, published=published, id="t")
    return (
        [as_dict(m) for m in parsed.mentions]
        + [as_dict(e) for e in parsed.events]
        + [as_dict(q) for q in parsed.quotes]
    )


def _cold(article: tuple[str, str]) -> list[dict]:
    rs.roster().written.clear()
    return _records(*article)


def _in_order(articles: list[tuple[str, str]]) -> list[list[dict]]:
    rs.roster().written.clear()
    return [_records(*a) for a in articles]


@pytest.fixture(autouse=True)
def _clear_written():  # noqa: ANN202
    """Leave the process-wide alias cache as cold as found for the tests that follow."""
    yield
    rs.roster().written.clear()


def test_alias_cache_warm_cleared_and_in_any_order_give_the_same_records() -> None:
    cold = [_cold(a) for a in ARTICLES]
    assert _in_order(ARTICLES) == cold
    assert _in_order(ARTICLES[::-1]) == cold[::-1]
    for seed in range(6):
        order = list(range(len(ARTICLES)))
        random.Random(seed).shuffle(order)
        assert _in_order([ARTICLES[i] for i in order]) == [cold[i] for i in order]
    twice = _in_order(ARTICLES + ARTICLES)  # the second time, every spelling is cached
    assert twice == cold + cold
    assert rs.roster().written  # (the cache was used)


# Spellings of lexicon names, by name: one that is the name and others that are not, or are
# another ("N Korea" is not "N. Korea"; "Ap" is not the agency "AP").
# fmt: off
_SPELLINGS = [
    ["Japan", "JAPAN", "japan", "Japan's", "Japan2", "Japan\u00f8", "Japanese"],
    ["North Korea", "North\nKorea", "North-Korea", "North  Korea", "NORTH KOREA", "N. Korea",
     "N.Korea", "N Korea", "North korea"],
    ["Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon\nSuk Yeol", "YOON SUK YEOL", "Yoon Suk Yeol2",
     "Yoon suk yeol"],
    ["AP", "Ap", "ap", "AP\u00b2", "A.P."],
    ["U.S.", "US", "Us", "U.S.-Japan", "U S"],
    ["Shigeru Ishiba", "Ishiba", "ISHIBA", "Ishiba's", "Ishiba\u00e9", "Shigeru\nIshiba"],
    ["UN Security Council", "Un Security Council", "UN", "U.N.", "Un", "UN Security\nCouncil",
     "US Forces Korea", "Us Forces Korea"],
]
_GLUE = [" ", " said ", ", ", ". ", "\n\n", " and ", " met ", " in "]
# fmt: on


@st.composite
def _respelled(draw: st.DrawFn) -> tuple[str, str]:
    """Two texts of the same words, each name spelled one way in the first text and maybe
    another in the second: "Japan said" and "Japan\u00f8 said"."""
    first, second = [], []
    for _ in range(draw(st.integers(1, 8))):
        forms = draw(st.sampled_from(_SPELLINGS))
        glue = draw(st.sampled_from(_GLUE))
        first.append(draw(st.sampled_from(forms)) + glue)
        second.append(draw(st.sampled_from(forms)) + glue)
    return "".join(first), "".join(second)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=_respelled())
def test_alias_cache_does_not_carry_one_article_into_another(pair: tuple[str, str]) -> None:
    a, b = (pair[0], "2020-02-02"), (pair[1], "2020-02-02")
    assert _in_order([a, b]) == [_cold(a), _cold(b)]
    assert _in_order([b, a]) == [_cold(b), _cold(a)]
