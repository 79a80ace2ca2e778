"""Forms editors use in the admin to change poses."""

from django import forms
from django.core.exceptions import ValidationError

from .models import Pose, PoseMuscle
from .tag_input import TagSuggestionsInput


class PoseAdminForm(forms.ModelForm):
    class Meta:
        model = Pose
        fields = (
            "english_name", "sanskrit_name", "slug", "summary", "is_published",
            "steps", "cautions", "modifications", "benefits",
            "hold_min_seconds", "hold_max_seconds", "category", "level", "tags",
            "image", "image_alt", "movements",
        )  # fmt: skip
        widgets = {"movements": forms.CheckboxSelectMultiple, "tags": TagSuggestionsInput}
        error_messages = {
            "slug": {"unique": "Another pose already uses this address. Choose a different slug."},
        }

    def clean(self):
        cleaned = super().clean()
        shortest = cleaned.get("hold_min_seconds")
        longest = cleaned.get("hold_max_seconds")
        if shortest is not None and longest is not None and shortest > longest:
            self.add_error(
                "hold_max_seconds",
                ValidationError(
                    "The longest hold (%(longest)s s) is shorter than the shortest hold "
                    "(%(shortest)s s). Make it at least as long, or leave one of them empty.",
                    code="hold_range",
                    params={"longest": longest, "shortest": shortest},
                ),
            )
        # Missing alt text for an image is reported by Pose.clean() on the description field.
        return cleaned


class PoseMuscleFormSet(forms.BaseInlineFormSet):
    """The muscles a pose works: each muscle appears once per role."""

    def clean(self):
        seen = {}
        for form in self.forms:
            if not getattr(form, "cleaned_data", None) or self._should_delete_form(form):
                continue
            muscle, role = form.cleaned_data.get("muscle"), form.cleaned_data.get("role")
            if muscle is None or not role:
                continue
            if (muscle.pk, role) in seen:
                raise ValidationError(
                    "%(muscle)s is listed twice as '%(role)s'. Remove one of the two rows.",
                    code="duplicate_muscle_role",
                    params={"muscle": muscle, "role": PoseMuscle.Role(role).label.lower()},
                )
            seen[(muscle.pk, role)] = form
        super().clean()
