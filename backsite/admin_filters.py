"""Admin lists that check their query string before the database sees it.

Django's admin passes a list filter's value straight to the database, so ``?muscle_group=abc``, a
NUL character (which PostgreSQL refuses) or a number too big for its column answers 500. Every
content admin checks each parameter first: a value the list cannot use is left out, and the editor
gets the rest of the list with a message saying what was left out.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.admin.views.main import (
    ALL_VAR,
    ERROR_FLAG,
    IS_FACETS_VAR,
    IS_POPUP_VAR,
    ORDER_VAR,
    PAGE_VAR,
    SEARCH_VAR,
    SOURCE_MODEL_VAR,
    TO_FIELD_VAR,
)
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, models
from django.shortcuts import redirect

# Longer than any name or title an editor can give, so a real search or filter always fits.
QUERY_VALUE_MAX_LENGTH = 200
LIST_PARAMETERS = {
    ALL_VAR, ERROR_FLAG, IS_FACETS_VAR, IS_POPUP_VAR, ORDER_VAR, PAGE_VAR, SEARCH_VAR,
    SOURCE_MODEL_VAR, TO_FIELD_VAR,
}  # fmt: skip
ISNULL_VALUES = {"0", "1", "true", "false", "True", "False"}


def bounded_search_term(term: str) -> str:
    """A search term the database can take: no NUL characters, at most the longest real value."""
    return term.replace("\x00", "")[:QUERY_VALUE_MAX_LENGTH]


def is_plain(value: str) -> bool:
    return len(value) <= QUERY_VALUE_MAX_LENGTH and "\x00" not in value


def accepts(field, value: str) -> bool:
    """Whether ``value`` is one the database can compare ``field`` with, and one it could hold."""
    try:
        python = field.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return False
    if field.choices and value not in {str(key) for key, _ in field.flatchoices}:
        return False
    if isinstance(field, models.IntegerField) and python is not None:
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        return (low is None or python >= low) and (high is None or python <= high)
    return True


def field_check(model, path, name):
    """How to check parameter ``name`` of the list filter on field ``path``, or None if not its."""
    if name != path and not name.startswith(f"{path}__"):
        return None
    try:
        field = get_fields_from_path(model, path)[-1]
    except FieldDoesNotExist:
        return None
    parts = name[len(path) :].split("__")[1:]
    if field.is_relation:
        target = field.related_model._meta.pk
        if parts and parts[0] in {"pk", target.name}:
            parts = parts[1:]
        field = target
    lookup = parts[0] if len(parts) == 1 else "exact" if not parts else None
    if lookup == "exact":
        return lambda value: accepts(field, value)
    if lookup == "in":
        return lambda value: all(accepts(field, part) for part in value.split(","))
    if lookup == "isnull":
        return lambda value: value in ISNULL_VALUES
    return lambda value: False  # a lookup no filter offers (__regex, __gt, ...)


class ValidatedChangeListMixin:
    """Leave out, with a message, any list parameter whose value the list cannot use."""

    def get_search_results(self, request, queryset, search_term):
        # The autocomplete endpoint's `term` arrives here unchecked.
        return super().get_search_results(request, queryset, bounded_search_term(search_term))

    def changelist_view(self, request, extra_context=None):
        odd = self.odd_list_parameters(request)
        if odd:
            query = request.GET.copy()
            for name in odd:
                del query[name]
            shown = ", ".join(f"{name}={describe(request.GET[name])}" for name in odd)
            messages.warning(
                request,
                f"The list could not use {shown}, so it was left out and the list is shown "
                f"without it. Searches and filter values are at most "
                f"{QUERY_VALUE_MAX_LENGTH} characters.",
            )
            return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)
        return super().changelist_view(request, extra_context)

    def odd_list_parameters(self, request):
        """The query-string parameters this list cannot use, in the order they came."""
        checks = self.list_parameter_checks(request)
        odd = []
        for name, values in request.GET.lists():
            if not all(is_plain(value) for value in values) or not is_plain(name):
                odd.append(name)
            elif name in LIST_PARAMETERS:
                continue
            elif (check := self.check_for(checks, name)) is None:
                if IS_POPUP_VAR not in request.GET:  # popups pass their own limits along
                    odd.append(name)
            elif not all(check(value) for value in values):
                odd.append(name)
        return odd

    def list_parameter_checks(self, request):
        checks = []
        for item in self.get_list_filter(request):
            if isinstance(item, type) and issubclass(item, admin.SimpleListFilter):
                spec = item(request, {}, self.model, self)
                known = {str(key) for key, _ in spec.lookup_choices}
                checks.append((item.parameter_name, known.__contains__))
            else:
                path = item[0] if isinstance(item, list | tuple) else item
                checks.append((path, None))
        return checks

    def check_for(self, checks, name):
        for key, check in checks:
            if check is not None:
                if name == key:
                    return check
            elif (found := field_check(self.model, key, name)) is not None:
                return found
        return None


def describe(value: str) -> str:
    """A short, printable rendering of a value someone typed, for a message."""
    printable = "".join(c if c.isprintable() else "?" for c in value[:40])
    return f"'{printable}…'" if len(value) > 40 else f"'{printable}'"
