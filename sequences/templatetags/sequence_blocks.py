"""Sequences and tips for other pages: `{% sequence_cards %}`, `{% featured_tips %}` and
`{% gentle_practice as sequence %}` (the home page's first way in) on the home page."""

from django import template

from poses.models import Level
from sequences.models import Sequence, Tip

register = template.Library()


@register.inclusion_tag("includes/home/sequences.html")
def sequence_cards():
    return {"sequences": Sequence.objects.published().with_steps()}


@register.inclusion_tag("includes/home/tips.html")
def featured_tips():
    return {"tips": Tip.objects.featured()}


@register.simple_tag
def gentle_practice():
    """The first published beginners' sequence, or None."""
    return Sequence.objects.published().filter(level=Level.BEGINNER).first()
