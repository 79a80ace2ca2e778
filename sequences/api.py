"""Sequences as JSON: /api/v1/sequences/ and one sequence with its steps and tips.

A step whose pose is not public keeps its place and timing but names no pose, so nothing
unpublished reaches an API client.
"""

from django.db.models import Prefetch
from ninja import Query, Router, Schema

from backsite.apikit import (
    DETAIL_ERRORS,
    LIST_ERRORS,
    PageOf,
    Paging,
    absolute,
    api_url,
    get_or_404,
    page_of,
)
from poses.models import Level

from .models import Sequence, SequenceStep, Tip

router = Router(tags=["sequences"])


class SequenceSummary(Schema):
    slug: str
    title: str
    summary: str
    level: Level
    rounds: int
    step_count: int
    estimated_minutes: int
    url: str
    api_url: str


class StepPose(Schema):
    slug: str
    english_name: str
    sanskrit_name: str
    api_url: str


class Step(Schema):
    position: int
    pose: StepPose | None
    side: SequenceStep.Side
    hold_seconds: int | None
    repetitions: int
    notes_html: str


class TipOut(Schema):
    title: str
    kind: Tip.Kind
    body_html: str


class SequenceDetail(SequenceSummary):
    introduction_html: str
    steps: list[Step]
    tips: list[TipOut]
    updated: str


class SequenceList(PageOf):
    results: list[SequenceSummary]


def summary(request, sequence):
    return {
        "slug": sequence.slug,
        "title": sequence.title,
        "summary": sequence.summary,
        "level": sequence.level,
        "rounds": sequence.repeat_count,
        "step_count": sequence.step_count,
        "estimated_minutes": sequence.estimated_minutes,
        "url": absolute(request, sequence),
        "api_url": api_url(request, "sequence", slug=sequence.slug),
    }


def step(request, item):
    pose = item.pose
    return {
        "position": item.position,
        "pose": {
            "slug": pose.slug,
            "english_name": pose.english_name,
            "sanskrit_name": pose.sanskrit_name,
            "api_url": api_url(request, "pose", slug=pose.slug),
        }
        if pose.is_published
        else None,
        "side": item.side,
        "hold_seconds": item.hold_seconds,
        "repetitions": item.repetitions,
        "notes_html": item.notes_html,
    }


@router.get(
    "/sequences/",
    response={200: SequenceList, **LIST_ERRORS},
    url_name="sequences",
    summary="Published sequences",
)
def list_sequences(request, paging: Query[Paging]):
    """Published sequences in the site's order, each with its estimated time."""
    sequences = Sequence.objects.published().with_steps()
    page = page_of(request, sequences, paging.page)
    page["results"] = [summary(request, item) for item in page["results"]]
    return page


@router.get(
    "/sequences/{slug}/",
    response={200: SequenceDetail, **DETAIL_ERRORS},
    url_name="sequence",
    summary="One sequence",
)
def get_sequence(request, slug: str):
    """A published sequence with its steps in order and its tips, cautions first."""
    sequence = get_or_404(
        Sequence.objects.published()
        .with_steps()
        .prefetch_related(Prefetch("tips", queryset=Tip.objects.all())),
        "sequence",
        slug=slug,
    )
    tips = sorted(sequence.tips.all(), key=lambda tip: tip.kind != Tip.Kind.CAUTION)
    return {
        **summary(request, sequence),
        "introduction_html": sequence.introduction_html,
        "steps": [step(request, item) for item in sequence.steps.all()],
        "tips": [
            {"title": tip.title, "kind": tip.kind, "body_html": tip.body_html} for tip in tips
        ],
        "updated": sequence.updated.isoformat(),
    }
