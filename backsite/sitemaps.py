"""The section pages for sitemap.xml. Each app lists its own pages in its own `sitemaps.py`;
`backsite/urls.py` puts them together."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class SectionSitemap(Sitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return ["home", "poses:list", "anatomy:index", "sequences:list"]

    def location(self, item):
        return reverse(item)
