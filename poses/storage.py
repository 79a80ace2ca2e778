"""Where an upload waits, unpublished, until the worker has decoded and cleaned it.

An upload still carries everything the camera wrote (GPS position, serial number), so it never
gets a public address: on disk it sits beside MEDIA_ROOT, not inside it (or in POSE_UPLOAD_ROOT);
with object storage, under its own private prefix. The cleaned copy goes to the media storage.
"""

import contextlib
import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

ALIAS = "pose_uploads"


class UploadStorage(FileSystemStorage):
    """A folder with no URL; its place follows the settings, so tests can move it."""

    @property
    def base_location(self):
        root = settings.POSE_UPLOAD_ROOT or f"{str(settings.MEDIA_ROOT).rstrip(os.sep)}-uploads"
        return root

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Uploads waiting to be cleaned have no public address.")


def upload_storage():
    return storages[ALIAS]


def save_whole(storage, name, content):
    """Save a file completely or not at all: a failed write (a full disk) leaves nothing behind.

    Returns the name it was stored under.
    """
    name = storage.get_available_name(name)
    try:
        return storage.save(name, content)
    except BaseException:
        with contextlib.suppress(Exception):
            storage.delete(name)
        raise


def stage_upload(file):
    """Keep an accepted upload, unpublished, until the worker cleans it; return its name."""
    file.seek(0)
    return save_whole(upload_storage(), secrets.token_hex(16), file)
