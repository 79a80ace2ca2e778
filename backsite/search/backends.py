"""How each database finds and ranks the normalised words of text.py.

Both backends answer the same question the same way: every word of the query must appear (or any
word, for suggestions); the last word may be the start of a longer word; rows are ranked names
first, then aliases, then text, and by the database's full-text rank within each tier.

- PostgreSQL: django.contrib.postgres full-text search over the generated ``search_vector`` column
  (GIN-indexed), ranked with ``ts_rank``; trigram similarity (pg_trgm) picks words for typos.
- SQLite: an FTS5 table per model, kept up to date by triggers, ranked with bm25.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL

from .text import PREFIX_MIN_LENGTH
from .trigram import THRESHOLD, similarity

TEXT_SEARCH_CONFIG = "simple"  # text.py has already folded, split and stemmed every word
NAME, ALIAS, TEXT = 0, 1, 2
# bm25 weights for the FTS5 columns, and ts_rank's for the tsvector's labels {D, C, B, A}.
FTS_WEIGHTS = (10.0, 4.0, 1.0)


# Distinct words of the names and aliases of some rows ({names}) that are trigram-similar to a term.
CLOSE_WORDS_SQL = """
SELECT DISTINCT w.word FROM (
    SELECT regexp_split_to_table(n.search_name || ' ' || n.search_aliases, ' ') AS word
    FROM ({names}) n
) w
WHERE w.word <> ''
AND EXISTS (SELECT 1 FROM unnest(%s::text[]) t(term) WHERE similarity(w.word, t.term) >= %s)
"""


def for_alias(alias):
    vendor = connections[alias].vendor
    if vendor == "postgresql":
        return PostgresBackend
    if vendor == "sqlite":
        return SqliteBackend
    raise NotImplementedError(f"Search does not support the {vendor} database.")


def _prefix(terms, index):
    return index == len(terms) - 1 and len(terms[index]) >= PREFIX_MIN_LENGTH


def _ordered(queryset, tier, rank):
    ordering = queryset.model._meta.ordering or ["pk"]
    return queryset.annotate(search_tier=tier).order_by("search_tier", f"-{rank}", *ordering)


def fts_table(model):
    return f"{model._meta.db_table}_fts"


class PostgresBackend:
    @staticmethod
    def tsquery(terms, *, weights="", any_word=False):
        """A raw tsquery; terms are plain [a-z0-9] words (text.py), so quoting them is enough."""
        lexemes = [
            f"'{term}':{'*' if _prefix(terms, i) else ''}{weights}".rstrip(":")
            for i, term in enumerate(terms)
        ]
        raw = (" | " if any_word else " & ").join(lexemes)
        return SearchQuery(raw, search_type="raw", config=TEXT_SEARCH_CONFIG)

    @classmethod
    def search(cls, queryset, terms, *, any_word=False, names_only=False):
        query = cls.tsquery(terms, weights="AB" if names_only else "", any_word=any_word)
        tier = Case(
            When(search_vector=cls.tsquery(terms, weights="A", any_word=any_word), then=NAME),
            When(search_vector=cls.tsquery(terms, weights="AB", any_word=any_word), then=ALIAS),
            default=Value(TEXT),
            output_field=IntegerField(),
        )
        matched = queryset.filter(search_vector=query).annotate(
            search_rank=SearchRank(F("search_vector"), query)
        )
        return _ordered(matched, tier, "search_rank")

    @staticmethod
    def close_words(queryset, terms):
        names = queryset.order_by().values("search_name", "search_aliases")
        inner, params = names.query.sql_with_params()
        # The inner query is Django's own; the visitor's words are parameters.
        sql = CLOSE_WORDS_SQL.replace("{names}", inner)
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, [*params, list(terms), THRESHOLD])
            return {word for (word,) in cursor.fetchall()}


class SqliteBackend:
    @staticmethod
    def match(terms, *, columns=(), any_word=False):
        """An FTS5 query; terms are plain [a-z0-9] words (text.py), so quoting them is enough."""
        phrases = [f'"{term}"' + ("*" if _prefix(terms, i) else "") for i, term in enumerate(terms)]
        expression = (" OR " if any_word else " AND ").join(phrases)
        if columns:
            expression = "{" + " ".join(columns) + "} : (" + expression + ")"
        return expression

    @classmethod
    def search(cls, queryset, terms, *, any_word=False, names_only=False):
        model = queryset.model
        table, fts = model._meta.db_table, fts_table(model)
        pk = model._meta.pk.column

        def rows(match):
            # The table name comes from the model; the visitor's words are a parameter.
            return RawSQL(f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH %s', [match])  # noqa: S608,S611

        columns = ("search_name", "search_aliases") if names_only else ()
        match = cls.match(terms, columns=columns, any_word=any_word)
        by_name = cls.match(terms, columns=("search_name",), any_word=any_word)
        by_alias = cls.match(terms, columns=("search_name", "search_aliases"), any_word=any_word)
        tier = Case(
            When(Q(pk__in=rows(by_name)), then=NAME),
            When(Q(pk__in=rows(by_alias)), then=ALIAS),
            default=Value(TEXT),
            output_field=IntegerField(),
        )
        # bm25 needs the FTS5 table joined to the rows it ranks, which only extra() can express;
        # a correlated subquery per row would run the whole full-text query once per row. The
        # "+ 0" stops SQLite from looking FTS rows up by id, so the full-text match drives the
        # join (the other way round runs the match once per pose: seconds at 10,000 poses).
        matched = queryset.extra(  # noqa: S610 - fixed SQL; the query is a parameter
            select={"search_rank": f'-"{fts}".rank'},
            tables=[fts],
            where=[f'"{fts}".rowid + 0 = "{table}"."{pk}"', f'"{fts}" MATCH %s'],
            params=[match],
        )
        return _ordered(matched, tier, "search_rank")

    @staticmethod
    def close_words(queryset, terms):
        words = set()
        for name, aliases in queryset.order_by().values_list("search_name", "search_aliases"):
            words.update(name.split())
            words.update(aliases.split())
        return {word for word in words if any(similarity(word, t) >= THRESHOLD for t in terms)}
