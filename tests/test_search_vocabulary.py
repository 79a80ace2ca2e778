"""The word list behind typo corrections: exactly the close words, kept in step with the content."""

import pytest
from django.core.management import call_command
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backsite.search import vocabulary
from backsite.search.models import SearchTrigram, SearchWord
from backsite.search.schema import rebuild_vocabulary
from backsite.search.trigram import THRESHOLD, similarity
from poses.models import Pose
from tests.factories import ConditionFactory, MuscleFactory, PoseFactory

pytestmark = pytest.mark.django_db

NAMES = [
    "Cobra pose",
    "Triangle pose",
    "Bhujaṅgāsana",
    "Child's pose",
    "Lying spinal twist",
    "Handstand",
    "Headstand",
    "Cat–cow flow",
    "Bridge",
]


def known():
    return set(SearchWord.objects.values_list("word", flat=True))


@pytest.fixture
def library():
    for name in NAMES:
        PoseFactory(english_name=name, sanskrit_name="", aliases="")
    return known()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    terms=st.lists(
        st.one_of(
            st.sampled_from(["cobbra", "trinagl", "bhujangsana", "twsit", "deck", "bridg", "a"]),
            st.text(alphabet="abcdeghiknoprstw", min_size=1, max_size=12),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_close_words_are_exactly_those_similar_enough(library, terms):
    expected = {w for w in library if any(similarity(w, t) >= THRESHOLD for t in terms)}
    assert vocabulary.close_words(terms) == expected


def test_the_typos_of_the_issue_find_their_words(library):
    assert "cobra" in vocabulary.close_words(["cobbra"])
    assert "triangl" in vocabulary.close_words(["trinagl"])
    assert "bhujangasana" in vocabulary.close_words(["bhujangsana"])
    assert vocabulary.close_words(["qqqzzz"]) == set()


def test_every_searchable_kind_adds_its_names_and_aliases():
    MuscleFactory(name="Quadratus lumborum", aliases="QL")
    ConditionFactory(name="Sciatica or a disc problem", short_name="sciatica")
    assert {"quadratus", "lumborum", "ql", "sciatica", "disc"} <= known()


def test_rows_written_in_bulk_join_once_the_list_is_rebuilt():
    pose = Pose(english_name="Heron", slug="heron", summary="x", category="seated")
    pose.derive_search_fields()
    Pose.objects.bulk_create([pose])
    assert "heron" not in known()
    rebuild_vocabulary()
    assert "heron" in known()


def test_a_rebuild_drops_the_words_no_name_uses_any_more(library):
    pose = Pose.objects.get(english_name="Headstand")
    pose.english_name = "Supported headstand"
    pose.save()
    pose.delete()
    rebuild_vocabulary()
    assert "headstand" not in known() and "handstand" in known()
    if connection.vendor == "sqlite":  # PostgreSQL's pg_trgm indexes the words themselves
        words = set(SearchTrigram.objects.values_list("word__word", flat=True))
        assert words == known()


def test_migrate_makes_the_list_exact(library):
    SearchWord.objects.filter(word="cobra").delete()
    call_command("migrate", verbosity=0)
    assert "cobra" in known()


def test_a_backup_leaves_the_list_out_and_a_restore_makes_it_again(library, tmp_path):
    call_command("export_content", str(tmp_path), verbosity=0)
    content = (tmp_path / "content.json").read_text()
    assert "backsite.searchword" not in content and "backsite.searchtrigram" not in content
    Pose.objects.all().delete()
    SearchWord.objects.all().delete()
    call_command("import_content", str(tmp_path), verbosity=0)
    assert known() == library
