"""The base every content ModelAdmin builds on, so each safeguard is written once."""

from django.contrib import admin
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT, ManagementForm
from django.forms.models import BaseInlineFormSet
from django.utils.functional import cached_property

from .admin_filters import ValidatedChangeListMixin
from .admin_versions import VersionedAdminMixin


class ContentAdmin(VersionedAdminMixin, ValidatedChangeListMixin, admin.ModelAdmin):
    """A content admin whose list checks its query string before the database sees it, and whose
    change form refuses a save made from an older version of the object."""


class OptionalInlineFormSet(BaseInlineFormSet):
    """An inline that may be posted without its rows (a script, or a change form opened before the
    inline existed): the saved rows stay as they are, rather than a "tampered" error on the page."""

    @cached_property
    def management_form(self):
        if self.is_bound and f"{self.prefix}-{TOTAL_FORM_COUNT}" not in self.data:
            empty = {
                f"{self.prefix}-{TOTAL_FORM_COUNT}": 0,
                f"{self.prefix}-{INITIAL_FORM_COUNT}": 0,
            }
            form = ManagementForm(empty, auto_id=self.auto_id, prefix=self.prefix)
            form.full_clean()
            return form
        return super().management_form
