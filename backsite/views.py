"""Pages that belong to the whole site rather than to one app: robots.txt and the error pages."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


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


def server_error(request):
    """Render the 500 page without the request: no context processor, no database, no session."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"SITE_NAME": settings.SITE_NAME}))
