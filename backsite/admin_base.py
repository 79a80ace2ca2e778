"""The base every content ModelAdmin builds on, so each safeguard is written once."""

from django.contrib import admin

from .admin_filters import ValidatedChangeListMixin
from .admin_versions import VersionedAdminMixin


class ContentAdmin(VersionedAdminMixin, ValidatedChangeListMixin, admin.ModelAdmin):
    """A content admin whose list checks its query string before the database sees it, and whose
    change form refuses a save made from an older version of the object."""
