from django.views.generic import DetailView, ListView

from backsite.mixins import PublishedOrPreviewMixin

from .balance import sequence_balance
from .models import Sequence, Tip


class SequenceListView(ListView):
    model = Sequence
    template_name = "sequences/sequence_list.html"
    context_object_name = "sequences"

    def get_queryset(self):
        return Sequence.objects.published().with_steps()


class SequenceDetailView(PublishedOrPreviewMixin, DetailView):
    model = Sequence
    template_name = "sequences/sequence_detail.html"
    context_object_name = "sequence"

    def get_queryset(self):
        return super().get_queryset().with_movements().prefetch_related("tips")

    def get_context_data(self, **kwargs):
        sequence = self.object
        tips = list(sequence.tips.all())
        steps = list(sequence.steps.all())
        kwargs.update(
            steps=steps,
            balance=sequence_balance(sequence, steps),
            cautions=[tip for tip in tips if tip.kind == Tip.Kind.CAUTION],
            tips=[tip for tip in tips if tip.kind != Tip.Kind.CAUTION],
            estimated_minutes=sequence.estimated_minutes,
        )
        return super().get_context_data(**kwargs)
