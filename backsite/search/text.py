"""Words for search: one normalisation for documents and queries, on every database.

Both sides of a search go through the same steps, so SQLite's FTS5 and PostgreSQL's full-text search
only ever compare plain lower-case ASCII words separated by single spaces:

- diacritics and case go ("Bhujaṅgāsana" -> "bhujangasana");
- apostrophes, straight or curly, join their word ("child’s" -> "childs");
- every other mark (hyphens, dashes, quotes, operators, control characters) separates words;
- a small stemmer folds plurals ("hamstrings" -> "hamstring", "stretches" -> "stretch").
"""

import re
import unicodedata
from html import unescape

from django.utils.html import strip_tags

# Letters NFKD does not split into a base letter and a mark.
SPELLED_OUT = str.maketrans(
    {"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
APOSTROPHES = re.compile(r"['’‘ʼ`´′]")
NOT_A_WORD = re.compile(r"[^a-z0-9]+")

# Words a visitor adds around what they look for; dropped from queries, never from documents.
STOPWORDS = frozenset(
    ("a", "an", "and", "are", "at", "by", "can", "do", "does", "for", "from", "how", "i", "in",
     "is", "it", "me", "my", "of", "on", "or", "the", "to", "what", "when", "which", "with", "yoga")
)  # fmt: skip
MAX_TERMS = 8
MAX_TERM_LENGTH = 40
PREFIX_MIN_LENGTH = 3


def fold(text: str) -> str:
    """Lower-case text without diacritics: 'Bhujaṅgāsana' -> 'bhujangasana'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return plain.translate(SPELLED_OUT)


def words(text: str) -> list[str]:
    """The plain words of a text, unstemmed: "Child’s pose" -> ['childs', 'pose']."""
    return NOT_A_WORD.sub(" ", APOSTROPHES.sub("", fold(text))).split()


def stem(word: str) -> str:
    """Fold a plural and a final 'e' so singular and plural meet: poses/pose -> 'pos'."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def name_document(*names: str) -> str:
    """Stemmed words of names, plus each pair of neighbours run together.

    The joined pairs let "catcow" find "Cat–cow" and "childspose" find "Child's pose".
    """
    out = []
    for name in names:
        plain = words(name)
        out.extend(stem(word) for word in plain)
        for first, second in zip(plain, plain[1:], strict=False):
            out.extend((stem(first + second), stem(stem(first) + second)))
    return " ".join(dict.fromkeys(out))


def text_document(*texts: str) -> str:
    """Stemmed words of texts; HTML is reduced to its text first."""
    return " ".join(stem(word) for text in texts for word in words(unescape(strip_tags(text))))


def cut(text: str, limit: int) -> str:
    """``text`` shortened to ``limit`` characters without leaving half a word at the end."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    return head if text[limit].isspace() else (head.rsplit(None, 1)[0] if " " in head else head)


def query_terms(text: str) -> tuple[str, ...]:
    """The stemmed words to look for, without filler words, at most MAX_TERMS of them."""
    plain = [word[:MAX_TERM_LENGTH] for word in words(text)]
    meaningful = [word for word in plain if word not in STOPWORDS] or plain
    return tuple(dict.fromkeys(stem(word) for word in meaningful))[:MAX_TERMS]
