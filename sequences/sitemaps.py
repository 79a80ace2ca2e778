"""Published sequences, for sitemap.xml (assembled in backsite/urls.py)."""

from django.contrib.sitemaps import Sitemap

from .models import Sequence


class SequenceSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Sequence.objects.published().order_by("slug")

    def lastmod(self, sequence):
        return sequence.updated


sitemaps = {"sequences": SequenceSitemap}
