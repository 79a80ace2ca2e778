"""Trigram similarity as PostgreSQL's pg_trgm computes it, for SQLite and for choosing words.

A word is padded with two spaces in front and one behind, and cut into every run of three
characters; the similarity of two words is the share of trigrams they have in common
(|A ∩ B| / |A ∪ B|). tests/test_search_backends.py checks these numbers against pg_trgm itself.
"""

from functools import lru_cache

from .text import NOT_A_WORD

THRESHOLD = 0.3  # pg_trgm.similarity_threshold's default


@lru_cache(maxsize=4096)
def trigrams(text: str) -> frozenset[str]:
    grams = set()
    for word in NOT_A_WORD.sub(" ", text.lower()).split():
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def similarity(first: str, second: str) -> float:
    a, b = trigrams(first), trigrams(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def closest(word: str, vocabulary, threshold: float = THRESHOLD) -> str | None:
    """The vocabulary word most like ``word`` (ties: the alphabetically first), if any is close."""
    scored = [(similarity(word, candidate), candidate) for candidate in vocabulary]
    close = [(score, candidate) for score, candidate in scored if score >= threshold]
    return min(close, key=lambda pair: (-pair[0], pair[1]))[1] if close else None
