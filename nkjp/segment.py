"""text -> sentences with offsets, paragraphs numbered, captions and boilerplate marked.

STUB: owned by the segmentation helper; this placeholder splits on blank lines and ". ".
"""

from __future__ import annotations

import re

from nkjp.models import BODY, Sentence

_SENT = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.M)


def segment(text: str) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` in order, each with its paragraph index and kind."""
    out = []
    para = 0
    last_end = 0
    for m in _SENT.finditer(text):
        if "\n\n" in text[last_end : m.start()]:
            para += 1
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append(Sentence(s, e, para, BODY))
        last_end = m.end()
    return tuple(out)
