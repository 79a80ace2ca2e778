"""Pages adapted to ?for=: library badges and hiding, the pose panel, My back, condition pages."""

import pytest
from django.urls import reverse

from poses.models import Rating
from tests.factories import ConditionFactory, PoseFactory, SourceFactory, VerdictFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """Two conditions, three poses: fine, to adapt towards a gentler pose, and to avoid."""
    stenosis = ConditionFactory(slug="stenosis", name="Spinal stenosis", short_name="stenosis")
    pregnancy = ConditionFactory(slug="pregnancy", name="Pregnancy", short_name="pregnancy")
    sphinx = PoseFactory(english_name="Sphinx", slug="sphinx")
    cobra = PoseFactory(english_name="Cobra", slug="cobra")
    child = PoseFactory(english_name="Child's pose", slug="childs-pose")
    VerdictFactory(
        pose=cobra, condition=stenosis, rating=Rating.AVOID, gentler=child, note="Bends backward."
    )
    VerdictFactory(
        pose=cobra,
        condition=pregnancy,
        rating=Rating.ADAPT,
        change="Stay on your forearms.",
        gentler=sphinx,
    )
    VerdictFactory(pose=child, condition=stenosis, rating=Rating.FINE)
    VerdictFactory(pose=sphinx, condition=stenosis, rating=Rating.AVOID)
    return {"stenosis": stenosis, "pregnancy": pregnancy, "cobra": cobra, "child": child}


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_library_without_a_choice_shows_every_pose_and_no_badges(client, world):
    html = get(client, "/poses/")
    assert "3 poses" in html
    assert "verdict-badge" not in html


def test_library_hides_poses_to_avoid_and_says_how_many(client, world):
    html = get(client, "/poses/?for=stenosis")
    assert "1 pose" in html
    assert ">Cobra<" not in html and ">Sphinx<" not in html
    assert "2 poses to avoid are hidden." in html
    assert "Usually fine with stenosis" in html
    assert 'href="?for=stenosis&amp;avoided=show"' in html


def test_library_can_show_the_poses_to_avoid_with_their_badges(client, world):
    html = get(client, "/poses/?for=stenosis,pregnancy&avoided=show")
    assert "3 poses" in html
    assert "Avoid with stenosis" in html
    assert "Adapt for pregnancy: try sphinx" in html
    assert "Not yet reviewed for pregnancy" in html  # child's pose has no pregnancy verdict
    assert "Poses to avoid are shown" in html


def test_library_keeps_the_choice_in_the_filter_form(client, world):
    html = get(client, "/poses/?for=pregnancy,stenosis&level=beginner")
    # The canonical value lists the conditions in the site's order.
    assert '<input type="hidden" name="for" value="stenosis,pregnancy">' in html


def test_pose_panel_comes_first_with_each_verdict_why_and_instead(client, world):
    html = get(client, "/poses/cobra/?for=stenosis,pregnancy")
    panel = html.index('id="for-your-back-title"')
    assert panel < html.index('id="cautions-title"') < html.index('id="steps-title"')
    assert "Avoid with stenosis" in html
    assert "Bends backward." in html
    assert 'href="/poses/childs-pose/?for=stenosis,pregnancy">Child&#x27;s pose</a>' in html
    assert "Adapt with pregnancy" in html
    assert "Stay on your forearms." in html


def test_pose_panel_says_not_yet_reviewed_never_fine(client, world):
    html = get(client, "/poses/childs-pose/?for=pregnancy")
    assert "Not yet reviewed for pregnancy" in html
    assert "Usually fine" not in html


def test_pose_panel_without_a_choice_names_the_conditions_to_avoid(client, world):
    html = get(client, "/poses/cobra/")
    assert "Avoid with" in html and ">stenosis</a>" in html
    assert "Tell us what you live with" in html


@pytest.mark.parametrize(
    "query",
    [
        "for=",
        "for=,,,",
        "for=stenosis&for=stenosis&for=STENOSIS",
        "for=" + "x" * 5000,
        "for=" + ",".join(["stenosis"] * 400),
        "for=%00%ff,stenosis",
        "&".join(["for=a"] * 200),
    ],
)
@pytest.mark.parametrize(
    "path", ["/", "/poses/", "/poses/cobra/", "/my-back/", "/my-back/stenosis/"]
)
def test_bad_for_values_are_bounded_and_never_an_error(client, world, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200


def test_unknown_slugs_are_named_and_left_out(client, world):
    html = get(client, "/poses/?for=stenosis,volcano,<script>")
    assert "We do not know “volcano” or “&lt;script&gt;” as a condition" in html
    assert "<script>" not in html.split("my-back-unknown")[1][:400]
    assert "2 poses to avoid are hidden." in html


def test_an_absurdly_long_value_is_cut_and_said_so(client, world):
    html = get(client, "/poses/?for=" + "x" * 5000)
    assert "too long, so only its beginning was read" in html
    assert "x" * 41 not in html


def test_my_back_page_says_plainly_nothing_is_stored(client, world):
    html = get(client, "/my-back/?for=pregnancy")
    assert "There is no cookie and no account." in html
    assert "stores nothing about you on its server" in html
    assert 'value="pregnancy" aria-describedby="about-pregnancy" checked' in html
    assert "Pages are shown for: <strong>Pregnancy</strong>" in html
    response = client.get("/my-back/?for=pregnancy")
    assert not response.cookies


def test_condition_page_groups_the_poses_and_lists_sources(client, world):
    SourceFactory(condition=world["stenosis"], title="NHS: Spinal stenosis")
    html = get(client, "/my-back/stenosis/")
    assert html.index("Usually fine") < html.index("Child&#x27;s pose") < html.index(">Avoid")
    assert 'href="/poses/cobra/?for=stenosis">Cobra</a>' in html
    assert "Not yet reviewed" not in html  # every pose has a stenosis verdict
    pregnancy = get(client, "/my-back/pregnancy/")
    unreviewed = pregnancy[pregnancy.index('id="group-unreviewed"') :]
    assert "Child&#x27;s pose" in unreviewed and "Sphinx" in unreviewed
    assert "NHS: Spinal stenosis" in html
    assert reverse("my_back:see_a_doctor") in html


def test_unknown_condition_is_a_404(client, world):
    assert client.get("/my-back/volcano/").status_code == 404


def test_doctor_page_lists_general_and_particular_warning_signs(client, world):
    world["stenosis"].red_flags = "- Legs that get weaker."
    world["stenosis"].save()
    html = get(client, reverse("my_back:see_a_doctor"))
    assert "Should I see a doctor first?" in html
    assert "Legs that get weaker." in html


def test_every_page_has_the_header_control_and_the_home_safety_box_links_the_doctor(client, world):
    html = get(client, "/")
    assert 'class="my-back-control"' in html
    assert 'src="/static/js/my-back.js"' in html
    safety = html[html.index('class="safety"') :]
    assert reverse("my_back:see_a_doctor") in safety[: safety.index("</aside>")]


def test_pose_cautions_link_the_doctor_page(client, world):
    html = get(client, "/poses/cobra/")
    cautions = html[html.index('id="cautions-title"') :]
    assert reverse("my_back:see_a_doctor") in cautions[: cautions.index("</section>")]


@pytest.fixture
def page_cache(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_pages_with_for_are_cached_by_their_full_address(
    client, page_cache, world, django_capture_on_commit_callbacks
):
    plain = client.get("/poses/")
    chosen = client.get("/poses/?for=stenosis")
    assert plain["X-Page-Cache"] == chosen["X-Page-Cache"] == "miss"
    again = client.get("/poses/?for=stenosis")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == chosen.content
    assert "poses to avoid are hidden" in again.content.decode()
    assert "poses to avoid are hidden" not in client.get("/poses/").content.decode()
    # A verdict changed by an editor shows at once.
    verdict = world["cobra"].verdicts.get(condition=world["stenosis"])
    verdict.rating = Rating.FINE
    with django_capture_on_commit_callbacks(execute=True):  # the cache empties after the commit
        verdict.save()
    fresh = client.get("/poses/?for=stenosis")
    assert fresh["X-Page-Cache"] == "miss"
    assert "1 pose to avoid is hidden." in fresh.content.decode()
