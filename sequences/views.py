import math

from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from backsite.mixins import PublishedOrPreviewMixin

from .models import Sequence, SequenceStep, Tip

# How the estimated total time is worked out, shown to visitors beside the estimate.
DEFAULT_HOLD_SECONDS = 30
ESTIMATE_NOTE = (
    "The estimate adds up each step's hold (the step's own time; otherwise halfway between the "
    "pose's shortest and longest suggested holds; otherwise 30 seconds), times its repetitions, "
    "twice for steps done on each side, times the rounds. Moving between poses and resting "
    "take a little longer."
)


def step_seconds(step):
    """The time one step takes in one round, for the estimate."""
    pose = step.pose
    suggested = [s for s in (pose.hold_min_seconds, pose.hold_max_seconds) if s]
    if step.hold_seconds:
        hold = step.hold_seconds
    elif suggested:
        hold = sum(suggested) / len(suggested)
    else:
        hold = DEFAULT_HOLD_SECONDS
    sides = 2 if step.side == SequenceStep.Side.EACH else 1
    return hold * step.repetitions * sides


def estimate_seconds(sequence, steps):
    return sum(step_seconds(step) for step in steps) * sequence.repeat_count


def estimate_minutes(seconds):
    """Whole minutes, rounded up, never less than one for a sequence with steps."""
    return math.ceil(seconds / 60)


def add_estimates(sequences):
    """Give each sequence `step_count` and `estimated_minutes`; steps must be prefetched."""
    sequences = list(sequences)
    for sequence in sequences:
        steps = list(sequence.steps.all())
        sequence.step_count = len(steps)
        sequence.estimated_minutes = estimate_minutes(estimate_seconds(sequence, steps))
    return sequences


def steps_with_poses():
    return Prefetch("steps", queryset=SequenceStep.objects.select_related("pose"))


class SequenceListView(ListView):
    model = Sequence
    template_name = "sequences/sequence_list.html"
    context_object_name = "sequences"

    def get_queryset(self):
        return Sequence.objects.published().prefetch_related(steps_with_poses())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sequences"] = add_estimates(context["sequences"])
        return context


class SequenceDetailView(PublishedOrPreviewMixin, DetailView):
    model = Sequence
    template_name = "sequences/sequence_detail.html"
    context_object_name = "sequence"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                steps_with_poses(),
                "tips",
            )
        )

    def get_context_data(self, **kwargs):
        sequence = self.object
        steps = list(sequence.steps.all())
        tips = list(sequence.tips.all())
        seconds = estimate_seconds(sequence, steps)
        kwargs.update(
            steps=steps,
            cautions=[tip for tip in tips if tip.kind == Tip.Kind.CAUTION],
            tips=[tip for tip in tips if tip.kind != Tip.Kind.CAUTION],
            estimated_minutes=estimate_minutes(seconds),
            estimate_note=ESTIMATE_NOTE,
        )
        return super().get_context_data(**kwargs)
