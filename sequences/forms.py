"""Forms editors use in the admin to put sequences together."""

from adminsortable2.admin import CustomInlineFormSet
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Max

from .models import SequenceStep

# Positions are small numbers; this ceiling leaves room to park steps while they are reordered.
MAX_POSITION = 1000


class SequenceStepForm(forms.ModelForm):
    class Meta:
        model = SequenceStep
        fields = (
            "pose", "side", "hold_seconds", "repetitions", "optional", "optional_reason", "notes",
            "position",
        )  # fmt: skip
        widgets = {"notes": forms.Textarea(attrs={"rows": 2, "cols": 30})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "position" in self.fields:
            self.fields["position"].validators = [validate_position]

    def clean(self):
        cleaned = super().clean()
        # The position is a hidden field that the drag handle fills in; a hidden field's own
        # errors would not show, so they are reported on the row instead.
        if "position" in self._errors:
            for message in self._errors.pop("position"):
                self.add_error(None, f"Position: {message}")
        return cleaned

    def validate_constraints(self):
        # Whether two steps share a position depends on the whole formset (steps are often
        # swapped), so that rule is checked by the formset, not one row against the database.
        exclude = self._get_validation_exclusions() | {"position"}
        try:
            self.instance.validate_constraints(exclude=exclude)
        except ValidationError as error:
            self._update_errors(error)


def validate_position(value):
    if value is not None and not 1 <= value <= MAX_POSITION:
        raise ValidationError(
            "A step's position is a number from 1 to %(max)s.",
            code="position_range",
            params={"max": MAX_POSITION},
        )


class SequenceStepFormSet(CustomInlineFormSet):
    """The steps of one sequence, which editors drag into order.

    Reordering changes many positions at once while the database keeps them unique within the
    sequence, so steps that move are first parked on free positions, then saved in place.
    """

    def clean(self):
        taken = {}
        for index, form in enumerate(self.forms, start=1):
            if not getattr(form, "cleaned_data", None) or self._should_delete_form(form):
                continue
            position = form.cleaned_data.get("position")
            if position is None:
                continue
            row = f"row {index} ({form.cleaned_data.get('pose') or 'no pose'})"
            if position in taken:
                raise ValidationError(
                    "The steps in %(first)s and %(second)s both have position %(position)s. "
                    "Each step in a sequence needs its own position.",
                    code="duplicate_position",
                    params={"first": taken[position], "second": row, "position": position},
                )
            taken[position] = row
        super().clean()

    def save_existing_objects(self, commit=True):
        if commit:
            self._park_moving_steps()
        return super().save_existing_objects(commit)

    def _park_moving_steps(self):
        moving = [
            form.instance.pk
            for form in self.initial_forms
            if form.instance.pk
            and (self._should_delete_form(form) or "position" in form.changed_data)
        ]
        if not moving:
            return
        steps = SequenceStep.objects.filter(sequence=self.instance)
        highest = steps.aggregate(top=Max("position"))["top"] or 0
        wanted = [
            form.cleaned_data.get("position") or 0
            for form in self.forms
            if getattr(form, "cleaned_data", None)
        ]
        free = max([highest, *wanted]) + 1
        for offset, pk in enumerate(moving):
            steps.filter(pk=pk).update(position=free + offset)
