"""After a pose image is saved: make its renditions, and delete the files of the one it replaced.

Both happen only once the database change is committed, so a save that is rolled back deletes
nothing (and makes nothing).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from .models import Pose, PoseImage
from .renditions import delete_image_files, schedule_renditions

IMAGE_MODELS = (Pose, PoseImage)


def _still_used(name):
    return Pose.objects.filter(image=name).exists() or PoseImage.objects.filter(image=name).exists()


def _delete_later(name, record, storage):
    def delete():
        if not _still_used(name):
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
    schedule_renditions(instance)
    old = instance.__dict__.pop("_old_image", None)
    if old and old[0] and old[0] != instance.image.name:
        _delete_later(old[0], old[1], instance.image.storage)


def delete_removed_image(sender, instance, **kwargs):
    if instance.image:
        _delete_later(instance.image.name, instance.image_renditions, instance.image.storage)


for model in IMAGE_MODELS:
    pre_save.connect(remember_old_image, sender=model, dispatch_uid=f"{model.__name__}-old-image")
    post_save.connect(
        after_image_saved, sender=model, dispatch_uid=f"{model.__name__}-replaced-image"
    )
    post_delete.connect(
        delete_removed_image, sender=model, dispatch_uid=f"{model.__name__}-removed-image"
    )
