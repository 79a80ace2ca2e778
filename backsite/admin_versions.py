"""No lost update in the admin: a save made from an older version of an object is refused.

The change form carries the version it was opened at in a hidden field. When someone else has
saved the object since, the form is shown again with everything the editor typed (inlines
included) and a message linking to the newer version; nothing is saved. The check is made twice:
once while validating (so the usual form page shows the message), and once more as a
compare-and-swap just before the save, inside the admin's transaction, so two saves racing past
validation cannot both win.
"""

from django import forms
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html

from .models import StaleVersion, VersionedModel

VERSION_FIELD = "edit_version"


def stale_message(obj) -> str:
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return format_html(
        "Someone else saved this {name} while you were editing it, so your changes have not been "
        'saved. They are still in the form below. Open <a href="{url}">the newer version</a> '
        "(it has what they saved), copy your changes into it and save again.",
        name=opts.verbose_name,
        url=url,
    )


class VersionCheckedForm:
    """Mixed into the admin's model form: refuses data posted from an older version."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if VERSION_FIELD in self.fields and self.instance.pk is not None:
            self.fields[VERSION_FIELD].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        seen = (cleaned or {}).get(VERSION_FIELD)
        # The instance was read from the database by this request, so it is the stored version.
        if seen is not None and self.instance.pk is not None and seen != self.instance.version:
            raise ValidationError(stale_message(self.instance), code="stale_version")
        return cleaned


class VersionedAdminMixin:
    """For a ModelAdmin whose model is a VersionedModel; a no-op for any other model."""

    def _versioned(self, request, obj):
        return isinstance(obj, VersionedModel) and self.has_change_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self._versioned(request, obj) or VERSION_FIELD in flatten_fieldsets(fieldsets):
            return fieldsets
        (name, options), *rest = fieldsets
        first = (name, {**options, "fields": (*options.get("fields", ()), VERSION_FIELD)})
        return [first, *rest]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if not self._versioned(request, obj):
            return super().get_form(request, obj, change=change, **kwargs)
        # The model form knows only model fields; the version is declared on a subclass.
        fields = kwargs.pop("fields", None) or flatten_fieldsets(self.get_fieldsets(request, obj))
        kwargs["fields"] = [name for name in fields if name != VERSION_FIELD]
        form = super().get_form(request, obj, change=change, **kwargs)
        version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
        return type(form.__name__, (VersionCheckedForm, form), {VERSION_FIELD: version})

    def save_model(self, request, obj, form, change):
        seen = form.cleaned_data.get(VERSION_FIELD) if change else None
        if seen is not None and isinstance(obj, VersionedModel):
            obj.claim_version(seen)  # raises StaleVersion if another save won meanwhile
        super().save_model(request, obj, form, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersion:
            # Another save committed between this one's validation and its save; the admin's
            # transaction has been rolled back. Validating again now shows the editor why.
            return super().changeform_view(request, object_id, form_url, extra_context)
