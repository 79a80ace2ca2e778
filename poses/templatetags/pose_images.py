"""`{% pose_picture pose "card" %}`: a pose's image as a responsive picture, or a placeholder.

Works for a Pose and for one of its further images (PoseImage). A pose without an uploaded image
shows its drawing from static/img/figures/ when there is one, otherwise a placeholder. Everything
it prints comes from the object's own row (the rendition record made when the image was saved),
so a page of cards costs no extra database queries.
"""

from django import template
from django.core.files.storage import FileSystemStorage
from django.templatetags.static import static
from django.utils.encoding import filepath_to_uri

from poses.figures import FIGURES, STATIC_PREFIX, figure_key
from poses.renditions import MIME_TYPES, SIZES, current_record

register = template.Library()

PLACEHOLDER_WIDTH, PLACEHOLDER_HEIGHT = 640, 480
FIGURE_WIDTH, FIGURE_HEIGHT = 480, 360


def _alt(obj):
    alt = getattr(obj, "image_alt", None)
    return alt if alt is not None else getattr(obj, "alt", "")


def _name(obj):
    return getattr(obj, "english_name", None) or str(obj)


def _url_maker(storage):
    """storage.url, or for files on disk the same address joined directly: a page of cards asks
    for about a hundred addresses, and url() re-parses the base address for each."""
    if isinstance(storage, FileSystemStorage):
        base = storage.base_url
        return lambda name: base + filepath_to_uri(name).lstrip("/")
    return storage.url  # object storage may sign each address: ask it every time


def _srcset(urls):
    return ", ".join(f"{url} {width}w" for url, width in urls)


@register.inclusion_tag("includes/pose_picture.html")
def pose_picture(pose, size="card", eager=False, sizes=None, decorative=False):
    """`decorative=True` where the words beside the picture already name the pose (alt="")."""
    if size not in SIZES:
        raise template.TemplateSyntaxError(
            f"pose_picture size must be one of {', '.join(SIZES)}, not {size!r}."
        )
    context = {"size": size, "eager": eager, "decorative": decorative}
    image = getattr(pose, "image", None)
    key = None if image else figure_key(getattr(pose, "slug", ""))
    if key:
        # No photo: Backsite's own drawing, a static SVG that is sharp at every size.
        context.update(
            figure=True,
            src=static(f"{STATIC_PREFIX}{key}.svg"),
            alt=FIGURES[key].desc,
            width=FIGURE_WIDTH,
            height=FIGURE_HEIGHT,
        )
        return context
    if not image:
        context.update(
            placeholder=True,
            alt=f"No picture yet of {_name(pose)}",
            width=PLACEHOLDER_WIDTH,
            height=PLACEHOLDER_HEIGHT,
        )
        return context

    storage = image.storage
    record = current_record(pose)
    context["alt"] = _alt(pose)
    entry = record.get(size)
    if not entry:
        # Renditions not made (yet): the stored image itself, which is already cleaned.
        context.update(src=image.url, width=record.get("width"), height=record.get("height"))
        return context

    # Each address is made once per picture: the fallback's middle one is also its src.
    url = _url_maker(storage)
    fallback_items = entry[record.get("fallback", "jpeg")]
    fallback = [(url(name), width) for name, width, _height in fallback_items]
    context.update(
        sources=[
            {
                "type": MIME_TYPES[key],
                "srcset": _srcset((url(name), width) for name, width, _h in entry[key]),
            }
            for key in ("avif", "webp")
            if entry.get(key)
        ],
        src=fallback[(len(fallback) - 1) // 2][0],
        srcset=_srcset(fallback),
        sizes=sizes or SIZES[size].sizes,
        width=entry["width"],
        height=entry["height"],
    )
    return context


@register.simple_tag
def pose_picture_url(pose):
    """The address of a pose's main picture at its own size (its drawing or its photo), or ""."""
    image = getattr(pose, "image", None)
    if image:
        return image.url
    key = figure_key(getattr(pose, "slug", ""))
    return static(f"{STATIC_PREFIX}{key}.svg") if key else ""
