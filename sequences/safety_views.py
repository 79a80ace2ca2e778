"""Sequence pages for the visitor's back: flagged steps, and "Make it safer for me"."""

from django.db.models import Prefetch
from django.views.generic import DetailView

from backsite.mixins import PublishedOrPreviewMixin
from poses.conditions.selection import read_choice

from .models import Sequence, SequenceStep
from .safety import DROP, KEEP, flag_steps, safer_steps
from .views import SequenceDetailView


class AdaptedSequenceDetailView(SequenceDetailView):
    """The sequence page with each step flagged for the conditions chosen in ?for=."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choice = read_choice(self.request)
        if choice:
            flag_steps(context["steps"], choice)
        context["my_back"] = choice
        return context


class SaferSequenceView(PublishedOrPreviewMixin, DetailView):
    """The sequence with each step to avoid swapped for a gentler pose or left out. Printable."""

    model = Sequence
    template_name = "sequences/safer.html"
    context_object_name = "sequence"

    def get_queryset(self):
        steps = SequenceStep.objects.select_related("pose")
        return super().get_queryset().prefetch_related(Prefetch("steps", queryset=steps))

    def get_context_data(self, **kwargs):
        choice = read_choice(self.request)
        steps = list(self.object.steps.all())
        plan = safer_steps(steps, choice) if choice else []
        kwargs.update(
            my_back=choice,
            plan=plan,
            to_do=[item for item in plan if item.action != DROP and not item.joined],
            changes=[item for item in plan if item.action != KEEP],
        )
        return super().get_context_data(**kwargs)
