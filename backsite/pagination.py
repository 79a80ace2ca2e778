"""Pagination whose cost does not grow with the list's length.

- The total is counted once per content generation (under the query's own SQL), not per page.
- A page in the second half of a list is read from the end, in the index's reverse order: the
  database then skips at most half the list, and the last page costs what the first does. This
  needs an order that ends on a unique field (``english_name, pk``), so the two directions agree
  on every row's place; any other order is read from the front.
"""

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from .cache import remember
from .search.models import RANK_LIMIT, count_matches, is_ranked


def remembered_count(queryset):
    """``queryset.count()``, kept per content generation under the query's own SQL."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a query that can match nothing, such as .none()
        return 0
    return remember(f"count:{queryset.db}:{sql}:{params!r}", queryset.count)


def _ends_on_unique_field(queryset):
    ordering = queryset.query.order_by
    if not ordering or not isinstance(ordering[-1], str):
        return False
    name = ordering[-1].lstrip("-")
    if name == "pk" or "__" in name:
        return name == "pk"
    try:
        field = queryset.model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.unique or field.primary_key


def _bounds(paginator, number):
    """(page number, first row, row after the last) of a page, as Paginator.page() has them."""
    number = paginator.validate_number(number)
    bottom = (number - 1) * paginator.per_page
    top = bottom + paginator.per_page
    if top + paginator.orphans >= paginator.count:
        top = paginator.count
    return number, bottom, top


class CountedPaginator(Paginator):
    more = False  # the count is exact

    @cached_property
    def count(self):
        if isinstance(self.object_list, QuerySet):
            return remembered_count(self.object_list)
        return super().count

    def page(self, number):
        number, bottom, top = _bounds(self, number)
        rows = self.object_list
        if isinstance(rows, QuerySet) and bottom > self.count // 2 and _ends_on_unique_field(rows):
            from_end = list(rows.reverse()[self.count - top : self.count - bottom])
            from_end.reverse()
            return self._get_page(from_end, number, self)
        return super().page(number)


class SearchPaginator(Paginator):
    """Pages of what ``object_list.search(terms)`` finds, at a cost that does not grow with the
    number of matches. ``object_list`` is the queryset searched, not the search's results.

    - Counted no further than RANK_LIMIT, as the site search counts: ``more`` says there are more,
      and the pages stop there (a visitor narrows the search rather than reading page 84).
    - A page is read in one query (``window()``), which reads no further than the page when
      more than RANK_LIMIT match.
    - Not remembered per content generation, unlike CountedPaginator: every search is its own
      query, and a count that stops at RANK_LIMIT costs less than storing it would save.
    """

    def __init__(self, object_list, per_page, *, terms, found=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.terms = terms
        if found is not None:  # counted already, when the search was made
            self.found = found

    @cached_property
    def found(self):
        """How many rows match, at most RANK_LIMIT + 1 (which stands for "more")."""
        (found,) = count_matches([self.object_list], self.terms)
        return found

    @cached_property
    def count(self):
        return min(self.found, RANK_LIMIT)

    @property
    def more(self):
        return self.found > RANK_LIMIT

    def page(self, number):
        number, bottom, top = _bounds(self, number)
        rows = self.object_list.window(self.terms, bottom, top, ranked=is_ranked(self.found))
        return self._get_page(rows, number, self)
