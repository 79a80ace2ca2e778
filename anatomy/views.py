"""The back's four layers of muscles.

Anatomy sits below poses and never reaches them: its templates ask for the poses that work a layer
or a muscle through the poses app's own inclusion tags (poses/templatetags/pose_blocks.py).
"""

from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Muscle, MuscleGroup, MuscleOldSlug


def muscle_parts():
    """A muscle's parts, each with the layer its address needs."""
    return Prefetch("parts", queryset=Muscle.objects.select_related("group"))


def top_level_muscles():
    """A layer's muscles with their parts nested under them."""
    return Prefetch(
        "muscles",
        queryset=Muscle.objects.filter(parent=None)
        .select_related("group")
        .prefetch_related(muscle_parts()),
        to_attr="top_muscles",
    )


class AnatomyIndexView(ListView):
    template_name = "anatomy/index.html"
    context_object_name = "groups"

    def get_queryset(self):
        return MuscleGroup.objects.prefetch_related(top_level_muscles())


class MuscleGroupDetailView(DetailView):
    template_name = "anatomy/group_detail.html"
    context_object_name = "group"

    def get_queryset(self):
        return MuscleGroup.objects.prefetch_related(top_level_muscles())

    def get_context_data(self, **kwargs):
        group = self.object
        kwargs["neighbours"] = MuscleGroup.objects.exclude(pk=group.pk)
        return super().get_context_data(**kwargs)


class MuscleDetailView(DetailView):
    template_name = "anatomy/muscle_detail.html"
    context_object_name = "muscle"

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            muscle = self.moved_muscle(kwargs["group"], kwargs["slug"])
            if muscle is None:
                raise
            url = muscle.get_absolute_url()
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    def moved_muscle(self, group, slug):
        """The muscle an old address means: one renamed or moved to another layer, or one whose
        layer has a new address (no layer answers at the old one)."""
        old = MuscleOldSlug.objects.select_related("target__group").filter(slug=f"{group}/{slug}")
        if old := old.first():
            return old.target
        if MuscleGroup.objects.filter(slug=group).exists():
            return None
        return Muscle.objects.select_related("group").filter(slug=slug).first()

    def get_object(self, queryset=None):
        return get_object_or_404(
            Muscle.objects.select_related("group", "parent").prefetch_related(muscle_parts()),
            group__slug=self.kwargs["group"],
            slug=self.kwargs["slug"],
        )
