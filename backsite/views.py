"""Pages that belong to the whole site rather than to one app: robots.txt, the error pages, and the
site-text pages (About, the editorial policy)."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.shortcuts import get_object_or_404
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from .models import Page


class SitePageView(TemplateView):
    """A page of site text that editors write in the admin, at an address of its own."""

    template_name = "site_page.html"
    slug = ""

    def get_context_data(self, **kwargs):
        kwargs["page"] = get_object_or_404(Page, slug=self.slug)
        return super().get_context_data(**kwargs)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    # The admin is not listed: its address is configurable so that scanners do not find it.
    lines = [
        "User-agent: *",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    # A missing pose is in no section, though its URL looks like one.
    context = {"nav_section": ""}
    return HttpResponseNotFound(template.render(context, request))


# Seconds a client is asked to wait before trying again when the database cannot be reached.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Render the error page without the request: no context processor, no database, no session.

    Django calls this while handling the exception, from any view or middleware. A database that
    cannot be reached (down, restarting, out of connections, too slow to connect within
    DB_CONNECT_TIMEOUT) is a passing outage, not a fault in the page: it answers 503 with a
    Retry-After, which tells visitors, proxies and search engines to come back.
    """
    context = {"SITE_NAME": settings.SITE_NAME}
    if isinstance(sys.exception(), OperationalError | InterfaceError):
        response = HttpResponse(loader.get_template("503.html").render(context), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render(context))
