"""Pose images: what Backsite accepts, and how an accepted image is cleaned before it is shown.

An image is judged by Pillow, never by its file name. The web request reads only its header and
structure (a small, fixed cost in memory); the worker decodes it once, turns it upright from its
EXIF orientation, converts it to sRGB and re-encodes it without any metadata, so no GPS position,
camera serial or comment ever reaches the public site.
"""

import contextlib
import io
import logging
import math
import os
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from PIL import Image, ImageCms, ImageOps, features

from .storage import stage_upload

logger = logging.getLogger(__name__)

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "AVIF"}
if not features.check("avif"):  # pragma: no cover - Pillow here is built with AVIF
    ACCEPTED_FORMATS.discard("AVIF")
ACCEPTED_MIME_TYPES = ("image/jpeg", "image/png", "image/webp", "image/avif")
FORMAT_NAMES = "JPEG, PNG, WebP or AVIF"

# The stored original: large enough for any rendition, small enough not to waste storage.
STORED_MAX_SIDE = 2560
STORED_JPEG_QUALITY = 90


def max_bytes():
    return getattr(settings, "POSE_IMAGE_MAX_BYTES", 15 * 1024 * 1024)


def max_pixels():
    return getattr(settings, "POSE_IMAGE_MAX_PIXELS", 40_000_000)


# Pillow refuses outright anything above twice this and warns above it; decode() makes the
# warning an error too.
Image.MAX_IMAGE_PIXELS = max_pixels()

MESSAGES = {
    "empty": "The file is empty. Choose a photo or drawing to upload.",
    "too_large": (
        "This file is too large ({size}). Images can be at most {limit}: make it smaller and "
        "try again."
    ),
    "not_image": (
        "This file is not an image Backsite can read. Upload a {formats} file "
        "(SVG, HTML, PDF and other files are not accepted, whatever their name)."
    ),
    "format": "{format} images are not accepted. Upload a {formats} file.",
    "broken": (
        "This image is damaged or incomplete and cannot be read. "
        "Save it again from your photo app and upload the new copy."
    ),
    "too_many_pixels": (
        "The image has more pixels than Backsite accepts (at most {limit} megapixels). "
        "Make it smaller and try again."
    ),
    "animated": "Animated images cannot be shown well here. Upload a still image.",
    "not_stored": (
        "The image could not be stored: the server has no room for it. Nothing was changed. "
        "Try again later, or tell the site's administrator."
    ),
}


def _megabytes(size, round_up=False):
    value = size / (1024 * 1024)
    if round_up:
        value = math.ceil(value * 10) / 10
    return f"{value:g} MB"


def _too_large(size):
    return _error("too_large", size=_megabytes(size, round_up=True), limit=_megabytes(max_bytes()))


def _error(code, **params):
    return ValidationError(MESSAGES[code].format(formats=FORMAT_NAMES, **params), code=code)


def _too_many_pixels():
    return _error("too_many_pixels", limit=round(max_pixels() / 1_000_000))


@contextlib.contextmanager
def _reading():
    """Turn Pillow's complaints about a file into the editor's messages."""
    Image.MAX_IMAGE_PIXELS = max_pixels()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except ValidationError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels() from None
    except Image.UnidentifiedImageError:
        raise _error("not_image") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise _error("broken") from None


def _open(fp):
    """Open an image and check what its header says, without decoding a pixel."""
    image = Image.open(fp)
    if image.format not in ACCEPTED_FORMATS:
        raise _error("format", format=image.format or "These")
    if image.size[0] * image.size[1] > max_pixels():
        raise _too_many_pixels()
    if getattr(image, "is_animated", False) or getattr(image, "n_frames", 1) > 1:
        raise _error("animated")
    return image


def inspect(fp):
    """Check an upload in the web request, at a small, fixed cost in memory.

    The header gives the format, size and frame count. The file's structure is then checked
    without holding its pixels: a PNG's chunks and checksums, a baseline JPEG decoded at one
    eighth of its size (WebP and AVIF are checked as they are opened). Returns (format, size).
    """
    with _reading():
        fp.seek(0)
        image = _open(fp)
        image_format, size = image.format, image.size
        if image_format == "PNG":
            image.verify()
        elif image_format == "JPEG" and not image.info.get("progressive"):
            image.draft(None, (max(1, size[0] // 8), max(1, size[1] // 8)))
            image.load()
        del image  # not close(): that would close the upload too
    fp.seek(0)
    return image_format, size


def _mark(file, name, value=None):
    """Read (or with a value, set) a note on an upload and on the files it wraps.

    The same upload reaches the form as an UploadedFile and the model as a FieldFile around it;
    the note lets each check and write happen once.
    """
    layers = [file]
    while len(layers) < 4 and getattr(layers[-1], "file", None) is not None:
        layers.append(layers[-1].file)
    if value is None:
        return next((getattr(f, name) for f in layers if getattr(f, name, None)), None)
    for layer in layers:
        with contextlib.suppress(AttributeError):
            setattr(layer, name, value)
    return value


def validate_pose_image(file):
    """Model and form validator: accept only a real, still JPEG, PNG, WebP or AVIF image.

    Only the header and the file's structure are read here (see inspect); the pixels are decoded
    once, by the worker (see clean_image). Files already in storage are not read again.
    """
    if not file:
        return
    if getattr(file, "_committed", False):
        return
    if _mark(file, "_pose_image_checked"):
        return
    size = getattr(file, "size", None)
    if size is not None and size > max_bytes():
        raise _too_large(size)
    if hasattr(file, "open") and getattr(file, "closed", False):
        file.open("rb")
    file.seek(0, os.SEEK_END)
    size = file.tell()
    if not size:
        raise _error("empty")
    if size > max_bytes():
        raise _too_large(size)
    inspect(file)
    _mark(file, "_pose_image_checked", True)


def _to_srgb(image):
    """Convert to sRGB when the image carries a different ICC colour profile."""
    icc = image.info.get("icc_profile")
    if not icc:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert(mode)
        return ImageCms.profileToProfile(image, source, target, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _has_alpha(image):
    if image.mode in ("RGBA", "LA", "PA"):
        return image.getchannel("A").getextrema()[0] < 255
    return image.mode == "P" and "transparency" in image.info


def clean_image(fp):
    """Decode an upload once and return (image, has_alpha): the image to store and serve.

    It is turned upright, converted to sRGB and made no larger than STORED_MAX_SIDE; the result
    is a fresh image that holds pixels only (no EXIF, XMP, ICC profile or comments). A JPEG is
    decoded at a reduced scale when it is much larger than that. Raises ValidationError.
    """
    with _reading():
        image = _open(fp)
        if image.format == "JPEG":
            scale = max(image.size) / STORED_MAX_SIDE
            if scale >= 2:
                image.draft(None, (int(image.size[0] / scale), int(image.size[1] / scale)))
        image.load()
        image = ImageOps.exif_transpose(image) or image
        image = _to_srgb(image)
        alpha = _has_alpha(image)
        mode = "RGBA" if alpha else "RGB"
        if image.mode != mode:
            image = image.convert(mode)
        image.thumbnail((STORED_MAX_SIDE, STORED_MAX_SIDE), Image.Resampling.LANCZOS)
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean, alpha


def encode_original(image, alpha):
    """The cleaned image as file bytes and their extension: JPEG, or PNG with transparency."""
    out = io.BytesIO()
    if alpha:
        image.save(out, format="PNG", optimize=True)
        return out.getvalue(), "png"
    image.save(out, format="JPEG", quality=STORED_JPEG_QUALITY, optimize=True)
    return out.getvalue(), "jpg"


def stage(file):
    """Check an upload and keep it for the worker (see storage.py); return the kept name.

    A file that cannot be written whole (a full disk) leaves nothing behind and is refused with
    a message, so the editor's form and the image already shown stay as they were.
    """
    staged = _mark(file, "_pose_image_staged")
    if staged:
        return staged
    validate_pose_image(file)
    try:
        staged = stage_upload(file)
    except OSError:
        logger.exception("Could not keep an uploaded pose image")
        raise _error("not_stored") from None
    _mark(file, "_pose_image_staged", staged)
    return staged


class PoseImageFormField(forms.FileField):
    """The upload box: runs the same checks as the model, so the form shows the message.

    An accepted file is kept for the worker right away, so that a full disk is a message on the
    form rather than an error page.
    """

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            validate_pose_image(upload)
        return upload

    def clean(self, data, initial=None):
        value = super().clean(data, initial)
        if value and value is not initial and hasattr(value, "chunks"):
            stage(value)
        return value

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ",".join(ACCEPTED_MIME_TYPES)
        return attrs


class PoseImageField(models.ImageField):
    """An image field that only ever shows cleaned images.

    A new file, whichever way it arrives (the admin, a management command, the shell), is
    checked from its header and kept unpublished (see stage); the field keeps the image it had
    until the worker has decoded and cleaned the new one (poses/tasks.py). The JSON field named
    by `renditions_field` records the image's size and renditions, and the upload that waits.
    """

    default_validators = [validate_pose_image]

    def __init__(self, *args, renditions_field, **kwargs):
        self.renditions_field = renditions_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["renditions_field"] = self.renditions_field
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return models.FileField.formfield(self, **{"form_class": PoseImageFormField, **kwargs})

    def pre_save(self, model_instance, add):
        file = models.Field.pre_save(self, model_instance, add)
        if file and not file._committed:
            staged = stage(file)
            old_name, old_record = self._before(model_instance, add)
            record = {**old_record, "upload": staged, "upload_name": os.path.basename(file.name)}
            record.pop("upload_error", None)
            setattr(model_instance, self.renditions_field, record)
            setattr(model_instance, self.attname, old_name)
            return getattr(model_instance, self.attname)
        if not file:
            record = getattr(model_instance, self.renditions_field) or {}
            # A new object's first upload waits with no image shown; saving it again keeps it
            # waiting. Clearing an image that was shown clears what waited with it.
            keep = record.get("upload") and not self._before(model_instance, add)[0]
            setattr(model_instance, self.renditions_field, record if keep else {})
        return file

    def _before(self, model_instance, add):
        """The (image name, record) the object has in the database, or ("", {})."""
        if add or model_instance.pk is None:
            return "", {}
        before = (
            type(model_instance)
            ._base_manager.filter(pk=model_instance.pk)
            .values_list(self.attname, self.renditions_field)
            .first()
        )
        return before if before and before[0] else ("", {})
