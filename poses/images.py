"""Pose images: what Backsite accepts, and how an accepted image is cleaned before it is stored.

An image is judged by decoding it with Pillow, never by its file name. Accepted images are
turned upright from their EXIF orientation, converted to sRGB and re-encoded without any
metadata, so no GPS position, camera serial or comment ever reaches the public site.
"""

import contextlib
import io
import math
import os
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from PIL import Image, ImageCms, ImageOps, features

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


def _read_bytes(file):
    """All bytes of an uploaded or stored file, leaving its position at the start."""
    if hasattr(file, "open") and getattr(file, "closed", False):
        file.open("rb")
    if hasattr(file, "seek"):
        file.seek(0)
    data = file.read()
    if hasattr(file, "seek"):
        file.seek(0)
    return data


def _too_many_pixels():
    return _error("too_many_pixels", limit=round(max_pixels() / 1_000_000))


def decode(data):
    """Fully decode image bytes and return the loaded Pillow image, or raise ValidationError."""
    Image.MAX_IMAGE_PIXELS = max_pixels()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image_format = image.format
            if image_format not in ACCEPTED_FORMATS:
                raise _error("format", format=image_format or "These")
            if image.size[0] * image.size[1] > max_pixels():
                raise _too_many_pixels()
            if getattr(image, "is_animated", False) or getattr(image, "n_frames", 1) > 1:
                raise _error("animated")
            image.verify()
            # verify() leaves the image unusable; decode every pixel from a fresh open.
            image = Image.open(io.BytesIO(data))
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels() from None
    except Image.UnidentifiedImageError:
        raise _error("not_image") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise _error("broken") from None
    image.format = image_format
    return image


def validate_pose_image(file):
    """Model and form validator: accept only a real, still JPEG, PNG, WebP or AVIF image.

    Files already in storage were checked on the way in and are not decoded again.
    """
    if not file:
        return
    if getattr(file, "_committed", False):
        return
    inner = getattr(file, "file", file)
    if getattr(inner, "_pose_image_checked", False):
        return
    size = getattr(file, "size", None)
    if size is not None and size > max_bytes():
        raise _too_large(size)
    data = _read_bytes(file)
    if not data:
        raise _error("empty")
    if len(data) > max_bytes():
        raise _too_large(len(data))
    decode(data)
    with contextlib.suppress(AttributeError):
        inner._pose_image_checked = True


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


def clean_image(file, name=None):
    """Validate an upload and return a ContentFile with the cleaned image, ready to store.

    The image is turned upright, converted to sRGB, made no larger than STORED_MAX_SIDE and
    re-encoded (JPEG, or PNG when it has transparency) with no metadata at all.
    """
    data = _read_bytes(file)
    if len(data) > max_bytes():
        raise _too_large(len(data))
    image = decode(data)
    image = ImageOps.exif_transpose(image)
    image = _to_srgb(image)
    alpha = _has_alpha(image)
    image = image.convert("RGBA" if alpha else "RGB")
    image.thumbnail((STORED_MAX_SIDE, STORED_MAX_SIDE), Image.Resampling.LANCZOS)

    # A fresh image holds pixels only: no EXIF, XMP, ICC profile or comments come along.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    out = io.BytesIO()
    if alpha:
        clean.save(out, format="PNG", optimize=True)
        extension = "png"
    else:
        clean.save(out, format="JPEG", quality=STORED_JPEG_QUALITY, optimize=True)
        extension = "jpg"

    stem = os.path.splitext(os.path.basename(name or getattr(file, "name", "") or "image"))[0]
    cleaned = ContentFile(out.getvalue(), name=f"{stem or 'image'}.{extension}")
    cleaned.image_size, cleaned.has_alpha = clean.size, alpha
    return cleaned


class PoseImageFormField(forms.FileField):
    """The upload box: runs the same checks as the model, so the form shows the message."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            validate_pose_image(upload)
        return upload

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ",".join(ACCEPTED_MIME_TYPES)
        return attrs


class PoseImageField(models.ImageField):
    """An image field that stores only cleaned images.

    Every new file is validated and cleaned (see clean_image) whichever way it arrives: the admin,
    a management command or the shell. When `renditions_field` names a JSON field on the same
    model, it is reset to the new image's size; the renditions themselves are made once the save
    is committed (see renditions.py and signals.py).
    """

    default_validators = [validate_pose_image]

    def __init__(self, *args, renditions_field=None, **kwargs):
        self.renditions_field = renditions_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.renditions_field:
            kwargs["renditions_field"] = self.renditions_field
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return models.FileField.formfield(self, **{"form_class": PoseImageFormField, **kwargs})

    def pre_save(self, model_instance, add):
        file = models.Field.pre_save(self, model_instance, add)
        if file and not file._committed:
            cleaned = clean_image(file, name=file.name)
            file.save(cleaned.name, cleaned, save=False)
            if self.renditions_field:
                width, height = cleaned.image_size
                record = {
                    "source": file.name,
                    "width": width,
                    "height": height,
                    "fallback": "png" if cleaned.has_alpha else "jpeg",
                }
                setattr(model_instance, self.renditions_field, record)
        elif not file and self.renditions_field:
            setattr(model_instance, self.renditions_field, {})
        return file
