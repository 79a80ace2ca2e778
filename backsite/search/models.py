"""Searchable content: the derived search columns every searchable model carries, and its queries.

A model lists which of its fields are names, aliases and text; ``save()`` turns them into three
columns of normalised words (see text.py). Each database then indexes those columns its own way
(backends.py): PostgreSQL keeps a weighted tsvector column filled by a trigger, SQLite an FTS5
table.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models.expressions import RawSQL

from . import backends, vocabulary
from .excerpts import surface_word
from .text import name_document, query_terms, stem, text_document, words
from .trigram import closest

ALIAS_SEPARATORS = re.compile(r"[\n,;]+")
SEARCH_COLUMNS = ("search_name", "search_aliases", "search_text", "search_vector")
# Above this many matches, rows are not ranked within a tier (see SearchQuerySet.search).
RANK_LIMIT = 1000


def is_ranked(count: int) -> bool:
    """Whether a search whose matches ``count_matches()`` counted is ranked (see ``search``)."""
    return count <= RANK_LIMIT


def split_aliases(text: str) -> list[str]:
    """Aliases as editors type them: one per line, or separated by commas or semicolons."""
    return [alias.strip() for alias in ALIAS_SEPARATORS.split(text or "") if alias.strip()]


@dataclass(frozen=True)
class SearchTerms:
    """What a visitor asked for, as the words the search looks for."""

    text: str
    terms: tuple[str, ...]
    corrected: bool = False

    @classmethod
    def parse(cls, text: str) -> "SearchTerms":
        return cls(text, query_terms(text))

    def __bool__(self):
        return bool(self.terms)

    def close_words(self, using="default") -> set[str]:
        """Words of the site's names and aliases close to any of these terms (vocabulary.py)."""
        return vocabulary.close_words(self.terms, using=using)

    def or_correction(self, *querysets) -> "SearchTerms":
        """These terms if any of ``querysets`` matches them, else their correction if that does."""
        if not self or any(queryset.matches(self) for queryset in querysets):
            return self
        fixed = self.correction(self.close_words(using=querysets[0].db))
        if fixed is None or not any(queryset.matches(fixed) for queryset in querysets):
            return self
        return fixed

    def shown(self, *names: str) -> str:
        """The words as visitors should read them: a correction spelled as in ``names``."""
        if not self.corrected:
            return self.text
        return " ".join(surface_word(term, *names) for term in self.terms)

    def correction(self, candidates) -> "SearchTerms | None":
        """The same search with each word replaced by the closest candidate, if any changed."""
        fixed = tuple(dict.fromkeys(closest(term, candidates) or term for term in self.terms))
        if fixed == self.terms:
            return None
        return SearchTerms(self.text, fixed, corrected=True)

    def suggestion(self, candidates) -> "SearchTerms | None":
        """Only the words that have a close candidate, for "Did you mean …?"."""
        found = tuple(dict.fromkeys(w for t in self.terms if (w := closest(t, candidates))))
        return SearchTerms(" ".join(found), found) if found else None


class SearchQuerySet(models.QuerySet):
    def matches(self, terms: SearchTerms) -> bool:
        """Whether any row matches ``terms``."""
        return bool(terms) and backends.for_alias(self.db).matching(self, terms.terms).exists()

    def search(self, query, *, any_word=False, names_only=False, ranked=None):
        """Rows matching every word of ``query`` (or any, with ``any_word``), best first.

        Names rank first, then aliases, then text (``search_tier`` 0, 1, 2); within a tier the
        database's own full-text rank (``search_rank``, higher is better) decides, unless more
        than RANK_LIMIT rows match: then each tier is in the order the rows were added, since
        ranking (or even sorting by name) thousands of rows costs more than it tells.
        ``ranked`` says whether to rank, when the caller already knows how many rows match.
        """
        terms = query if isinstance(query, SearchTerms) else SearchTerms.parse(query)
        if not terms.text.strip():
            return self
        if not terms:
            return self.none()  # only marks, emoji or filler words: nothing to look for
        backend = backends.for_alias(self.db)
        if ranked is None:
            # At most RANK_LIMIT + 1 rows read to know.
            more = backend.matching(self, terms.terms).order_by()[RANK_LIMIT : RANK_LIMIT + 1]
            ranked = any_word or names_only or not more.exists()
        return backend.search(
            self, terms.terms, any_word=any_word, names_only=names_only, ranked=ranked
        )

    def best(self, query, limit, *, total=None):
        """(the ``limit`` best matches of ``query``, how many rows match, at most RANK_LIMIT + 1,
        which stands for "more than RANK_LIMIT"). ``total`` is that count, if already known
        (``count_matches()``).

        Counted apart: a count in the same query (a window function) made PostgreSQL sort every
        match instead of keeping the best few, three times slower at 10,000 poses.
        """
        terms = query if isinstance(query, SearchTerms) else SearchTerms.parse(query)
        if not terms:
            return [], 0
        if total is None:
            (total,) = count_matches([self], terms)
        if not total:
            return [], 0
        return self.window(terms, 0, limit, ranked=is_ranked(total)), total

    def window(self, terms, bottom, top, *, ranked):
        """Rows ``bottom``..``top`` of ``search(terms, ranked=ranked)``, in one query. The
        derived search columns stay in the database: a pose's are longer than all it shows, and
        no page shows them.

        Unranked (more than RANK_LIMIT matches), the query reads no further than ``top`` rows of
        each of two parts: the rows that match by name or alias, which small lists find (every
        one of them matches the whole search too), then the rest in id order. Sorting every match
        by its tier instead tested all 10,000 rows of a search for "back" to show the first eight.
        """
        shown = self.defer(*SEARCH_COLUMNS)
        searched = shown.search(terms, ranked=ranked)
        if ranked or not terms:  # ranked: at most RANK_LIMIT rows to sort
            return list(searched[bottom:top])
        backend = backends.for_alias(self.db)
        named = backend.named(self.model, terms.terms)
        tier = backend.tier(self.model, terms.terms)
        head = self.filter(pk__in=named).annotate(search_tier=tier)
        head = head.order_by(*backends.UNRANKED_ORDER)[:top]
        rest = searched.exclude(pk__in=named).order_by("pk")[:top]
        try:
            page = _either(head, rest)
        except EmptyResultSet:  # a queryset that can match nothing, such as .none()
            return []
        found = shown.filter(pk__in=page).annotate(search_tier=tier)
        return list(found.order_by(*backends.UNRANKED_ORDER)[bottom:top])

    def name_contains(self, text):
        """Rows whose names or aliases contain ``text`` anywhere, even mid-word (editors' lists)."""
        needle = " ".join(stem(word) for word in words(text))
        if not needle:
            return self
        return self.filter(
            models.Q(search_name__contains=needle) | models.Q(search_aliases__contains=needle)
        )


def _either(*parts):
    """The ids of the rows of sliced querysets ``parts``, for ``pk__in``: a UNION ALL of their ids
    written out, as SQLite refuses the ORM's union of sliced querysets."""
    sqls, params = [], []
    for part in parts:
        sql, part_params = part.values("pk").query.sql_with_params()
        sqls.append(f"SELECT * FROM ({sql}) part")  # noqa: S608 - compiled by the ORM
        params.extend(part_params)
    return RawSQL(" UNION ALL ".join(sqls), params)  # noqa: S611


def count_matches(querysets, terms):
    """How many rows of each queryset match ``terms``, in one query, each counted no further than
    RANK_LIMIT + 1: reading every one of 10,000 matches only to print their number took longer than
    the rest of a search. Unordered and without annotations, so the database stops at the first
    RANK_LIMIT + 1 it finds. The querysets share a database."""
    counts, parts, params = [], [], []
    for queryset in querysets:
        backend = backends.for_alias(queryset.db)
        matching = backend.matching(queryset, terms.terms).order_by().values("pk")
        try:
            sql, part_params = matching[: RANK_LIMIT + 1].query.sql_with_params()
        except EmptyResultSet:  # a queryset that can match nothing, such as .none()
            counts.append(0)
            continue
        counts.append(None)
        # Compiled by the ORM, with the visitor's words as parameters.
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted)")  # noqa: S608
        params.extend(part_params)
    if parts:
        with connections[querysets[0].db].cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(parts)}", params)
            found = iter(cursor.fetchone())
        counts = [next(found) if count is None else count for count in counts]
    return counts


class SearchableModel(models.Model):
    """Derives the search columns on save from the fields a model names.

    ``search_name_fields`` are names (ranked first), ``search_alias_fields`` hold aliases one per
    line or comma-separated (ranked next), ``search_text_fields`` are plain or rendered text.
    """

    search_name_fields: tuple[str, ...] = ()
    search_alias_fields: tuple[str, ...] = ()
    search_text_fields: tuple[str, ...] = ()

    search_name = models.TextField(
        editable=False, blank=True, help_text="The names as plain words, for search."
    )
    search_aliases = models.TextField(
        editable=False, blank=True, help_text="The aliases as plain words, for search."
    )
    search_text = models.TextField(
        editable=False, blank=True, help_text="The text as plain words, for search."
    )
    # PostgreSQL's trigger fills it from the three columns above (schema.py); SQLite leaves it
    # empty, as its FTS5 table reads those columns itself.
    search_vector = SearchVectorField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.derive_search_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            derived = {"search_name", "search_aliases", "search_text"}
            kwargs["update_fields"] = set(update_fields) | derived
        super().save(*args, **kwargs)
        vocabulary.add(
            vocabulary.words_of(self.search_name, self.search_aliases), using=self._state.db
        )

    def derive_search_fields(self):
        values = lambda names: [getattr(self, name) or "" for name in names]  # noqa: E731
        self.search_name = name_document(*values(self.search_name_fields))
        aliases = [a for text in values(self.search_alias_fields) for a in split_aliases(text)]
        self.search_aliases = name_document(*aliases)
        self.search_text = text_document(*values(self.search_text_fields))


class SearchWord(models.Model):
    """A word of some searchable name or alias, for typo corrections (vocabulary.py)."""

    word = models.TextField(unique=True)
    size = models.PositiveSmallIntegerField(help_text="How many trigrams the word has.")

    in_backups = False  # derived from the content: rebuilt after a restore

    class Meta:
        app_label = "backsite"
        ordering = ["word"]
        default_permissions = ()  # kept by the site itself: no one edits it in the admin

    def __str__(self):
        return self.word


class SearchTrigram(models.Model):
    """One trigram of a word, so SQLite finds the words that share a typo's trigrams."""

    word = models.ForeignKey(SearchWord, on_delete=models.CASCADE, related_name="trigrams")
    trigram = models.CharField(max_length=3)

    in_backups = False

    class Meta:
        app_label = "backsite"
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["trigram", "word"], name="search_trigram_unique")
        ]

    def __str__(self):
        return self.trigram
