"""The back's layers and muscles, for sitemap.xml (assembled in backsite/urls.py)."""

from django.contrib.sitemaps import Sitemap

from .models import Muscle, MuscleGroup


class MuscleGroupSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return MuscleGroup.objects.all()


class MuscleSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return Muscle.objects.select_related("group").order_by("group__depth", "order", "slug")


sitemaps = {"layers": MuscleGroupSitemap, "muscles": MuscleSitemap}
