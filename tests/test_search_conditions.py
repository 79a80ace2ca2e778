"""The conditions of "My back" in the site search: found by name, short name and their text.

Runs on the founding content, on whichever database the suite uses (CI: SQLite and PostgreSQL).
"""

import re

import pytest
from django.urls import reverse

from poses.models import Condition
from tests.factories import ConditionFactory

SEARCH = reverse("search")


def group(response, kind):
    html = response.content.decode()
    found = re.search(
        rf'<section class="search-group" id="results-{kind}".*?</section>', html, re.S
    )
    return found.group(0) if found else ""


def titles(response, kind):
    found = re.findall(
        r'class="search-result__title" href="[^"]*">(.*?)</a>', group(response, kind)
    )
    return [re.sub(r"</?mark>", "", title) for title in found]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("sciatica", "Sciatica or a disc problem"),
        ("Sciatica", "Sciatica or a disc problem"),
        ("slipped disc", "Sciatica or a disc problem"),
        ("stenosis", "Spinal stenosis or spondylolisthesis"),
        ("spondylolisthesis", "Spinal stenosis or spondylolisthesis"),
        ("pregnancy", "Pregnancy"),
        ("pregnant", "Pregnancy"),
        ("osteoporosis", "Osteoporosis or osteopenia"),
        ("sore wrists", "Wrist problems"),
    ],
)
def test_a_condition_is_found_by_its_name_short_name_or_text(client, demo, query, title):
    assert titles(client.get(SEARCH, {"q": query}), "conditions")[0] == title


def test_lower_back_reaches_the_conditions_that_speak_of_it(client, demo):
    found = titles(client.get(SEARCH, {"q": "lower back"}), "conditions")
    assert "Acute low back pain (the first weeks)" in found
    assert "Sciatica or a disc problem" in found


def test_a_condition_result_links_to_its_page_with_the_words_marked(client, demo):
    response = client.get(SEARCH, {"q": "sciatica"})
    section = group(response, "conditions")
    condition = Condition.objects.get(slug="sciatica-disc")
    assert f'href="{condition.get_absolute_url()}"' in section
    assert '<p class="search-result__excerpt">' in section
    assert "<mark>Sciatica</mark>" in section


def test_conditions_come_right_after_the_poses(client, demo):
    groups = client.get(SEARCH, {"q": "lower back"}).context["groups"]
    assert [group.kind.key for group in groups][:3] == ["poses", "conditions", "muscles"]


def test_conditions_rank_name_then_short_name_then_text(client, db):
    ConditionFactory(name="Stiff mornings", short_name="stiffness", description="Slow starts.")
    ConditionFactory(name="Long days at a desk", short_name="desk back", description="Stiff.")
    ConditionFactory(name="Desk neck", short_name="neck", description="Sitting all day.")
    found = titles(client.get(SEARCH, {"q": "desk"}), "conditions")
    assert found == ["Desk neck", "Long days at a desk"]
    ranked = list(Condition.objects.search("stiff"))
    assert [c.name for c in ranked] == ["Stiff mornings", "Long days at a desk"]
    assert [c.search_tier for c in ranked] == [0, 2]


def test_an_edited_condition_is_found_by_its_new_words(client, db):
    condition = ConditionFactory(name="Hypermobility", short_name="hypermobility")
    assert titles(client.get(SEARCH, {"q": "bendy"}), "conditions") == []
    condition.helps = "Strength work, for joints that are **bendy**."
    condition.save()
    assert titles(client.get(SEARCH, {"q": "bendy"}), "conditions") == ["Hypermobility"]
    assert "<mark>bendy</mark>" in group(client.get(SEARCH, {"q": "bendy"}), "conditions")


def test_a_condition_typo_is_corrected(client, demo):
    response = client.get(SEARCH, {"q": "sciatika"})
    assert titles(response, "conditions")[0] == "Sciatica or a disc problem"
    assert "so these are the results for" in response.content.decode()
