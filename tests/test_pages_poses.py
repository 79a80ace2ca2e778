"""The pose library, its filters, and the pose pages."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image

from poses.models import Category, Level, PoseImage, PoseMuscle
from tests.factories import (
    MuscleFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
    UserFactory,
)
from tests.page_checks import assert_good_page

LIST = reverse("poses:list")


def names(response):
    return [pose.english_name for pose in response.context["poses"]]


# The library, with the small site of tests/site_content.py


def test_library_lists_every_published_pose_with_names_and_level(client, site):
    response = client.get(LIST)
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert response.context["page_obj"].paginator.count == 8
    assert "Triangle pose" in html
    assert "Bhujaṅgāsana" in html
    assert "Beginner" in html


def test_library_card_links_image_and_name_to_the_pose_in_one_link(client, site):
    html = client.get(LIST).content.decode()
    start = html.index('<a class="card__link" href="/poses/cobra/">')
    card = html[start : html.index("</a>", start)]
    assert "<img" in card
    assert "Cobra pose" in card
    assert html.count('href="/poses/cobra/"') == 1


def test_search_ignores_case_and_diacritics(client, site):
    assert names(client.get(LIST, {"q": "bhujangasana"})) == ["Cobra pose"]
    assert names(client.get(LIST, {"q": "BHUJAṄGĀSANA"})) == ["Cobra pose"]
    assert names(client.get(LIST, {"q": "  cobra  "})) == ["Cobra pose"]
    assert "Triangle pose" in names(client.get(LIST, {"q": "trikonasana"}))


def test_search_without_matches_says_so_and_offers_to_clear(client, site):
    response = client.get(LIST, {"q": "headstand on a unicycle"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No poses found" in html
    assert "Clear the filters and see every pose" in html
    assert f'href="{LIST}"' in html


def test_filter_by_tag_category_and_level(client, site):
    assert set(names(client.get(LIST, {"tag": "twist"}))) == {
        "Half revolved belly pose",
        "Lying spinal twist",
    }
    assert set(names(client.get(LIST, {"category": "standing"}))) >= {"Triangle pose"}
    assert names(client.get(LIST, {"level": "advanced"})) == ["Handstand"]


def test_filters_combine(client, site):
    low_back = set(names(client.get(LIST, {"tag": "low-back"})))
    gentle = set(names(client.get(LIST, {"tag": "gentle"})))
    strengthening = set(names(client.get(LIST, {"tag": "strengthening"})))
    assert names(client.get(LIST, {"tag": "low-back", "q": "cobra"})) == ["Cobra pose"]
    beginner_strengthening = set(
        names(client.get(LIST, {"tag": "strengthening", "level": "beginner"}))
    )
    assert beginner_strengthening == strengthening - {"Handstand"}
    assert gentle & low_back  # the combination below is not trivially empty
    response = client.get(LIST, {"tag": "gentle", "level": "advanced"})
    assert names(response) == []
    assert "Clear the filters" in response.content.decode()


def test_filter_by_muscle_and_muscle_group(client, site):
    iliocostalis = set(names(client.get(LIST, {"muscle": "iliocostalis"})))
    assert "Triangle pose" in iliocostalis
    deep = set(names(client.get(LIST, {"group": "deep"})))
    assert iliocostalis <= deep
    # A muscle includes its parts: Erector spinae finds what works Iliocostalis.
    assert iliocostalis <= set(names(client.get(LIST, {"muscle": "erector-spinae"})))


def test_library_shows_the_filters_in_use(client, site):
    response = client.get(LIST, {"category": "standing", "tag": "hips"})
    html = response.content.decode()
    assert "Filters in use" in html
    assert "Kind of pose:</span> Standing" in html
    assert '<option value="standing" selected>' in html


def test_tag_choices_come_from_published_poses_only(client, db):
    PoseFactory(tags=["open"])
    PoseFactory(tags=["secret"], is_published=False)
    html = client.get(LIST).content.decode()
    assert '<option value="open">' in html
    assert "secret" not in html


def test_muscle_filter_does_not_repeat_a_pose_worked_in_two_roles(client, db):
    pose = PoseFactory()
    muscle = MuscleFactory(slug="psoas")
    PoseMuscleFactory(pose=pose, muscle=muscle, role=PoseMuscle.Role.STRETCHES)
    PoseMuscleFactory(pose=pose, muscle=muscle, role=PoseMuscle.Role.STABILISES)
    assert names(client.get(LIST, {"muscle": "psoas"})) == [pose.english_name]


# Pagination


@pytest.fixture
def thirty_poses(db):
    for number in range(30):
        PoseFactory(english_name=f"Pose {number:02}", category=Category.SEATED)
    PoseFactory(english_name="Standing one", category=Category.STANDING)


def test_library_is_paginated_and_keeps_filters_in_page_links(client, thirty_poses):
    response = client.get(LIST, {"category": "seated"})
    assert len(response.context["poses"]) == 12
    html = response.content.decode()
    assert 'href="?category=seated&amp;page=2"' in html
    assert "Page 1 of 3" in html
    page3 = client.get(LIST, {"category": "seated", "page": "3"})
    assert len(page3.context["poses"]) == 6


@pytest.mark.parametrize(
    ("page", "expected"), [("abc", 1), ("99999", 3), ("-1", 3), ("0", 3), ("", 1), ("1.5", 1)]
)
def test_bad_page_numbers_give_a_real_page(client, thirty_poses, page, expected):
    response = client.get(LIST, {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected


# Hostile and odd input


@pytest.mark.parametrize(
    "query",
    [
        "category=volcano",
        "level=expert",
        "tag=no-such-tag",
        "muscle=heart",
        "group=core-of-the-earth",
        "q=%00",
        "q=cob%00ra",
        "category=%00",
        "q=" + "a" * 5000,
        "q=%27%3B+DROP+TABLE+poses_pose%3B--",
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "category=standing&category=volcano",
        "tag=hips&tag=hips&tag=hips",
        "page=abc&page=2",
        "q=%E2%80%AE%F0%9F%A7%98",
        "q=%ff%fe",
        "unknown=1",
        "q[]=1&category[$ne]=1",
    ],
)
def test_hostile_query_strings_never_break_the_library(client, site, query):
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert len(html) < 60_000


def test_unknown_filter_values_are_left_out_and_reported(client, site):
    response = client.get(LIST, {"category": "volcano", "tag": "hips"})
    assert response.status_code == 200
    assert set(names(response)) == set(names(client.get(LIST, {"tag": "hips"})))
    html = response.content.decode()
    assert "We did not recognise the value given for kind of pose" in html
    assert "volcano" not in html
    assert "Clear filters" in html


def test_overlong_search_text_is_cut_not_echoed(client, site):
    response = client.get(LIST, {"q": "cobra" + "x" * 5000})
    assert response.status_code == 200
    assert "x" * 101 not in response.content.decode()


def test_repeated_parameters_use_the_last_value(client, site):
    response = client.get(f"{LIST}?level=advanced&level=beginner")
    assert "Handstand" not in names(response)


def test_unknown_pose_is_a_404(client, db):
    assert client.get("/poses/no-such-pose/").status_code == 404
    assert client.get("/poses/%00/").status_code == 404
    assert client.get("/poses/" + "a" * 3000 + "/").status_code == 404


# The pose page


def test_triangle_page_says_how_long_to_hold_it(client, site):
    response = client.get(reverse("poses:detail", kwargs={"slug": "triangle"}))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert "Hold for 30 seconds to 3 minutes" in html
    assert "Utthita Trikoṇāsana" in html
    assert '<i lang="sa-Latn">' in html


def test_pose_page_shows_cautions_before_benefits_and_marks_them(client, site):
    html = client.get("/poses/cobra/").content.decode()
    assert 'class="callout callout--caution"' in html
    assert html.index("Take care") < html.index("How to do it")
    assert html.index("Take care") < html.index("What it can help with")


def test_pose_page_links_tags_muscles_tips_and_sequences(client, site):
    html = client.get("/poses/triangle/").content.decode()
    assert 'href="/poses/?tag=hamstrings"' in html
    assert 'href="/poses/?category=standing"' in html
    assert "Muscles it works" in html
    assert "<h3>Stretches</h3>" in html
    assert 'href="/anatomy/deep/iliocostalis/"' in html
    assert "Soften the front knee" in html  # a tip linked to the pose
    assert "Appears in" in html
    assert 'href="/sequences/standing-practice/"' in html


def test_pose_picture_opens_the_picture_itself_larger(client, site):
    html = client.get("/poses/triangle/").content.decode()
    start = html.index('<a class="pose__picture" href="/static/img/figures/triangle.svg">')
    link = html[start : html.index("</a>", start)]
    assert '<img class="pose-picture pose-picture--detail' in link
    assert "Open the picture larger" in link
    assert 'href="/poses/triangle/"' not in html.split('aria-current="page"')[1]


def test_a_pose_with_no_picture_of_its_own_links_nowhere(client, db):
    html = client.get(PoseFactory(slug="no-drawing").get_absolute_url()).content.decode()
    assert '<div class="pose__picture"><img' in html
    assert "pose-placeholder.svg" in html
    assert "Open the picture larger" not in html


def test_pose_page_says_the_hold_once_and_nothing_about_coming_out(client, site):
    html = client.get("/poses/triangle/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert main.count("Hold for") == 1
    assert "Come out slowly" not in main


def png(name, size=(800, 600)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name)


def test_pose_page_shows_further_images_after_the_main_one_in_order(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the renditions are made on commit
        pose = PoseFactory(image=png("cobra.png"), image_alt="Cobra from the left.")
        PoseImage.objects.create(
            pose=pose, image=png("low.png"), alt="A lower cobra on the forearms.", order=2
        )
        PoseImage.objects.create(
            pose=pose, image=png("right.png"), alt="Cobra from the right.", order=1
        )
    response = client.get(pose.get_absolute_url())
    assert_good_page(response)
    html = response.content.decode()
    start = html.index('<ul class="pose__more"')
    more = html[start : html.index("</ul>", start)]
    assert html.index('alt="Cobra from the left."') < start
    assert more.index('alt="Cobra from the right."') < more.index(
        'alt="A lower cobra on the forearms."'
    )
    assert more.count("<picture>") == 2 and more.count('type="image/avif"') == 2
    assert more.count('loading="lazy"') == 2 and "fetchpriority" not in more
    image = PoseImage.objects.get(alt="Cobra from the right.")
    assert image.image.storage.url(image.image_renditions["card"]["avif"][0][0]) in more


def test_pose_page_without_further_images_has_no_empty_list(client, db):
    pose = PoseFactory()
    assert "pose__more" not in client.get(pose.get_absolute_url()).content.decode()


def test_pose_tips_put_cautions_first(client, db):
    pose = PoseFactory()
    TipFactory(title="A helpful tip", order=0).poses.add(pose)
    TipFactory(title="A caution", kind="caution", order=5).poses.add(pose)
    html = client.get(pose.get_absolute_url()).content.decode()
    assert html.index("A caution") < html.index("A helpful tip")


@pytest.mark.parametrize(
    ("shortest", "longest", "words"),
    [
        (None, 180, "Hold for up to 3 minutes"),
        (30, 60, "Hold for 30 seconds to 1 minute"),
        (60, 120, "Hold for 1 to 2 minutes"),
        (5, 20, "Hold for 5 to 20 seconds"),
        (90, 90, "Hold for 1 minute 30 seconds"),
        (None, None, "Hold only as long as is comfortable"),
        (20, None, "Hold for at least 20 seconds"),
    ],
)
def test_hold_guidance_in_words(client, db, shortest, longest, words):
    pose = PoseFactory(hold_min_seconds=shortest, hold_max_seconds=longest)
    assert words in client.get(pose.get_absolute_url()).content.decode()


def test_pose_page_without_optional_content_has_no_empty_sections(client, db):
    pose = PoseFactory(steps="", cautions="", benefits="", modifications="")
    response = client.get(pose.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("Take care", "How to do it", "Muscles it works", "Appears in", "Tags"):
        assert heading not in html
    assert "Hold only as long as is comfortable" in html


def test_pose_page_lists_only_published_sequences(client, db):
    pose = PoseFactory()
    SequenceStepFactory(pose=pose, sequence=SequenceFactory(title="Open flow"))
    SequenceStepFactory(pose=pose, sequence=SequenceFactory(title="Draft flow", is_published=False))
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "Open flow" in html
    assert "Draft flow" not in html


def test_pose_page_never_prints_raw_markdown_html(client, db):
    pose = PoseFactory(
        cautions='<script>alert(1)</script> [x](javascript:alert(1)) <b onclick="x">b</b>'
    )
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "javascript:" not in html
    assert "onclick" not in html


# Unpublished poses


def test_unpublished_pose_is_a_404_to_visitors(client, db):
    pose = PoseFactory(is_published=False)
    assert client.get(pose.get_absolute_url()).status_code == 404
    assert pose.english_name not in client.get(LIST).content.decode()
    assert names(client.get(LIST, {"q": pose.english_name})) == []


def test_staff_preview_an_unpublished_pose_uncached(editor_client, db):
    pose = PoseFactory(is_published=False, level=Level.BEGINNER)
    response = editor_client.get(pose.get_absolute_url())
    assert response.status_code == 200
    assert "This page is not published" in response.content.decode()
    cache_control = response["Cache-Control"]
    for directive in ("private", "no-cache", "no-store"):
        assert directive in cache_control


def test_staff_see_published_pages_without_the_preview_banner(editor_client, db):
    pose = PoseFactory()
    response = editor_client.get(pose.get_absolute_url())
    assert "This page is not published" not in response.content.decode()
    assert "no-store" not in response.get("Cache-Control", "")


def test_signed_in_visitors_who_are_not_staff_cannot_preview(client, db):
    pose = PoseFactory(is_published=False)
    client.force_login(UserFactory())
    assert client.get(pose.get_absolute_url()).status_code == 404


def test_every_filter_control_has_a_label(client, site):
    html = client.get(LIST).content.decode()
    filters = html.split('<form class="filters"')[1].split("</form>")[0]
    controls = re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', filters)
    assert len(controls) == 6
    for control in controls:
        assert f'<label for="{control}">' in html
