"""What each app's API module shares: pages of results, errors, and links back to the site.

Each app describes its own endpoints in its ``api.py`` with a django-ninja ``Router``;
``backsite/api.py`` assembles them under ``/api/v1/``. HTTP concerns (CORS, rate limits, ETags)
live in ``backsite/api_protocol.py``, so endpoints only select and shape data.
"""

import re

from django.http import Http404
from django.urls import reverse
from ninja import Field, Schema
from ninja.errors import HttpError

from .pagination import CountedPaginator

SLUG = re.compile(r"[-a-zA-Z0-9_]+")
PAGE_SIZE = 20
MAX_PAGE = 100_000
# The URL namespace backsite/api.py gives version 1, so each app can name its own endpoints.
NAMESPACE = "api-v1"


# How many poses a muscle's or a condition's detail lists; the rest are one filtered list away.
POSES_SHOWN = 20


class Error(Schema):
    detail: str


class PoseRef(Schema):
    """A pose named from another resource, with the address of its own detail."""

    slug: str
    english_name: str
    api_url: str


class Paging(Schema):
    """The query parameter every list takes."""

    page: int = Field(1, ge=1, le=MAX_PAGE, description="Which page of results, from 1.")


class PageOf(Schema):
    """The fields every paginated list has; each list adds ``results``."""

    count: int
    page: int
    pages: int
    next: str | None
    previous: str | None


# The responses every list and every detail can give, for the OpenAPI description.
LIST_ERRORS = {400: Error, 404: Error, 429: Error}
DETAIL_ERRORS = {404: Error, 429: Error}


def page_of(request, queryset, page, *, size=PAGE_SIZE):
    """One page of ``queryset`` with its count and the links to its neighbours.

    A page past the end is a 404 that says how many pages there are.
    """
    paginator = CountedPaginator(queryset, size, allow_empty_first_page=True)
    if page > paginator.num_pages:
        raise HttpError(
            404,
            f"Page {page} does not exist: there "
            + ("is 1 page." if paginator.num_pages == 1 else f"are {paginator.num_pages} pages."),
        )
    current = paginator.page(page)
    return {
        "count": paginator.count,
        "page": page,
        "pages": paginator.num_pages,
        "next": _page_link(request, page + 1) if current.has_next() else None,
        "previous": _page_link(request, page - 1) if current.has_previous() else None,
        "results": list(current.object_list),
    }


def _page_link(request, number):
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def get_or_404(queryset, what, *, slug):
    """The one object with this slug, or a JSON 404 that names what was looked for.

    A value that cannot be a slug (a NUL, a space, 10,000 characters) never reaches the database.
    """
    if len(slug) > 255 or not SLUG.fullmatch(slug):
        raise Http404(f"No published {what} has that address.")
    try:
        return queryset.get(slug=slug)
    except queryset.model.DoesNotExist:
        raise Http404(f"No published {what} has that address.") from None


def api_url(request, name, **kwargs):
    """The absolute address of one of the API's endpoints, by its url_name."""
    return request.build_absolute_uri(reverse(f"{NAMESPACE}:{name}", kwargs=kwargs))


def absolute(request, obj):
    """The address of an object's page on the site, for API clients to link to."""
    return request.build_absolute_uri(obj.get_absolute_url())
