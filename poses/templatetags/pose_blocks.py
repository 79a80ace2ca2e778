"""Poses for the pages of the apps below: `{% layer_poses group %}` and `{% muscle_poses muscle %}`.

Anatomy sits below poses and never imports them; its pages ask for their poses through these tags,
as the home page asks each app for its part. Each shows a few poses, in the library's order, and
links to the library filtered to all of them, so a page stays the same size however many poses
the library holds.
"""

from urllib.parse import urlencode

from django import template
from django.db.models import Exists, OuterRef
from django.urls import reverse

from poses.filters import pose_count
from poses.models import Pose, PoseMuscle

register = template.Library()

# Poses shown on a layer's page, and for each role on a muscle's page.
LAYER_POSES = 12
ROLE_POSES = 6


def _library(filter_name, slug):
    return f"{reverse('poses:list')}?{urlencode({filter_name: slug})}"


@register.inclusion_tag("includes/layer_poses.html")
def layer_poses(group):
    """The first published poses that work any muscle of one layer, and a link to them all."""
    linked = PoseMuscle.objects.filter(pose=OuterRef("pk"), muscle__group=group)
    poses = list(Pose.objects.published().filter(Exists(linked))[:LAYER_POSES])
    return {
        "poses": poses,
        "total": pose_count("group", group.slug) if len(poses) == LAYER_POSES else len(poses),
        "library_url": _library("group", group.slug),
    }


@register.inclusion_tag("includes/muscle_poses.html")
def muscle_poses(muscle):
    """The first published poses that work one muscle, for each thing they do to it."""
    poses_by_role = []
    for role in PoseMuscle.Role:
        linked = PoseMuscle.objects.filter(pose=OuterRef("pk"), muscle=muscle, role=role)
        poses = list(Pose.objects.published().filter(Exists(linked))[:ROLE_POSES])
        if poses:
            poses_by_role.append((role.label, role.value, poses))
    return {
        "muscle": muscle,
        "poses_by_role": poses_by_role,
        # The library's muscle filter counts a muscle's parts too.
        "total": pose_count("muscle", muscle.slug),
        "shown": sum(len(poses) for _label, _role, poses in poses_by_role),
        "library_url": _library("muscle", muscle.slug),
    }
