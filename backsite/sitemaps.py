"""The sitemap: an index (/sitemap.xml) of one sitemap per section, each in pages of at most
``limit`` addresses (/sitemap-poses.xml?p=2). Each app lists its own pages in its own
`sitemaps.py`; `backsite/urls.py` puts them together.

The XML is written directly rather than through a template, and a slugged model's addresses are
made from one reversed URL, so a page of its 250 addresses takes a few milliseconds. Totals and
dates are kept per content generation; the index lists every page of every section.
"""

import datetime
from xml.sax.saxutils import escape

from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import CharField, Max
from django.db.models.functions import Cast, Substr
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import http_date

from .cache import remember
from .models import Page
from .pagination import CountedPaginator

# Small pages keep each one quick to build and to fetch; the index lists them all.
PAGE_LIMIT = 250
SLUG = "--slug--"
XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
ROBOTS = "noindex, noodp, noarchive"

# Site-text pages with an address of their own: listed once editors have written them.
SITE_TEXT_PAGES = {"about": "about", "editorial-policy": "editorial_policy"}


class ContentSitemap(Sitemap):
    """A section of the sitemap, paged by ``limit``, with totals and dates that cost little.

    Set ``url_name`` (a route taking a ``slug``) and ``queryset()`` for a model addressed by its
    slug; otherwise ``items()`` and ``location()`` work as in Django's sitemaps.
    """

    limit = PAGE_LIMIT
    changefreq = "monthly"
    priority = None
    url_name = None
    lastmod_field = None

    def queryset(self):
        return None

    def items(self):
        queryset = self.queryset()
        if queryset is None or self.url_name is None:
            return queryset if queryset is not None else []
        if not self.lastmod_field:
            return queryset.order_by("slug").values_list("slug")
        # The day as text straight from the database ("2026-11-25..."): parsing a datetime for
        # every address cost more than the rest of its line.
        day = Substr(Cast(self.lastmod_field, CharField()), 1, 10)
        return queryset.order_by("slug").values_list("slug", day)

    @cached_property
    def paginator(self):
        return CountedPaginator(self.items(), self.limit)

    def entries(self, page):
        """(path, last modified or None) for each address on one page."""
        rows = self.paginator.page(page).object_list
        if self.url_name is None:
            lastmod = (
                (lambda item: getattr(item, self.lastmod_field)) if self.lastmod_field else None
            )
            return [(self.location(item), lastmod(item) if lastmod else None) for item in rows]
        path = reverse(self.url_name, kwargs={"slug": SLUG})
        return [(path.replace(SLUG, row[0]), row[1] if len(row) > 1 else None) for row in rows]

    def get_latest_lastmod(self):
        queryset = self.queryset()
        if not self.lastmod_field or queryset is None:
            return None
        sql, params = queryset.query.sql_with_params()
        return remember(
            f"latest:{sql}:{params!r}",
            lambda: queryset.order_by().aggregate(latest=Max(self.lastmod_field))["latest"],
        )


class SectionSitemap(ContentSitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        written = Page.objects.filter(slug__in=SITE_TEXT_PAGES).values_list("slug", flat=True)
        return [
            "home", "poses:list", "anatomy:index", "sequences:list",
            *(SITE_TEXT_PAGES[slug] for slug in sorted(written)),
        ]  # fmt: skip

    def location(self, item):
        return reverse(item)


def _xml(body, last_modified=None):
    response = HttpResponse(
        f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n', content_type="application/xml"
    )
    response["X-Robots-Tag"] = ROBOTS
    if last_modified:
        response["Last-Modified"] = http_date(_aware(last_modified).timestamp())
    return response


def _aware(moment):
    if not isinstance(moment, datetime.datetime):
        moment = datetime.datetime.combine(moment, datetime.time.min)
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def index(request, sitemaps):
    """Every page of every section's sitemap, with the section's last change."""
    root = f"{request.scheme}://{request.get_host()}"
    lines, dates = [], []
    for section, site in sitemaps.items():
        site = site()
        url = escape(root + reverse("sitemap-section", kwargs={"section": section}))
        latest = site.get_latest_lastmod()
        dates.append(latest)
        stamp = f"<lastmod>{_aware(latest).isoformat()}</lastmod>" if latest else ""
        for page in range(1, site.paginator.num_pages + 1):
            address = url if page == 1 else f"{url}?p={page}"
            lines.append(f"<sitemap><loc>{address}</loc>{stamp}</sitemap>")
    latest = max(dates) if dates and all(dates) else None
    return _xml(f"<sitemapindex {XMLNS}>\n{chr(10).join(lines)}\n</sitemapindex>", latest)


def section(request, sitemaps, section):
    """One page of one section's sitemap; a page that does not exist is not found."""
    if section not in sitemaps:
        raise Http404("No such sitemap.")
    site = sitemaps[section]()
    try:
        entries = site.entries(request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of the sitemap.") from error
    root = f"{request.scheme}://{request.get_host()}"
    extra = ""
    if site.changefreq:
        extra += f"<changefreq>{site.changefreq}</changefreq>"
    if site.priority is not None:
        extra += f"<priority>{site.priority}</priority>"
    lines = []
    for path, lastmod in entries:
        day = lastmod if isinstance(lastmod, str) else f"{lastmod:%Y-%m-%d}" if lastmod else ""
        stamp = f"<lastmod>{day}</lastmod>" if day else ""
        lines.append(f"<url><loc>{escape(root + path)}</loc>{stamp}{extra}</url>")
    # The section's last change stands for the page's (kept per content generation).
    return _xml(f"<urlset {XMLNS}>\n{chr(10).join(lines)}\n</urlset>", site.get_latest_lastmod())
