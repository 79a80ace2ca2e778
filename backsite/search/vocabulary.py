"""The words of every searchable name and alias, indexed by trigram, for typo corrections.

Finding the words close to "cobbra" must not read every name in the library: at 10,000 poses that
took longer than the whole search. So the distinct words are kept in one table (``SearchWord``),
with a trigram index, and a typo looks up only the words that share its trigrams:

- PostgreSQL: pg_trgm's ``%`` operator, served by a GIN ``gin_trgm_ops`` index on the word;
- SQLite: the word's trigrams as rows (``SearchTrigram``), so the words sharing enough of them
  are found through an ordinary index, and the similarity is worked out in the same query.

Both give exactly the words whose trigram similarity (trigram.py) is at least the threshold.

A save adds its words at once. Words of drafts and of old names stay until ``rebuild()``, which
runs after every ``migrate``, after a restore, and after bulk writes that bypass ``save()``. They
can only offer a word that then finds nothing: results always come from the visible content.
"""

from fractions import Fraction

from django.db import connections

from .trigram import THRESHOLD, trigrams

CHUNK = 500  # rows per statement, well under SQLite's limit on parameters
# The threshold as a fraction (3/10), so SQLite compares whole numbers as exactly as Python.
RATIO = Fraction(THRESHOLD).limit_denominator(100)


def words_of(*documents: str) -> set[str]:
    """The distinct words of normalised name or alias documents (text.py)."""
    return {word for document in documents for word in (document or "").split()}


def _models():
    from .models import SearchTrigram, SearchWord

    return SearchWord, SearchTrigram


def _chunks(items):
    items = list(items)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def add(words, using="default"):
    """Record words not yet known (a save's names and aliases). Safe to run concurrently."""
    SearchWord, SearchTrigram = _models()
    words = set(words)
    if not words:
        return
    words.difference_update(
        SearchWord.objects.using(using).filter(word__in=words).values_list("word", flat=True)
    )
    if not words:
        return
    SearchWord.objects.using(using).bulk_create(
        [SearchWord(word=word, size=len(trigrams(word))) for word in words],
        ignore_conflicts=True,
    )
    if connections[using].vendor == "postgresql":
        return  # pg_trgm indexes the word itself
    rows = SearchWord.objects.using(using).filter(word__in=words).values_list("pk", "word")
    SearchTrigram.objects.using(using).bulk_create(
        [SearchTrigram(word_id=pk, trigram=gram) for pk, word in rows for gram in trigrams(word)],
        ignore_conflicts=True,
    )


def rebuild(models, using="default"):
    """Make the list exactly the words of these models' rows: add the missing, drop the rest."""
    SearchWord, _ = _models()
    wanted = set()
    for model in models:
        rows = model._base_manager.using(using).values_list("search_name", "search_aliases")
        for name, aliases in rows.iterator(chunk_size=2000):
            wanted |= words_of(name, aliases)
    known = dict(SearchWord.objects.using(using).values_list("word", "pk"))
    stale = [pk for word, pk in known.items() if word not in wanted]
    for chunk in _chunks(stale):
        SearchWord.objects.using(using).filter(pk__in=chunk).delete()
    for chunk in _chunks(wanted.difference(known)):
        add(chunk, using=using)


# One SELECT per term, joined with UNION. Terms are parameters; the SQL is fixed.
POSTGRES_CLOSE = (
    "SELECT word FROM backsite_searchword WHERE word %% %s AND similarity(word, %s) >= %s"
)
# shared / (|a| + |b| - shared) >= p/q, as shared * q >= p * (|a| + |b| - shared).
SQLITE_CLOSE = """
SELECT w.word FROM backsite_searchtrigram t JOIN backsite_searchword w ON w.id = t.word_id
WHERE t.trigram IN ({grams})
GROUP BY w.id, w.word, w.size
HAVING COUNT(*) * %s >= %s * (%s + w.size - COUNT(*))
"""


def close_words(terms, using="default") -> set[str]:
    """Known words at least trigram-similar (THRESHOLD) to one of ``terms``."""
    terms = [term for term in dict.fromkeys(terms) if trigrams(term)]
    if not terms:
        return set()
    connection = connections[using]
    parts, params = [], []
    for term in terms:
        if connection.vendor == "postgresql":
            parts.append(POSTGRES_CLOSE)
            params.extend([term, term, THRESHOLD])
        else:
            grams = sorted(trigrams(term))
            parts.append(SQLITE_CLOSE.replace("{grams}", ", ".join(["%s"] * len(grams))))
            params.extend([*grams, RATIO.denominator, RATIO.numerator, len(grams)])
    with connection.cursor() as cursor:
        cursor.execute(" UNION ".join(parts), params)
        return {word for (word,) in cursor.fetchall()}
