"""Responsive renditions of pose images, made once by sorl-thumbnail when an image is saved.

They are made by the `make_renditions` task as soon as the save is committed (with Django's
default immediate task backend, before the editor's request finishes; with a worker backend, in
the background). Until then pages show the cleaned image itself, with its width and height.

What was made is recorded on the image's own row (a small JSON document), so a page can print
`<picture>` markup for any number of images without asking the database or the storage anything.

The record looks like::

    {"source": "poses/cobra.jpg", "width": 1600, "height": 1200, "fallback": "jpeg",
     "card": {"width": 640, "height": 480,
              "avif": [["renditions/af/3d/af3d....avif", 320, 240], ...],
              "webp": [...], "jpeg": [...]},
     "detail": {...}, "step": {...}}
"""

from django.apps import apps
from django.core.files.storage import default_storage
from django.db import transaction
from django.tasks import task
from sorl.thumbnail import delete as sorl_delete
from sorl.thumbnail import get_thumbnail

from backsite import cache


class Size:
    def __init__(self, widths, ratio=None, sizes="100vw"):
        self.widths = widths
        self.ratio = ratio  # (width, height) to crop to, or None to keep the image's shape
        self.sizes = sizes


# Widths suit the places pose images appear; `sizes` tells the browser how wide each is shown in
# the site's layout (static/css/site.css: cards in a grid of columns at least 15rem wide inside a
# 72rem page, the pose page's picture in two fifths of it from 56rem, steps 7rem or 12rem wide).
# A template may pass its own `sizes`.
SIZES = {
    "card": Size(
        (320, 480, 640),
        ratio=(4, 3),
        sizes="(min-width: 72rem) 17rem, (min-width: 51rem) 30vw, (min-width: 34rem) 45vw, 100vw",
    ),
    "detail": Size(
        (640, 960, 1280), sizes="(min-width: 72rem) 26rem, (min-width: 56rem) 37vw, 100vw"
    ),
    "step": Size((160, 320), ratio=(4, 3), sizes="(min-width: 40rem) 12rem, 7rem"),
}

# Format name for sorl/Pillow, and the quality each is written at. AVIF and WebP reach the same
# look as JPEG at a fraction of the weight.
FORMATS = {
    "avif": ("AVIF", 55),
    "webp": ("WEBP", 72),
    "jpeg": ("JPEG", 78),
    "png": ("PNG", 95),
}
MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


def _targets(size, source_width, source_height):
    """The (width, height) renditions for one size, never larger than the source allows."""
    if size.ratio:
        rw, rh = size.ratio
        largest = min(source_width, source_height * rw // rh)
    else:
        largest = source_width
    targets = []
    for width in size.widths:
        width = min(width, largest)
        if size.ratio:
            height = round(width * size.ratio[1] / size.ratio[0])
        else:
            height = round(source_height * width / source_width)
        if (width, height) not in targets:
            targets.append((width, height))
    return targets


def build_renditions(fieldfile):
    """Make every rendition of a stored image with sorl-thumbnail; return the record to keep."""
    from PIL import Image

    with fieldfile.storage.open(fieldfile.name, "rb") as stored, Image.open(stored) as image:
        source_width, source_height = image.size
        has_alpha = image.mode in ("RGBA", "LA")
    fallback = "png" if has_alpha else "jpeg"
    # The file was just written: anything sorl-thumbnail remembers under its name is stale.
    sorl_delete(fieldfile, delete_file=False)
    record = {
        "source": fieldfile.name,
        "width": source_width,
        "height": source_height,
        "fallback": fallback,
    }
    for size_name, size in SIZES.items():
        entry = {}
        for width, height in _targets(size, source_width, source_height):
            for key in ("avif", "webp", fallback):
                sorl_format, quality = FORMATS[key]
                options = {"format": sorl_format, "quality": quality, "upscale": False}
                if size.ratio:
                    geometry = f"{width}x{height}"
                    options["crop"] = "center"
                else:
                    geometry = f"{width}"
                thumbnail = get_thumbnail(fieldfile, geometry, **options)
                entry.setdefault(key, []).append(
                    [thumbnail.name, thumbnail.width, thumbnail.height]
                )
        largest = entry[fallback][-1]
        entry["width"], entry["height"] = largest[1], largest[2]
        record[size_name] = entry
    return record


def current_record(obj):
    """The object's rendition record if it was made for the image the object has now, else {}."""
    record = getattr(obj, "image_renditions", None) or {}
    image = getattr(obj, "image", None)
    return record if image and record.get("source") == image.name else {}


def has_renditions(obj):
    record = current_record(obj)
    return bool(record) and all(size in record for size in SIZES)


@task
def make_renditions(model_label, pk, name):
    """Make and record the renditions of one stored image, unless it has changed meanwhile."""
    model = apps.get_model(model_label)
    obj = model._base_manager.filter(pk=pk).first()
    if obj is None or obj.image.name != name:
        return 0
    previous = set(rendition_names(obj.image_renditions))
    record = build_renditions(obj.image)
    updated = model._base_manager.filter(pk=pk, image=name).update(image_renditions=record)
    if not updated:  # replaced or deleted while the renditions were being made
        for rendition in rendition_names(record):
            default_storage.delete(rendition)
        return 0
    for rendition in previous - set(rendition_names(record)):  # remade under other names
        default_storage.delete(rendition)
    cache.invalidate()  # cached pages may still show the plain image
    return len(rendition_names(record))


def schedule_renditions(obj):
    """Make an object's renditions once the current transaction commits, if it needs them."""
    if not obj.image or has_renditions(obj):
        return
    args = (obj._meta.label, obj.pk, obj.image.name)
    transaction.on_commit(lambda: make_renditions.enqueue(*args), robust=True)


def rendition_names(record):
    """Every stored file name a rendition record mentions (not the source)."""
    names = []
    for size_name in SIZES:
        for key in FORMATS:
            names.extend(item[0] for item in (record or {}).get(size_name, {}).get(key, []))
    return names


def delete_image_files(name, record, storage=None):
    """Delete a stored image and every rendition made from it."""
    storage = storage or default_storage
    if name:
        # Forget sorl's own notes about the source and its thumbnails, and delete them.
        source = name if storage is default_storage else _Named(name, storage)
        sorl_delete(source, delete_file=False)
        storage.delete(name)
    for rendition in rendition_names(record):
        default_storage.delete(rendition)


class _Named:
    """A stored name with its storage, the shape sorl-thumbnail reads."""

    def __init__(self, name, storage):
        self.name = name
        self.storage = storage
