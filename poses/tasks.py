"""The image worker's tasks: clean a new upload, and make an image's renditions.

They run in `python manage.py db_worker` (Django's tasks framework, kept in the database by
django-tasks-db), never in the editor's request. Each is queued once the save is committed.

A task that fails for a reason that may pass (a full disk, storage that does not answer) is
logged and tried again later, up to four times in all; the image shown meanwhile, and the
editor's upload, are kept. A file that cannot be read as an image is logged and not retried.
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from backsite import cache

from .images import clean_image, encode_original
from .renditions import (
    UPLOAD_KEYS,
    base_record,
    build_renditions,
    delete_image_files,
    delete_upload,
    has_renditions,
    rendition_names,
)
from .storage import save_whole, upload_storage

logger = logging.getLogger(__name__)

# Seconds to wait before the second, third and fourth attempt.
RETRY_DELAYS = (10, 60, 300)
IMAGE_MODELS = ("poses.Pose", "poses.PoseImage")


def _field(model):
    return model._meta.get_field("image")


def still_used(name):
    """True while any pose or further image shows this stored file."""
    return any(
        apps.get_model(label)._base_manager.filter(image=name).exists() for label in IMAGE_MODELS
    )


def _retry(task_, args, attempt, error):
    """Queue the next attempt of a failed task, later; False when there is none left.

    `attempt` is None when the task was run by hand (make_renditions): the error is reported
    there, and nothing is queued.
    """
    if attempt is None:
        logger.error("%s%r failed: %s", task_.name, args, error)
        return False
    if attempt > len(RETRY_DELAYS):
        logger.error(
            "%s%r failed %d times and is not tried again: %s. Run "
            "`python manage.py make_renditions` once the cause is fixed.",
            task_.name, args, attempt, error,
        )  # fmt: skip
        return False
    delay = RETRY_DELAYS[attempt - 1]
    logger.warning(
        "%s%r failed (attempt %d): %s. Trying again in %d s.",
        task_.name, args, attempt, error, delay,
    )  # fmt: skip
    if task_.get_backend().supports_defer:
        task_ = task_.using(run_after=timezone.now() + timedelta(seconds=delay))
    task_.enqueue(*args, attempt=attempt + 1)
    return True


@task
def prepare_image(model_label, pk, upload, attempt=1):
    """Decode a waiting upload once: store it cleaned, show it, then make its renditions.

    Returns the number of renditions made (0 when the upload was replaced or removed meanwhile).
    """
    model = apps.get_model(model_label)
    renditions_field = _field(model).renditions_field
    obj = model._base_manager.filter(pk=pk).first()
    record = getattr(obj, renditions_field, None) or {}
    if obj is None or record.get("upload") != upload:
        return 0  # the change that replaced or removed it also deleted its file
    try:
        with upload_storage().open(upload, "rb") as stored:
            image, alpha = clean_image(stored)
        data, extension = encode_original(image, alpha)
        stem = (record.get("upload_name") or "image").rsplit(".", 1)[0] or "image"
        wanted = _field(model).generate_filename(obj, f"{stem}.{extension}")
        name = save_whole(default_storage, wanted, ContentFile(data))
    except ValidationError as error:
        _refuse(model, pk, upload, renditions_field, " ".join(error.messages))
        return 0
    except Exception as error:
        _retry(prepare_image, (model_label, pk, upload), attempt, error)
        raise

    shown = base_record(name, image, alpha)
    old = (obj.image.name, record)
    with transaction.atomic():
        swapped = model._base_manager.filter(
            pk=pk, **{f"{renditions_field}__upload": upload}
        ).update(image=name, **{renditions_field: shown})
    if not swapped:  # replaced or removed while it was being cleaned
        default_storage.delete(name)
        return 0
    delete_upload(upload)
    if old[0] and old[0] != name and not still_used(old[0]):
        delete_image_files(old[0], {k: v for k, v in old[1].items() if k not in UPLOAD_KEYS})
    cache.invalidate()  # pages now show the new image itself
    return _record_renditions(
        model_label, pk, name, image, shown, attempt=None if attempt is None else 1
    )


def _refuse(model, pk, upload, renditions_field, message):
    """An upload the worker cannot use: say so on the record, keep the image shown."""
    logger.error("The upload %s for %s %s cannot be used: %s", upload, model.__name__, pk, message)
    with transaction.atomic():
        obj = model._base_manager.select_for_update().filter(pk=pk).first()
        record = getattr(obj, renditions_field, None) or {}
        if obj is not None and record.get("upload") == upload:
            record = {k: v for k, v in record.items() if k not in UPLOAD_KEYS}
            record["upload_error"] = message
            model._base_manager.filter(pk=pk).update(**{renditions_field: record})
    delete_upload(upload)


@task
def make_renditions(model_label, pk, name, attempt=1):
    """Make and record the renditions of one stored image, unless it has changed meanwhile."""
    model = apps.get_model(model_label)
    obj = model._base_manager.filter(pk=pk).first()
    if obj is None or obj.image.name != name:
        return 0
    try:
        with obj.image.storage.open(name, "rb") as stored:
            image, alpha = clean_image(stored)
    except ValidationError as error:
        logger.error("%s cannot be read as an image: %s", name, " ".join(error.messages))
        return 0
    except Exception as error:
        _retry(make_renditions, (model_label, pk, name), attempt, error)
        raise
    return _record_renditions(
        model_label, pk, name, image, base_record(name, image, alpha), attempt
    )


def _record_renditions(model_label, pk, name, image, record, attempt):
    model = apps.get_model(model_label)
    renditions_field = _field(model).renditions_field
    try:
        record = build_renditions(image, record)
    except Exception as error:
        _retry(make_renditions, (model_label, pk, name), attempt, error)
        raise
    with transaction.atomic():
        current = (
            model._base_manager.select_for_update()
            .filter(pk=pk, image=name)
            .values_list(renditions_field, flat=True)
            .first()
        )
        if current is not None:
            # An upload that arrived meanwhile keeps waiting for its turn.
            waiting = {k: v for k, v in current.items() if k in UPLOAD_KEYS}
            model._base_manager.filter(pk=pk).update(**{renditions_field: {**record, **waiting}})
            previous = set(rendition_names(current))
    if current is None:  # replaced or deleted while the renditions were being made
        if not still_used(name):
            for rendition in rendition_names(record):
                default_storage.delete(rendition)
        return 0
    for rendition in previous - set(rendition_names(record)):  # remade under other names
        default_storage.delete(rendition)
    cache.invalidate()  # cached pages may still show the plain image
    return len(rendition_names(record))


def schedule(obj, before=None):
    """Queue, once the current transaction commits, what an object's image still needs.

    `before` is the object's (image name, record) before this save, if it had any.
    """
    record = getattr(obj, _field(type(obj)).renditions_field) or {}
    upload = record.get("upload")
    if upload and upload != (before or ("", {}))[1].get("upload"):
        args = (obj._meta.label, obj.pk, upload)
        transaction.on_commit(lambda: prepare_image.enqueue(*args), robust=True)
    elif obj.image and not upload and not has_renditions(obj):
        args = (obj._meta.label, obj.pk, obj.image.name)
        transaction.on_commit(lambda: make_renditions.enqueue(*args), robust=True)
