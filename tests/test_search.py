"""The site search and the library's q= filter: what people type finds what they mean.

Every test here runs against whichever database the suite uses; CI runs it on SQLite and on
PostgreSQL, so each kind of query is checked on both.
"""

import re

import pytest
from django.urls import reverse

from anatomy.models import Muscle
from backsite.search.models import SearchTerms, count_matches
from poses.models import Pose
from sequences.models import Sequence
from tests.factories import (
    MuscleFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

SEARCH = reverse("search")
LIBRARY = reverse("poses:list")


@pytest.fixture
def content(db):
    """A small library shaped like the real one: names, aliases, text and every kind."""
    poses = {
        "cat-cow": PoseFactory(
            english_name="Cat–cow flow",
            sanskrit_name="Mārjāryāsana–Bitilāsana",
            slug="cat-cow",
            aliases="cat cow\ncat camel",
            summary="Round and arch the spine in time with the breath.",
        ),
        "child": PoseFactory(
            english_name="Child's pose",
            sanskrit_name="Bālāsana",
            slug="childs-pose",
            summary="A resting pose that lengthens the lower back.",
        ),
        "cobra": PoseFactory(
            english_name="Cobra pose",
            sanskrit_name="Bhujaṅgāsana",
            slug="cobra",
            summary="A gentle backbend on the front.",
            modifications="- **Sphinx:** rest on your forearms for a gentler lift.",
        ),
        "table": PoseFactory(
            english_name="Balancing table",
            sanskrit_name="Samabhasana",
            slug="balancing-table",
            aliases="bird dog",
            summary="Reach one arm and the opposite leg long.",
        ),
        "triangle": PoseFactory(
            english_name="Triangle pose",
            sanskrit_name="Utthita Trikoṇāsana",
            slug="triangle",
            summary="A standing stretch for the hamstrings and the side of the body.",
            cautions="Keep the neck long; look down if it strains.",
        ),
        "twist": PoseFactory(
            english_name="Lying spinal twist",
            sanskrit_name="Supta Matsyendrāsana",
            slug="lying-spinal-twist",
            summary="A twist on the back that eases sciatica for some people.",
        ),
    }
    muscles = {
        "lats": MuscleFactory(
            name="Latissimus dorsi",
            slug="latissimus-dorsi",
            aliases="lats",
            location="The broad muscle of the middle and lower back.",
        ),
        "traps": MuscleFactory(
            name="Trapezius",
            slug="trapezius",
            aliases="traps",
            location="A diamond-shaped muscle over the back of the neck and shoulders.",
        ),
    }
    sequence = SequenceFactory(
        title="Back-pain flow",
        slug="back-pain-flow",
        summary="A slow floor sequence for a stiff lower back.",
    )
    SequenceStepFactory(sequence=sequence, pose=poses["cat-cow"], position=1)
    tip = TipFactory(title="Keep cobra low", body="Lift only as far as the lower back allows.")
    tip.poses.add(poses["cobra"])
    return poses, muscles, sequence, tip


def titles(response, kind):
    """The titles of one kind of result on the search page, in order, without their marks."""
    html = response.content.decode()
    section = re.search(
        rf'<section class="search-group" id="results-{kind}".*?</section>', html, re.S
    )
    if section is None:
        return []
    found = re.findall(r'class="search-result__title" href="[^"]*">(.*?)</a>', section.group(0))
    return [re.sub(r"</?mark>", "", title).replace("&#x27;", "'") for title in found]


def library_names(response):
    return [pose.english_name for pose in response.context["poses"]]


# What it finds ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["cat-cow", "cat cow", "catcow", "Cat–cow", "CAT COW"])
def test_hyphens_and_spaces_either_way(client, content, query):
    assert titles(client.get(SEARCH, {"q": query}), "poses")[0] == "Cat–cow flow"
    assert library_names(client.get(LIBRARY, {"q": query}))[0] == "Cat–cow flow"


@pytest.mark.parametrize("query", ["child's pose", "child’s pose", "childs pose", "child pose"])
def test_apostrophes_straight_curly_or_none_and_plurals(client, content, query):
    assert titles(client.get(SEARCH, {"q": query}), "poses")[0] == "Child's pose"
    assert library_names(client.get(LIBRARY, {"q": query}))[0] == "Child's pose"


@pytest.mark.parametrize("query", ["bhujangasana", "Bhujaṅgāsana", "BHUJAṄGĀSANA", "cobra"])
def test_diacritics_either_way(client, content, query):
    assert titles(client.get(SEARCH, {"q": query}), "poses") == ["Cobra pose"]


@pytest.mark.parametrize(
    ("query", "kind", "title"),
    [
        ("bird dog", "poses", "Balancing table"),
        ("bird-dog", "poses", "Balancing table"),
        ("cat camel", "poses", "Cat–cow flow"),
        ("lats", "muscles", "Latissimus dorsi"),
        ("traps", "muscles", "Trapezius"),
    ],
)
def test_aliases(client, content, query, kind, title):
    response = client.get(SEARCH, {"q": query})
    assert titles(response, kind)[0] == title
    assert "Also called:" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected", "shown"),
    [
        ("cobbra", "Cobra pose", "Cobra"),
        ("trinagle", "Triangle pose", "Triangle"),
        ("bhujangsana", "Cobra pose", "Bhujaṅgāsana"),
    ],
)
def test_small_typos_are_corrected_and_said(client, content, query, expected, shown):
    response = client.get(SEARCH, {"q": query})
    assert titles(response, "poses") == [expected]
    html = response.content.decode()
    assert f"Nothing matched “{query}”, so these are the results for" in html
    assert re.search(r"<strong>(.*?)</strong>", html).group(1) == shown
    library = client.get(LIBRARY, {"q": query})
    assert library_names(library) == [expected]
    assert "Nothing matched" in library.content.decode()


@pytest.mark.parametrize(
    ("query", "kind", "title"),
    [
        ("lower back", "poses", "Child's pose"),
        ("lower back", "muscles", "Latissimus dorsi"),
        ("lower back", "sequences", "Back-pain flow"),
        ("lower back", "tips", "Keep cobra low"),
        ("neck", "muscles", "Trapezius"),
        ("neck", "poses", "Triangle pose"),
        ("hamstrings", "poses", "Triangle pose"),
        ("hamstring", "poses", "Triangle pose"),
        ("sciatica", "poses", "Lying spinal twist"),
        ("sphinx", "poses", "Cobra pose"),
    ],
)
def test_words_from_the_text(client, content, query, kind, title):
    assert title in titles(client.get(SEARCH, {"q": query}), kind)


def test_the_last_word_may_be_unfinished(client, content):
    assert titles(client.get(SEARCH, {"q": "trian"}), "poses") == ["Triangle pose"]
    assert titles(client.get(SEARCH, {"q": "lower bac"}), "sequences") == ["Back-pain flow"]


def test_drafts_never_show(client, content):
    PoseFactory(english_name="Cobra draft", is_published=False)
    assert titles(client.get(SEARCH, {"q": "cobra"}), "poses") == ["Cobra pose"]
    assert library_names(client.get(LIBRARY, {"q": "cobra"})) == ["Cobra pose"]


def test_a_tip_links_to_the_page_that_shows_it(client, content):
    _, _, _, tip = content
    html = client.get(SEARCH, {"q": "keep cobra low"}).content.decode()
    assert f'href="/poses/cobra/#tip-{tip.pk}"' in html


def test_a_tip_on_no_public_page_is_not_found(client, content):
    TipFactory(title="Hidden advice", body="Nobody can read this tip yet.")
    assert titles(client.get(SEARCH, {"q": "hidden advice"}), "tips") == []


# Ranking -----------------------------------------------------------------------------------


def test_names_rank_before_aliases_before_text(client, db):
    PoseFactory(english_name="Quiet breathing", summary="Lie still; the bridge comes later.")
    PoseFactory(english_name="Hip lift", aliases="bridge")
    PoseFactory(english_name="Bridge pose", summary="Lift the hips.")
    expected = ["Bridge pose", "Hip lift", "Quiet breathing"]
    assert titles(client.get(SEARCH, {"q": "bridge"}), "poses") == expected
    assert library_names(client.get(LIBRARY, {"q": "bridge"})) == expected
    assert [p.search_tier for p in Pose.objects.search("bridge")] == [0, 1, 2]
    # Inside a subquery Django renames the tables; the tier must follow (backends.Tier).
    best = Pose.objects.search("bridge").values("pk")[:1]
    assert list(Pose.objects.filter(pk__in=best).values_list("english_name", flat=True)) == [
        "Bridge pose"
    ]


def test_past_the_rank_limit_each_tier_is_in_the_order_added(client, db, monkeypatch):
    """Ranking the text of thousands of matches costs more than it tells: names still come first."""
    PoseFactory(english_name="Quiet rest", summary="Later, a bridge.")
    PoseFactory(english_name="Hip opener", summary="Bridge, bridge, bridge: lift the bridge.")
    PoseFactory(english_name="Bridge pose", summary="Lift the hips.")
    ranked = ["Bridge pose", "Hip opener", "Quiet rest"]
    assert [p.english_name for p in Pose.objects.search("bridge")] == ranked
    monkeypatch.setattr("backsite.search.models.RANK_LIMIT", 2)
    monkeypatch.setattr("sequences.search.RANK_LIMIT", 2)
    in_order = ["Bridge pose", "Quiet rest", "Hip opener"]
    assert [p.english_name for p in Pose.objects.search("bridge")] == in_order
    response = client.get(SEARCH, {"q": "bridge"})
    assert titles(response, "poses") == in_order
    html = response.content.decode()  # counted no further than the limit
    assert "More than 2 results" in html and '<span class="search-group__count">2+</span>' in html
    monkeypatch.setattr("backsite.pagination.RANK_LIMIT", 2)
    response = client.get(LIBRARY, {"q": "bridge"})
    assert library_names(response) == in_order[:2]  # the pages stop at the limit, as it says
    html = response.content.decode()
    assert "More than 2 poses" in html and "The first 2 are listed here." in html


def test_counts_past_a_thousand_read_as_people_write_them(client, db):
    """More matches than the rank limit: "More than 1,000 poses", not "1000"."""
    poses = PoseFactory.build_batch(1001, summary="Lift the hips into a bridge.")
    for pose in poses:
        pose.derive_search_fields()  # bulk_create skips save(), which derives them
    Pose.objects.bulk_create(poses)
    html = client.get(LIBRARY, {"q": "bridge"}).content.decode()
    assert "More than 1,000 poses" in html and "The first 1,000 are listed here." in html
    html = client.get(SEARCH, {"q": "bridge"}).content.decode()
    assert "More than 1,000 results" in html and "1,000+" in html


def test_an_unranked_page_is_the_page_its_order_gives(db, monkeypatch):
    """Past the rank limit a page is read in parts (names and aliases, then the rest in the order
    added) and merged; every page must be the one the whole order would give."""
    for number in range(9):
        PoseFactory(english_name=f"Bridge {number}", summary="Lift the hips.")
        PoseFactory(
            english_name=f"Hip lift {number}",
            aliases="bridge" if number % 2 else "",
            summary="Not a bridge.",
            category="kneeling",
        )
        PoseFactory(
            english_name=f"Quiet rest {number}",
            summary="Later, a bridge.",
            category="kneeling" if number % 3 else "standing",
        )
    PoseFactory(english_name="Wide bridge", is_published=False)
    monkeypatch.setattr("backsite.search.models.RANK_LIMIT", 2)
    terms = SearchTerms.parse("bridge")
    for base in (Pose.objects.published(), Pose.objects.published().filter(category="kneeling")):
        found = base.search(terms)
        order = [pose.pk for pose in found]
        assert len(order) > 12
        assert [pose.search_tier for pose in found] == sorted(p.search_tier for p in found)
        for bottom, top in [(0, 4), (3, 9), (8, 12), (10, 30), (26, 27), (0, 40)]:
            shown = base.window(terms, bottom, top, ranked=False)
            assert [pose.pk for pose in shown] == order[bottom:top]


def test_an_unranked_page_of_a_kind_with_a_join_has_what_it_shows(db, monkeypatch):
    for number in range(5):
        MuscleFactory(name=f"Bridge muscle {number}")
    monkeypatch.setattr("backsite.search.models.RANK_LIMIT", 2)
    terms = SearchTerms.parse("bridge")
    muscles = Muscle.objects.select_related("group")
    found = muscles.search(terms)
    shown = muscles.window(terms, 1, 4, ranked=False)
    assert [muscle.pk for muscle in shown] == [muscle.pk for muscle in found][1:4]
    assert all(muscle.group.name for muscle in shown)


def test_counts_for_several_kinds_come_from_one_query(db, django_assert_num_queries):
    PoseFactory(english_name="Bridge pose")
    MuscleFactory(name="Bridge muscle")
    kinds = [Pose.objects.published(), Muscle.objects.all(), Sequence.objects.none()]
    with django_assert_num_queries(1):
        assert count_matches(kinds, SearchTerms.parse("bridge")) == [1, 1, 0]


# Marked excerpts ---------------------------------------------------------------------------


def test_excerpts_mark_the_matched_words_and_escape_the_rest(client, db):
    PoseFactory(
        english_name="Seated side bend",
        summary="Reach <b>up</b> & over; feel the stretch along the hamstrings.",
    )
    html = client.get(SEARCH, {"q": "hamstring"}).content.decode()
    assert "<mark>hamstrings</mark>" in html
    assert "Reach up &amp; over" in html
    assert "<b>up</b>" not in html


def test_a_hostile_query_is_shown_escaped(client, content):
    response = client.get(SEARCH, {"q": '<script>alert("x")</script> cobra'})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


# Nothing found -----------------------------------------------------------------------------


def test_nothing_found_suggests_the_closest_names_and_the_ways_in(client, content):
    response = client.get(SEARCH, {"q": "cobra twsit"})
    html = response.content.decode()
    assert "Nothing found for “cobra twsit”" in html
    assert "Did you mean …?" in html
    suggestions = re.search(r'<ul class="search-suggestions">(.*?)</ul>', html, re.S).group(1)
    assert 'href="/poses/cobra/"' in suggestions
    for name in ("poses:list", "sequences:list", "anatomy:index"):
        assert f'href="{reverse(name)}"' in html


def test_nothing_close_still_shows_the_ways_in(client, content):
    html = client.get(SEARCH, {"q": "xqzvk"}).content.decode()
    assert "Nothing found for “xqzvk”" in html
    assert "Did you mean" not in html
    assert f'href="{reverse("poses:list")}"' in html


def test_an_empty_search_shows_the_box_and_the_ways_in(client, content):
    response = client.get(SEARCH)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="search-q"' in html and "Nothing found" not in html
    assert f'href="{reverse("poses:list")}"' in html


def test_marks_and_emoji_alone_say_there_was_nothing_to_look_for(client, content):
    html = client.get(SEARCH, {"q": "%% 😀 _"}).content.decode()
    assert "We could not find any words to look for" in html
    assert library_names(client.get(LIBRARY, {"q": "%"})) == []


def test_the_library_offers_the_whole_site_when_no_pose_matches(client, content):
    html = client.get(LIBRARY, {"q": "trapezius"}).content.decode()
    assert f'href="{SEARCH}?q=trapezius"' in html


# The header ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["home", "poses:list", "anatomy:index", "sequences:list"])
def test_every_page_has_the_search_box_in_its_header(client, content, name):
    html = client.get(reverse(name)).content.decode()
    header = html.split("</header>")[0]
    assert f'action="{SEARCH}"' in header and 'name="q"' in header


def test_the_header_box_keeps_the_query_on_the_results_page(client, content):
    html = client.get(SEARCH, {"q": "cat cow"}).content.decode()
    assert 'id="site-search-q" type="search" name="q" value="cat cow"' in html
