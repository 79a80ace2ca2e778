"""Excerpts with the words that matched marked, built from escaped text only.

A word in the text matches when it normalises and stems to one of the searched terms (text.py),
when the last term starts it, or when it and the next word run together make a term ("catcow").
"""

import re
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString

from .text import PREFIX_MIN_LENGTH, stem, words

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
EXCERPT_LENGTH = 180
LEAD = 50  # characters of context kept before the first match


def plain_text(*texts: str) -> str:
    """Text without tags, entities or runs of white space, fields joined by spaces."""
    return " ".join(" ".join(unescape(strip_tags(text or "")).split()) for text in texts).strip()


def _normal(token):
    return "".join(words(token))


def matches(text: str, terms) -> list[tuple[int, int]]:
    """(start, end) of every matched word in ``text``."""
    terms = tuple(terms)
    if not terms:
        return []
    exact = set(terms)
    prefix = terms[-1] if len(terms[-1]) >= PREFIX_MIN_LENGTH else None
    tokens = [(m.start(), m.end(), _normal(m.group())) for m in WORD.finditer(text)]
    spans = set()
    for index, (start, end, token) in enumerate(tokens):
        if not token:
            continue
        if stem(token) in exact or (prefix and token.startswith(prefix)):
            spans.add((start, end))
        if index + 1 < len(tokens):
            next_start, next_end, next_token = tokens[index + 1]
            joined = token + next_token
            starts = prefix and len(token) < len(prefix) and joined.startswith(prefix)
            if stem(joined) in exact or starts:
                spans.update({(start, end), (next_start, next_end)})
    return sorted(spans)


def highlight(text: str, terms) -> SafeString:
    """``text`` escaped, with each matched word in <mark>."""
    out, position = [], 0
    for start, end in matches(text, terms):
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return SafeString("".join(out))


def excerpt(text: str, terms, length: int = EXCERPT_LENGTH) -> SafeString:
    """About ``length`` characters of ``text`` around its first match, marked and escaped."""
    spans = matches(text, terms)
    start = 0
    if spans and spans[0][0] > LEAD:
        start = text.rfind(" ", 0, spans[0][0] - LEAD) + 1
    end = len(text)
    if end - start > length:
        cut = text.rfind(" ", start, start + length)
        end = cut if cut > start else start + length
    piece = highlight(text[start:end], terms)
    before = "… " if start > 0 else ""
    after = " …" if end < len(text) else ""
    return SafeString(f"{before}{piece}{after}")


def surface_word(term: str, *texts: str) -> str:
    """The word as written in ``texts`` that ``term`` stands for ("triangl" -> "Triangle")."""
    for text in texts:
        for match in WORD.finditer(text or ""):
            if stem(_normal(match.group())) == term:
                return match.group()
    return term
