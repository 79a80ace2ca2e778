"""The balance check: how a practice moves the spine, worked out from its poses' movements.

For every practice (a saved sequence or one a visitor builds) it counts the steps and the time of
bending forward, bending backward, twisting and side-bending, with left and right counted apart,
and of neutral work; then it warns when:

- a twist or a side-bend goes only one way;
- a deep backbend is not followed by a neutral pose or a gentle forward bend;
- a beginner practice includes an inversion;
- a practice's level is lower than its hardest pose.

Times come from the one schedule (``schedule.build_schedule``), so they add up to the estimate.
A step on "both sides together" counts for both left and right; "each side in turn" counts each
side's own holds. The poses' movements must be prefetched (``pose__movements``) so a page asks the
database nothing more here.

Definitions, kept simple so editors can predict them:

- a **deep backbend** bends backward and is above beginner level;
- a **gentle forward bend** bends forward, neither backward nor with a twist, at beginner level;
- a **neutral** pose is marked neutral, or records no bending, twisting or side-bending;
- an **inversion** is in the inversion category.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.text import get_text_list

from poses.models import Category, Level

from . import schedule as timing

FLEXION, EXTENSION, ROTATION, SIDE_BEND, NEUTRAL = (
    "flexion", "extension", "rotation", "side-bend", "neutral",
)  # fmt: skip
BENDS = {FLEXION, EXTENSION, ROTATION, SIDE_BEND}
LEVEL_RANK = {Level.BEGINNER: 0, Level.INTERMEDIATE: 1, Level.ADVANCED: 2}

# (key, label) of each row, in the order the table and the chart show them.
ROWS = [
    ("forward", "Bending forward"),
    ("backward", "Bending backward"),
    ("twist-left", "Twisting, left side"),
    ("twist-right", "Twisting, right side"),
    ("side-left", "Side-bending, left side"),
    ("side-right", "Side-bending, right side"),
    ("neutral", "Neutral or stabilising"),
    ("unknown", "Movements not yet recorded"),
]

# Bar colours (each bar is labelled in words as well); all darker than 4.5:1 on white.
FILLS = {
    "forward": "#1b5e63",
    "backward": "#8a4b08",
    "twist-left": "#3b6ea8",
    "twist-right": "#3b6ea8",
    "side-left": "#6b4c9a",
    "side-right": "#6b4c9a",
    "neutral": "#4f5d61",
    "unknown": "#7b8a86",
}


def movements(pose) -> set[str]:
    """The slugs of a pose's spinal movements (prefetched: no query)."""
    return {movement.slug for movement in pose.movements.all()}


def is_deep_backbend(pose) -> bool:
    # Bending backward beyond a beginner's level; a pose's kind is its position, not its movement.
    return EXTENSION in movements(pose) and pose.level != Level.BEGINNER


def is_gentle_forward_bend(pose) -> bool:
    moves = movements(pose)
    return FLEXION in moves and not moves & {EXTENSION, ROTATION} and pose.level == Level.BEGINNER


def is_neutral(pose) -> bool:
    moves = movements(pose)
    return NEUTRAL in moves or bool(moves) and not moves & BENDS


def row_keys(pose, side: str) -> list[str]:
    """The rows one hold of ``pose`` on ``side`` ("left", "right" or "both") counts in."""
    moves = movements(pose)
    if not moves:
        return ["unknown"]
    sides = ("left", "right") if side == timing.BOTH else (side,)
    keys = []
    if FLEXION in moves:
        keys.append("forward")
    if EXTENSION in moves:
        keys.append("backward")
    if ROTATION in moves:
        keys += [f"twist-{s}" for s in sides]
    if SIDE_BEND in moves:
        keys += [f"side-{s}" for s in sides]
    if is_neutral(pose):
        keys.append("neutral")
    return keys


@dataclass
class Row:
    key: str
    label: str
    steps: int = 0
    seconds: int = 0

    @property
    def minutes(self) -> float:
        return round(self.seconds / 60, 1)


@dataclass(frozen=True)
class Warning:
    code: str  # "one-way-twist", "one-way-side-bend", "backbend-no-counter", ...
    message: str


@dataclass
class Balance:
    rows: list[Row]
    warnings: list[Warning] = field(default_factory=list)
    total_seconds: int = 0
    hardest: Any = None  # the pose of the highest level, if any step has one
    level_checked: bool = False  # the practice states a level, so the level rules ran

    @property
    def passes(self) -> bool:
        return not self.warnings

    @property
    def shown_rows(self) -> list[Row]:
        """Every row but "not yet recorded" when nothing is missing."""
        return [row for row in self.rows if row.key != "unknown" or row.steps]

    @property
    def longest(self) -> int:
        return max((row.seconds for row in self.rows), default=0)

    def chart(self, width: int = 320, bar_height: int = 12, gap: int = 12) -> dict:
        """Bar geometry for the server-drawn SVG: a label over each bar, scaled to the longest."""
        longest = self.longest or 1
        row_height = 16 + bar_height + gap
        bars = []
        for index, row in enumerate(self.shown_rows):
            top = index * row_height
            bars.append(
                {
                    "row": row,
                    "label_y": top + 12,
                    "y": top + 16,
                    "width": round(width * row.seconds / longest, 1),
                    "fill": FILLS.get(row.key, FILLS["neutral"]),
                }
            )
        return {
            "bars": bars,
            "width": width,
            "bar_height": bar_height,
            "height": max(1, len(bars) * row_height - gap),
        }


def check(
    steps: Iterable[Any],
    *,
    rounds: int = 1,
    level: str | None = None,
    numbers: list[int] | None = None,
) -> Balance:
    """The balance of a practice: its figures and its warnings.

    ``steps`` are step-like objects (see ``schedule.build_schedule``) whose poses have their
    movements prefetched. ``level`` is the practice's stated level; without one (a practice a
    visitor builds) the two level rules are left out. ``numbers`` are the step numbers the page
    shows (1, 2, 3, ... by default), so a warning names the step a reader sees.
    """
    steps = list(steps)
    numbers = numbers or list(range(1, len(steps) + 1))

    def _step_label(index, step):
        return f"{step.pose.english_name.lower()} (step {numbers[index]})"

    rows = {key: Row(key, label) for key, label in ROWS}
    schedule = timing.build_schedule(steps, max(1, rounds))
    by_row: dict[str, list[int]] = {key: [] for key in rows}  # the steps counted in each row
    for segment in schedule.segments:
        if segment.kind != "hold":
            continue
        step = steps[segment.step]
        for key in row_keys(step.pose, segment.side):
            rows[key].seconds += segment.seconds
            if segment.step not in by_row[key]:
                by_row[key].append(segment.step)
                rows[key].steps += 1

    balance = Balance(
        rows=list(rows.values()), total_seconds=schedule.total_seconds, level_checked=bool(level)
    )
    warn = balance.warnings.append

    for kind, name in (("twist", "twist"), ("side", "side-bend")):
        left, right = rows[f"{kind}-left"], rows[f"{kind}-right"]
        if bool(left.seconds) != bool(right.seconds):
            done, missing = ("left", "right") if left.seconds else ("right", "left")
            which = [_step_label(i, steps[i]) for i in by_row[f"{kind}-{done}"]]
            warn(
                Warning(
                    f"one-way-{name}",
                    f"The {name}s go only to the {done} side: {get_text_list(which, 'and')}. "
                    f"Add the same on the {missing} side, or do the step each side in turn.",
                )
            )

    for index, step in enumerate(steps):
        if not is_deep_backbend(step.pose):
            continue
        following = steps[index + 1] if index + 1 < len(steps) else None
        if following is None:
            warn(
                Warning(
                    "backbend-no-counter",
                    f"The practice ends on a deep backbend, {_step_label(index, step)}. "
                    "Follow it with a neutral pose or a gentle forward bend, such as "
                    "child's pose.",
                )
            )
        elif not (is_neutral(following.pose) or is_gentle_forward_bend(following.pose)):
            warn(
                Warning(
                    "backbend-no-counter",
                    f"A deep backbend, {_step_label(index, step)}, is followed by "
                    f"{following.pose.english_name.lower()}, which is neither neutral nor a gentle "
                    "forward bend. Put a neutral pose or a gentle forward bend after it.",
                )
            )

    ranked = [s.pose for s in steps]
    if ranked:
        balance.hardest = max(ranked, key=lambda pose: LEVEL_RANK.get(pose.level, 0))
    if level == Level.BEGINNER:
        inversions = [_step_label(i, s) for i, s in enumerate(steps) if _is_inversion(s.pose)]
        if inversions:
            warn(
                Warning(
                    "beginner-inversion",
                    "A beginner practice includes an inversion: "
                    f"{get_text_list(inversions, 'and')}.",
                )
            )
    if level and balance.hardest is not None:
        hardest = balance.hardest
        if LEVEL_RANK.get(hardest.level, 0) > LEVEL_RANK.get(level, 0):
            warn(
                Warning(
                    "level-below-hardest-pose",
                    f"The practice is marked {Level(level).label.lower()}, but "
                    f"{hardest.english_name.lower()} is {hardest.get_level_display().lower()}.",
                )
            )
    return balance


def _is_inversion(pose) -> bool:
    return pose.category == Category.INVERSION


@dataclass
class SequenceBalance:
    """A sequence's balance as played by default, and what its optional steps would add."""

    balance: Balance
    with_optional: list[Warning]  # warnings that only the optional steps bring
    optional_count: int


def sequence_balance(sequence, steps: list[Any] | None = None) -> SequenceBalance:
    """The balance check of a saved sequence (steps prefetched with their poses' movements)."""
    steps = list(sequence.steps.all()) if steps is None else steps
    played = timing.played_steps(steps)
    numbers = [n for n, step in enumerate(steps, start=1) if not getattr(step, "optional", False)]
    balance = check(played, rounds=sequence.repeat_count, level=sequence.level, numbers=numbers)
    extra = []
    if len(played) != len(steps):
        everything = check(steps, rounds=sequence.repeat_count, level=sequence.level)
        seen = set(balance.warnings)
        extra = [w for w in everything.warnings if w not in seen]
    return SequenceBalance(balance, extra, len(steps) - len(played))
