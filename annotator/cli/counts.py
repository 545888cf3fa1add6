"""Counted things as the command line says them: "1 coding", "2 codings", never
"1 codings" or a bracketed "s". Each is a whole phrase per number (messages.plural), so that
the interface can show the same sentence in another language."""

from __future__ import annotations

from annotator.messages import Message, message, plural


def codings(n: int) -> Message:
    return plural(n, message("1 coding"), message("{n} codings", n=n))


def transcripts(n: int) -> Message:
    return plural(n, message("1 transcript"), message("{n} transcripts", n=n))


def paragraphs(n: int) -> Message:
    return plural(n, message("1 paragraph"), message("{n} paragraphs", n=n))


def codes(n: int) -> Message:
    return plural(n, message("1 code"), message("{n} codes", n=n))


def participants(n: int) -> Message:
    return plural(n, message("1 participant"), message("{n} participants", n=n))


def excerpts(n: int) -> Message:
    return plural(n, message("1 excerpt"), message("{n} excerpts", n=n))


def memos(n: int) -> Message:
    return plural(n, message("1 memo"), message("{n} memos", n=n))


def problems(n: int) -> Message:
    return plural(n, message("1 problem"), message("{n} problems", n=n))


def occurrences(n: int) -> Message:
    return plural(n, message("1 occurrence"), message("{n} occurrences", n=n))
