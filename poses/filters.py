"""The pose library's filters: a plain form read from the query string.

A value the form does not recognise (an unknown category, a muscle that does not exist, a stray
null byte) is dropped and reported back, so a hand-edited address still gives a sensible page.
"""

from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.http import QueryDict
from taggit.models import Tag, TaggedItem

from anatomy.models import Muscle, MuscleGroup
from backsite.search.models import SearchTerms
from backsite.search.text import cut

from .models import Category, Level, Pose, PoseMuscle

QUERY_MAX_LENGTH = 100
ANY = ("", "Any")


class PoseFilterForm(forms.Form):
    q = forms.CharField(
        label="Name",
        required=False,
        strip=True,
        widget=forms.TextInput(
            attrs={"type": "search", "maxlength": QUERY_MAX_LENGTH, "autocomplete": "off"}
        ),
        help_text="English or Sanskrit; accents optional.",
    )
    category = forms.ChoiceField(label="Kind of pose", required=False)
    level = forms.ChoiceField(label="Level", required=False)
    tag = forms.ChoiceField(label="Tag", required=False)
    group = forms.ChoiceField(label="Muscle layer", required=False)
    muscle = forms.ChoiceField(label="Muscle", required=False)

    field_order = ["q", "category", "level", "tag", "group", "muscle"]

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["category"].choices = [ANY, *Category.choices]
        self.fields["level"].choices = [ANY, *Level.choices]
        tagged = TaggedItem.objects.filter(
            content_type__app_label="poses",
            content_type__model="pose",
            object_id__in=Pose.objects.published().values("pk"),
        )
        tags = Tag.objects.filter(taggit_taggeditem_items__in=tagged).distinct().order_by("name")
        self.fields["tag"].choices = [ANY, *((tag.slug, tag.name) for tag in tags)]
        self.fields["group"].choices = [ANY, *MuscleGroup.objects.values_list("slug", "name")]
        grouped = {}
        for muscle in Muscle.objects.select_related("group", "parent"):
            name = f"{muscle.parent.name}: {muscle.name}" if muscle.parent else muscle.name
            grouped.setdefault(muscle.group.name, []).append((muscle.slug, name))
        self.fields["muscle"].choices = [ANY, *grouped.items()]

    def keep_recognised(self):
        """Validate, then keep only what was recognised, so the form shows what the list uses.

        Repeated parameters collapse to the last one, overlong text is cut, and a value the
        form does not know is dropped (its label is listed by ignored()).
        """
        self.is_valid()
        self.unrecognised = [self.fields[name].label for name in self.errors if name in self.fields]
        self.data = QueryDict(self.querystring())
        self.full_clean()

    def clean_q(self):
        # Long input is cut rather than refused: the search still runs on what fits.
        return cut(self.cleaned_data["q"], QUERY_MAX_LENGTH)

    def filters(self):
        """The recognised, non-empty filters, in field order. Call after is_valid()."""
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.fields if cleaned.get(name)}

    def ignored(self):
        """Labels of filters whose values were not recognised."""
        return getattr(self, "unrecognised", [])

    def querystring(self):
        """The recognised filters as a query string, for pagination links."""
        return urlencode(self.filters())

    def active(self):
        """(label, shown value) pairs for the filters in use, to say what the list shows."""
        shown = []
        for name, value in self.filters().items():
            field = self.fields[name]
            if name == "q":
                shown.append((field.label, f"“{value}”"))
                continue
            shown.append((field.label, dict(_flat(field.choices)).get(value, value)))
        return shown

    def apply(self, queryset):
        filters = self.filters()
        if "q" in filters:
            # The site search's own words, corrected for typos the same way.
            terms = SearchTerms.parse(filters["q"])
            self.search_terms = terms.or_correction(Pose.objects.published())
            queryset = queryset.search(self.search_terms)
        if "category" in filters:
            queryset = queryset.filter(category=filters["category"])
        if "level" in filters:
            queryset = queryset.filter(level=filters["level"])
        if "tag" in filters:
            queryset = queryset.filter(tags__slug=filters["tag"])
        if "group" in filters:
            linked = PoseMuscle.objects.filter(muscle__group__slug=filters["group"])
            queryset = queryset.filter(pk__in=linked.values("pose"))
        if "muscle" in filters:
            # A muscle includes its parts: Erector spinae finds poses that work Longissimus.
            slug = filters["muscle"]
            linked = PoseMuscle.objects.filter(Q(muscle__slug=slug) | Q(muscle__parent__slug=slug))
            queryset = queryset.filter(pk__in=linked.values("pose"))
        return queryset


def _flat(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):
            yield from label
        else:
            yield value, label
