"""Whatever a visitor types into search, the answer is a page, never an error.

Hypothesis throws operators, quotes, SQL, FTS5 and tsquery syntax, emoji, control characters and
lone wildcards at the site search, the library's q= filter and the queryset method itself.
"""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from anatomy.models import Muscle
from poses.models import Pose
from sequences.models import Sequence, Tip
from tests.factories import MuscleFactory, PoseFactory, SequenceFactory, TipFactory

SYNTAX = [
    "%", "_", "%%", "\\", "'", '"', "''", '"cobra', "cobra*", "*", "NEAR(cobra pose)", "cobra NOT",
    "AND", "OR", "NOT", "cobra & pose", "cobra | !pose", "cobra:*", "cobra:A", "(cobra", "cobra)",
    "{search_name}: cobra", "search_name:cobra", "^cobra", "'; DROP TABLE poses_pose; --",
    "' OR 1=1 --", "1; SELECT pg_sleep(5)", "<->", "cobra <-> pose", "\x00", "\x1b[31m", "\u202e",
    "😀🧘", "ﷺ", "ǅ", "ß", "İ", "\ufeff", "\t\n\r", "-", "–—", "a" * 5000, "cobra " * 200,
]  # fmt: skip
texts = st.one_of(
    st.sampled_from(SYNTAX),
    st.text(max_size=300),
    st.lists(st.sampled_from(SYNTAX + ["cobra", "pose", "back"]), max_size=8).map(" ".join),
)
HYPOTHESIS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def content(db):
    PoseFactory(english_name="Cobra pose", sanskrit_name="Bhujaṅgāsana", aliases="low cobra")
    PoseFactory(english_name="Cat–cow flow", summary="Round and arch the back.")
    MuscleFactory(name="Trapezius", aliases="traps")
    SequenceFactory(title="Back-pain flow")
    TipFactory(title="Keep cobra low", is_featured=True)


@HYPOTHESIS
@given(text=texts)
@example(text="")
@example(text="   ")
def test_the_search_page_always_answers(client, content, text):
    response = client.get(reverse("search"), {"q": text})
    assert response.status_code == 200


@HYPOTHESIS
@given(text=texts)
def test_the_library_filter_always_answers(client, content, text):
    response = client.get(reverse("poses:list"), {"q": text})
    assert response.status_code == 200


@HYPOTHESIS
@given(text=texts)
def test_every_kind_can_search_any_text(content, text):
    for queryset in (Pose.objects.published(), Muscle.objects.all(), Sequence.objects.all()):
        list(queryset.search(text)[:5])
        list(queryset.search(text, any_word=True, names_only=True)[:5])
        queryset.search(text).count()
        rows, total = queryset.best(text, 8)
        assert len(rows) <= min(total, 8)
    list(Tip.objects.visible().search(text))


@pytest.mark.parametrize("text", SYNTAX)
def test_query_syntax_is_read_as_words(content, text):
    """Operators never reach the database as syntax: they are dropped or searched as words."""
    found = {pose.english_name for pose in Pose.objects.published().search(text)}
    assert found <= {"Cobra pose", "Cat–cow flow"}


def test_a_quoted_or_starred_name_finds_the_pose(content):
    for text in ['"cobra"', "cobra*", "(cobra)", "cobra:*", "cobra AND", "'cobra'"]:
        found = [pose.english_name for pose in Pose.objects.published().search(text)]
        assert "Cobra pose" in found, text


def test_a_long_query_is_cut_not_refused(client, content):
    response = client.get(reverse("search"), {"q": "cobra " * 2000})
    assert response.status_code == 200
    assert "<mark>Cobra</mark> pose" in response.content.decode()


def test_fts_keywords_are_searched_as_words(content):
    PoseFactory(english_name="Near and far", summary="Reach near, then far.")
    found = [pose.english_name for pose in Pose.objects.published().search("NEAR(far)")]
    assert found == ["Near and far"]
