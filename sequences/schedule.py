"""How long a practice takes, and the timed plan the practice player follows.

One rule for time, used by every page: the sequence cards and page (the estimate) and the practice
player (the schedule). The estimate is the schedule's total at pace 1 with no lead-ins or rests.

``build_schedule(steps, rounds)`` takes any step-like objects, saved or not: each needs ``pose``
(with ``hold_min_seconds`` and ``hold_max_seconds``), ``side`` (a ``SequenceStep.Side`` value),
``hold_seconds`` (empty or zero: use the pose's guidance) and ``repetitions``. A practice built by a
visitor, made of unsaved ``SequenceStep(pose=..., side=..., ...)`` objects, is timed and played
exactly like a saved sequence: render ``sequences/includes/player.html`` with
``player_context(schedule, title=..., back_url=...)``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

DEFAULT_HOLD_SECONDS = 30
LEAD_IN_SECONDS = 5
REST_SECONDS = 15
MAX_ROUNDS = 10
PACES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
LEAD_INS = (0, 3, 5, 10)
RESTS = (0, 15, 30, 60)

# Side values as SequenceStep.Side stores them (kept here so unsaved steps need no model).
EACH, BOTH = "each", "both"
SIDE_LABELS = {"right": "Right side", "left": "Left side", "both": "Both sides"}


class PoseLike(Protocol):
    hold_min_seconds: int | None
    hold_max_seconds: int | None


class StepLike(Protocol):
    pose: PoseLike
    side: str
    hold_seconds: int | None
    repetitions: int


def played_steps(steps: Iterable[Any], *, include_optional: bool = False) -> list[Any]:
    """The steps a practice plays: optional ones (``step.optional``) only when asked for.

    The estimate, the player and the balance check all start from this, so they agree.
    """
    steps = list(steps)
    if include_optional:
        return steps
    return [step for step in steps if not getattr(step, "optional", False)]


def hold_seconds(step: StepLike) -> int:
    """One hold of a step: its own time; else halfway between the pose's holds; else 30 s.

    Zero counts as not set, so a step never has an empty hold. Halfway is rounded to whole seconds.
    """
    if step.hold_seconds:
        return int(step.hold_seconds)
    pose = step.pose
    suggested = [s for s in (pose.hold_min_seconds, pose.hold_max_seconds) if s]
    if suggested:
        return half_up(sum(suggested) / len(suggested))
    return DEFAULT_HOLD_SECONDS


def sides(step: StepLike) -> tuple[str, ...]:
    """The sides a step is held on, in order: right then left for "each side in turn"."""
    if step.side == EACH:
        return ("right", "left")
    return (step.side or BOTH,)


def half_up(value: float) -> int:
    """Round halves up (Python's round() goes to even); the player's script rounds the same way."""
    return math.floor(value + 0.5)


def paced(seconds: int, pace: float) -> int:
    """A hold scaled by the visitor's pace, in whole seconds, never below one."""
    return max(1, half_up(seconds * pace))


def estimate_seconds(steps: Iterable[StepLike], rounds: int) -> int:
    """The estimated time of a practice: the schedule's total at pace 1, without lead-ins."""
    return build_schedule(steps, rounds).total_seconds


def estimate_minutes(seconds: float) -> int:
    """Whole minutes, rounded up, never less than one for a sequence with steps."""
    return math.ceil(seconds / 60)


@dataclass(frozen=True)
class Segment:
    """One timed part of a practice: get ready, hold, or rest between rounds."""

    kind: str  # "ready", "hold" or "rest"
    step: int  # index into Schedule.steps (the step coming up, for "ready" and "rest")
    round: int
    side: str
    repetition: int
    seconds: int
    start: int

    @property
    def side_label(self) -> str:
        return SIDE_LABELS.get(self.side, "")

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "step": self.step,
            "round": self.round,
            "side": self.side,
            "repetition": self.repetition,
            "seconds": self.seconds,
        }


@dataclass
class Schedule:
    steps: list[Any]
    rounds: int
    pace: float = 1.0
    lead_in: int = 0
    rest: int = 0
    segments: list[Segment] = field(default_factory=list)

    @property
    def plan(self) -> list[Hold]:
        return round_plan(self.steps)

    @property
    def total_seconds(self) -> int:
        return sum(segment.seconds for segment in self.segments)

    @property
    def hold_seconds(self) -> int:
        return sum(s.seconds for s in self.segments if s.kind == "hold")

    @property
    def minutes(self) -> int:
        return estimate_minutes(self.total_seconds)

    def by_round(self) -> list[tuple[int, list[tuple[Segment, Any]]]]:
        """Each round's segments, each with its step: the plan as the page lists it."""
        grouped: dict[int, list[tuple[Segment, Any]]] = {}
        for segment in self.segments:
            grouped.setdefault(segment.round, []).append((segment, self.steps[segment.step]))
        return list(grouped.items())


@dataclass(frozen=True)
class Hold:
    """One hold of one round at pace 1; the player's script expands these like build_schedule."""

    step: int
    side: str
    repetition: int
    seconds: int
    ready: bool  # a "get ready" lead-in comes first (the pose or the side changes)

    def as_json(self) -> list[Any]:
        return [self.step, self.side, self.repetition, self.seconds, self.ready]


def round_plan(steps: list[StepLike]) -> list[Hold]:
    """The holds of one round in order: each step, each repetition, each side (right, then left)."""
    plan, previous = [], None
    for index, step in enumerate(steps):
        hold = hold_seconds(step)
        for repetition in range(1, step.repetitions + 1):
            for side in sides(step):
                plan.append(Hold(index, side, repetition, hold, (index, side) != previous))
                previous = (index, side)
    return plan


def build_schedule(
    steps: Iterable[StepLike],
    rounds: int,
    *,
    pace: float = 1.0,
    lead_in: int = 0,
    rest: int = 0,
) -> Schedule:
    """Every part of a practice, in order, with its seconds.

    Each round follows ``round_plan``: a "get ready" lead-in of ``lead_in`` seconds (none when 0)
    whenever the pose or the side changes, then the hold scaled by ``pace``. Repetitions of one pose
    on one side follow each other without a lead-in. A rest of ``rest`` seconds comes between
    rounds. ``static/js/practice.js`` expands the same plan the same way when a visitor changes
    the pace, the rounds or the lead-in.
    """
    steps = list(steps)
    schedule = Schedule(steps=steps, rounds=rounds, pace=pace, lead_in=lead_in, rest=rest)
    plan, clock = round_plan(steps), 0

    def add(kind, hold, round_number, seconds):
        nonlocal clock
        schedule.segments.append(
            Segment(kind, hold.step, round_number, hold.side, hold.repetition, seconds, clock)
        )
        clock += seconds

    for round_number in range(1, rounds + 1):
        for position, hold in enumerate(plan):
            if position == 0 and round_number > 1 and rest:
                add("rest", hold, round_number, rest)
            elif lead_in and hold.ready:
                add("ready", hold, round_number, lead_in)
            add("hold", hold, round_number, paced(hold.seconds, pace))
    return schedule
