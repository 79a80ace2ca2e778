"""Responsive renditions of pose images, made with Pillow from the one decoded image.

The worker makes them (poses/tasks.py), never the editor's request. Until they exist, pages show
the cleaned image itself, with its width and height.

What was made is recorded on the image's own row, and only there (a small JSON document), so a
page can print `<picture>` markup for any number of images without asking the database or the
storage anything. The record looks like::

    {"source": "poses/cobra.jpg", "width": 1600, "height": 1200, "fallback": "jpeg",
     "card": {"width": 640, "height": 480,
              "avif": [["renditions/poses/cobra-320x240.avif", 320, 240], ...],
              "webp": [...], "jpeg": [...]},
     "detail": {...}, "step": {...}}

While a newly uploaded image waits for the worker, the record also holds "upload" (the name of
the unpublished upload) and "upload_name" (the editor's file name); if the worker could not use
it, "upload_error" says why.
"""

import io
import posixpath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

from .storage import save_whole, upload_storage

RENDITIONS_FOLDER = "renditions"
# Keys of the record that belong to a waiting upload rather than to the image shown.
UPLOAD_KEYS = ("upload", "upload_name", "upload_error")


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

# Pillow's format name, its extension and the quality each is written at. AVIF and WebP reach
# the same look as JPEG at a fraction of the weight; AVIF at encoder speed 8 of 10 is three to
# four times quicker to make than at the default and barely larger.
FORMATS = {
    "avif": ("AVIF", "avif", {"quality": 55, "speed": 8}),
    "webp": ("WEBP", "webp", {"quality": 72, "method": 4}),
    "jpeg": ("JPEG", "jpg", {"quality": 78, "optimize": True, "progressive": True}),
    "png": ("PNG", "png", {"optimize": True}),
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


def base_record(name, image, has_alpha):
    """The record of a stored image that has no renditions yet."""
    width, height = image.size
    return {
        "source": name,
        "width": width,
        "height": height,
        "fallback": "png" if has_alpha else "jpeg",
    }


def rendition_name(source, width, height, cropped, key):
    """Where one rendition of a stored image lives: derived from the image's own unique name."""
    stem = posixpath.splitext(source)[0]
    shape = "c" if cropped else ""
    return f"{RENDITIONS_FOLDER}/{stem}-{width}x{height}{shape}.{FORMATS[key][1]}"


def _write(storage, name, data):
    """Write a rendition in place (a remake replaces the file of the same name)."""
    if storage.exists(name):
        storage.delete(name)
    stored = save_whole(storage, name, ContentFile(data))
    if stored != name:  # pragma: no cover - another process wrote the same rendition meanwhile
        storage.delete(stored)


def build_renditions(image, record, storage=None):
    """Make every rendition of a decoded, cleaned image; return its record with them added.

    `record` is the image's base_record. Sizes that come out the same (a card's and a step's
    320-pixel crops) share their files. A write that fails removes what this call wrote.
    """
    storage = storage or default_storage
    source_width, source_height = image.size
    fallback = record["fallback"]
    record = dict(record)
    made = {}
    try:
        for size_name, size in SIZES.items():
            entry = {}
            for width, height in _targets(size, source_width, source_height):
                resized = None
                for key in ("avif", "webp", fallback):
                    name = rendition_name(record["source"], width, height, bool(size.ratio), key)
                    if name not in made:
                        if resized is None:
                            resized = _resize(image, width, height, size.ratio)
                        pillow_format, _extension, options = FORMATS[key]
                        out = io.BytesIO()
                        resized.save(out, format=pillow_format, **options)
                        _write(storage, name, out.getvalue())
                        made[name] = (width, height)
                    entry.setdefault(key, []).append([name, width, height])
            largest = entry[fallback][-1]
            entry["width"], entry["height"] = largest[1], largest[2]
            record[size_name] = entry
    except BaseException:
        for name in made:
            storage.delete(name)
        raise
    return record


def _resize(image, width, height, ratio):
    if (width, height) == image.size:
        return image
    if ratio:
        return ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)
    return image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def has_image(obj):
    """True when an object shows an image, or has one waiting for the worker."""
    return bool(obj.image) or bool((obj.image_renditions or {}).get("upload"))


def current_record(obj):
    """The object's rendition record if it was made for the image the object has now, else {}."""
    record = getattr(obj, "image_renditions", None) or {}
    image = getattr(obj, "image", None)
    return record if image and record.get("source") == image.name else {}


def has_renditions(obj):
    record = current_record(obj)
    return bool(record) and all(size in record for size in SIZES)


def rendition_names(record):
    """Every stored file name a rendition record mentions (not the source)."""
    names = []
    for size_name in SIZES:
        for key in FORMATS:
            names.extend(item[0] for item in (record or {}).get(size_name, {}).get(key, []))
    return names


def delete_image_files(name, record, storage=None):
    """Delete a stored image, every rendition made from it, and an upload that waited for it."""
    storage = storage or default_storage
    if name:
        storage.delete(name)
    for rendition in rendition_names(record):
        default_storage.delete(rendition)
    delete_upload((record or {}).get("upload"))


def delete_upload(name):
    if name:
        upload_storage().delete(name)
