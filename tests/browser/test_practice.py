"""The practice player in Chromium, driven by Playwright's controllable clock."""

import pytest
from django.urls import reverse

from sequences.models import Sequence, SequenceStep
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory, UserFactory

from .pages import SCREENSHOT_DIR, load_all_images

WIDTHS = {375: 812, 1280: 800}

# Records every screen wake lock the page takes, and still takes the real one (headless Chromium
# has the Screen Wake Lock API on localhost), so the test sees what the player asked for.
WAKE_LOCK_SPY = """
window.__locks = [];
if (window.WakeLock) {
  const request = WakeLock.prototype.request;
  WakeLock.prototype.request = async function (type) {
    const sentinel = await request.call(this, type);
    window.__locks.push(sentinel);
    return sentinel;
  };
}
"""


@pytest.fixture
def short_sequence(transactional_db):
    """Two rounds of: Alpha on each side (4 s), then Beta twice on both sides (3 s)."""
    sequence = SequenceFactory(title="Short flow", slug="short-flow", repeat_count=2)
    SequenceStepFactory(
        sequence=sequence,
        pose=PoseFactory(english_name="Alpha pose", cautions="Keep it small. Really."),
        side=SequenceStep.Side.EACH,
        hold_seconds=4,
    )
    SequenceStepFactory(
        sequence=sequence,
        pose=PoseFactory(english_name="Beta pose", modifications="Use a wall."),
        hold_seconds=3,
        repetitions=2,
    )
    return sequence


def practice(sequence, **query):
    url = reverse("sequences:practice", kwargs={"slug": sequence.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def shown(page):
    return page.evaluate(
        """() => {
          const get = (name) => document.querySelector(`[data-${name}]`).textContent.trim();
          return [get('phase'), get('name'), get('side'), get('where'), get('rep')];
        }"""
    )


def run_until_summary(page, limit=300):
    """Advance the page's clock a second at a time; every state the stage showed, in order."""
    seen = []
    for _ in range(limit):
        if page.locator("[data-summary]").is_visible():
            return seen
        state = shown(page)
        if not seen or seen[-1] != state:
            seen.append(state)
        page.clock.run_for(1000)
    raise AssertionError(f"the practice did not end; it showed {seen[-3:]}")


def test_the_player_plays_every_pose_side_and_round_in_order_then_sums_up(page, short_sequence):
    page.clock.install()
    page.goto(practice(short_sequence, lead_in=3, rest=15))
    page.get_by_role("button", name="Start").click()
    seen = run_until_summary(page)
    assert [state[:3] for state in seen] == [
        ["Get ready", "Alpha pose", "Right side"],
        ["Hold", "Alpha pose", "Right side"],
        ["Get ready", "Alpha pose", "Left side"],
        ["Hold", "Alpha pose", "Left side"],
        ["Get ready", "Beta pose", "Both sides"],
        ["Hold", "Beta pose", "Both sides"],  # repetition 1
        ["Hold", "Beta pose", "Both sides"],  # repetition 2
        ["Rest", "Alpha pose", "Right side"],
        ["Hold", "Alpha pose", "Right side"],
        ["Get ready", "Alpha pose", "Left side"],
        ["Hold", "Alpha pose", "Left side"],
        ["Get ready", "Beta pose", "Both sides"],
        ["Hold", "Beta pose", "Both sides"],
        ["Hold", "Beta pose", "Both sides"],
    ]
    assert [state[4] for state in seen[5:7]] == ["Repetition 1 of 2", "Repetition 2 of 2"]
    assert seen[0][3] == "Round 1 of 2 · Pose 1 of 2"
    assert seen[-1][3] == "Round 2 of 2 · Pose 2 of 2"
    summary = page.locator("[data-summary]")
    assert "finished 2 of 2 rounds" in summary.inner_text()
    # 2 rounds of 3 + 4 + 3 + 4 + 3 + 3 + 3 seconds, less one lead-in, plus a 15 s rest.
    assert "You practised for 58 seconds" in summary.inner_text()
    assert page.evaluate("document.activeElement.matches('[data-summary]')")
    assert summary.get_by_role("link", name="Back to Short flow").is_visible()


def test_the_countdown_progress_and_total_follow_the_pace(page, short_sequence):
    page.clock.install()
    page.goto(practice(short_sequence))
    # The sequence page's estimate is the plan at pace 1 with no lead-ins or rests.
    page.select_option("select[name=lead_in]", "0")
    page.select_option("select[name=rest]", "0")
    assert short_sequence.estimated_seconds == 2 * (4 + 4 + 3 + 3)
    assert page.locator("[data-left]").inner_text() == "0:28 left"
    page.select_option("select[name=pace]", "2.0")
    assert page.locator("[data-left]").inner_text() == "0:56 left"
    assert page.locator("[data-count]").inner_text() == "0:08"
    page.select_option("select[name=rounds]", "1")
    assert page.locator("[data-left]").inner_text() == "0:28 left"
    assert page.locator(".plan__item--hold").count() == 4
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(3000)
    assert page.locator("[data-count]").inner_text() == "0:05"
    assert page.locator("[data-left]").inner_text() == "0:25 left"


def test_choices_are_remembered_on_the_device(page, short_sequence):
    page.goto(practice(short_sequence))
    page.select_option("select[name=pace]", "1.5")
    page.get_by_label("Spoken cues").check()
    page.reload()
    assert page.locator("select[name=pace]").input_value() == "1.5"
    assert page.get_by_label("Spoken cues").is_checked()
    assert page.get_by_label("A soft sound at each change").is_checked()


def test_the_keyboard_starts_pauses_skips_goes_back_and_ends(page, short_sequence):
    page.clock.install()
    page.goto(practice(short_sequence, lead_in=0))
    page.locator("h1").click()  # focus on the page, not on a control
    page.keyboard.press("Space")
    assert page.locator("[data-play]").inner_text() == "Pause"
    page.clock.run_for(2000)
    page.keyboard.press("Space")
    assert page.locator("[data-play]").inner_text() == "Resume"
    count = page.locator("[data-count]").inner_text()
    page.clock.run_for(3000)
    assert page.locator("[data-count]").inner_text() == count  # paused means paused
    page.keyboard.press("ArrowRight")
    assert shown(page)[1:3] == ["Alpha pose", "Left side"]
    page.keyboard.press("ArrowRight")
    assert shown(page)[1:3] == ["Beta pose", "Both sides"]
    page.keyboard.press("ArrowLeft")
    assert shown(page)[1:3] == ["Alpha pose", "Left side"]
    page.keyboard.press("Escape")
    assert page.locator("[data-summary]").is_visible()
    assert "finished 0 of 2 rounds" in page.locator("[data-summary]").inner_text()


def test_stop_this_hurts_ends_and_shows_the_safety_advice_with_gentler_ways(page, short_sequence):
    page.clock.install()
    page.goto(practice(short_sequence, lead_in=0))
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()  # Beta pose, which has gentler ways in
    page.get_by_role("button", name="Stop, this hurts").click()
    assert not page.locator("[data-stage]").is_visible()
    safety = page.locator("#practice-safety")
    assert safety.is_visible()
    assert page.evaluate("document.activeElement.id") == "practice-safety"
    link = safety.get_by_role("link", name="Gentler ways into Beta pose")
    beta = short_sequence.steps.last().pose
    assert link.get_attribute("href") == f"{beta.get_absolute_url()}#modifications-title"
    assert "Call 999" in safety.inner_text()


def test_the_screen_stays_awake_while_playing_and_is_let_go_on_pause_and_at_the_end(
    page, short_sequence
):
    page.add_init_script(WAKE_LOCK_SPY)
    page.clock.install()
    page.goto(practice(short_sequence))
    assert page.evaluate("typeof navigator.wakeLock") == "object"
    page.get_by_role("button", name="Start").click()
    page.wait_for_function("() => window.__locks.length === 1")
    assert page.evaluate("window.__locks[0].released") is False
    page.get_by_role("button", name="Pause").click()
    page.wait_for_function("() => window.__locks[0].released")
    page.get_by_role("button", name="Resume").click()
    page.wait_for_function("() => window.__locks.length === 2 && !window.__locks[1].released")
    # A hidden tab loses its lock; when the tab is shown again the player takes a new one.
    page.evaluate("() => window.__locks[1].release()")
    page.evaluate("() => document.dispatchEvent(new Event('visibilitychange'))")
    page.wait_for_function("() => window.__locks.length === 3 && !window.__locks[2].released")
    page.get_by_role("button", name="End").click()
    page.wait_for_function("() => window.__locks[2].released")


def test_a_practice_opened_once_plays_again_offline(page, context, short_sequence):
    page.goto(practice(short_sequence, lead_in=0))
    page.wait_for_selector("[data-player][data-offline=kept]")
    assert page.get_by_text("this practice works without a connection").is_visible()
    context.set_offline(True)
    page.reload()
    assert page.locator("h1").inner_text() == "Practice: Short flow"
    load_all_images(page)
    page.clock.install()
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(5000)
    assert shown(page)[1:3] == ["Alpha pose", "Left side"]
    context.set_offline(False)


def test_a_signed_in_editors_pages_are_never_kept(page, context, short_sequence, live_server):
    UserFactory(username="keeper", is_staff=True)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", "keeper")
    page.fill("#id_password", "a long test password")
    page.click("input[type=submit]")
    page.goto(practice(short_sequence))
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    page.wait_for_timeout(500)
    kept = page.evaluate(
        "async () => (await (await caches.open('backsite-offline-v1')).keys()).map(r => r.url)"
    )
    assert kept and not any(url.endswith(practice(short_sequence)) for url in kept)
    assert not page.get_by_text("this practice works without a connection").is_visible()
    assert not any("/admin/" in url for url in kept)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_player_has_no_axe_violations(page, demo, axe, width):
    page.set_viewport_size({"width": width, "height": WIDTHS[width]})
    page.clock.install()
    page.goto(Sequence.objects.get(slug="back-pain-flow").get_practice_url())
    axe(page)
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(6000)
    axe(page)
    page.get_by_role("button", name="End").click()
    axe(page)


def test_player_screenshots(page, demo, screenshot):
    """Full pages, and what a phone or a laptop shows on the mat (the viewport alone)."""

    def shoot(name):
        screenshot(page, name)
        for width, height in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": height})
            load_all_images(page)
            page.locator("[data-stage], [data-summary]").locator(
                "visible=true"
            ).first.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOT_DIR / f"{name}-screen-{width}.png"))

    page.clock.install()
    page.goto(Sequence.objects.get(slug="back-pain-flow").get_practice_url())
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(1000)
    shoot("practice-get-ready")
    page.clock.run_for(5000)
    shoot("practice-mid-pose")
    page.get_by_role("button", name="End").click()
    shoot("practice-summary")
