"""How each database finds and ranks the normalised words of text.py.

Both backends answer the same question the same way: every word of the query must appear (or any
word, for suggestions); the last word may be the start of a longer word; rows are ranked names
first, then aliases, then text, and by the database's full-text rank within each tier.

- PostgreSQL: django.contrib.postgres full-text search over the generated ``search_vector`` column
  (GIN-indexed), ranked with ``ts_rank``.
- SQLite: an FTS5 table per model, kept up to date by triggers, ranked with bm25.

Words for typos come from vocabulary.py (pg_trgm on PostgreSQL).
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections
from django.db.models import F, Func, IntegerField
from django.db.models.expressions import RawSQL

from .text import PREFIX_MIN_LENGTH

TEXT_SEARCH_CONFIG = "simple"  # text.py has already folded, split and stemmed every word
# PostgreSQL: the names, and the names with the aliases, as schema.py indexes them.
NAMES_DOCUMENT = f"to_tsvector('{TEXT_SEARCH_CONFIG}', search_name)"
ALIASES_DOCUMENT = f"to_tsvector('{TEXT_SEARCH_CONFIG}', search_name || ' ' || search_aliases)"
NAME, ALIAS, TEXT = 0, 1, 2
NAME_COLUMNS = ("search_name", "search_aliases")  # SQLite: the FTS5 columns of names and aliases
# The order of an unranked search: by tier, then in the order rows were added.
UNRANKED_ORDER = ("search_tier", "pk")
# bm25 weights for the FTS5 columns, and ts_rank's for the tsvector's labels {D, C, B, A}.
FTS_WEIGHTS = (10.0, 4.0, 1.0)


def for_alias(alias):
    vendor = connections[alias].vendor
    if vendor == "postgresql":
        return PostgresBackend
    if vendor == "sqlite":
        return SqliteBackend
    raise NotImplementedError(f"Search does not support the {vendor} database.")


def _prefix(terms, index):
    return index == len(terms) - 1 and len(terms[index]) >= PREFIX_MIN_LENGTH


class Tier(Func):
    """Each row's tier: NAME if its id is among ``names``, else ALIAS if among ``aliases`` (each an
    (sql, params) subquery of ids), else TEXT. One CASE written out, because Django took longer to
    resolve and compile the same Case(When(pk__in=...)) than the database took to run it (about a
    tenth of a search page's time, over its five kinds). The row's id is a real column reference,
    so the expression stays right inside a subquery, where Django renames the tables."""

    output_field = IntegerField()

    def __init__(self, names, aliases):
        super().__init__(F("pk"))
        self.names, self.aliases = names, aliases

    def as_sql(self, compiler, connection, **extra):
        row, row_params = compiler.compile(self.get_source_expressions()[0])
        (names_sql, names_params), (aliases_sql, aliases_params) = self.names, self.aliases
        sql = (
            f"CASE WHEN {row} IN ({names_sql}) THEN {NAME} "
            f"WHEN {row} IN ({aliases_sql}) THEN {ALIAS} ELSE {TEXT} END"
        )
        return sql, [*row_params, *names_params, *row_params, *aliases_params]


def _ordered(queryset, tier, rank=None):
    if rank is None:
        # Unranked (past RANK_LIMIT): in the order rows were added, which needs no column of
        # the rows themselves, so thousands of them are not read just to be sorted.
        return queryset.annotate(search_tier=tier).order_by(*UNRANKED_ORDER)
    ordering = queryset.model._meta.ordering or ["pk"]
    return queryset.annotate(search_tier=tier).order_by("search_tier", f"-{rank}", *ordering)


def fts_table(model):
    return f"{model._meta.db_table}_fts"


class PostgresBackend:
    @staticmethod
    def raw(terms, *, weights="", any_word=False):
        """A raw tsquery; terms are plain [a-z0-9] words (text.py), so quoting them is enough."""
        lexemes = [
            f"'{term}':{'*' if _prefix(terms, i) else ''}{weights}".rstrip(":")
            for i, term in enumerate(terms)
        ]
        return (" | " if any_word else " & ").join(lexemes)

    @classmethod
    def tsquery(cls, terms, *, weights="", any_word=False):
        raw = cls.raw(terms, weights=weights, any_word=any_word)
        return SearchQuery(raw, search_type="raw", config=TEXT_SEARCH_CONFIG)

    @classmethod
    def search(cls, queryset, terms, *, any_word=False, names_only=False, ranked=True):
        query = cls.tsquery(terms, weights="AB" if names_only else "", any_word=any_word)
        tier = cls.tier(queryset.model, terms, any_word=any_word)
        if not ranked:
            return _ordered(queryset.filter(search_vector=query), tier)
        matched = queryset.filter(search_vector=query).annotate(
            search_rank=SearchRank(F("search_vector"), query)
        )
        return _ordered(matched, tier, "search_rank")

    @classmethod
    def matching(cls, queryset, terms):
        """The rows that match, unranked: enough to count them."""
        return queryset.filter(search_vector=cls.tsquery(terms))

    @classmethod
    def tier(cls, model, terms, *, any_word=False):
        """Each row's tier, from the small indexes on the names alone (schema.py), each read
        once: testing every matching row's weighted vector twice cost more than ranking it."""
        raw = cls.raw(terms, any_word=any_word)
        return Tier(cls._ids(model, NAMES_DOCUMENT, raw), cls._ids(model, ALIASES_DOCUMENT, raw))

    @classmethod
    def named(cls, model, terms):
        """The ids of the rows whose names or aliases hold every term, for ``pk__in``."""
        return RawSQL(*cls._ids(model, ALIASES_DOCUMENT, cls.raw(terms)))  # noqa: S611

    @staticmethod
    def _ids(model, document, raw):
        """(sql, params) for the ids of the rows whose ``document`` (an indexed expression)
        matches the tsquery."""
        table, pk = model._meta.db_table, model._meta.pk.column
        sql = (
            f'SELECT "{pk}" FROM "{table}" '  # noqa: S608 - names from the model, query a parameter
            f"WHERE {document} @@ to_tsquery('{TEXT_SEARCH_CONFIG}', %s)"
        )
        return sql, [raw]


def _fts_ids(model, match):
    """(sql, params) for the ids of the rows an FTS5 query matches."""
    fts = fts_table(model)
    # The table name comes from the model; the visitor's words are a parameter.
    return f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH %s', [match]  # noqa: S608


def _fts_join(queryset, match, *, rank=None):
    """``queryset`` joined to its FTS5 table's rows that ``match``, with bm25 as ``rank`` if named.

    Only extra() can express the join; a correlated subquery per row would run the whole
    full-text query once per row. The "+ 0" stops SQLite from looking FTS rows up by id, so the
    full-text match drives the join (the other way round runs the match once per pose: seconds
    at 10,000 poses, and 400 ms to count the matches of "pose").
    """
    model = queryset.model
    fts = fts_table(model)
    table, pk = model._meta.db_table, model._meta.pk.column
    return queryset.extra(  # noqa: S610 - fixed SQL; the query is a parameter
        select={rank: f'-"{fts}".rank'} if rank else None,
        tables=[fts],
        where=[f'"{fts}".rowid + 0 = "{table}"."{pk}"', f'"{fts}" MATCH %s'],
        params=[match],
    )


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
    def matching(cls, queryset, terms):
        """The rows that match, unranked: enough to count them, or to know there is one. The
        full-text match drives (``_fts_join``), so a count that stops at RANK_LIMIT + 1 reads
        that many rows, rather than first gathering the ids of all 10,000 matches."""
        return _fts_join(queryset, cls.match(terms))

    @classmethod
    def tier(cls, model, terms, *, any_word=False):
        """Each row's tier, from FTS5 queries limited to the name columns."""
        by_name = cls.match(terms, columns=("search_name",), any_word=any_word)
        by_alias = cls.match(terms, columns=NAME_COLUMNS, any_word=any_word)
        return Tier(_fts_ids(model, by_name), _fts_ids(model, by_alias))

    @classmethod
    def named(cls, model, terms):
        """The ids of the rows whose names or aliases hold every term, for ``pk__in``."""
        return RawSQL(*_fts_ids(model, cls.match(terms, columns=NAME_COLUMNS)))  # noqa: S611

    @classmethod
    def search(cls, queryset, terms, *, any_word=False, names_only=False, ranked=True):
        model = queryset.model
        match = cls.match(terms, columns=NAME_COLUMNS if names_only else (), any_word=any_word)
        tier = cls.tier(model, terms, any_word=any_word)
        if not ranked:
            matched = queryset.filter(pk__in=RawSQL(*_fts_ids(model, match)))  # noqa: S611
            return _ordered(matched, tier)
        # bm25 needs the FTS5 table joined to the rows it ranks (``_fts_join``).
        matched = _fts_join(queryset, match, rank="search_rank")
        return _ordered(matched, tier, "search_rank")
