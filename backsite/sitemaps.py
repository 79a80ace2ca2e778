"""sitemap.xml: every published pose and sequence, every layer and muscle, and the section pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from anatomy.models import Muscle, MuscleGroup
from poses.models import Pose
from sequences.models import Sequence


class SectionSitemap(Sitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return ["home", "poses:list", "anatomy:index", "sequences:list"]

    def location(self, item):
        return reverse(item)


class PoseSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Pose.objects.published().order_by("slug")

    def lastmod(self, pose):
        return pose.updated


class SequenceSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Sequence.objects.published().order_by("slug")

    def lastmod(self, sequence):
        return sequence.updated


class MuscleGroupSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return MuscleGroup.objects.all()


class MuscleSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return Muscle.objects.select_related("group").order_by("group__depth", "order", "slug")


sitemaps = {
    "sections": SectionSitemap,
    "poses": PoseSitemap,
    "sequences": SequenceSitemap,
    "layers": MuscleGroupSitemap,
    "muscles": MuscleSitemap,
}
