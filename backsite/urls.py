import re

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView

import anatomy.sitemaps
import poses.sitemaps
import sequences.sitemaps
from backsite import offline, preview, views
from backsite import sitemaps as sitemap_views
from backsite.api import api
from backsite.sitemaps import SectionSitemap
from backsite.uploads import serve_upload
from sequences.search import SearchView

admin.site.site_header = "Backsite editors"
admin.site.site_title = "Backsite admin"
admin.site.index_title = "Content"

# The project's assembly: every app's pages and sitemaps. backsite's other modules are the shared
# base the apps build on, and import none of them (pyproject.toml's import-linter contracts).
sitemaps = {
    "sections": SectionSitemap,
    **poses.sitemaps.sitemaps,
    **sequences.sitemaps.sitemaps,
    **anatomy.sitemaps.sitemaps,
}

urlpatterns = [
    path(
        f"{settings.ADMIN_PATH}markdown-preview/",
        preview.markdown_preview,
        name="markdown_preview",
    ),
    path(settings.ADMIN_PATH, admin.site.urls),
    # Built from one inclusion tag per app (see templates/home.html).
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("poses/", include("poses.urls")),
    path("anatomy/", include("anatomy.urls")),
    path("sequences/", include("sequences.urls")),
    path("practice/", include("sequences.builder.urls")),
    path(settings.API_PREFIX, api.urls),
    path("search/", SearchView.as_view(), name="search"),
    path("about/", views.SitePageView.as_view(slug="about"), name="about"),
    path(
        "editorial-policy/",
        views.SitePageView.as_view(slug="editorial-policy"),
        name="editorial_policy",
    ),
    path("my-back/", include("poses.conditions.urls")),
    # An index of bounded sitemaps, one per section, each in pages (backsite/sitemaps.py).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        sitemap_views.section,
        {"sitemaps": sitemaps},
        name="sitemap-section",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("service-worker.js", offline.service_worker, name="service_worker"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploads in development and the local production trial; real deployments serve media from
    # object storage or the reverse proxy.
    urlpatterns += [
        re_path(
            r"^{}(?P<path>.*)$".format(re.escape(settings.MEDIA_URL.lstrip("/"))),
            serve_upload,
            name="media",
        )
    ]

handler404 = "backsite.views.page_not_found"
handler500 = "backsite.views.server_error"
