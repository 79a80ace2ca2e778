"""The back's layers for other pages: `{% muscle_layers %}` on the home page."""

from django import template

from anatomy.models import MuscleGroup

register = template.Library()


@register.inclusion_tag("includes/home/layers.html")
def muscle_layers():
    return {"groups": MuscleGroup.objects.all()}
