"""Excerpts with the words that matched marked, built from escaped text only.

A word in the text matches when it normalises and stems to one of the searched terms (text.py),
when the last term starts it, or when it and the next word run together make a term ("catcow").
"""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString

from .text import PREFIX_MIN_LENGTH, stem, words

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
EXCERPT_LENGTH = 180
LEAD = 50  # characters of context kept before the first match


@lru_cache(maxsize=8192)
def _key(token: str) -> tuple[str, str]:
    """A word of the text as search sees it: (plain, stemmed)."""
    plain = "".join(words(token))
    return plain, stem(plain)


@lru_cache(maxsize=256)
def _heads(terms: tuple[str, ...]) -> frozenset[str]:
    """Every start of every term: the words that can begin a run-together match."""
    return frozenset(term[:i] for term in terms for i in range(1, len(term) + 1))


@lru_cache(maxsize=256)
def _candidates(terms: tuple[str, ...]):
    """A pattern for the words of a text that might match ``terms``, so the Python loop below
    looks at a few words rather than every word of every result (a tenth of a search page's time).

    It lets through more than matches, never less: a word whose stem is a term starts with all but
    the term's last letter ("bodies" -> "body"); a word the last term starts needs that term; a word
    that begins a run-together match has a stem that starts a term, so it is such a start and at
    most three letters more ("cats" of "cats cow"); and a word with a letter outside ASCII, or an
    apostrophe, is always looked at, as folding changes it.
    """
    starts = {term[:-1] or term for term in terms}
    heads = _heads(terms)
    alternatives = "|".join(re.escape(start) for start in sorted(starts, key=len, reverse=True))
    whole = "|".join(re.escape(head) for head in sorted(heads, key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W_])(?=(?:{alternatives})|(?:{whole})[^\W_]{{0,3}}(?![^\W_])"
        rf"|[^\W_]*(?:[^\x00-\x7f]|')){WORD.pattern}",
        re.IGNORECASE,
    )


def _spans(text: str, terms, first_only=False):
    """(start, end) of matched words; a word and its neighbour match together ("catcow")."""
    terms = tuple(terms)
    if not terms:
        return []
    exact = set(terms)
    prefix = terms[-1] if len(terms[-1]) >= PREFIX_MIN_LENGTH else None
    # A word can only begin a run-together match ("cat" of "catcow") if a term starts with it:
    # checking that first spares stemming every pair of neighbours in a long text.
    heads = _heads(terms)
    spans = []
    for match in _candidates(terms).finditer(text):
        start, end = match.span()
        plain, stemmed = _key(match.group())
        if not plain:
            continue
        if stemmed in exact or (prefix and plain.startswith(prefix)):
            spans.append((start, end))
        if plain in heads or stemmed in heads:
            following = WORD.search(text, end)
            if following is not None:
                second, _ = _key(following.group())
                joined = plain + second
                starts = prefix and len(plain) < len(prefix) and joined.startswith(prefix)
                if second and (stem(joined) in exact or stem(stemmed + second) in exact or starts):
                    spans.extend([(start, end), following.span()])
        if spans and first_only:
            break
    return sorted(set(spans))


def matches(text: str, terms) -> list[tuple[int, int]]:
    """(start, end) of every matched word in ``text``."""
    return _spans(text, terms)


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
    first = _spans(text, terms, first_only=True)
    start = 0
    if first and first[0][0] > LEAD:
        start = text.rfind(" ", 0, first[0][0] - LEAD) + 1
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
            if _key(match.group())[1] == term:
                return match.group()
    return term
