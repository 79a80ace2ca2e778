"""Markdown from editors cannot run script in a visitor's browser.

A tip made of hostile Markdown is attached to a sequence and a pose. Chromium opens both pages, with
the site's Content Security Policy and again with the policy bypassed (so the sanitiser alone is
tested), clicks every link in the tip, and finds that nothing ran: no marker set, no dialog opened.
A positive control stores the same kind of tip with the sanitiser skipped and proves that the very
same check then sees the script run.
"""

import pytest

from sequences.models import Tip
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory

PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img onerror'\">",
    "<svg onload=\"window.__pwned = 'svg onload'\"><circle r=1 /></svg>",
    "<iframe srcdoc=\"<script>parent.__pwned = 'srcdoc'</script>\"></iframe>",
    "<details open ontoggle=\"window.__pwned = 'ontoggle'\"><summary>x</summary></details>",
    "<body onload=\"window.__pwned = 'body'\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__pwned='mxss'\">",
    "<a href=\"javascript:window.__pwned = 'js link'; alert(1)\">a javascript link</a>",
    "[a markdown javascript link](javascript:window.__pwned='md%20link';alert(2))",
    "[an encoded link](&#106;avascript:alert(3))",
    "[a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)",
    "![an image](x\" onerror=\"window.__pwned='md img')",
    "A paragraph with attributes\n{: onclick=\"window.__pwned='attr_list'\" }",
    '<form action="javascript:alert(5)"><button>a form button</button></form>',
    '<object data="javascript:alert(6)"></object><embed src="javascript:alert(7)">',
    "<style>body { background: url(javascript:alert(8)) }</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(9)">',
    '<base href="javascript:alert(10)//">',
    "<input autofocus onfocus=\"window.__pwned='autofocus'\">",
    '<a href="#" style="position:fixed;inset:0" onmouseover="window.__pwned=\'hover\'">x</a>',
]
MARKER = "Breathe out slowly."


@pytest.fixture
def hostile_tip(transactional_db):
    """One tip per payload (a payload that swallows what follows cannot hide the others)."""
    pose = PoseFactory(english_name="Sphinx", slug="sphinx")
    sequence = SequenceFactory(title="Evening", slug="evening")
    SequenceStepFactory(sequence=sequence, pose=pose, position=1)
    for number, payload in enumerate(PAYLOADS):
        tip = Tip.objects.create(
            title=f"<script>window.__pwned = 'title'</script> Hostile tip {number}",
            body=f"{MARKER}\n\n{payload}\n\nEnd of tip {number}.",
            kind=Tip.Kind.CAUTION if number % 2 else Tip.Kind.TIP,
            order=number,
        )
        tip.sequences.add(sequence)
        tip.poses.add(pose)
    return [sequence.get_absolute_url(), pose.get_absolute_url()]


def attack(page, url):
    """Open `url`, poke the tip's every link, button and field, and assert that nothing ran."""
    page.goto(url)
    titles = page.get_by_text("<script>window.__pwned = 'title'</script> Hostile tip")
    assert titles.count() >= len(PAYLOADS)
    tips = page.locator("main .prose", has_text=MARKER)
    assert tips.count() >= len(PAYLOADS)
    # The harmless parts survive: each hostile link is still there, to be clicked, without its URL.
    for text in (
        "a javascript link",
        "a markdown javascript link",
        "a data link",
        "an encoded link",
    ):
        assert tips.locator("a", has_text=text).count() >= 1, text
    assert what_ran(page, url) == {"marker": None, "dialogs": [], "markup": []}


def what_ran(page, url):
    """Open `url`, poke every link, button and field of the tips, and report what script ran.

    ``marker`` is what a script set in ``window.__pwned``, ``dialogs`` the dialogs it opened and
    ``markup`` the script, handlers and dangerous URLs left in the tips' HTML.
    """
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    tips = page.locator("main .prose", has_text=MARKER)
    clicked = 0
    for element in tips.locator("a, button, input, summary, img").all():
        if not element.is_visible():
            continue
        element.hover(force=True, timeout=2000)
        element.click(no_wait_after=True, timeout=2000, force=True)
        clicked += 1
        page.wait_for_timeout(50)
        # Still on our page: no javascript: or data: navigation happened.
        assert page.url.split("#")[0].endswith(url), page.url
    assert clicked >= 1

    # The markup itself: script, handlers, dangerous URLs or embeds.
    found = page.locator("main").evaluate(
        """(root) => {
            const bad = [];
            const tips = [...root.querySelectorAll(".prose")].filter(
                (tip) => tip.textContent.includes("Breathe out slowly.")
            );
            for (const element of tips.flatMap((tip) => [...tip.querySelectorAll("*")])) {
                const tag = element.tagName.toLowerCase();
                if (["script", "iframe", "object", "embed", "style", "form", "input", "base",
                     "meta", "svg", "math", "details", "body"].includes(tag)) bad.push(tag);
                for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    const value = attribute.value.replace(/\\s/g, "").toLowerCase();
                    if (name.startsWith("on") || name === "style" || name === "srcdoc")
                        bad.push(`${tag}[${name}]`);
                    if (/^(javascript|data|vbscript):/.test(value))
                        bad.push(`${tag}[${name}=${value}]`);
                }
            }
            return bad;
        }"""
    )
    return {"marker": page.evaluate("() => window.__pwned"), "dialogs": dialogs, "markup": found}


def test_hostile_markdown_does_not_run_under_the_policy(page, hostile_tip):
    urls = hostile_tip
    for url in urls:
        attack(page, url)


def test_hostile_markdown_does_not_run_even_without_the_policy(
    browser, browser_context_args, hostile_tip
):
    """Defence in depth: with the Content Security Policy bypassed, the sanitiser alone holds."""
    context = browser.new_context(**browser_context_args, bypass_csp=True)
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        for url in hostile_tip:
            attack(page, url)
        assert errors == []
    finally:
        context.close()


@pytest.fixture
def unsanitised_tip(transactional_db):
    """A tip whose stored HTML skipped the sanitiser: what the page would be without it."""
    pose = PoseFactory(english_name="Sphinx", slug="sphinx")
    tip = Tip.objects.create(title="Unsanitised tip", body=MARKER, kind=Tip.Kind.TIP)
    tip.poses.add(pose)
    raw = (
        f"<p>{MARKER}</p>"
        '<img src=x onerror="window.__pwned = \'img onerror\'" alt="">'
        "<a href=\"javascript:alert('js link')\">a javascript link</a>"
    )
    # QuerySet.update() writes the column as given: no save(), so no rendering and no sanitising.
    Tip.objects.filter(pk=tip.pk).update(body_html=raw)
    return pose.get_absolute_url()


def test_the_check_sees_a_script_that_runs_when_the_sanitiser_is_skipped(
    browser, browser_context_args, unsanitised_tip
):
    """Positive control: on the same page without the sanitiser, the check above would fail."""
    context = browser.new_context(**browser_context_args, bypass_csp=True)
    try:
        found = what_ran(context.new_page(), unsanitised_tip)
    finally:
        context.close()
    assert found["marker"] == "img onerror"
    assert found["dialogs"] == ["js link"]
    assert "img[onerror]" in found["markup"]
    assert "a[href=javascript:alert('jslink')]" in found["markup"]


def test_the_policy_alone_stops_the_script_the_sanitiser_would_have_removed(
    page, page_errors, unsanitised_tip
):
    """And the Content Security Policy is a second wall: the same page under it runs nothing."""
    page_errors.expect("Content Security Policy|status of 404")  # blocked handler; img src=x
    found = what_ran(page, unsanitised_tip)
    assert found["marker"] is None
    assert found["dialogs"] == []
    assert "img[onerror]" in found["markup"]  # the markup is there, but the policy blocked it
