"""The variations inline on each pose's admin page: its easier and harder versions."""

from django.contrib import admin

from backsite.admin_base import OptionalInlineFormSet

from .models import PoseVariation


class VariationInline(admin.TabularInline):
    model = PoseVariation
    formset = OptionalInlineFormSet
    fk_name = "from_pose"
    fields = ("to_pose", "direction", "support", "what_changes", "order")
    autocomplete_fields = ("to_pose",)
    extra = 0
    verbose_name = "easier or harder version"
    verbose_name_plural = "Easier and harder versions (the pose's ladder)"
