import unicodedata


def fold(text: str) -> str:
    """Lower-case ASCII spelling for matching: 'Bhujaṅgāsana' -> 'bhujangasana'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
