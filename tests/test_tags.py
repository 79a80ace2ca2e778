"""Tags ignore case: "Gentle" typed in the admin joins "gentle", the migration merges duplicates
made before, and the admin offers the existing tags as the editor types."""

import importlib
import re

import pytest
from django.apps import apps
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from poses.models import Pose
from tests.factories import PoseFactory
from tests.test_admin import change_form_data, url

pytestmark = pytest.mark.django_db

merge_migration = importlib.import_module("poses.migrations.0010_merge_tags_that_differ_in_case")


def test_a_tag_typed_in_another_case_joins_the_existing_tag(editor_client, client):
    PoseFactory(english_name="Cobra", tags=["gentle"])
    sphinx = PoseFactory(english_name="Sphinx")
    page = editor_client.get(url(Pose, "change", sphinx.pk))
    data = change_form_data(page)
    data["tags"] = "Gentle, BACKBEND, backbend"
    assert editor_client.post(url(Pose, "change", sphinx.pk), data).status_code == 302

    assert sorted(Tag.objects.values_list("name", flat=True)) == ["BACKBEND", "gentle"]
    assert sorted(sphinx.tags.names()) == ["BACKBEND", "gentle"]
    # The library's filter offers one "gentle", which finds both poses.
    library = client.get(reverse("poses:list")).content.decode()
    options = re.findall(r"<option[^>]*>\s*([^<]*)</option>", library)
    assert [o for o in options if o.lower().startswith("gentle")] == ["gentle (2)"]
    found = client.get(reverse("poses:list"), {"tag": "gentle"}).context["poses"]
    assert {p.english_name for p in found} == {"Cobra", "Sphinx"}


def test_the_migration_merges_tags_that_differ_only_in_case():
    cobra, sphinx, cat = PoseFactory(), PoseFactory(), PoseFactory()
    lower = Tag.objects.create(name="gentle", slug="gentle")
    upper = Tag.objects.create(name="Gentle", slug="gentle-1")
    shout = Tag.objects.create(name="GENTLE", slug="gentle-2")
    other = Tag.objects.create(name="Backbend", slug="backbend")
    cobra.tags.add(lower, upper)  # both on one pose: it keeps one
    sphinx.tags.add(upper, other)
    cat.tags.add(upper, shout)

    merge_migration.merge_case_duplicates(apps, None)

    # "Gentle" was on the most poses, so it stays; each pose has it once.
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["Backbend", "Gentle"]
    for pose in (cobra, sphinx, cat):
        assert TaggedItem.objects.filter(object_id=pose.pk, tag=upper).count() == 1
    assert sorted(sphinx.tags.names()) == ["Backbend", "Gentle"]
    # Running it again changes nothing.
    merge_migration.merge_case_duplicates(apps, None)
    assert Tag.objects.count() == 2


def test_the_tag_admin_refuses_a_name_that_differs_only_in_case(editor_client):
    PoseFactory(tags=["gentle"])
    response = editor_client.post(reverse("admin:taggit_tag_add"), {"name": "Gentle", "slug": "g2"})
    assert response.status_code == 200
    assert "The tag “gentle” already exists: tags ignore case." in response.content.decode()
    assert Tag.objects.count() == 1


def test_merging_into_a_name_in_another_case_uses_the_existing_tag(editor_client):
    PoseFactory(tags=["gentle"])
    PoseFactory(tags=["soft"])
    tags = list(Tag.objects.all())
    editor_client.post(
        reverse("admin:taggit_tag_changelist"),
        {"action": "merge_tags", "index": "0", "_selected_action": [str(t.pk) for t in tags]},
    )
    response = editor_client.post(
        reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "GENTLE"}
    )
    assert response.status_code == 302
    gentle = Tag.objects.get(name="gentle")
    assert not Tag.objects.filter(name="GENTLE").exists()
    assert list(TaggedItem.objects.values_list("tag", flat=True)) == [gentle.pk, gentle.pk]


def test_the_pose_admin_offers_existing_tags_as_you_type(editor_client):
    PoseFactory(tags=["gentle", "backbend"])
    html = editor_client.get(url(Pose, "add")).content.decode()
    assert 'list="id_tags-suggestions"' in html and "data-tag-suggestions" in html
    assert '<datalist id="id_tags-suggestions">' in html
    assert '<option value="backbend"></option><option value="gentle"></option>' in html
    assert re.search(r'<script src="/static/js/admin-tags.js"[^>]* type="module">', html)
