"""The editors' admin, used as an editor through the test client with real form data."""

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import BooleanField, FileField
from django.urls import reverse
from PIL import Image
from taggit.forms import TagField
from taggit.utils import edit_string_for_tags

from anatomy.models import Muscle, MuscleGroup
from backsite.models import Page
from poses.models import Category, Level, Pose, PoseMuscle
from sequences.models import Sequence, Tip
from tests.factories import (
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

pytestmark = pytest.mark.django_db


def url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def _form_values(form):
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        if isinstance(field, FileField) or value is None:
            continue
        if isinstance(field, BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(field, TagField):
            data[bound.html_name] = value if isinstance(value, str) else edit_string_for_tags(value)
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = str(value)
    return data


def change_form_data(response):
    """What the browser would post back unchanged from an admin change page, inlines included."""
    data = _form_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(
            management(formset.prefix, len(formset.initial_forms), len(formset.initial_forms))
        )
        for form in formset.initial_forms:
            data.update(_form_values(form))
    return data


def errors_of(response):
    """Every error message on an admin change page, as plain strings."""
    messages = []
    adminform = response.context["adminform"]
    for field_errors in adminform.form.errors.values():
        messages.extend(field_errors)
    for inline in response.context["inline_admin_formsets"]:
        messages.extend(inline.formset.non_form_errors())
        for form_errors in inline.formset.errors:
            for field_errors in form_errors.values():
                messages.extend(field_errors)
    return messages


def changelist_names(response):
    return {str(obj) for obj in response.context["cl"].result_list}


# Poses ---------------------------------------------------------------------------------------


def pose_data(**overrides):
    data = {
        "english_name": "Cobra",
        "sanskrit_name": "Bhujaṅgāsana",
        "slug": "cobra",
        "summary": "A gentle backbend lying on the front.",
        "steps": "1. Lie on your front.\n2. Lift the chest a little.",
        "cautions": "Not too deep: stop if the lower back pinches.",
        "modifications": "Stay on the forearms.",
        "benefits": "",
        "hold_min_seconds": "15",
        "hold_max_seconds": "30",
        "category": Category.PRONE,
        "level": Level.BEGINNER,
        "tags": "backbend, gentle",
        "image_alt": "",
        "is_published": "on",
        **management("muscle_links", 0),
        **management("images", 0),
    }
    data.update(overrides)
    return data


def test_pose_changelist_shows_names_thumbnail_and_columns(editor_client):
    PoseFactory(
        english_name="Cobra",
        sanskrit_name="Bhujaṅgāsana",
        image="poses/cobra.jpg",
        image_alt="A cobra.",
    )
    PoseFactory(english_name="Child's pose", sanskrit_name="Bālāsana")
    response = editor_client.get(url(Pose, "changelist"))
    assert response.status_code == 200
    assert changelist_names(response) == {"Cobra", "Child's pose"}
    content = response.content.decode()
    assert "Bhujaṅgāsana" in content and "Bālāsana" in content
    assert '<img src="/media/poses/cobra.jpg"' in content
    assert "Lying on the back" in content  # category label
    assert "Beginner" in content


def test_pose_changelist_thumbnail_is_the_smallest_rendition(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the renditions are made on commit
        pose = PoseFactory(image=png("cobra.png", size=(1600, 1200)), image_alt="A cobra.")
    pose.refresh_from_db()
    name, width, height = pose.image_renditions["step"]["jpeg"][0]
    assert (width, height) == (160, 120)
    content = editor_client.get(url(Pose, "changelist")).content.decode()
    assert f'<img src="{pose.image.storage.url(name)}" alt="" width="64" height="48">' in content
    assert pose.image.url not in content  # never the full-size original


def test_pose_changelist_thumbnail_falls_back_to_the_image_until_renditions_exist(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the worker cleans it on commit
        pose = PoseFactory(image=png("cobra.png", size=(400, 200)), image_alt="A cobra.")
    pose.refresh_from_db()
    # As between the worker storing the cleaned image and recording its renditions.
    record = {key: pose.image_renditions[key] for key in ("source", "width", "height")}
    Pose.objects.filter(pk=pose.pk).update(image_renditions=record)
    content = editor_client.get(url(Pose, "changelist")).content.decode()
    # The stored image's own size is known from the save, so the height keeps its shape.
    assert f'<img src="{pose.image.url}" alt="" width="64" height="32">' in content


def test_pose_add_form_saves_the_pose_its_tags_and_muscle_links(editor_client):
    erector = MuscleFactory(name="Erector spinae")
    multifidus = MuscleFactory(name="Multifidus")
    assert editor_client.get(url(Pose, "add")).status_code == 200
    data = pose_data(
        **management("muscle_links", 2),
        **{
            "muscle_links-0-muscle": str(erector.pk),
            "muscle_links-0-role": PoseMuscle.Role.STRENGTHENS,
            "muscle_links-1-muscle": str(multifidus.pk),
            "muscle_links-1-role": PoseMuscle.Role.STABILISES,
        },
    )
    response = editor_client.post(url(Pose, "add"), data)
    assert response.status_code == 302, errors_of(response)
    pose = Pose.objects.get(slug="cobra")
    assert pose.sanskrit_name == "Bhujaṅgāsana"
    assert pose.search_name == "cobra bhujangasana"
    assert pose.hold_min_seconds == 15 and pose.hold_max_seconds == 30
    assert pose.is_published
    assert set(pose.tags.names()) == {"backbend", "gentle"}
    assert "<ol>" in pose.steps_html
    assert {(link.muscle.name, link.role) for link in pose.muscle_links.all()} == {
        ("Erector spinae", "strengthens"),
        ("Multifidus", "stabilises"),
    }


def test_pose_change_form_updates_and_rerenders_markdown(editor_client):
    pose = PoseFactory(english_name="Cobra", slug="cobra")
    PoseMuscleFactory(pose=pose)
    page = editor_client.get(url(Pose, "change", pose.pk))
    assert page.status_code == 200
    data = change_form_data(page)
    data["cautions"] = "**Stop** if the back hurts."
    data["muscle_links-0-role"] = PoseMuscle.Role.STRENGTHENS
    response = editor_client.post(url(Pose, "change", pose.pk), data)
    assert response.status_code == 302, errors_of(response)
    pose.refresh_from_db()
    assert pose.cautions_html == "<p><strong>Stop</strong> if the back hurts.</p>"
    assert pose.muscle_links.get().role == PoseMuscle.Role.STRENGTHENS


def png(name="pose.png", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_pose_add_form_saves_an_image_with_its_description_and_further_images(
    editor_client, django_capture_on_commit_callbacks
):
    data = pose_data(
        image=png(),
        image_alt="A person lying on the front, chest lifted a little.",
        **management("images", 1),
        **{"images-0-image": png("side.png"), "images-0-alt": "The pose from the side."},
        **{"images-0-order": "1"},
    )
    with django_capture_on_commit_callbacks(execute=True):  # the worker cleans it on commit
        response = editor_client.post(url(Pose, "add"), data)
    assert response.status_code == 302, errors_of(response)
    pose = Pose.objects.get(slug="cobra")
    assert pose.image and pose.image_alt.startswith("A person lying")
    assert [image.alt for image in pose.images.all()] == ["The pose from the side."]
    response = editor_client.get(url(Pose, "changelist"))
    smallest = pose.image.storage.url(pose.image_renditions["step"]["jpeg"][0][0])
    assert f'<img src="{smallest}" alt=""' in response.content.decode()


def test_pose_image_uploaded_without_a_description_is_refused(editor_client):
    response = editor_client.post(url(Pose, "add"), pose_data(image=png(), image_alt=""))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["image_alt"] == [
        "Describe the image for people who cannot see it."
    ]
    assert not Pose.objects.exists()


def test_pose_hold_min_above_max_is_a_message_on_the_field(editor_client):
    response = editor_client.post(
        url(Pose, "add"), pose_data(hold_min_seconds="90", hold_max_seconds="30")
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["hold_max_seconds"] == [
        "The longest hold (30 s) is shorter than the shortest hold (90 s). "
        "Make it at least as long, or leave one of them empty."
    ]
    assert not Pose.objects.exists()


def test_pose_duplicate_slug_is_refused_with_a_message(editor_client):
    PoseFactory(slug="cobra")
    response = editor_client.post(url(Pose, "add"), pose_data())
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["slug"] == [
        "Another pose already uses this address. Choose a different slug."
    ]
    assert Pose.objects.count() == 1


def test_pose_image_without_description_is_refused_with_a_message(editor_client):
    pose = PoseFactory(image="poses/cobra.jpg", image_alt="A person lifting the chest.")
    data = change_form_data(editor_client.get(url(Pose, "change", pose.pk)))
    data["image_alt"] = "  "
    response = editor_client.post(url(Pose, "change", pose.pk), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["image_alt"] == [
        "Describe the image for people who cannot see it."
    ]
    pose.refresh_from_db()
    assert pose.image_alt == "A person lifting the chest."


def test_pose_same_muscle_twice_in_one_role_is_a_clear_message(editor_client):
    muscle = MuscleFactory(name="Multifidus")
    data = pose_data(
        **management("muscle_links", 2),
        **{
            "muscle_links-0-muscle": str(muscle.pk),
            "muscle_links-0-role": "stretches",
            "muscle_links-1-muscle": str(muscle.pk),
            "muscle_links-1-role": "stretches",
        },
    )
    response = editor_client.post(url(Pose, "add"), data)
    assert response.status_code == 200
    assert "Multifidus is listed twice as 'stretches'. Remove one of the two rows." in errors_of(
        response
    )
    assert not Pose.objects.exists()


@pytest.mark.parametrize(
    "query", ["Bhujaṅgāsana", "bhujangasana", "BHUJANG", "bhujaṅg", "cobra", "COBRA"]
)
def test_pose_search_by_either_name_with_or_without_diacritics(editor_client, query):
    PoseFactory(english_name="Cobra", sanskrit_name="Bhujaṅgāsana")
    PoseFactory(english_name="Child's pose", sanskrit_name="Bālāsana")
    response = editor_client.get(url(Pose, "changelist"), {"q": query})
    assert response.status_code == 200
    assert changelist_names(response) == {"Cobra"}


def test_pose_search_finds_diacritic_names_from_plain_text(editor_client):
    PoseFactory(english_name="Child's pose", sanskrit_name="Bālāsana")
    PoseFactory(english_name="Triangle", sanskrit_name="Trikoṇāsana")
    response = editor_client.get(url(Pose, "changelist"), {"q": "balasana"})
    assert changelist_names(response) == {"Child's pose"}
    response = editor_client.get(url(Pose, "changelist"), {"q": "asana"})
    assert changelist_names(response) == {"Child's pose", "Triangle"}


def test_pose_filters_by_category_level_and_published(editor_client):
    PoseFactory(english_name="Triangle", category=Category.STANDING, level=Level.INTERMEDIATE)
    PoseFactory(english_name="Fish", category=Category.SUPINE, is_published=False)
    changelist = url(Pose, "changelist")
    assert changelist_names(editor_client.get(changelist, {"category__exact": "standing"})) == {
        "Triangle"
    }
    assert changelist_names(editor_client.get(changelist, {"level__exact": "intermediate"})) == {
        "Triangle"
    }
    assert changelist_names(editor_client.get(changelist, {"is_published__exact": "0"})) == {"Fish"}
    assert changelist_names(editor_client.get(changelist, {"is_published__exact": "1"})) == {
        "Triangle"
    }


def test_pose_filter_by_tag(editor_client):
    PoseFactory(english_name="Cobra", tags=["backbend"])
    PoseFactory(english_name="Fish", tags=["backbend", "chest"])
    PoseFactory(english_name="Chair", tags=["strength"])
    response = editor_client.get(url(Pose, "changelist"))
    tag_ids = {
        choice["display"]: choice["query_string"]
        for spec in response.context["cl"].filter_specs
        if spec.title == "Tags"
        for choice in spec.choices(response.context["cl"])
    }
    assert {"backbend", "chest", "strength"} <= set(tag_ids)
    response = editor_client.get(url(Pose, "changelist") + tag_ids["backbend"])
    assert changelist_names(response) == {"Cobra", "Fish"}


def test_pose_filter_by_muscle_group_lists_each_pose_once(editor_client):
    deep = MuscleGroupFactory(name="Deep layer")
    surface = MuscleGroupFactory(name="Superficial layer")
    cobra = PoseFactory(english_name="Cobra")
    for muscle in MuscleFactory.create_batch(2, group=deep):
        PoseMuscleFactory(pose=cobra, muscle=muscle, role="strengthens")
        PoseMuscleFactory(pose=cobra, muscle=muscle, role="stabilises")
    PoseMuscleFactory(pose=PoseFactory(english_name="Fish"), muscle__group=surface)
    PoseFactory(english_name="Chair")
    response = editor_client.get(url(Pose, "changelist"), {"muscle_group": str(deep.pk)})
    assert [str(p) for p in response.context["cl"].result_list] == ["Cobra"]
    assert response.context["cl"].result_count == 1
    response = editor_client.get(url(Pose, "changelist"), {"muscle_group": str(surface.pk)})
    assert changelist_names(response) == {"Fish"}
    assert "Deep layer" in response.content.decode()


def test_pose_add_form_prepopulates_the_slug_from_the_english_name(editor_client):
    response = editor_client.get(url(Pose, "add"))
    fields = response.context["adminform"].prepopulated_fields
    assert [(f["field"].name, [d.name for d in f["dependencies"]]) for f in fields] == [
        ("slug", ["english_name"])
    ]


def test_muscle_autocomplete_for_the_pose_inline(editor_client):
    MuscleFactory(name="Longissimus")
    MuscleFactory(name="Trapezius")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "longis",
            "app_label": "poses",
            "model_name": "posemuscle",
            "field_name": "muscle",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Longissimus"]


def test_pose_autocomplete_matches_without_diacritics(editor_client):
    PoseFactory(english_name="Cobra", sanskrit_name="Bhujaṅgāsana")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "bhujanga", "app_label": "sequences", "model_name": "sequencestep"}
        | {"field_name": "pose"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Cobra"]


# Deleting a pose a sequence uses ------------------------------------------------------------


def test_deleting_a_used_pose_shows_the_protecting_steps(editor_client):
    pose = PoseFactory(english_name="Cobra")
    SequenceStepFactory(pose=pose, position=3, sequence__title="Back-pain flow")
    response = editor_client.get(url(Pose, "delete", pose.pk))
    assert response.status_code == 200
    content = response.content.decode()
    assert "would require deleting the following protected related objects" in content
    assert "Back-pain flow, step 3: Cobra" in content


def test_posting_the_delete_view_leaves_a_used_pose_in_place(editor_client):
    pose = PoseFactory(english_name="Cobra")
    SequenceStepFactory(pose=pose, sequence__title="Back-pain flow")
    response = editor_client.post(url(Pose, "delete", pose.pk), {"post": "yes"})
    assert response.status_code == 200
    assert "Back-pain flow" in response.content.decode()
    assert Pose.objects.filter(pk=pose.pk).exists()


def test_bulk_delete_leaves_used_poses_in_place_and_names_the_sequence(editor_client):
    used = PoseFactory(english_name="Cobra")
    unused = PoseFactory(english_name="Handstand")
    SequenceStepFactory(pose=used, position=2, sequence__title="Standing sequence")
    data = {"action": "delete_selected", "_selected_action": [used.pk, unused.pk]}
    response = editor_client.post(url(Pose, "changelist"), data)
    assert response.status_code == 200
    assert "Standing sequence, step 2: Cobra" in response.content.decode()
    response = editor_client.post(url(Pose, "changelist"), data | {"post": "yes"})
    assert response.status_code == 200
    assert set(Pose.objects.values_list("english_name", flat=True)) == {"Cobra", "Handstand"}


def test_deleting_an_unused_pose_works(editor_client):
    pose = PoseFactory()
    PoseMuscleFactory(pose=pose)
    response = editor_client.post(url(Pose, "delete", pose.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Pose.objects.exists()
    assert not PoseMuscle.objects.exists()


# Anatomy --------------------------------------------------------------------------------------


def test_muscle_group_changelist_add_and_change(editor_client):
    MuscleGroupFactory(name="Superficial layer", depth=1)
    response = editor_client.get(url(MuscleGroup, "changelist"))
    assert response.status_code == 200
    assert changelist_names(response) == {"Superficial layer"}
    assert editor_client.get(url(MuscleGroup, "add")).status_code == 200
    response = editor_client.post(
        url(MuscleGroup, "add"),
        {
            "name": "Deep layer",
            "slug": "deep",
            "depth": "3",
            "summary": "Close to the spine.",
            "description": "Holds the *vertebrae*.",
        },
    )
    assert response.status_code == 302, errors_of(response)
    group = MuscleGroup.objects.get(slug="deep")
    assert group.description_html == "<p>Holds the <em>vertebrae</em>.</p>"

    data = change_form_data(editor_client.get(url(MuscleGroup, "change", group.pk)))
    data["summary"] = "Nearest the spine."
    response = editor_client.post(url(MuscleGroup, "change", group.pk), data)
    assert response.status_code == 302, errors_of(response)
    group.refresh_from_db()
    assert group.summary == "Nearest the spine."


def test_muscle_group_duplicate_depth_and_slug_are_messages(editor_client):
    MuscleGroupFactory(name="Superficial layer", slug="superficial", depth=1)
    response = editor_client.post(
        url(MuscleGroup, "add"), {"name": "Another", "slug": "superficial", "depth": "1"}
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "slug" in errors and "depth" in errors
    assert MuscleGroup.objects.count() == 1


def test_muscle_changelist_filter_search_add_and_change(editor_client):
    deep = MuscleGroupFactory(name="Deep layer")
    surface = MuscleGroupFactory(name="Superficial layer")
    erector = MuscleFactory(name="Erector spinae", group=deep)
    MuscleFactory(name="Trapezius", group=surface)
    changelist = url(Muscle, "changelist")
    response = editor_client.get(changelist)
    assert response.status_code == 200
    assert changelist_names(response) == {"Erector spinae", "Trapezius"}
    assert changelist_names(editor_client.get(changelist, {"group__id__exact": deep.pk})) == {
        "Erector spinae"
    }
    assert changelist_names(editor_client.get(changelist, {"q": "trapez"})) == {"Trapezius"}

    assert editor_client.get(url(Muscle, "add")).status_code == 200
    response = editor_client.post(
        url(Muscle, "add"),
        {
            "name": "Longissimus",
            "slug": "longissimus",
            "group": str(deep.pk),
            "parent": str(erector.pk),
            "order": "2",
            "location": "Beside the spine.",
            "action": "Straightens the back.",
            "description": "The longest part.",
        },
    )
    assert response.status_code == 302, errors_of(response)
    longissimus = Muscle.objects.get(slug="longissimus")
    assert longissimus.parent == erector
    assert longissimus.description_html == "<p>The longest part.</p>"

    data = change_form_data(editor_client.get(url(Muscle, "change", longissimus.pk)))
    data["innervation"] = "Dorsal rami of the spinal nerves"
    response = editor_client.post(url(Muscle, "change", longissimus.pk), data)
    assert response.status_code == 302, errors_of(response)
    longissimus.refresh_from_db()
    assert longissimus.innervation == "Dorsal rami of the spinal nerves"


def test_muscle_cannot_be_its_own_parent_or_nest_across_layers(editor_client):
    deep = MuscleGroupFactory()
    surface = MuscleGroupFactory()
    erector = MuscleFactory(name="Erector spinae", group=deep)
    data = change_form_data(editor_client.get(url(Muscle, "change", erector.pk)))
    response = editor_client.post(url(Muscle, "change", erector.pk), data | {"parent": erector.pk})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["parent"] == [
        "A muscle cannot be part of itself."
    ]
    other = MuscleFactory(group=surface)
    response = editor_client.post(url(Muscle, "change", erector.pk), data | {"parent": other.pk})
    assert response.context["adminform"].form.errors["parent"] == [
        "A muscle and the muscle it is part of share a layer."
    ]
    erector.refresh_from_db()
    assert erector.parent is None


# Sequences ------------------------------------------------------------------------------------


def step_fields(index, pose, position="", **extra):
    fields = {
        f"steps-{index}-pose": str(pose.pk),
        f"steps-{index}-side": "both",
        f"steps-{index}-hold_seconds": "",
        f"steps-{index}-repetitions": "1",
        f"steps-{index}-notes": "",
        f"steps-{index}-position": str(position),
    }
    fields.update({f"steps-{index}-{k}": v for k, v in extra.items()})
    return fields


def sequence_data(**overrides):
    data = {
        "title": "Back-pain flow",
        "slug": "back-pain-flow",
        "summary": "Eleven gentle steps.",
        "introduction": "Go slowly.",
        "repeat_count": "3",
        "level": "beginner",
        "order": "0",
        "is_published": "on",
        **management("steps", 0),
    }
    data.update(overrides)
    return data


def test_sequence_changelist_counts_steps(editor_client):
    sequence = SequenceFactory(title="Back-pain flow")
    SequenceStepFactory.create_batch(3, sequence=sequence)
    response = editor_client.get(url(Sequence, "changelist"))
    assert response.status_code == 200
    assert [s.step_total for s in response.context["cl"].result_list] == [3]


def test_sequence_add_form_saves_steps_with_the_same_pose_repeated(editor_client):
    cat, cobra = PoseFactory(english_name="Cat flow"), PoseFactory(english_name="Cobra")
    page = editor_client.get(url(Sequence, "add"))
    assert page.status_code == 200
    data = sequence_data(
        **management("steps", 3),
        **step_fields(0, cat, 1),
        **step_fields(1, cobra, 2, notes="Not too deep.", hold_seconds="20"),
        **step_fields(2, cat, 3, side="each", repetitions="5"),
    )
    response = editor_client.post(url(Sequence, "add"), data)
    assert response.status_code == 302, errors_of(response)
    sequence = Sequence.objects.get(slug="back-pain-flow")
    steps = list(sequence.steps.order_by("position"))
    assert [(s.position, s.pose.english_name) for s in steps] == [
        (1, "Cat flow"),
        (2, "Cobra"),
        (3, "Cat flow"),
    ]
    assert steps[1].notes_html == "<p>Not too deep.</p>" and steps[1].hold_seconds == 20
    assert steps[2].side == "each" and steps[2].repetitions == 5
    assert sequence.repeat_count == 3 and sequence.introduction_html == "<p>Go slowly.</p>"


def test_sequence_steps_added_without_a_position_go_to_the_end(editor_client):
    sequence = SequenceFactory()
    SequenceStepFactory(sequence=sequence, position=1, pose__english_name="Cat flow")
    SequenceStepFactory(sequence=sequence, position=2, pose__english_name="Cobra")
    chair = PoseFactory(english_name="Chair")
    data = change_form_data(editor_client.get(url(Sequence, "change", sequence.pk)))
    data.update(management("steps", 3, 2))
    data.update(step_fields(2, chair))
    response = editor_client.post(url(Sequence, "change", sequence.pk), data)
    assert response.status_code == 302, errors_of(response)
    assert [(s.position, str(s.pose)) for s in sequence.steps.order_by("position")] == [
        (1, "Cat flow"),
        (2, "Cobra"),
        (3, "Chair"),
    ]


def test_sequence_change_page_renders_the_sortable_inline(editor_client):
    sequence = SequenceFactory()
    SequenceStepFactory(sequence=sequence, position=1)
    response = editor_client.get(url(Sequence, "change", sequence.pk))
    assert response.status_code == 200
    names = [t.name for t in response.templates]
    assert "adminsortable2/edit_inline/tabular-django-6.1.html" in names
    assert "adminsortable2/edit_inline/tabular-django-6.0.html" in names
    content = response.content.decode()
    assert 'class="module sortable' in content
    assert 'class="_reorder_"' in content  # the hidden position the drag handle fills in
    assert "adminsortable2/js/adminsortable2" in content
    # Every script and stylesheet the page asks for exists: a missing one has no entry in the
    # production static manifest and would turn the page into an error.
    assets = re.findall(r'(?:src|href)="/static/([^"?]+)', content)
    assert any(asset.startswith("adminsortable2/js/adminsortable2") for asset in assets)
    assert [asset for asset in assets if not finders.find(asset)] == []


def test_reordering_steps_saves_new_positions_without_clashing(editor_client):
    sequence = SequenceFactory()
    for position, name in enumerate(["Cat flow", "Cobra", "Child's pose", "Fish"], start=1):
        SequenceStepFactory(sequence=sequence, position=position, pose__english_name=name)
    data = change_form_data(editor_client.get(url(Sequence, "change", sequence.pk)))
    # What the drag-and-drop script posts after Fish is dragged to the top: every row renumbered.
    by_pose = {}
    for index in range(4):
        pose = Pose.objects.get(pk=data[f"steps-{index}-pose"])
        by_pose[pose.english_name] = index
    new_order = ["Fish", "Cat flow", "Cobra", "Child's pose"]
    for position, name in enumerate(new_order, start=1):
        data[f"steps-{by_pose[name]}-position"] = str(position)
    response = editor_client.post(url(Sequence, "change", sequence.pk), data)
    assert response.status_code == 302, errors_of(response)
    assert [str(s.pose) for s in sequence.steps.order_by("position")] == new_order
    assert list(sequence.steps.values_list("position", flat=True)) == [1, 2, 3, 4]


def test_moving_a_step_onto_a_deleted_steps_position_in_the_same_save(editor_client):
    sequence = SequenceFactory()
    for position, name in enumerate(["Cat flow", "Cobra", "Fish"], start=1):
        SequenceStepFactory(sequence=sequence, position=position, pose__english_name=name)
    data = change_form_data(editor_client.get(url(Sequence, "change", sequence.pk)))
    # Delete Fish (position 3) and move Cat flow into its place, after Cobra.
    data["steps-2-DELETE"] = "on"
    data["steps-0-position"] = "3"
    response = editor_client.post(url(Sequence, "change", sequence.pk), data)
    assert response.status_code == 302, errors_of(response)
    assert [(s.position, str(s.pose)) for s in sequence.steps.order_by("position")] == [
        (2, "Cobra"),
        (3, "Cat flow"),
    ]


def test_duplicate_step_positions_are_a_clear_formset_message(editor_client):
    sequence = SequenceFactory()
    SequenceStepFactory(sequence=sequence, position=1, pose__english_name="Cat flow")
    SequenceStepFactory(sequence=sequence, position=2, pose__english_name="Cobra")
    data = change_form_data(editor_client.get(url(Sequence, "change", sequence.pk)))
    data["steps-1-position"] = "1"
    response = editor_client.post(url(Sequence, "change", sequence.pk), data)
    assert response.status_code == 200
    assert errors_of(response) == [
        "The steps in row 1 (Cat flow) and row 2 (Cobra) both have position 1. "
        "Each step in a sequence needs its own position."
    ]
    assert "both have position 1" in response.content.decode()
    assert list(sequence.steps.values_list("position", flat=True)) == [1, 2]


def test_duplicate_positions_among_new_steps_are_refused_too(editor_client):
    pose = PoseFactory(english_name="Cobra")
    data = sequence_data(
        **management("steps", 2), **step_fields(0, pose, 4), **step_fields(1, pose, 4)
    )
    response = editor_client.post(url(Sequence, "add"), data)
    assert response.status_code == 200
    assert "both have position 4" in " ".join(errors_of(response))
    assert not Sequence.objects.exists()


@pytest.mark.parametrize(
    ("position", "message"),
    [
        ("0", "Position: A step's position is a number from 1 to 1000."),
        ("5000", "Position: A step's position is a number from 1 to 1000."),
        ("-1", "Position: A step's position is a number from 1 to 1000."),
        ("two", "Position: Enter a whole number."),
    ],
)
def test_bad_positions_are_a_visible_message_not_an_error_page(editor_client, position, message):
    pose = PoseFactory()
    data = sequence_data(**management("steps", 1), **step_fields(0, pose, position))
    response = editor_client.post(url(Sequence, "add"), data)
    assert response.status_code == 200
    assert errors_of(response) == [message]
    # Shown on the step's row, since the position field itself is hidden.
    assert '<tr class="row-form-errors">' in response.content.decode()
    assert not Sequence.objects.exists()


def test_sequence_duplicate_slug_and_zero_repeats_are_messages(editor_client):
    SequenceFactory(slug="back-pain-flow")
    response = editor_client.post(url(Sequence, "add"), sequence_data(repeat_count="0"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["slug"] == ["Sequence with this Slug already exists."]
    assert "A sequence is done at least once." in str(errors)
    assert Sequence.objects.count() == 1


def test_step_with_zero_repetitions_is_a_message(editor_client):
    pose = PoseFactory()
    data = sequence_data(**management("steps", 1), **step_fields(0, pose, 1, repetitions="0"))
    response = editor_client.post(url(Sequence, "add"), data)
    assert response.status_code == 200
    assert "A step is done at least once." in " ".join(errors_of(response))


def test_sequence_filters(editor_client):
    SequenceFactory(title="Back-pain flow", level="beginner", is_published=True)
    SequenceFactory(title="Standing sequence", level="intermediate", is_published=False)
    changelist = url(Sequence, "changelist")
    assert changelist_names(editor_client.get(changelist, {"level__exact": "intermediate"})) == {
        "Standing sequence"
    }
    assert changelist_names(editor_client.get(changelist, {"is_published__exact": "1"})) == {
        "Back-pain flow"
    }
    assert changelist_names(editor_client.get(changelist, {"q": "standing"})) == {
        "Standing sequence"
    }


# Tips and pages -------------------------------------------------------------------------------


def test_tip_add_and_change_with_links(editor_client):
    flow = SequenceFactory(title="Back-pain flow")
    cobra = PoseFactory(english_name="Cobra")
    fish = PoseFactory(english_name="Fish")
    assert editor_client.get(url(Tip, "add")).status_code == 200
    response = editor_client.post(
        url(Tip, "add"),
        {
            "title": "Enter poses slowly",
            "kind": Tip.Kind.CAUTION,
            "body": "Move *slowly*.",
            "is_featured": "on",
            "order": "1",
            "sequences": [str(flow.pk)],
            "poses": [str(cobra.pk), str(fish.pk)],
        },
    )
    assert response.status_code == 302, errors_of(response)
    tip = Tip.objects.get(title="Enter poses slowly")
    assert tip.is_featured and tip.kind == "caution"
    assert tip.body_html == "<p>Move <em>slowly</em>.</p>"
    assert set(tip.sequences.all()) == {flow}
    assert set(tip.poses.all()) == {cobra, fish}

    data = change_form_data(editor_client.get(url(Tip, "change", tip.pk)))
    data["poses"] = [str(fish.pk)]
    data.pop("is_featured")
    response = editor_client.post(url(Tip, "change", tip.pk), data)
    assert response.status_code == 302, errors_of(response)
    tip.refresh_from_db()
    assert set(tip.poses.all()) == {fish}
    assert not tip.is_featured


def test_tip_changelist_filters_by_kind_and_featured(editor_client):
    TipFactory(title="Listen to your body", kind="tip", is_featured=True)
    TipFactory(title="Not too deep", kind="caution")
    changelist = url(Tip, "changelist")
    assert editor_client.get(changelist).status_code == 200
    assert changelist_names(editor_client.get(changelist, {"kind__exact": "caution"})) == {
        "Not too deep"
    }
    assert changelist_names(editor_client.get(changelist, {"is_featured__exact": "1"})) == {
        "Listen to your body"
    }


def test_tip_duplicate_title_is_a_message(editor_client):
    TipFactory(title="Listen to your body")
    response = editor_client.post(
        url(Tip, "add"), {"title": "Listen to your body", "kind": "tip", "body": "x", "order": "0"}
    )
    assert response.status_code == 200
    assert "title" in response.context["adminform"].form.errors


def test_page_add_and_change(editor_client):
    assert editor_client.get(url(Page, "changelist")).status_code == 200
    assert editor_client.get(url(Page, "add")).status_code == 200
    response = editor_client.post(
        url(Page, "add"), {"title": "Welcome", "slug": "home", "body": "Yoga *for* backs."}
    )
    assert response.status_code == 302, errors_of(response)
    page = Page.objects.get(slug="home")
    assert page.body_html == "<p>Yoga <em>for</em> backs.</p>"
    data = change_form_data(editor_client.get(url(Page, "change", page.pk)))
    data["body"] = "<script>alert(1)</script>Hello"
    response = editor_client.post(url(Page, "change", page.pk), data)
    assert response.status_code == 302, errors_of(response)
    page.refresh_from_db()
    assert "script" not in page.body_html and "Hello" in page.body_html
    assert changelist_names(editor_client.get(url(Page, "changelist"))) == {"Welcome"}


def test_every_content_model_is_in_the_editor_admin_index(editor_client):
    response = editor_client.get(reverse("admin:index"))
    assert response.status_code == 200
    models = {
        model["object_name"] for app in response.context["app_list"] for model in app["models"]
    }
    assert {"Page", "MuscleGroup", "Muscle", "Pose", "Sequence", "Tip", "Tag"} <= models
    assert not {"User", "Group"} & models
    assert Group.objects.get(name="Editors")
