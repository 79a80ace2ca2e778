"""Every kind of public page, as addresses built from the founding content with reverse()."""

from pathlib import Path
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse

from anatomy.models import Muscle, MuscleGroup
from poses.models import Pose
from sequences.models import Sequence

# Git-ignored; `make screenshots` fills it for people to look at.
SCREENSHOT_DIR = Path(__file__).resolve().parent.parent.parent / "screenshots"
PAGE_TYPES = [
    "home",
    "library",
    "library-filtered",
    "library-empty",
    "pose",
    "anatomy",
    "group",
    "muscle",
    "sequences",
    "sequence",
    "not-found",
]
NO_MATCH = "no pose has this name"


def cobra():
    return Pose.objects.published().get(slug="cobra")


def longest_sequence():
    """The published sequence with the most steps (the back-pain flow in the founding content)."""
    return (
        Sequence.objects.published()
        .annotate(step_count=Count("steps"))
        .order_by("-step_count", "title")
        .first()
    )


def library_filters(pose):
    return {"category": pose.category, "level": pose.level}


def page_url(kind):
    """The address of one page of the given kind. Call with the founding content loaded."""
    if kind == "home":
        return reverse("home")
    if kind == "library":
        return reverse("poses:list")
    if kind == "library-filtered":
        return f"{reverse('poses:list')}?{urlencode(library_filters(cobra()))}"
    if kind == "library-empty":
        return f"{reverse('poses:list')}?{urlencode({'q': NO_MATCH})}"
    if kind == "pose":
        return cobra().get_absolute_url()
    if kind == "anatomy":
        return reverse("anatomy:index")
    if kind == "group":
        return MuscleGroup.objects.get(muscles__slug="iliocostalis").get_absolute_url()
    if kind == "muscle":
        # A muscle that poses work, so its page lists them.
        worked = Muscle.objects.filter(pose_links__isnull=False).order_by("name")
        return worked[0].get_absolute_url()
    if kind == "sequences":
        return reverse("sequences:list")
    if kind == "sequence":
        return longest_sequence().get_absolute_url()
    if kind == "not-found":
        return reverse("poses:detail", kwargs={"slug": "no-such-pose"})
    raise ValueError(f"Unknown page type {kind!r}")


def open_page(page, page_errors, kind):
    """Go to a page of this kind and check the status it answers with."""
    if kind == "not-found":
        # Chromium logs the page's own 404 status as a console error; that one is expected.
        page_errors.expect(r"status of 404 \(Not Found\)")
    response = page.goto(page_url(kind))
    expected = 404 if kind == "not-found" else 200
    assert response.status == expected, f"{page.url} answered {response.status}"
    return response


def load_all_images(page):
    """Load every image now, lazy ones included, and wait until each has loaded or failed.

    A failed image then shows up as a console error, which the ``page`` fixture reports.
    """
    page.evaluate(
        """() => Promise.all(Array.from(document.images, (img) => {
            img.loading = 'eager';
            return img.complete ? null : new Promise((done) => {
                img.addEventListener('load', done, {once: true});
                img.addEventListener('error', done, {once: true});
            });
        }))"""
    )


def sideways_scroll(page):
    """How far the page scrolls sideways, in CSS pixels (0 when it fits the viewport)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
