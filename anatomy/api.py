"""The back's four layers and their muscles as JSON: /api/v1/layers/ and /api/v1/muscles/.

Anatomy sits below poses: a muscle's poses come through the reverse relation ``muscle.pose_links``,
limited to a few, with a link to the filtered pose list for the rest.
"""

from django.db.models import Prefetch
from ninja import Query, Router, Schema

from backsite.apikit import (
    DETAIL_ERRORS,
    LIST_ERRORS,
    POSES_SHOWN,
    PageOf,
    Paging,
    PoseRef,
    absolute,
    api_url,
    get_or_404,
    page_of,
)

from .models import Muscle, MuscleGroup

router = Router(tags=["anatomy"])


class MuscleSummary(Schema):
    slug: str
    name: str
    layer: str
    part_of: str | None
    url: str
    api_url: str


class LayerSummary(Schema):
    slug: str
    name: str
    depth: int
    summary: str
    url: str
    api_url: str


class LayerDetail(LayerSummary):
    description_html: str
    muscles: list[MuscleSummary]


class MuscleDetail(MuscleSummary):
    location: str
    action: str
    origin: str
    insertion: str
    innervation: str
    description_html: str
    parts: list[MuscleSummary]
    poses: dict[str, list[PoseRef]]
    poses_url: str


class MuscleList(PageOf):
    results: list[MuscleSummary]


def layer_summary(request, group):
    return {
        "slug": group.slug,
        "name": group.name,
        "depth": group.depth,
        "summary": group.summary,
        "url": absolute(request, group),
        "api_url": api_url(request, "layer", slug=group.slug),
    }


def muscle_summary(request, muscle):
    return {
        "slug": muscle.slug,
        "name": muscle.name,
        "layer": muscle.group.slug,
        "part_of": muscle.parent.slug if muscle.parent_id else None,
        "url": absolute(request, muscle),
        "api_url": api_url(request, "muscle", slug=muscle.slug),
    }


def _muscles():
    return Muscle.objects.select_related("group", "parent")


@router.get("/layers/", response=list[LayerSummary], url_name="layers", summary="The four layers")
def list_layers(request):
    """The layers of back muscles, from the surface inward."""
    return [layer_summary(request, group) for group in MuscleGroup.objects.all()]


@router.get(
    "/layers/{slug}/",
    response={200: LayerDetail, **DETAIL_ERRORS},
    url_name="layer",
    summary="One layer",
)
def get_layer(request, slug: str):
    """A layer with its muscles, parts after the muscle they belong to."""
    group = get_or_404(
        MuscleGroup.objects.prefetch_related(Prefetch("muscles", queryset=_muscles())),
        "layer",
        slug=slug,
    )
    return {
        **layer_summary(request, group),
        "description_html": group.description_html,
        "muscles": [muscle_summary(request, muscle) for muscle in group.muscles.all()],
    }


@router.get(
    "/muscles/",
    response={200: MuscleList, **LIST_ERRORS},
    url_name="muscles",
    summary="All muscles",
)
def list_muscles(request, paging: Query[Paging]):
    """Every muscle, layer by layer from the surface inward."""
    page = page_of(request, _muscles(), paging.page)
    page["results"] = [muscle_summary(request, muscle) for muscle in page["results"]]
    return page


@router.get(
    "/muscles/{slug}/",
    response={200: MuscleDetail, **DETAIL_ERRORS},
    url_name="muscle",
    summary="One muscle",
)
def get_muscle(request, slug: str):
    """A muscle's facts, its parts, and the first poses that work it, by role."""
    muscle = get_or_404(
        _muscles().prefetch_related(Prefetch("parts", queryset=_muscles())), "muscle", slug=slug
    )
    links = (
        muscle.pose_links.filter(pose__is_published=True)
        .select_related("pose")
        .order_by("role", "pose__english_name")[:POSES_SHOWN]
    )
    poses = {}
    for link in links:
        poses.setdefault(link.role, []).append(
            {
                "slug": link.pose.slug,
                "english_name": link.pose.english_name,
                "api_url": api_url(request, "pose", slug=link.pose.slug),
            }
        )
    return {
        **muscle_summary(request, muscle),
        "location": muscle.location,
        "action": muscle.action,
        "origin": muscle.origin,
        "insertion": muscle.insertion,
        "innervation": muscle.innervation,
        "description_html": muscle.description_html,
        "parts": [muscle_summary(request, part) for part in muscle.parts.all()],
        "poses": poses,
        "poses_url": api_url(request, "poses") + f"?muscle={muscle.slug}",
    }
