"""The web app manifest and the service worker that keeps a practice working offline.

The service worker is served from the site's root so that it may look after every page, but it
stores only what its rules allow (see ``static/js/service-worker.js``): static files and uploads
fetched with GET, and the pages that asked to be kept (the practice player does), when they are
public (no ``private``, ``no-store`` or ``no-cache``: draft previews and pages for signed-in editors
send these). Nothing under the admin's address is ever stored.
"""

import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

SERVICE_WORKER = "js/service-worker.js"
ICON_SIZES = (192, 512)


def _static_prefix():
    return "/" + settings.STATIC_URL.strip("/") + "/"


@require_GET
@cache_control(no_cache=True)
def service_worker(request):
    config = {
        "static": _static_prefix(),
        "media": "/" + settings.MEDIA_URL.strip("/") + "/",
        "admin": reverse("admin:index"),
        "staticAdmin": _static_prefix() + "admin/",
    }
    with open(finders.find(SERVICE_WORKER), encoding="utf-8") as source:
        body = f"const CONFIG = {json.dumps(config)};\n{source.read()}"
    return HttpResponse(body, content_type="text/javascript; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def manifest(request):
    icons = [
        {
            "src": static(f"img/icons/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
        }
        for size in ICON_SIZES
    ]
    icons.append(
        {
            "src": static("img/icons/icon-maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        }
    )
    data = {
        "name": settings.SITE_NAME,
        "short_name": settings.SITE_NAME,
        "description": "Gentle yoga for people with back pain: poses, anatomy and guided practice.",
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#fbfaf7",
        "theme_color": "#1b5e63",
        "icons": icons,
    }
    return JsonResponse(data, content_type="application/manifest+json")
