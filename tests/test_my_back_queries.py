"""Pages adapted to ?for= run the same number of queries however many poses, verdicts and
conditions there are, with conditions chosen or not."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from poses.models import Rating
from tests.factories import (
    ConditionFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    SourceFactory,
    VerdictFactory,
)

BATCH = 3
RATINGS = [Rating.FINE, Rating.ADAPT, Rating.AVOID]


class World:
    def __init__(self):
        self.first = ConditionFactory(slug="first")
        self.second = ConditionFactory(slug="second")
        self.pose = PoseFactory(slug="focus-pose")
        self.gentle = PoseFactory(slug="gentle-pose")
        self.sequence = SequenceFactory(slug="focus-sequence")
        self.steps = 0

    def grow(self):
        conditions = [self.first, self.second, *(ConditionFactory() for _ in range(BATCH))]
        for condition in conditions[2:]:
            SourceFactory(condition=condition)
            VerdictFactory(pose=self.pose, condition=condition, rating=Rating.AVOID)
        for index in range(BATCH):
            pose = PoseFactory()
            for condition in conditions:
                rating = RATINGS[(index + condition.pk) % 3]
                VerdictFactory(
                    pose=pose,
                    condition=condition,
                    rating=rating,
                    change="Go gently." if rating == Rating.ADAPT else "",
                    gentler=self.gentle if rating != Rating.FINE else None,
                )
            for step_pose in (pose, self.pose):
                self.steps += 1
                SequenceStepFactory(sequence=self.sequence, pose=step_pose, position=self.steps)
        for condition in conditions[:2]:
            if not self.pose.verdicts.filter(condition=condition).exists():
                VerdictFactory(
                    pose=self.pose, condition=condition, rating=Rating.AVOID, gentler=self.gentle
                )
            SourceFactory(condition=condition)


@pytest.fixture
def world(db):
    world = World()
    world.grow()
    return world


PAGES = [
    "/",
    "/poses/",
    "/poses/?for=first,second",
    "/poses/?for=first,second&avoided=show",
    "/poses/?for=first,nonsense&level=beginner",
    "/poses/focus-pose/",
    "/poses/focus-pose/?for=first,second",
    "/sequences/focus-sequence/",
    "/sequences/focus-sequence/?for=first,second",
    "/sequences/focus-sequence/safer/?for=first,second",
    "/my-back/",
    "/my-back/?for=second",
    "/my-back/first/",
    "/my-back/first/?for=first,second",
    "/my-back/see-a-doctor/",
]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries), response


@pytest.mark.parametrize("path", PAGES)
def test_queries_do_not_grow_with_poses_verdicts_or_conditions(client, world, path):
    client.get(path)  # warm per-process caches, such as content types
    before, small = count_queries(client, path)
    world.grow()
    after, large = count_queries(client, path)
    assert len(large.content) > len(small.content), "doubling the content should show"
    assert after == before, f"{path}: {before} queries, then {after} with twice the content"


def test_a_choice_costs_a_fixed_few_queries_on_the_library(client, world):
    without, _ = count_queries(client, "/poses/")
    with_choice, _ = count_queries(client, "/poses/?for=first,second")
    # The hidden count and the verdicts of the page's poses: two more, whatever the page shows.
    assert with_choice - without == 2
