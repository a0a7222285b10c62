"""Patterns and word lists for segmentation (segment.py, sentences.py), quote marks
(quotemarks.py and the quote stage) and front matter.

Every pattern is compiled once, bounded (no nested unbounded repeats, so no catastrophic
backtracking), and commented with a real-world example of what it is for.  Patterns meant for
the start or end of a paragraph are applied to a bounded slice of it (see ``HEAD`` / ``TAIL``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# How much of a paragraph's start / end the edge patterns look at.
HEAD = 160
TAIL = 160

# --- lines and paragraphs ------------------------------------------------------------------

# Line breaks: \n, Windows \r\n, old Mac \r, and the Unicode line / paragraph separators.
LINE_BREAK = re.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x85]")

# The line breaks of LINE_BREAK other than \n: a text without any of them (the usual case) is
# simply split on \n, which is much cheaper than a regex scan.
OTHER_LINE_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"

# Header lines of wire-service scripts, kept off sentence flow:
#   "DATE=12/21/1999", "BYLINE=JANE DOE", "CONTENT=", "VOICED AT:", "TEXT:"
HEADER_FIELD = re.compile(r"[A-Z][A-Z ]{0,30}(?:=.{0,80}|:)\s*$")

# A label that prefixes a paragraph of a wire script: "INTRO:  Officials from both capitals..."
# Every label is a word in capitals: segment.py tries the pattern only after two capitals.
LABEL_PREFIX = re.compile(r"(?:INTRO|TEXT|BODY|LEAD|NOTE|UPDATE|EDITOR'S NOTE):[ \t]+")

# --- sentence boundaries -------------------------------------------------------------------

# The marks that end a sentence.  The splitter finds them with str.find (a regex scan for a
# character class is several times slower) and runs TERMINAL from each: keep the two in step.
TERMINAL_MARKS = ".!?\u2026"

# A run of terminal punctuation with any closing quotes / brackets glued to it:
#   "...in 1945."  "...a sign.\""  "...it “acknowledges.”"  "Why?\""  "...and then..."
TERMINAL = re.compile(r"[.!?\u2026]+[\"'”’»)\]]*")

# Quote marks and brackets that close a sentence after a space: "‘action for action,’ ”"
CLOSERS = "\"'”’»)]"

# Abbreviations that never end a sentence before a capitalised word or a number:
# titles before names ("Prof. Kim", "Lt. Gen. Park"), "No. 2", "St. Louis", "Mt. Paektu".
TITLE_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Capt Cmdr Cdr Adm Sgt Cpl Pvt Brig Gov Sen Rep Rev
    Fr Sr Sra St Ste Mt Ft Pres Supt Insp Det Amb Hon Messrs Mme Mlle No Nos Nr Vol Vols Art
    Sec Fig Figs Ch Op Pt Pp pp vs Ave Blvd Rd Univ Dept Gov't Est Lt.-Gen Maj.-Gen""".split()
)

# Abbreviations that may end a sentence: only a typical sentence opener after them splits.
#   "a meeting in Jan. 2014" (no split) vs "...and Mitsubishi Corp. The company said" (split).
MAYBE_FINAL_ABBREVIATIONS = frozenset(
    """Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri
    Sat Sun Inc Corp Co Ltd Bros Jr Etc etc approx cf al Assn Intl Natl Govt""".split()
)

# Words that typically open a sentence; after "U.S." or "Corp." they mean a new sentence:
#   "...a rift with the U.S. But Seoul..." / "...ended at 4 p.m. The delegates..."
SENTENCE_OPENERS = frozenset(
    """A An The This That These Those It Its He She They We I You His Her Their Our My
    But And Or So Yet Still However Meanwhile Instead Also Then Now Later Earlier Last Next
    In On At For From With Without After Before During Since Until As If When While Although
    Though Because Despite Under Over Some Many Most All Both Each Several Other Others
    There Here What Who Why How No Not Officials Experts Analysts""".split()
)

# A dotted abbreviation or initialism: "U.S.", "U.N.", "a.m.", "p.m.", "e.g.", "D.C.", "S.Korea"
DOTTED = re.compile(r"(?:[A-Za-z]\.){1,4}[A-Za-z]?")

# --- datelines and bylines -----------------------------------------------------------------

# A dateline opening a paragraph; the sentence starts after it.
#   "TOKYO (Reuters) - ", "SEOUL, South Korea -- ", "SEOUL, April 9 (Yonhap) -- ",
#   "MOUNT KUMGANG, North Korea -- ", "PYONGYANG, North Korea (AP) — ", "TOKYO, Jan. 5 (Kyodo) --",
#   "SEOUL/TOKYO (Reuters) - ", and with a mixed-case city only before an agency: "Seoul (AFP) - "
DATELINE = re.compile(
    r"(?:[A-Z][A-Z'’]+(?:[ /-][A-Z][A-Z'’]+){0,3}"  # TOKYO / MOUNT KUMGANG (not "U.S.-")
    r"(?:, [A-Z][A-Za-z.]*(?: [A-Za-z0-9.]+){0,3})?"  # , South Korea / , April 9
    r"(?: ?\([A-Z][\w .&/-]{0,30}\))?"  # (Reuters)
    r"|[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,2}(?:, [A-Z][A-Za-z.]*(?: [A-Za-z0-9.]+){0,3})?"
    r" \((?:AFP|AP|Reuters|Yonhap|Kyodo|Jiji|Xinhua|dpa|UPI|Bloomberg|EFE|ANSA)\)"
    r")(?: ?(?:--|—|–) ?| - )"
)

# Byline and credit lines, matched against a whole short paragraph:
#   "By Jane Doe", "By Yonhap", "• Kyodo", "• Kyodo News", "Reuters News", "Kyodo, JIJI",
#   "Posted: Oct 14, 2019 8:05 PM", "• Published : Mar 3, 2021 - 09:42", "Staff Writer"
BYLINE_LINE = re.compile(
    r"[•·*\-–—\s]*(?:"
    r"[Bb]y [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}"
    r"(?:,? (?:and|&) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?"
    r"(?:[,/|] ?[A-Z][\w .'’-]{0,40})?"
    r"|(?:Posted|Published|Updated|Last updated|First published|Created|Modified)\s*:?\s*.{0,60}"
    r"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}"
    r"(?: ?[,/&] ?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}){0,3}"
    r"|(?:Staff|Special|Senior|Chief) (?:Writer|Reporter|Correspondent|Editor)s?"
    r")\s*$"
)

# Wire and outlet names that stand alone as a credit: "• Kyodo", "Yonhap" (after the last
# sentence, "...in multiple cases.Yonhap"), "Reuters News".
AGENCY_WORDS = frozenset(
    """AP AFP Reuters Yonhap Kyodo KCNA Jiji JIJI Xinhua EPA Getty Bloomberg NHK Newsis News1
    Mainichi Asahi Yomiuri Nikkei Sankei Tass TASS Interfax UPI DPA dpa ANSA Korea Herald Times
    JoongAng Chosun Dong-A Hankyoreh Arirang KBS MBC SBS YTN VOA RFA BBC CNN News Press Agency
    Photo Photos Pool Handout Images Wire Service Staff""".split()
)

# An e-mail address, the mark of a byline: "by Ji-Sun Choi jschoi@example.com."
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")

# A clock time, the mark of a time stamp: "5:21 AM", "13:18", "07:10 UTC"
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")

# A year or a month name, which together with a clock time makes a time-stamp line:
#   "Nov. 8, 2017 - Updated 22:45 UTC", "Apr. 2, 2012 - 16:30"
STAMP_DATE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)

# --- quote marks (quotemarks.py, and the quote stage) ---------------------------------------

# Double quote marks: straight and typographic.  'He said, "We will wait."' / “We will wait.”
DOUBLE_MARKS = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]")
DOUBLE_OPENERS = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSERS = "\u201d\u00bb"  # ” »
# Single quote marks and apostrophes: 'sunshine policy', ‘strategic patience’, Workers’, don't.
SINGLE_MARKS = re.compile(r"['\u2018\u2019]")
SINGLE_OPENERS = "\u2018"  # ‘
SINGLE_CLOSERS = "\u2019"  # ’ (also the apostrophe)
# Characters after which a mark opens a quote: 'said: "We', '("No', '—"Never'.
OPEN_CONTEXT = "([{\u2014\u2013-/:\u201c\u2018"
# Characters before which a mark closes a quote: '"we will," he said', '"no."'.
CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-'\u2019\u201d\""
# A mark followed by a two-digit decade is an apostrophe: "the ’90s", "'80s".
DECADE_APOSTROPHE = re.compile(r"\d0s\b")
# Every quote mark, for stripping the edges of a quote's text.
ANY_MARK = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
# A blank line between paragraphs when no sentence list says where they are.
BLANK_LINE = re.compile(r"\n[ \t]*\n")

# The end of a sentence inside a stretch of text: '... said Kim. "Next' (not 'U.S. officials',
# 'Dr. Lee').
# (The mark comes first, so the regex engine skips to each '.!?'; each look-behind's '.' is it.)
SENTENCE_BREAK = re.compile(
    r"[.!?](?<![A-Z].)(?<!Mr.)(?<!Ms.)(?<!Dr.)(?<!No.)(?<!St.)(?<!Mrs.)(?<!Gen.)(?<!Col.)"
    r"(?<!Sen.)(?<!Rep.)(?<!Gov.)(?<!Lt.)(?<!Prof.)"
    r"[\"\u201d\u2019)]*\s+(?=[\"\u201c(]?[A-Z])"
)

# The only letters beyond ASCII that a case-blind pattern matches to an ASCII letter: dotted and
# dotless i, long s and the Kelvin sign ("\u017fays" is "says" to re.I).  A text without them
# finds the key words of a case-blind pattern in an ASCII-folded copy ('Expressed hope that').
CASE_BLIND_ODD_LETTERS = "\u0130\u0131\u017f\u212a"

# Every byte of an ASCII copy of a text mapped to "a" (a lower-case letter), "A" (an upper-case
# one) or " ", and what a sentence written in capitals holds somewhere: two words of two letters
# or more side by side ('KIM SAID', 'WE WILL'; 'KCNA said' and 'the U.S.' do not).
LETTER_CASES = bytes(
    0x61 if 0x61 <= i <= 0x7A else 0x41 if 0x41 <= i <= 0x5A else 0x20 for i in range(256)
)
CAPITALS_PAIR = b"AA AA"

# --- captions ------------------------------------------------------------------------------

# A parenthesised photo credit closing a paragraph:
#   "...in July 2021. (KCNA/Kyodo)", "...on Oct. 5, 2019. (AP Photo/Hana Morita)",
#   "...on Saturday. (Yonhap)", "Dokdo (Yonhap News)", "(Reuters)", "(Mainichi)"
CREDIT_TAIL = re.compile(r"\(([^()\n]{1,60})\)[.\s]*$")

# Words that make a parenthesised tail a credit rather than an aside:
#   "(AP Photo/...)", "(Yonhap)", "(KCNA via Reuters)", "(Photo courtesy of ...)", "(file photo)"
CREDIT_WORD = re.compile(
    r"\b(?:Photos?|photo|Pool|pool|Handout|handout|file|courtesy|Courtesy|via|Getty|Images|"
    r"AP|AFP|Reuters|Yonhap|Kyodo|KCNA|Jiji|JIJI|Xinhua|EPA|Bloomberg|NHK|Newsis|News1|"
    r"Mainichi|Asahi|Yomiuri|Nikkei|Sankei|Tass|TASS|UPI|KNS|Korea Herald|JoongAng|Chosun)\b|/"
)

# A credit line standing alone: "AP Photo/Kang Min-seo", "Photo: Reuters", "Yonhap photo",
# "KCNA via Reuters", "AFP via Getty Images", "(Yonhap)", "Photo by Jane Doe/Kyodo"
CREDIT_LINE = re.compile(
    r"\(?(?:"
    r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} )?(?:Photo|PHOTO|Photos|Image|Pool|Handout)"
    r"(?: ?(?:/|:|by|courtesy of) ?.{1,60})?"
    r"|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} (?:photo|file photo|via [A-Z][\w .-]{1,40})"
    r")\)?\s*$"
)

# A paragraph opening that announces a photo caption:
#   "File photo shows the launch site...", "Photo shows...", "This photo taken on May 9...",
#   "Photo: Kim Jong Un at...", "In this Aug. 9, 2018, file photo, ...", "This undated photo
#   released by...", "Pictured: ...", "Caption: ...", "Image: ..."
CAPTION_START = re.compile(
    r"(?:(?:File |Undated |Handout |Pool |Supplied |Combination |Screenshot )?"
    r"(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ss]creenshot|[Ff]ootage)s? "
    r"(?:shows?|taken|released|provided|dated|from|courtesy)\b"
    r"|(?:This|The|A) (?:file |undated |handout |pool |combination |recent |satellite )?"
    r"(?:photo|picture|image|screenshot|video grab)s?"
    r"(?: taken| released| provided| shows?| dated| from| made available| obtained)\b"
    r"|In (?:this|these|a) (?:[^,\n]{0,40}, ){0,2}(?:file |undated |handout |pool |combination )?"
    r"(?:photo|picture|image|screenshot)s?\b"
    r"|(?:Photo|PHOTO|Picture|Pictured|Caption|Image|Top photo|Above|Below|Left|Right)\s?:"
    r"|\((?:Photo|Image|Picture)[^()\n]{0,60}\)"
    r")"
)

# --- boilerplate ---------------------------------------------------------------------------

# The heading of a trailing link list; it and the headline-like lines after it produce nothing:
#   "Related coverage:", "Related:", "Read more:", "See also", "More on this story",
#   "Recommended", "You may also like", "Most read", "Related stories"
RELATED_HEADING = re.compile(
    r"(?:[•·*#>\-–—\s]*)(?:Related(?: coverage| stories| articles| news| content| links| topics)?"
    r"|Read more|Read also|Also read|See also|More on this(?: story| topic)?"
    r"|More from [A-Z][\w ]{0,30}"
    r"|Recommended(?: for you| stories| articles)?|You may also like|Most read|Most popular"
    r"|Trending|Further reading|Latest news|Top stories|Other stories)\s*(?::.{0,200})?\s*$",
    re.IGNORECASE,
)

# Subscription, newsletter and reader-support blurbs (searched in a short paragraph, lower-cased):
#   "By subscribing today, readers keep our desk open", "Sign up for our daily newsletter",
#   "Subscribe now for unlimited access", "independent journalism needs your support",
#   "Support independent journalism", "Already a subscriber? Log in", "Click here to ..."
SUBSCRIPTION_PHRASES = (
    r"by subscribing\b",
    r"subscribe (?:now|today|here|for"
    r"|to (?:our|us|get|read|continue|the (?:newsletter|print|digital)))",
    r"sign(?:ing)? up (?:for|to) (?:our|free|the (?:newsletter|daily|weekly))\b",
    r"sign up (?:now|today|here)\b",
    r"(?:our|free) (?:daily |weekly |morning |evening )?(?:e-?mail )?(?:newsletters?|digest)\b",
    # (a briefing is news too: '"We said so at our daily briefing," the spokesman said')
    r"(?:our|free) (?:daily |weekly |morning |evening )?e-?mail briefings?\b",
    r"(?:get|receive|read|try) our (?:free )?(?:daily |weekly |morning |evening )?briefings?\b",
    r"already a (?:subscriber|member)\b",
    r"become a (?:subscriber|member|supporter)\b",
    r"subscribers? (?:get|enjoy)\b",
    *(
        rf"{adjective} journalism (?:is|needs|matters|has|depends|relies|costs)\b"
        for adjective in ("quality", "independent", "trusted", "reliable", "fact-based")
    ),
    r"support (?:our|independent|quality|local) (?:journalism|reporting|newsroom)\b",
    *(rf"{verb} (?:unlimited|full|digital) access\b" for verb in ("get", "for", "enjoy")),
    r"click here\b",
    r"log in to (?:read|continue)",
    r"continue reading\b",
    *(rf"{verb} us on (?:twitter|facebook|x|instagram|line)\b" for verb in ("follow", "like")),
    r"all rights reserved\b",
    "copyright \u00a9",
    "\u00a9 ?\\d{4}",
)
# One alternative per phrase, each led by a literal word or sign: sre skips a failing alternative
# on its first character, so this scans faster than the same phrases nested in groups.  No
# letter or digit before a phrase ("(?<!\w)", which unlike "\b" lets "\u00a9 2024" start a
# paragraph).
SUBSCRIPTION = re.compile(r"(?<!\w)(?:" + "|".join(SUBSCRIPTION_PHRASES) + ")")

# Cheap pre-check for SUBSCRIPTION: one of these must occur in the lower-cased paragraph, so
# every phrase above holds one ("our daily briefing": "briefing").  (segment.py looks for them
# once per article, in an ASCII-folded copy of the whole text.)
SUBSCRIPTION_HINTS = (
    "subscri",
    "sign",
    "newsletter",
    "briefing",
    "digest",
    "journalism",
    "member",
    "support",
    "access",
    "click",
    "log in",
    "reading",
    "us on",
    "reserved",
    "\u00a9",
)

# Longest paragraph that can be a subscription blurb:
#   "When rumours travel faster than facts, trusted journalism matters; please consider
#   joining us." (around 100 characters)
BLURB_MAX_CHARS = 300

# A headline-like line in a trailing link list: short, no final full stop.
#   "Seoul and Tokyo agree to resume defense dialogue in 2025"
LINK_LIST_MAX_WORDS = 25

# Longest paragraph that can be a byline, time stamp, credit or subscription blurb.
SHORT_PARAGRAPH = 400
# Longest opening paragraph without a final full stop that is taken for a headline.
HEADLINE_MAX_CHARS = 300
HEADLINE_MAX_WORDS = 30

# --- front matter (formats.py) -------------------------------------------------------------

# The fence of a front-matter block: "---" (YAML style) closed by "---" or "...".
FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\n")
FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)

# A front-matter field: "published: 2014-03-04", "title: \"Talks with North bring hope\""
FRONT_MATTER_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")

# A date in a file name: "reuters-2014-02-27-redcross.json", "2024-01-10_kyodo.txt"
FILE_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")

# An ISO date at the start of a date field: "2014-03-04", "2014-03-04T05:21:00Z"
ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def trie(words: Iterable[str]) -> str:
    """A word list as an alternation factored by prefix, which the regex engine rejects at most
    positions after a character or two: ["said", "saw", "says"] -> "sa(?:id|w|ys)"."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)
