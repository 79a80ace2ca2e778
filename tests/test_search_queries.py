"""The search page and the library's search run the same number of queries at any size."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

QUERIES = ["cobra", "lower back", "cobbra", "cobra twsit", "xqzvk", "%", "sciatica", "sciatika"]
NUMBERS = itertools.count()


def grow(size):
    for number in itertools.islice(NUMBERS, size):
        pose = PoseFactory(
            english_name=f"Cobra variation {number}",
            aliases=f"low cobra {number}",
            summary="Lift gently; keep the lower back soft.",
        )
        MuscleFactory(name=f"Back muscle {number}", location="Along the lower back.")
        ConditionFactory(name=f"Sciatica {number}", description="Pain down the leg from the back.")
        sequence = SequenceFactory(title=f"Cobra flow {number}", summary="For the lower back.")
        SequenceStepFactory(sequence=sequence, pose=pose)
        tip = TipFactory(title=f"Cobra tip {number}", body="Keep the lower back long.")
        tip.poses.add(pose)
        tip.sequences.add(sequence)


def count(client, url, query):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"q": query}).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [reverse("search"), reverse("poses:list")])
@pytest.mark.parametrize("query", QUERIES)
def test_queries_per_search_do_not_grow_with_the_content(client, db, url, query):
    grow(2)
    small = count(client, url, query)
    grow(12)
    assert count(client, url, query) == small
