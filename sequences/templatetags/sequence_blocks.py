"""Sequences and tips for other pages: `{% sequence_cards %}` and `{% featured_tips %}` on the home
page."""

from django import template

from sequences.models import Sequence, Tip
from sequences.views import add_estimates, steps_with_poses

register = template.Library()


@register.inclusion_tag("includes/home/sequences.html")
def sequence_cards():
    sequences = Sequence.objects.published().prefetch_related(steps_with_poses())
    return {"sequences": add_estimates(sequences)}


@register.inclusion_tag("includes/home/tips.html")
def featured_tips():
    return {"tips": Tip.objects.featured()}
