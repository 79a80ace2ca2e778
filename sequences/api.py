"""Sequences as JSON: /api/v1/sequences/ and one sequence with its steps and tips.

A step whose pose is not public keeps its place and timing but names no pose, so nothing
unpublished reaches an API client.
"""

from django.db.models import Prefetch
from ninja import Field, Query, Router, Schema

from backsite.apikit import (
    LIST_ERRORS,
    PageOf,
    Paging,
    absolute,
    api_url,
    get_or_404,
    page_of,
)
from poses.models import Level

from . import schedule as timing
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
    optional: bool  # left out of the schedule and the estimate (the player's default)
    optional_reason: str
    notes_html: str


class TipOut(Schema):
    title: str
    kind: Tip.Kind
    body_html: str


class Segment(Schema):
    """One timed part of the practice: "ready" (a lead-in), "hold", or "rest" between rounds."""

    kind: str
    step: int  # the position of the step it belongs to (for ready and rest, the step coming up)
    round: int
    side: str
    repetition: int
    seconds: int
    start: int


class PracticeSchedule(Schema):
    pace: float
    lead_in: int
    rest: int
    total_seconds: int
    segments: list[Segment]


class ScheduleOptions(Schema):
    pace: float = Field(1.0, ge=0.5, le=2.0, description="Every hold scaled by this, 0.5 to 2.")
    lead_in: int = Field(0, ge=0, le=30, description="Seconds to get ready before each pose.")
    rest: int = Field(0, ge=0, le=120, description="Seconds of rest between rounds.")


class SequenceDetail(SequenceSummary):
    introduction_html: str
    steps: list[Step]
    schedule: PracticeSchedule
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
        "optional": item.optional,
        "optional_reason": item.optional_reason,
        "notes_html": item.notes_html,
    }


def schedule(sequence, options):
    steps = timing.played_steps(sequence.steps.all())
    plan = sequence.schedule(steps, pace=options.pace, lead_in=options.lead_in, rest=options.rest)
    return {
        "pace": options.pace,
        "lead_in": options.lead_in,
        "rest": options.rest,
        "total_seconds": plan.total_seconds,
        "segments": [
            {**segment.as_json(), "step": steps[segment.step].position, "start": segment.start}
            for segment in plan.segments
        ],
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
    response={200: SequenceDetail, **LIST_ERRORS},
    url_name="sequence",
    summary="One sequence",
)
def get_sequence(request, slug: str, options: Query[ScheduleOptions]):
    """A published sequence with its steps in order, its tips (cautions first) and the timed
    schedule the practice player follows (optional steps left out, as the player leaves them out
    by default): every step, side, repetition and round with its
    seconds. At the default pace 1 with no lead-in or rest, its total is the estimated time."""
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
        "schedule": schedule(sequence, options),
        "tips": [
            {"title": tip.title, "kind": tip.kind, "body_html": tip.body_html} for tip in tips
        ],
        "updated": sequence.updated.isoformat(),
    }
