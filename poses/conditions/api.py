"""Conditions as JSON: /api/v1/conditions/ and one condition with its sources and poses by verdict.

A pose's own verdicts come with the pose (``poses/api.py``); here each condition lists the first
published poses of each verdict, with a link to the rest.
"""

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

from ..models import Pose
from .models import Condition, Rating, Verdict

router = Router(tags=["conditions"])


class ConditionSummary(Schema):
    slug: str
    name: str
    short_name: str
    description: str
    url: str
    api_url: str


class SourceOut(Schema):
    title: str
    url: str


class ConditionPoses(Schema):
    fine: list[PoseRef]
    adapt: list[PoseRef]
    avoid: list[PoseRef]


class ConditionDetail(ConditionSummary):
    helps_html: str
    careful_html: str
    red_flags_html: str
    sources: list[SourceOut]
    poses: ConditionPoses


class ConditionList(PageOf):
    results: list[ConditionSummary]


def summary(request, condition):
    return {
        "slug": condition.slug,
        "name": condition.name,
        "short_name": condition.short_name,
        "description": condition.description,
        "url": absolute(request, condition),
        "api_url": api_url(request, "condition", slug=condition.slug),
    }


@router.get(
    "/conditions/",
    response={200: ConditionList, **LIST_ERRORS},
    url_name="conditions",
    summary="Conditions",
)
def list_conditions(request, paging: Query[Paging]):
    """The conditions a visitor can choose on "My back", in the site's order."""
    page = page_of(request, Condition.objects.all(), paging.page)
    page["results"] = [summary(request, condition) for condition in page["results"]]
    return page


@router.get(
    "/conditions/{slug}/",
    response={200: ConditionDetail, **DETAIL_ERRORS},
    url_name="condition",
    summary="One condition",
)
def get_condition(request, slug: str):
    """What the condition is, what helps, what to be careful with, its red flags and sources, and
    the first published poses that are usually fine, to adapt and to avoid."""
    condition = get_or_404(Condition.objects.with_sources(), "condition", slug=slug)
    poses = {rating.value: [] for rating in Rating}
    for rating in Rating:
        verdicts = (
            Verdict.objects.filter(
                condition=condition, rating=rating, pose__in=Pose.objects.published()
            )
            .select_related("pose")
            .order_by("pose__english_name")[:POSES_SHOWN]
        )
        poses[rating.value] = [
            {
                "slug": verdict.pose.slug,
                "english_name": verdict.pose.english_name,
                "api_url": api_url(request, "pose", slug=verdict.pose.slug),
            }
            for verdict in verdicts
        ]
    return {
        **summary(request, condition),
        "helps_html": condition.helps_html,
        "careful_html": condition.careful_html,
        "red_flags_html": condition.red_flags_html,
        "sources": [{"title": s.title, "url": s.url} for s in condition.sources.all()],
        "poses": poses,
    }
