"""Sequences and tips for other pages: `{% sequence_cards %}` and `{% featured_tips %}` on the home
page."""

from django import template

from sequences.models import Sequence, Tip

register = template.Library()


@register.inclusion_tag("includes/home/sequences.html")
def sequence_cards():
    return {"sequences": Sequence.objects.published().with_steps()}


@register.inclusion_tag("includes/home/tips.html")
def featured_tips():
    return {"tips": Tip.objects.featured()}
