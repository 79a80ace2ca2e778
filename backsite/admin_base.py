"""The base every content ModelAdmin builds on, so each safeguard is written once."""

from django.contrib import admin

from .admin_filters import ValidatedChangeListMixin


class ContentAdmin(ValidatedChangeListMixin, admin.ModelAdmin):
    """A content admin whose list checks its query string before the database sees it."""
