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


class CountedPaginator(Paginator):
    @cached_property
    def count(self):
        if isinstance(self.object_list, QuerySet):
            return remembered_count(self.object_list)
        return super().count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = self.object_list
        if isinstance(rows, QuerySet) and bottom > self.count // 2 and _ends_on_unique_field(rows):
            from_end = list(rows.reverse()[self.count - top : self.count - bottom])
            from_end.reverse()
            return self._get_page(from_end, number, self)
        return super().page(number)
