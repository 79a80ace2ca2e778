"""The pose library as JSON: /api/v1/poses/ (with the library's filters) and one pose."""

from django.db.models import Prefetch
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from backsite.apikit import (
    DETAIL_ERRORS,
    LIST_ERRORS,
    SLUG,
    PageOf,
    Paging,
    PoseRef,
    absolute,
    api_url,
    get_or_404,
    page_of,
)

from .conditions.models import Condition, Rating, Verdict
from .filters import QUERY_MAX_LENGTH, PoseFilterForm
from .models import Category, Level, Pose, PoseImage, PoseMuscle
from .renditions import MIME_TYPES, SIZES, current_record
from .templatetags.pose_text import hold_guidance
from .variations.models import Direction, PoseVariation, Support

router = Router(tags=["poses"])


class Rendition(Schema):
    url: str
    width: int
    height: int
    type: str


class Picture(Schema):
    """An image at its stored size, and its renditions by size name (card, detail, step)."""

    url: str
    alt: str
    width: int | None
    height: int | None
    sizes: dict[str, list[Rendition]]


class PoseSummary(Schema):
    slug: str
    english_name: str
    sanskrit_name: str
    summary: str
    level: Level
    category: Category
    url: str
    api_url: str
    picture: Picture | None


class Tag(Schema):
    slug: str
    name: str


class MuscleRef(Schema):
    slug: str
    name: str
    layer: str
    api_url: str


class MovementOut(Schema):
    slug: str
    name: str


class VerdictOut(Schema):
    """How the pose suits people with one condition; `rating` is null until it has been reviewed."""

    condition: str
    condition_name: str
    rating: Rating | None
    label: str
    change: str
    note: str
    gentler: PoseRef | None


class VariationOut(Schema):
    """An easier or harder version of the pose: a pose of its own, with its own detail."""

    direction: Direction
    support: Support = Field(description="What the easier of the two leans on, or a shorter range.")
    support_text: str = Field(description="The support as pages say it for this direction.")
    what_changes: str
    pose: PoseRef


class PoseDetail(PoseSummary):
    steps_html: str
    benefits_html: str
    cautions_html: str
    modifications_html: str
    hold_min_seconds: int | None
    hold_max_seconds: int | None
    hold: str
    tags: list[Tag]
    muscles: dict[str, list[MuscleRef]]
    movements: list[MovementOut]
    verdicts: list[VerdictOut]
    variations: list[VariationOut] = Field(
        description="Published easier and harder versions, nearest first in the editors' order."
    )
    more_pictures: list[Picture]
    updated: str


class PoseList(PageOf):
    results: list[PoseSummary]


def _slug(what):
    return Field(None, pattern=rf"^{SLUG.pattern}$", max_length=100, description=what)


class PoseFilters(Paging):
    q: str | None = Field(
        None,
        max_length=QUERY_MAX_LENGTH,
        # A NUL can be in no name and no database accepts it: say so in the description too.
        pattern=r"^[^\x00]*$",
        description="Words to search for, as in the site's search; accents optional.",
    )
    category: Category | None = None
    level: Level | None = None
    tag: str | None = _slug("A tag's slug.")
    group: str | None = _slug("A muscle layer's slug.")
    muscle: str | None = _slug("A muscle's slug; includes its parts.")


# A slug nobody uses is no error: no published pose has it, so the list is empty.
NAMED_FILTERS = {"tag", "group", "muscle"}


def picture(request, obj, alt):
    """Where an image can be fetched, at its own size and at each rendition; None without one."""
    image = getattr(obj, "image", None)
    if not image:
        return None
    record = current_record(obj)
    storage = image.storage
    sizes = {}
    for name in SIZES:
        entry = record.get(name) or {}
        sizes[name] = [
            {
                "url": request.build_absolute_uri(storage.url(file)),
                "width": width,
                "height": height,
                "type": MIME_TYPES[key],
            }
            for key in ("avif", "webp", record.get("fallback", "jpeg"))
            for file, width, height in entry.get(key, [])
        ]
    return {
        "url": request.build_absolute_uri(image.url),
        "alt": alt,
        "width": record.get("width"),
        "height": record.get("height"),
        "sizes": sizes,
    }


def summary(request, pose):
    return {
        "slug": pose.slug,
        "english_name": pose.english_name,
        "sanskrit_name": pose.sanskrit_name,
        "summary": pose.summary,
        "level": pose.level,
        "category": pose.category,
        "url": absolute(request, pose),
        "api_url": api_url(request, "pose", slug=pose.slug),
        "picture": picture(request, pose, pose.image_alt),
    }


def verdicts(request, pose):
    """One entry per condition, in the site's order; a pair nobody has reviewed says so."""
    given = {verdict.condition_id: verdict for verdict in pose.verdicts.all()}
    entries = []
    for condition in Condition.objects.all():
        verdict = given.get(condition.pk)
        gentler = verdict.gentler if verdict and verdict.gentler_id else None
        entries.append(
            {
                "condition": condition.slug,
                "condition_name": condition.name,
                "rating": verdict.rating if verdict else None,
                "label": verdict.get_rating_display()
                if verdict
                else f"Not yet reviewed for {condition.short_name}",
                "change": verdict.change if verdict else "",
                "note": verdict.note if verdict else "",
                "gentler": {
                    "slug": gentler.slug,
                    "english_name": gentler.english_name,
                    "api_url": api_url(request, "pose", slug=gentler.slug),
                }
                if gentler and gentler.is_published
                else None,
            }
        )
    return entries


@router.get(
    "/", response={200: PoseList, **LIST_ERRORS}, url_name="poses", summary="Published poses"
)
def list_poses(request, filters: Query[PoseFilters]):
    """Published poses in the library's order, filtered like the library's page.

    Filters: `q` (words to search for, as in the site's search), `category`, `level`, `tag` (a tag's
    slug), `group` (a muscle layer's slug) and `muscle` (a muscle's slug; includes its parts).
    """
    given = filters.dict(exclude={"page"}, exclude_none=True)
    # The key makes the order total: a deep page is read from the end (backsite/pagination.py).
    poses = Pose.objects.published().order_by("english_name", "pk")
    form = PoseFilterForm(given) if given else None  # its choices cost queries: only when needed
    if form is not None and form.is_valid():
        poses = form.apply(poses)
    elif form is not None:
        wrong = [name for name in form.errors if name not in NAMED_FILTERS]
        if wrong:
            raise HttpError(400, f"Query parameter '{wrong[0]}': {form.errors[wrong[0]][0]}")
        poses = Pose.objects.none()
    page = page_of(request, poses, filters.page)
    page["results"] = [summary(request, pose) for pose in page["results"]]
    return page


@router.get(
    "/{slug}/", response={200: PoseDetail, **DETAIL_ERRORS}, url_name="pose", summary="One pose"
)
def get_pose(request, slug: str):
    """A published pose with its texts (sanitised HTML), hold, muscles by role, its easier and
    harder versions, and pictures."""
    pose = get_or_404(
        Pose.objects.published().prefetch_related(
            "tags",
            Prefetch(
                "muscle_links",
                queryset=PoseMuscle.objects.select_related("muscle__group"),
            ),
            Prefetch("images", queryset=PoseImage.objects.shown().order_by("order", "pk")),
            "movements",
            Prefetch("verdicts", queryset=Verdict.objects.select_related("gentler")),
            Prefetch(
                "variations", queryset=PoseVariation.objects.shown().select_related("to_pose")
            ),
        ),
        "pose",
        slug=slug,
    )
    muscles = {role.value: [] for role in PoseMuscle.Role}
    for link in pose.muscle_links.all():
        muscle = link.muscle
        muscles[link.role].append(
            {
                "slug": muscle.slug,
                "name": muscle.name,
                "layer": muscle.group.slug,
                "api_url": api_url(request, "muscle", slug=muscle.slug),
            }
        )
    return {
        **summary(request, pose),
        "steps_html": pose.steps_html,
        "benefits_html": pose.benefits_html,
        "cautions_html": pose.cautions_html,
        "modifications_html": pose.modifications_html,
        "hold_min_seconds": pose.hold_min_seconds,
        "hold_max_seconds": pose.hold_max_seconds,
        "hold": hold_guidance(pose),
        "tags": [{"slug": tag.slug, "name": tag.name} for tag in pose.tags.all()],
        "muscles": muscles,
        "movements": [{"slug": m.slug, "name": m.name} for m in pose.movements.all()],
        "verdicts": verdicts(request, pose),
        "variations": [
            {
                "direction": link.direction,
                "support": link.support,
                "support_text": link.support_text,
                "what_changes": link.what_changes,
                "pose": {
                    "slug": link.to_pose.slug,
                    "english_name": link.to_pose.english_name,
                    "api_url": api_url(request, "pose", slug=link.to_pose.slug),
                },
            }
            for link in pose.variations.all()
        ],
        "more_pictures": [picture(request, image, image.alt) for image in pose.images.all()],
        "updated": pose.updated.isoformat(),
    }
