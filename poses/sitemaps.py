"""Published poses, for sitemap.xml (assembled in backsite/urls.py)."""

from django.contrib.sitemaps import Sitemap

from .models import Pose


class PoseSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Pose.objects.published().order_by("slug")

    def lastmod(self, pose):
        return pose.updated


sitemaps = {"poses": PoseSitemap}
