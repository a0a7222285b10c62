"""Find the speaker phrase of a reporting verb: the words a Cast resolves to a speaker.

Pure string work over the article text with offsets; no records.  The phrase is the core noun
phrase: for 'Jane Doe, a professor at Hanbit University, said' it is 'Jane Doe'; for 'said a
plaintiff, Ryu Mi-jin, 79' the name; for 'the foreign minister' the description itself.  The
group phrases of a stretch ('five residents', 'members of the city council') are found here too.
"""

from __future__ import annotations

from nkjp.cues import last_word
from nkjp.lexicon import references as lref
from nkjp.lexicon import speech as lx
from nkjp.lexicon import text as lex
from nkjp.wordscan import gap_word_spans

Span = tuple[int, int]

MAX_SPEAKER_WORDS = 14


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and (text[s].isspace() or text[s] in ",(\u2014-" or text[s] in lex.ANY_MARK):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",)"):
        e -= 1
    return s, e


def _words(text: str, s: int, e: int) -> int:
    return len(text[s:e].split())


def looks_like_speaker(text: str, s: int, e: int) -> bool:
    """A short noun phrase starting with a name, determiner, pronoun or number."""
    if e <= s:
        return False
    phrase = text[s:e]
    words = len(phrase.split())
    if words > MAX_SPEAKER_WORDS or _has_clause_word(phrase):
        return False
    if not lx.SPEAKER_START.match(phrase):
        # 'ministry spokeswoman Akiko Ono': a lower-case title before a name
        if not (words <= 6 and lx.TRAILING_NAME.search(phrase)):
            return False
    # (an age: ``lx.AGE``, whose digits are the decimal ones ``str.isdecimal`` knows)
    return not (
        len(phrase) <= 3 and phrase.isdecimal() or "," in phrase and lx.FRONTED.match(phrase)
    )


def _has_clause_word(phrase: str) -> bool:
    """Whether ``phrase`` holds a word of NOT_IN_SPEAKER ('officials were', 'Kim did not')."""
    if phrase.isascii():  # lower-cased, the search needs no case folding
        return lx.NOT_IN_SPEAKER_LOWER.search(phrase.lower()) is not None
    return lx.NOT_IN_SPEAKER.search(phrase) is not None


def _is_name(text: str, s: int, e: int) -> bool:
    return bool(lx.PROPER_NAME.fullmatch(text, s, e)) and not lx.AGE.fullmatch(text, s, e)


def _is_description(text: str, s: int, e: int) -> bool:
    """'the foreign minister', "Japan's top government spokesman": not a name."""
    return not lx.PROPER_NAME.fullmatch(text, s, e)


def _parts(text: str, s: int, e: int) -> list[Span]:
    """Comma-separated parts of ``text[s:e]``, each trimmed."""
    out, pos = [], s
    while pos <= e:
        c = text.find(",", pos, e)
        if c < 0:
            c = e
        a, b = _trim(text, pos, c)
        if b > a:
            out.append((a, b))
        pos = c + 1
    return out


def _after_conjunction(text: str, s: int, e: int) -> int:
    """Where ``text[s:e]`` starts past a leading 'But' / 'And' ('But the ministry said')."""
    m = lx.LEADING_CONJ.match(text, s, e)
    return m.end() if m and m.end() < e else s


def _head(text: str, parts: list[Span]) -> Span | None:
    """The speaker among appositive parts: the head, or the name a description introduces."""
    looks = False  # (whether parts[0] is known to look like a speaker)
    while len(parts) > 1:
        if looks_like_speaker(text, *parts[0]):
            looks = True
            break
        parts = parts[1:]  # 'a "new" stage, Cho Min-ho, a professor, said'
    if not parts:
        return None
    s, e = parts[0]
    after = _after_conjunction(text, s, e)
    if not (looks and after == s or looks_like_speaker(text, after, e)):
        return None
    s = after
    if len(parts) > 1 and _is_description(text, s, e) and _is_name(text, *parts[1]):
        return parts[1]
    return s, e


def clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that holds ``pos``: after the last ', but' / ';' before it."""
    lo = max(lo, pos - lx.REACH)
    if max(text.find(";", lo, pos), text.find("\u2014", lo, pos), text.find("--", lo, pos)) < 0:
        # Only ', but' boundaries can be there; two never overlap, so the last is the one at the
        # last comma that starts one.
        c = text.rfind(",", lo, pos)
        while c >= 0:
            m = lx.CLAUSE_BOUNDARY.match(text, c, pos)
            if m:
                return m.end()
            c = text.rfind(",", lo, c)
        return lo
    start = lo
    for m in lx.CLAUSE_BOUNDARY.finditer(text, lo, pos):
        start = m.end()
    return start


def _drop_fronted(text: str, parts: list[Span]) -> list[Span]:
    """Drop sentence openers that are not the subject: 'However,' 'Speaking to reporters,'."""
    while len(parts) > 1 and lx.FRONTED.match(text, parts[0][0], parts[0][1]):
        parts = parts[1:]
    return parts


def subject_before(text: str, lo: int, verb: int) -> Span | None:
    """The speaker phrase ending right before the reporting verb at ``verb``.

    'Hiroki Sano, a professor at Hanbit, said' -> 'Hiroki Sano';
    'However, he said' -> 'he'; 'the ministry has repeatedly said' -> 'the ministry'.
    """
    lo = max(lo, verb - lx.REACH)
    tail_lo = max(lo, verb - 80)  # auxiliaries and "who" sit right before the verb
    m = None
    if last_word(text, tail_lo, verb, spaced=False).lower() in lx.TRAILING_AUX_LAST:
        m = lx.TRAILING_AUX.search(text, tail_lo, verb)
    end = m.start() if m else verb
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return None
    rel = text.endswith("who", lo, end) and lx.RELATIVE_WHO.search(text, max(lo, end - 8), end)
    if rel:
        return _antecedent(text, clause_start(text, lo, rel.start()), rel.start())
    if text[end - 1] == ",":  # an appositive, relative clause or age stands before the verb
        start = clause_start(text, lo, end - 1)
        return _head(text, _drop_fronted(text, _parts(text, start, end - 1)))
    # (a pronoun ends in e, y, t or I: 'he', 'they', 'it', 'I')
    pron = text[end - 1] in "eytI" and lx.PRONOUN_END.search(text[max(lo, end - 5) : end])
    if pron and end - lo > 8:  # 'the losses they said they suffered': a pronoun is a whole subject
        return end - len(pron.group()), end
    c = text.rfind(",", lo, end)
    s = c + 1 if c >= 0 else lo
    b_lo = max(s, end - 160)
    if not lx.SUBJECT_BOUNDARY_WORDS.isdisjoint(text[b_lo:end].lower().split()):
        for b in lx.SUBJECT_BOUNDARY.finditer(text, b_lo, end):
            s = b.end()  # (the search runs only when one of its words is there)
    s, e = _trim(text, s, end)
    m = lx.LEADING_CONJ.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    # 'the defense minister of Japan, Goro Tanabe said': the words after the last comma, the
    # name, are the speaker.
    return (s, e) if looks_like_speaker(text, s, e) else None


def subject_after(text: str, pos: int, hi: int) -> Span | None:
    """The speaker phrase right after an inverted verb: 'said Jane Doe, a professor' ->
    'Jane Doe'; 'said a plaintiff, Ryu Mi-jin, 79' -> 'Ryu Mi-jin'."""
    s = pos
    while s < hi and text[s].isspace():
        s += 1
    if s >= hi or lx.PREPOSITION_START.match(text, s, hi):
        return None
    hi = min(hi, s + lx.REACH)
    m = lx.SPEAKER_AFTER_END.search(text, s, hi)
    end = m.start() if m else hi
    parts = _parts(text, s, end)
    if not parts:
        return None
    a, b = parts[0]
    if _words(text, a, b) > MAX_SPEAKER_WORDS or lx.NOT_IN_SPEAKER.search(text, a, b):
        return None
    if not (lx.SPEAKER_START.match(text, a, b) or lx.CAPITAL_WORD.search(text[a:b])):
        return None
    if len(parts) > 1 and _is_description(text, a, b) and _is_name(text, *parts[1]):
        return parts[1]
    return a, b


def clause_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject at the start of the clause ``text[lo:hi]``: 'the panel dismissed the appeal,
    noting ...' -> 'the panel'.  Stops at the first verb-like word."""
    lo = max(lo, hi - lx.REACH)
    start = clause_start(text, lo, hi)
    parts = _drop_fronted(text, _parts(text, start, hi))
    while len(parts) > 1 and (
        lx.AGE.fullmatch(text, *parts[0]) or lx.FRONTED.match(text, *parts[0])
    ):
        parts = parts[1:]
    if not parts:
        return None
    s, e = parts[0]
    s = _after_conjunction(text, s, e)
    v = lx.VERBISH.search(text, s, e)
    cue = lx.CUE_VERB.search(text, s, e)
    stop = min(x.start() for x in (v, cue) if x) if (v or cue) else None
    if stop is None:
        if len(parts) > 1:  # 'Kim, 61, ...': an appositive follows the subject
            return (s, e) if looks_like_speaker(text, s, e) else None
        return None
    s, e = _trim(text, s, stop)
    t = lx.TRAILING_TIME.search(text, s, e)
    if t and t.start() > s:
        e = t.start()  # 'North Korea on Tuesday denounced ...'
    return (s, e) if looks_like_speaker(text, s, e) else None


def quoted_active_speaker(text: str, start: int, end: int) -> Span | None:
    """'KCNA quoted a Foreign Ministry spokesman as saying' -> 'a Foreign Ministry spokesman'."""
    m = lx.QUOTED_ACTIVE.match(text, start, end)
    if not m:
        return None
    s, e = _trim(text, *m.span("who"))
    return (s, e) if looks_like_speaker(text, s, e) else None


def drop_possessor(text: str, span: Span | None) -> Span | None:
    """ "VOA's Jane Doe" -> "Jane Doe": a name owned by an outlet or a country is the speaker."""
    if span is None:
        return None
    m = lx.POSSESSOR.match(text, *span)
    if m and m.end() < span[1] and _is_name(text, m.end(), span[1]):
        return m.end(), span[1]
    return span


def cue_speaker(text: str, lo: int, start: int, end: int, kind: str, verb: str) -> Span | None:
    """The speaker of a cue at ``text[start:end]``: its subject, or the person an active
    'quoted ... as saying' names."""
    if kind == "quoted_active":
        return quoted_active_speaker(text, start, end)
    if verb.endswith("ing"):  # 'North Korea denounced the budget, calling it "..."'
        who = clause_subject(text, lo, start)
        if who:
            return who
    who = subject_before(text, lo, start)
    if who is None and verb in lx.PARTICIPLE_CUES:
        who = clause_subject(text, lo, start)
    return drop_possessor(text, who)


def _antecedent(text: str, lo: int, end: int) -> Span | None:
    """Who 'who' is in 'a statement by Kim Yo Jong, the leader's sister, who warned':
    the name, past a description standing in apposition to it."""
    parts = _parts(text, lo, end)
    if not parts:
        return None
    last = parts[-1]
    if _is_name(text, *last):
        return last
    for part in (parts[-2],) if len(parts) > 1 else ():
        m = lx.TRAILING_NAME.search(text, *part)
        if m and _is_description(text, *last):
            return m.span()
    m = lx.TRAILING_NAME.search(text, *last)
    if m:
        return m.span()
    return last if looks_like_speaker(text, *last) and _words(text, *last) <= 8 else None


def group_phrases(text: str, lo: int, hi: int) -> list[Span]:
    """The group noun phrases of ``text[lo:hi]``, in order: 'five residents', 'Foreign Ministry
    officials', 'members of the city council', 'the three North Koreans'.  Not a group that names
    who belongs to the one before ('the passengers, including two Thai nationals') or says what
    someone is ('were thought to be defectors')."""
    out: list[Span] = []
    for hs, he in gap_word_spans(text, lo, hi, lx.GROUP_HEAD, lx.GROUP_HEAD_GAP):
        head = text[hs:he]
        nxt = lx.NEXT_WORD.match(text, he, hi)
        if nxt and (head[0].isupper() and nxt.group(1)[0].isupper()):
            continue  # a name: 'People Power Party', 'Korean Residents Union'
        if nxt and nxt.group(1).lower() in lx.GROUP_HEADS:
            continue  # a modifier: 'North Koreans defectors' (the next head has it)
        if head.endswith(lref.NATIONALITY_ADJECTIVE_END) and nxt and _noun(nxt.group(1)):
            continue  # an adjective: 'three Vietnamese trainees' ('three Chinese who ...')
        s, counted = _group_start(text, max(lo, hs - 80), hs)
        if head.endswith(lref.NATIONALITY_ADJECTIVE_END) and not counted:
            continue  # 'Japanese' alone is an adjective or the nation: 'the three Japanese'
        of = lx.GROUP_OF.match(text, he, hi)
        e = of.end() if of else he
        if out and s <= out[-1][0]:
            out[-1] = (s, e)  # "the officials' families": the later head owns the earlier one
        elif out and s < out[-1][1]:
            continue  # inside the one before: 'members of the victims' families'
        elif out and lref.GROUP_ELABORATION.fullmatch(text, out[-1][1], s):
            continue  # who belongs to the one before
        elif lref.PREDICATE_END.search(text, max(lo, s - 12), s):
            continue  # what someone is: 'were thought to be defectors', 'came as refugees'
        else:
            out.append((s, e))
    return out


def _noun(word: str) -> bool:
    """Whether a lower-case ``word`` may be a noun: no verb, participle or small word."""
    return (
        word.islower()
        and not word.endswith(lref.PARTICIPLE_END)
        and bool(lx.NOUN_WORD.fullmatch(word))
    )


def _group_start(text: str, lo: int, head: int) -> tuple[int, bool]:
    """Where the group phrase whose head starts at ``head`` starts (its modifiers, then its
    determiners, walking left from the head within ``text[lo:head]``), and whether a count is
    among them ('three', '10', 'dozens of')."""
    for m in lref.GROUP_STOP.finditer(text, lo, head):
        lo = m.end()
    words, pos = [], head
    for w in reversed(text[lo:head].split()[-8:]):  # (at most 5 modifiers and 3 determiners)
        pos = text.rfind(w, lo, pos)
        words.append((pos, w))
    words.reverse()
    start, counted, k, mods = head, False, len(words) - 1, 0
    while k >= 0 and mods < 5:  # modifiers: 'about 10 ministry', 'North Korean', "Japan's"
        pos, w = words[k]
        low = w.lower()
        if low in lref.GROUP_COUNTS or w[0].isdigit():
            counted = True
        elif (
            low in lref.GROUP_MODIFIER_CONJ
            and mods
            and k > 0
            and words[k - 1][1].lower() in lref.COORDINATED_MODIFIERS
        ):
            start, k, mods = words[k - 1][0], k - 2, mods + 2  # 'Japanese and South Korean'
            continue
        elif low in lref.GROUP_DETERMINERS or lx.FRONTED.match(w) or lx.LEADING_CONJ.match(w):
            break  # ('But officials said', 'In Seoul officials said': no name of the group)
        elif low not in lref.GROUP_ADJECTIVES and not lref.GROUP_MODIFIER.fullmatch(w):
            break
        start, k, mods = pos, k - 1, mods + 1
    while k >= 0:  # determiners: 'some', 'more than', 'a group of'
        pos, w = words[k]
        low = w.lower()
        if low not in lref.GROUP_DETERMINERS:
            break
        pair = lref.GROUP_DETERMINER_PAIRS.get(low)
        if pair is not None:
            if k == 0 or words[k - 1][1].lower() not in pair:
                break
            k -= 1
            pos = words[k][0]
            counted = counted or low == "of" and words[k][1].lower() != "group"
        start, k = pos, k - 1
    return start, counted
