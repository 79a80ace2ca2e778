"""Optional steps: marked on the page, left out of the time and the player unless included."""

import json

import pytest

from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sequence():
    seq = SequenceFactory(slug="with-extra", title="With an extra")
    SequenceStepFactory(
        sequence=seq, position=1, pose=PoseFactory(english_name="Easy"), hold_seconds=60
    )
    SequenceStepFactory(
        sequence=seq,
        position=2,
        pose=PoseFactory(english_name="Headstand"),
        hold_seconds=120,
        optional=True,
        optional_reason="for experienced practitioners",
    )
    SequenceStepFactory(
        sequence=seq, position=3, pose=PoseFactory(english_name="Rest"), hold_seconds=60
    )
    return seq


def test_the_estimate_leaves_optional_steps_out_and_says_how_long_with_them(client, sequence):
    assert sequence.estimated_minutes == 2
    html = client.get(sequence.get_absolute_url()).content.decode()
    assert "About 2 minutes; 4 with the optional step" in html
    assert "<strong>Optional</strong>: for experienced practitioners." in html
    assert "step--optional" in html
    assert "?optional=include" in html


def player(client, sequence, query=""):
    response = client.get(sequence.get_practice_url() + query)
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('id="player-data"')
    data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
    return html, [step["name"] for step in data["steps"]]


def test_the_player_leaves_optional_steps_out_unless_asked(client, sequence):
    html, names = player(client, sequence)
    assert names == ["Easy", "Rest"]
    assert (
        "Include the optional step" in html and "Headstand (for experienced practitioners)" in html
    )
    html, names = player(client, sequence, "?optional=include")
    assert names == ["Easy", "Headstand", "Rest"]
    assert "Leave it out" in html
    assert '<input type="hidden" name="optional" value="include">' in html
    _, names = player(client, sequence, "?optional=%00garbage")
    assert names == ["Easy", "Rest"]


def test_the_api_schedule_leaves_optional_steps_out_and_marks_them(client, sequence):
    data = client.get("/api/v1/sequences/with-extra/").json()
    assert [step["optional"] for step in data["steps"]] == [False, True, False]
    assert data["steps"][1]["optional_reason"] == "for experienced practitioners"
    assert {segment["step"] for segment in data["schedule"]["segments"]} == {1, 3}
    assert data["estimated_minutes"] == 2
