"""A practice read from its address, as unsaved steps of real, published poses.

The steps are ``SequenceStep`` objects that are never saved, so the one schedule times them, the
balance check reads them and the practice player plays them exactly like a saved sequence's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from poses.models import Pose

from ..models import SequenceStep
from . import code


@dataclass
class BuiltPractice:
    steps: list[SequenceStep] = field(default_factory=list)
    rounds: int = 1
    problems: list[str] = field(default_factory=list)

    @property
    def codes(self) -> list[code.Step]:
        return [
            code.Step(s.pose.slug, s.side, s.hold_seconds or None, s.repetitions)
            for s in self.steps
        ]

    @property
    def p(self) -> str:
        """The canonical ``p`` value of this practice."""
        return code.encode(self.codes)

    @property
    def query(self) -> dict:
        query = {"p": self.p}
        if self.rounds != 1:
            query["rounds"] = self.rounds
        return query


def poses_by_slug(slugs) -> dict[str, Pose]:
    """Every pose named (drafts too, to say why they are left out) with its movements. 2 queries."""
    if not slugs:
        return {}
    found = Pose.objects.filter(slug__in=set(slugs)).prefetch_related("movements")
    return {pose.slug: pose for pose in found}


def step_for(pose: Pose, item: code.Step, position: int) -> SequenceStep:
    return SequenceStep(
        pose=pose,
        position=position,
        side=item.side,
        hold_seconds=item.hold,
        repetitions=item.repetitions,
    )


def resolve(reading: code.Reading, extra_slugs=()) -> tuple[BuiltPractice, dict[str, Pose]]:
    """The practice with its poses; steps whose pose is unknown or not public are named and left
    out. ``extra_slugs`` are fetched in the same query (a pose about to be added)."""
    practice = BuiltPractice(rounds=reading.rounds, problems=list(reading.problems))
    poses = poses_by_slug([item.slug for item in reading.steps] + list(extra_slugs))
    for item in reading.steps:
        pose = poses.get(item.slug)
        if pose is None:
            practice.problems.append(
                f"{code.quote(item.slug)} is not a pose in the library, so it is left out."
            )
        elif not pose.is_published:
            practice.problems.append(
                f"{code.quote(item.slug)} is not available at the moment (it may be being "
                "revised), so it is left out."
            )
        else:
            practice.steps.append(step_for(pose, item, len(practice.steps) + 1))
    return practice, poses


def read(params) -> tuple[BuiltPractice, dict[str, Pose]]:
    """The practice in a query string (``p`` and ``rounds``)."""
    return resolve(code.decode(params.get("p"), params.get("rounds")))
