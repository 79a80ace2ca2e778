"""The back's layers and muscles, for the sitemap (assembled in backsite/urls.py)."""

from backsite.sitemaps import ContentSitemap

from .models import Muscle, MuscleGroup


class MuscleGroupSitemap(ContentSitemap):
    changefreq = "yearly"

    def items(self):
        return MuscleGroup.objects.all()


class MuscleSitemap(ContentSitemap):
    changefreq = "yearly"

    def items(self):
        return Muscle.objects.select_related("group").order_by("group__depth", "order", "slug")


sitemaps = {"layers": MuscleGroupSitemap, "muscles": MuscleSitemap}
