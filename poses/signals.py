"""After a pose image is saved: queue the worker's work, and delete the files nothing shows.

Both happen only once the database change is committed, so a save that is rolled back deletes
nothing (and queues nothing).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from .models import Pose, PoseImage
from .renditions import delete_image_files, delete_upload
from .tasks import schedule, still_used

IMAGE_MODELS = (Pose, PoseImage)


def _delete_later(name, record, storage):
    def delete():
        if name and still_used(name):
            delete_upload((record or {}).get("upload"))
        else:
            delete_image_files(name, record, storage)

    transaction.on_commit(delete)


def remember_old_image(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    old = (
        sender._base_manager.filter(pk=instance.pk).values_list("image", "image_renditions").first()
    )
    instance._old_image = old


def after_image_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    old = instance.__dict__.pop("_old_image", None)
    schedule(instance, old)
    if not old:
        return
    old_name, old_record = old[0], old[1] or {}
    new_record = instance.image_renditions or {}
    if old_name and old_name != instance.image.name:
        _delete_later(old_name, old_record, instance.image.storage)
    elif old_record.get("upload") and old_record["upload"] != new_record.get("upload"):
        # A newer upload (or none) replaced one that was still waiting for the worker.
        transaction.on_commit(lambda: delete_upload(old_record["upload"]))


def delete_removed_image(sender, instance, **kwargs):
    # What the row held (the worker may have changed it since this copy was loaded).
    name, record = instance.__dict__.pop("_old_image", None) or (
        instance.image.name,
        instance.image_renditions,
    )
    if name or (record or {}).get("upload"):
        _delete_later(name, record or {}, instance.image.storage)


for model in IMAGE_MODELS:
    pre_save.connect(remember_old_image, sender=model, dispatch_uid=f"{model.__name__}-old-image")
    pre_delete.connect(
        remember_old_image, sender=model, dispatch_uid=f"{model.__name__}-deleted-image"
    )
    post_save.connect(
        after_image_saved, sender=model, dispatch_uid=f"{model.__name__}-replaced-image"
    )
    post_delete.connect(
        delete_removed_image, sender=model, dispatch_uid=f"{model.__name__}-removed-image"
    )
