"""A pose page shows its ladder: harder versions above, easier ones below, published only."""

import re

import pytest

from poses.models import Direction, Support
from tests.factories import PoseFactory, PoseVariationFactory

pytestmark = pytest.mark.django_db


def ladder_names(html):
    """The names on the ladder from top to bottom, the pose itself as 'HERE'."""
    section = html[html.index('class="section ladder"') :]
    section = section[: section.index("</section>")]
    return [
        "HERE" if here else name
        for here, name in re.findall(
            r'(ladder__rung--here)|class="ladder__name"><a href="[^"]+">([^<]+)</a>', section
        )
    ]


@pytest.fixture
def lunge():
    lunge = PoseFactory(english_name="Low lunge", slug="lunge")
    for name, direction, order in [
        ("High lunge", Direction.HARDER, 1),
        ("Flying lunge", Direction.HARDER, 2),
        ("Supported lunge", Direction.EASIER, 1),
        ("Chair lunge", Direction.EASIER, 2),
    ]:
        PoseVariationFactory(
            from_pose=lunge,
            to_pose=PoseFactory(english_name=name),
            direction=direction,
            support=Support.FLOOR if direction == Direction.HARDER else Support.CHAIR,
            what_changes=f"What changes in {name}.",
            order=order,
        )
    return lunge


def test_harder_versions_sit_above_the_pose_and_easier_ones_below(client, lunge):
    html = client.get(lunge.get_absolute_url()).content.decode()
    # Nearest first on each side of the pose: the farthest harder version is at the top.
    assert ladder_names(html) == [
        "Flying lunge",
        "High lunge",
        "HERE",
        "Supported lunge",
        "Chair lunge",
    ]


def test_each_rung_has_its_picture_support_what_changes_and_a_link(client, lunge):
    html = client.get(lunge.get_absolute_url()).content.decode()
    rung = html[html.index("Supported lunge") - 600 : html.index("What changes in Supported lunge")]
    assert 'class="pose-picture pose-picture--step' in rung
    assert "↓</span> Easier" in rung and "On a chair" in rung
    high = html[html.index(">High lunge<") :]
    assert "Harder" in high[:400] and "Less support from the floor" in high[:400]
    assert "What changes in High lunge." in high


def test_a_draft_version_is_left_off_the_ladder(client, lunge):
    link = lunge.variations.get(to_pose__english_name="High lunge")
    link.to_pose.is_published = False
    link.to_pose.save()
    html = client.get(lunge.get_absolute_url()).content.decode()
    assert "High lunge" not in html
    assert ladder_names(html)[:2] == ["Flying lunge", "HERE"]


def test_a_pose_with_only_easier_versions_says_so(client):
    cobra = PoseFactory(english_name="Cobra")
    PoseVariationFactory(from_pose=cobra, to_pose=PoseFactory(english_name="Sphinx"))
    html = client.get(cobra.get_absolute_url()).content.decode()
    assert '<h2 id="ladder-title">Easier versions</h2>' in html
    assert ladder_names(html) == ["HERE", "Sphinx"]


def test_a_pose_without_versions_shows_no_ladder(client):
    pose = PoseFactory()
    PoseVariationFactory(to_pose=pose)  # another pose's version: not this pose's ladder
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "ladder" not in html
