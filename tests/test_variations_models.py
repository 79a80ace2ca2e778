"""Variations: the rules a link between a pose and its easier or harder version keeps."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from poses.models import Direction, PoseVariation, Support
from tests.factories import PoseFactory, PoseVariationFactory
from tests.test_admin import change_form_data, errors_of

pytestmark = pytest.mark.django_db


def test_a_pose_lists_its_variations_and_a_variation_knows_where_it_leads():
    cobra = PoseFactory(english_name="Cobra")
    sphinx = PoseFactory(english_name="Sphinx")
    link = PoseVariationFactory(
        from_pose=cobra, to_pose=sphinx, direction=Direction.EASIER, support=Support.RANGE
    )
    assert list(cobra.variations.all()) == [link]
    assert list(sphinx.variation_of.all()) == [link]
    assert str(link) == "Sphinx (easier than Cobra)"


def test_the_support_reads_as_what_a_harder_version_takes_away():
    easier = PoseVariationFactory(direction=Direction.EASIER, support=Support.WALL)
    harder = PoseVariationFactory(direction=Direction.HARDER, support=Support.WALL)
    assert easier.support_text == "At a wall"
    assert harder.support_text == "Away from the wall"
    assert PoseVariationFactory(direction=Direction.HARDER, support=Support.RANGE).support_text == (
        "A fuller range"
    )


def test_a_pair_is_listed_once():
    link = PoseVariationFactory()
    duplicate = PoseVariation(
        from_pose=link.from_pose,
        to_pose=link.to_pose,
        direction=Direction.HARDER,
        support=Support.BLOCK,
        what_changes="Something else.",
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "This variation is already listed for the pose." in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_a_pose_is_not_a_variation_of_itself():
    pose = PoseFactory()
    link = PoseVariation(
        from_pose=pose,
        to_pose=pose,
        direction=Direction.EASIER,
        support=Support.CHAIR,
        what_changes="Nothing.",
    )
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert error.value.message_dict == {
        "to_pose": ["A pose cannot be a variation of itself. Choose another pose."]
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        link.save()


def test_the_way_back_must_go_the_other_way():
    cobra = PoseFactory(english_name="Cobra")
    sphinx = PoseFactory(english_name="Sphinx")
    PoseVariationFactory(from_pose=cobra, to_pose=sphinx, direction=Direction.EASIER)
    also_easier = PoseVariation(
        from_pose=sphinx,
        to_pose=cobra,
        direction=Direction.EASIER,
        support=Support.RANGE,
        what_changes="Press into the hands.",
    )
    with pytest.raises(ValidationError) as error:
        also_easier.full_clean()
    assert error.value.message_dict == {
        "direction": [
            "Cobra lists Sphinx as easier, so from Sphinx, Cobra is harder. Choose 'Harder'."
        ]
    }
    also_easier.direction = Direction.HARDER
    also_easier.full_clean()


def test_a_link_needs_a_direction_a_support_and_what_changes():
    link = PoseVariation(from_pose=PoseFactory(), to_pose=PoseFactory())
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert set(error.value.message_dict) == {"direction", "support", "what_changes"}


def test_an_unknown_direction_is_a_message_not_a_crash():
    link = PoseVariationFactory.build(
        from_pose=PoseFactory(), to_pose=PoseFactory(), direction="sideways"
    )
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "direction" in error.value.message_dict


# The admin: the ladder is kept on the pose's own page ----------------------------------------


def test_editor_adds_an_easier_version_on_the_pose_page(editor_client):
    cobra = PoseFactory(english_name="Cobra")
    sphinx = PoseFactory(english_name="Sphinx")
    url = reverse("admin:poses_pose_change", args=[cobra.pk])
    data = change_form_data(editor_client.get(url))
    data.update(
        {
            "variations-TOTAL_FORMS": "1",
            "variations-0-to_pose": str(sphinx.pk),
            "variations-0-direction": Direction.EASIER,
            "variations-0-support": Support.RANGE,
            "variations-0-what_changes": "Rest on the forearms, so the lower back bends less.",
            "variations-0-order": "1",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    link = cobra.variations.get()
    assert (link.to_pose, link.direction, link.support) == (sphinx, "easier", "range")


def test_the_admin_refuses_a_pose_as_its_own_variation_with_a_message(editor_client):
    cobra = PoseFactory(english_name="Cobra")
    url = reverse("admin:poses_pose_change", args=[cobra.pk])
    data = change_form_data(editor_client.get(url))
    data.update(
        {
            "variations-TOTAL_FORMS": "1",
            "variations-0-to_pose": str(cobra.pk),
            "variations-0-direction": Direction.EASIER,
            "variations-0-support": Support.RANGE,
            "variations-0-what_changes": "Nothing changes.",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "A pose cannot be a variation of itself. Choose another pose." in errors_of(response)
    assert not cobra.variations.exists()


def test_the_variation_picker_searches_poses_by_name(editor_client):
    PoseFactory(english_name="Sphinx pose", sanskrit_name="Sālamba Bhujaṅgāsana")
    PoseFactory(english_name="Chair pose")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "salamba", "app_label": "poses", "model_name": "posevariation"}
        | {"field_name": "to_pose"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Sphinx pose"]
