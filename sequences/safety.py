"""A sequence for the visitor's back: each step's verdicts, and a safer version of the whole.

The rule for "Make it safer for me": a step whose pose is to be avoided with any chosen condition
is swapped for the gentler pose its verdict names, if that pose is published and reviewed as not to
be avoided with every chosen condition; otherwise the step is left out, and the page says so.
Steps to adapt, or not yet reviewed, stay, with their flags. A swap that would repeat the pose
of the step just before is joined to it rather than done twice in a row.
"""

from dataclasses import dataclass, field

from poses.conditions.models import Rating
from poses.conditions.selection import Choice, verdicts_for
from poses.models import Pose

from .models import SequenceStep

KEEP, SWAP, DROP = "keep", "swap", "drop"


@dataclass
class SaferStep:
    step: SequenceStep
    action: str  # KEEP, SWAP or DROP
    pose: Pose | None  # the pose to do: the step's own, its replacement, or None when dropped
    flags: list = field(default_factory=list)  # (condition, verdict or None) for `pose`
    reasons: list = field(default_factory=list)  # the "avoid" verdicts behind a swap or a drop
    joined: bool = False  # a swap into the same pose as the step before: done as one


def flag_steps(steps: list[SequenceStep], choice: Choice) -> None:
    """Give each step ``my_back``: (condition, verdict or None) per chosen condition. One query."""
    verdicts = verdicts_for([step.pose for step in steps], choice)
    for step in steps:
        step.my_back = choice.entries(verdicts.get(step.pose_id, []))


def _avoided(entries):
    return [verdict for _, verdict in entries if verdict and verdict.rating == Rating.AVOID]


def safer_steps(steps: list[SequenceStep], choice: Choice) -> list[SaferStep]:
    """The sequence with each step to avoid swapped or dropped. Two queries, however long."""
    flag_steps(steps, choice)
    candidates = {
        verdict.gentler.pk: verdict.gentler
        for step in steps
        for verdict in _avoided(step.my_back)
        if verdict.gentler_id and verdict.gentler.is_published
    }
    candidate_verdicts = verdicts_for(list(candidates.values()), choice)
    candidate_flags = {pk: choice.entries(candidate_verdicts.get(pk, [])) for pk in candidates}

    def suits(pose):
        flags = candidate_flags[pose.pk]
        return all(verdict is not None and verdict.rating != Rating.AVOID for _, verdict in flags)

    plan = []
    for step in steps:
        reasons = _avoided(step.my_back)
        if not reasons:
            plan.append(SaferStep(step, KEEP, step.pose, step.my_back))
            continue
        replacement = next(
            (
                verdict.gentler
                for verdict in reasons
                if verdict.gentler_id in candidates and suits(verdict.gentler)
            ),
            None,
        )
        if replacement is None:
            plan.append(SaferStep(step, DROP, None, [], reasons))
        else:
            flags = candidate_flags[replacement.pk]
            plan.append(SaferStep(step, SWAP, replacement, flags, reasons))
    previous = None
    for item in plan:
        if item.action == DROP:
            continue
        item.joined = item.action == SWAP and previous is not None and previous.pk == item.pose.pk
        previous = item.pose
    return plan


def flag_words(entries) -> list[str]:
    """Short words for the player: each chosen condition's verdict, or that it is not reviewed."""
    return [
        verdict.badge if verdict else f"Not yet reviewed for {condition.short_name}"
        for condition, verdict in entries
        if verdict is None or verdict.rating != Rating.FINE
    ]


def practice_plan(steps: list[SequenceStep], choice: Choice):
    """The steps the practice player plays for this visitor, with their flags and what is left out.

    The same rule as "Make it safer for me": swaps become unsaved steps that keep the original
    step's side, hold, repetitions and note; dropped steps are named; a joined swap is played once.
    """
    played, flags, left_out = [], [], []
    for item in safer_steps(steps, choice):
        step = item.step
        if item.action == DROP:
            left_out.append(step.pose.english_name)
            continue
        if item.joined:
            continue
        words = flag_words(item.flags)
        if item.action == SWAP:
            words.insert(0, f"Instead of {step.pose.english_name.lower()}")
            step = SequenceStep(
                pose=item.pose,
                side=step.side,
                hold_seconds=step.hold_seconds,
                repetitions=step.repetitions,
                notes_html=step.notes_html,
                position=step.position,
            )
        played.append(step)
        flags.append(words)
    return played, flags, left_out
