"""Published sequences, for the sitemap (assembled in backsite/urls.py)."""

from backsite.sitemaps import ContentSitemap

from .models import Sequence


class SequenceSitemap(ContentSitemap):
    url_name = "sequences:detail"
    lastmod_field = "updated"

    def queryset(self):
        return Sequence.objects.published()


sitemaps = {"sequences": SequenceSitemap}
