"""Tips are edited from the pose and the sequence they belong to, as well as on their own."""

import pytest

from poses.models import Pose
from sequences.models import Sequence, Tip
from tests.factories import PoseFactory, SequenceFactory, TipFactory
from tests.test_admin import change_form_data, url

pytestmark = pytest.mark.django_db


def tips_prefix(page):
    (formset,) = [
        inline.formset
        for inline in page.context["inline_admin_formsets"]
        if inline.formset.model is Tip.poses.through
        or inline.formset.model is Tip.sequences.through
    ]
    return formset.prefix


def post_with_tip_rows(client, obj, rows, *, keep=()):
    """Save ``obj``'s change page with its existing tip rows and ``rows`` added after them."""
    model = type(obj)
    page = client.get(url(model, "change", obj.pk))
    data = change_form_data(page)
    prefix = tips_prefix(page)
    start = int(data[f"{prefix}-TOTAL_FORMS"])
    for offset, row in enumerate(rows):
        data.update({f"{prefix}-{start + offset}-{key}": value for key, value in row.items()})
    data[f"{prefix}-TOTAL_FORMS"] = str(start + len(rows))
    for index, changes in keep:
        data.update({f"{prefix}-{index}-{key}": value for key, value in changes.items()})
    return client.post(url(model, "change", obj.pk), data), prefix


@pytest.mark.parametrize("make", [PoseFactory, SequenceFactory], ids=["pose", "sequence"])
def test_a_new_tip_is_written_from_the_page_it_belongs_to(editor_client, make):
    obj = make()
    response, _ = post_with_tip_rows(
        editor_client,
        obj,
        [{"title": "Soft knees", "kind": "caution", "body": "Keep the knees **soft**."}],
    )
    assert response.status_code == 302
    tip = Tip.objects.get(title="Soft knees")
    assert tip.kind == "caution"
    assert "<strong>soft</strong>" in tip.body_html
    assert obj in (tip.poses.all() if isinstance(obj, Pose) else tip.sequences.all())


def test_an_existing_tip_is_picked_and_its_words_changed_from_a_pose(editor_client):
    pose = PoseFactory()
    sequence = SequenceFactory()
    tip = TipFactory(title="Breathe", body="Slowly.")
    tip.sequences.add(sequence)
    response, prefix = post_with_tip_rows(editor_client, pose, [{"tip": str(tip.pk)}])
    assert response.status_code == 302
    assert list(pose.tips.all()) == [tip]
    tip.refresh_from_db()
    assert tip.body == "Slowly."  # picked only: its words are unchanged

    response, _ = post_with_tip_rows(
        editor_client, pose, [], keep=[(0, {"body": "Slowly, through the nose."})]
    )
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.body == "Slowly, through the nose."
    # The same tip, so the sequence shows the new words too.
    assert list(sequence.tips.all()) == [tip]


def test_removing_a_tip_row_unlinks_the_tip_and_keeps_it(editor_client):
    sequence = SequenceFactory()
    tip = TipFactory()
    tip.sequences.add(sequence)
    response, _ = post_with_tip_rows(editor_client, sequence, [], keep=[(0, {"DELETE": "on"})])
    assert response.status_code == 302
    assert not sequence.tips.exists()
    assert Tip.objects.filter(pk=tip.pk).exists()


def test_a_new_tip_without_text_or_with_a_taken_title_is_a_clear_message(editor_client):
    pose = PoseFactory()
    TipFactory(title="Breathe")
    response, _ = post_with_tip_rows(editor_client, pose, [{"title": "Warm up", "kind": "tip"}])
    assert response.status_code == 200
    assert "A tip needs some text." in response.content.decode()
    response, _ = post_with_tip_rows(
        editor_client, pose, [{"title": "Breathe", "kind": "tip", "body": "Again."}]
    )
    assert response.status_code == 200
    assert "Another tip is called “Breathe”." in response.content.decode()
    assert Tip.objects.count() == 1


def test_tips_show_on_the_sequence_change_page(editor_client):
    sequence = SequenceFactory()
    TipFactory(title="Go gently").sequences.add(sequence)
    html = editor_client.get(url(Sequence, "change", sequence.pk)).content.decode()
    assert "Go gently" in html


def test_a_save_posted_without_the_tip_rows_keeps_the_tips(editor_client):
    pose = PoseFactory()
    tip = TipFactory()
    tip.poses.add(pose)
    page = editor_client.get(url(Pose, "change", pose.pk))
    data = {k: v for k, v in change_form_data(page).items() if not k.startswith(tips_prefix(page))}
    assert editor_client.post(url(Pose, "change", pose.pk), data).status_code == 302
    assert list(pose.tips.all()) == [tip]
