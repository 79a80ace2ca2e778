"""The variations inline on each pose's admin page: its easier and harder versions."""

from django.contrib import admin
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT, ManagementForm
from django.forms.models import BaseInlineFormSet
from django.utils.functional import cached_property

from .models import PoseVariation


class VariationFormSet(BaseInlineFormSet):
    @cached_property
    def management_form(self):
        if self.is_bound and f"{self.prefix}-{TOTAL_FORM_COUNT}" not in self.data:
            # Posted without the ladder (a script, or a page opened before it existed): the
            # variations already saved stay as they are.
            empty = {
                f"{self.prefix}-{TOTAL_FORM_COUNT}": 0,
                f"{self.prefix}-{INITIAL_FORM_COUNT}": 0,
            }
            form = ManagementForm(empty, auto_id=self.auto_id, prefix=self.prefix)
            form.full_clean()
            return form
        return super().management_form


class VariationInline(admin.TabularInline):
    model = PoseVariation
    formset = VariationFormSet
    fk_name = "from_pose"
    fields = ("to_pose", "direction", "support", "what_changes", "order")
    autocomplete_fields = ("to_pose",)
    extra = 0
    verbose_name = "easier or harder version"
    verbose_name_plural = "Easier and harder versions (the pose's ladder)"
