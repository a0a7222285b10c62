"""Bytes -> text: byte-order marks, UTF-8 / UTF-16 / UTF-32, lossy UTF-8, line endings.

The first step of reading a file (see ``nkjp.corpus``).  Also home of :class:`LoadWarning`,
the one record every reading step reports problems with, so that ``nkjp.formats`` and
``nkjp.corpus`` share it without importing each other.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

# More than this share of undecodable bytes and a file is not text at all.
_MAX_BAD_BYTES = 0.25


@dataclass(frozen=True)
class LoadWarning:
    """Something wrong with an input file: where (file, line) and what.

    ``kind`` tags the warnings the corpus reader sums up past a few (:data:`FUTURE`)."""

    path: str
    line: int | None
    message: str
    kind: str = ""

    def __str__(self) -> str:
        if not self.path:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


Warn = Callable[[LoadWarning], None]

FUTURE = "future"  # LoadWarning.kind of "publication date in the future"


def decode(data: bytes, name: str, warn: Warn) -> str | None:
    """Bytes -> text with ``\\n`` line ends, or None (after a warning) for a binary file.

    UTF-8 (with or without a byte-order mark) and UTF-16 / UTF-32 with a byte-order mark are
    read exactly; UTF-16 without a mark is recognised by its zero bytes.  Invalid UTF-8 keeps
    its decodable parts, each bad byte becoming U+FFFD, with a warning naming the first one.
    """
    text = _decode_marked(data)
    if text is None:
        if b"\x00" in data:
            text = _decode_utf16_unmarked(data)
            if text is None:
                warn(LoadWarning(name, None, "binary file (contains NUL bytes); skipped"))
                return None
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as err:
                text = _decode_lossy(data, err, name, warn)
                if text is None:
                    return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _decode_marked(data: bytes) -> str | None:
    """Text of data that starts with a byte-order mark, else None."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                if codec.startswith("utf-32"):
                    continue  # FF FE 00 00 may just be UTF-16 LE text starting with U+0000
                return data.decode(codec, errors="replace")
    return None


def _decode_utf16_unmarked(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: every other byte zero (ASCII-range text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    half = len(data) // 2
    if odd_zero >= half * 0.9 and even_zero == 0:
        codec = "utf-16-le"
    elif even_zero >= half * 0.9 and odd_zero == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_lossy(data: bytes, err: UnicodeDecodeError, name: str, warn: Warn) -> str | None:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if bad > len(data) * _MAX_BAD_BYTES:
        warn(LoadWarning(name, None, "not UTF-8 text (mostly undecodable bytes); skipped"))
        return None
    line = data.count(b"\n", 0, err.start) + 1
    warn(
        LoadWarning(
            name,
            line,
            f"invalid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            f"{bad} undecodable byte sequence(s) replaced with U+FFFD, the rest kept",
        )
    )
    return text
