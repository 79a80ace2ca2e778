"""Poses for the pages of the apps below: `{% layer_poses group %}` and `{% muscle_poses muscle %}`.

Anatomy sits below poses and never imports them; its pages ask for their poses through these tags,
as the home page asks each app for its part.
"""

from django import template

from poses.models import Pose, PoseMuscle

register = template.Library()


@register.inclusion_tag("includes/layer_poses.html")
def layer_poses(group):
    """The published poses that work any muscle of one layer."""
    return {"poses": Pose.objects.published().filter(muscles__group=group).distinct()}


@register.inclusion_tag("includes/muscle_poses.html")
def muscle_poses(muscle):
    """The published poses that work one muscle, grouped by what they do to it."""
    links = (
        PoseMuscle.objects.filter(muscle=muscle, pose__in=Pose.objects.published())
        .select_related("pose")
        .order_by("role", "pose__english_name")
    )
    return {
        "muscle": muscle,
        "poses_by_role": PoseMuscle.by_role((link.role, link.pose) for link in links),
    }
