"""Published poses, for the sitemap (assembled in backsite/urls.py)."""

from backsite.sitemaps import ContentSitemap

from .models import Pose


class PoseSitemap(ContentSitemap):
    url_name = "poses:detail"
    lastmod_field = "updated"

    def queryset(self):
        # Walked in the order of an index (pose_sitemap_idx), so a deep page costs little.
        return Pose.objects.published()


sitemaps = {"poses": PoseSitemap}
