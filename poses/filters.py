"""The pose library's filters: a plain form read from the query string.

A value the form does not recognise (an unknown category, a muscle that does not exist, a stray
null byte) is dropped and reported back, so a hand-edited address still gives a sensible page.

Each list offers only the options that find at least one published pose, with how many it finds.
Those counts are worked out in a few grouped queries and kept per content generation
(``library_options()``), and each list is printed by ``OptionSelect`` in one pass, not through a
template per option.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django.forms.utils import flatatt
from django.http import QueryDict
from django.utils.html import format_html, format_html_join
from taggit.models import TaggedItem

from anatomy.models import Muscle, MuscleGroup
from backsite.cache import remember
from backsite.search.models import SearchTerms, count_matches, is_ranked
from backsite.search.text import cut

from .models import Category, Level, Pose, PoseMuscle

QUERY_MAX_LENGTH = 100
ANY = ("", "Any")


def _counts(queryset, field, count):
    """{value of ``field``: count} over ``queryset``, in one grouped query."""
    return dict(queryset.order_by().values_list(field).annotate(n=count).values_list(field, "n"))


def _count_options():
    """Per filter, (value, label, poses) for every option that finds a published pose."""
    published = Pose.objects.published()
    poses = Count("pk")
    categories = _counts(published, "category", poses)
    levels = _counts(published, "level", poses)
    tagged = TaggedItem.objects.filter(
        content_type=ContentType.objects.get_for_model(Pose),
        object_id__in=published.values("pk"),
    )
    tags = tagged.order_by().values_list("tag__slug", "tag__name").annotate(n=Count("pk"))
    links = PoseMuscle.objects.filter(pose__is_published=True)
    distinct_poses = Count("pose", distinct=True)
    layers = _counts(links, "muscle__group__slug", distinct_poses)
    own = _counts(links, "muscle__slug", distinct_poses)
    # A muscle's own count includes its parts, as its filter does.
    whole = _counts(
        links.annotate(whole=Coalesce("muscle__parent__slug", "muscle__slug")),
        "whole",
        distinct_poses,
    )
    muscles = {}
    for muscle in Muscle.objects.select_related("group", "parent").order_by(
        "group__depth", "order", "name"
    ):
        name = f"{muscle.parent.name}: {muscle.name}" if muscle.parent else muscle.name
        count = (own if muscle.parent_id else whole).get(muscle.slug)
        muscles.setdefault(muscle.group.name, []).append((muscle.slug, name, count))
    return {
        "category": [(v, label, categories.get(v)) for v, label in Category.choices],
        "level": [(v, label, levels.get(v)) for v, label in Level.choices],
        "tag": sorted(tags, key=lambda tag: tag[1].lower()),
        "group": [
            (slug, name, layers.get(slug))
            for slug, name in MuscleGroup.objects.values_list("slug", "name")
        ],
        "muscle": list(muscles.items()),
    }


def library_options():
    """What each filter can offer and how many poses each option finds, per content generation."""
    return remember("poses:library-options", _count_options)


def pose_count(filter_name, value):
    """How many published poses one filter's option finds (0 when none), from library_options()."""
    for option in library_options()[filter_name]:
        items = option[1] if isinstance(option[1], list) else [option]
        for item_value, _label, count in items:
            if item_value == value:
                return count or 0
    return 0


class OptionSelect(forms.Select):
    """A <select> printed in one pass: one template per option made the library slow.

    ``options`` are (value, label, poses) triples, or (group label, [triples]) for an <optgroup>.
    An option that finds no pose is not offered, unless it is the value chosen.
    """

    def __init__(self, options=(), attrs=None):
        super().__init__(attrs)
        self.options = options

    def render(self, name, value, attrs=None, renderer=None):
        chosen = "" if value is None else str(value[0] if isinstance(value, list) else value)

        def options(items):
            return format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (value, " selected" if value == chosen else "", f"{label} ({count})")
                    if count
                    else (value, " selected", label)
                    for value, label, count in items
                    if count or value == chosen
                ),
            )

        parts = [format_html('<option value=""{}>Any</option>', "" if chosen else " selected")]
        for option in self.options:
            if isinstance(option[1], list):
                if inner := options(option[1]):
                    parts.append(
                        format_html('<optgroup label="{}">{}</optgroup>', option[0], inner)
                    )
            else:
                parts.append(options([option]))
        final_attrs = {**self.build_attrs(self.attrs, attrs), "name": name}
        return format_html(
            "<select{}>{}</select>", flatatt(final_attrs), format_html_join("", "{}", zip(parts))
        )


class PoseFilterForm(forms.Form):
    q = forms.CharField(
        label="Search",
        required=False,
        strip=True,
        widget=forms.TextInput(
            attrs={"type": "search", "maxlength": QUERY_MAX_LENGTH, "autocomplete": "off"}
        ),
        help_text="A name in English or Sanskrit, another name, or words such as “lower back”. "
        "Accents and small typos are fine.",
    )
    category = forms.ChoiceField(label="Kind of pose", required=False)
    level = forms.ChoiceField(label="Level", required=False)
    tag = forms.ChoiceField(label="Tag", required=False)
    group = forms.ChoiceField(label="Muscle layer", required=False)
    muscle = forms.ChoiceField(label="Muscle", required=False)

    field_order = ["q", "category", "level", "tag", "group", "muscle"]

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        options = library_options()
        for name in ("category", "level", "tag", "group", "muscle"):
            field = self.fields[name]
            # Any known value is accepted (a bookmarked kind that finds nothing today says so
            # plainly); only options that find a pose are offered.
            field.choices = [ANY, *_plain(options[name])]
            field.widget = OptionSelect(options[name])

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
        # The library's order, made total by the key, so a page read from the end
        # (backsite/pagination.py) agrees with one read from the front.
        queryset = queryset.order_by("english_name", "pk")
        if "category" in filters:
            queryset = queryset.filter(category=filters["category"])
        if "level" in filters:
            queryset = queryset.filter(level=filters["level"])
        # EXISTS rather than IN: the database walks the library's order and checks each pose,
        # stopping once the page is full, rather than gathering every match and sorting it.
        if "tag" in filters:
            tagged = TaggedItem.objects.filter(
                content_type=ContentType.objects.get_for_model(Pose),
                object_id=OuterRef("pk"),
                tag__slug=filters["tag"],
            )
            queryset = queryset.filter(Exists(tagged))
        if "group" in filters:
            linked = PoseMuscle.objects.filter(
                pose=OuterRef("pk"), muscle__group__slug=filters["group"]
            )
            queryset = queryset.filter(Exists(linked))
        if "muscle" in filters:
            # A muscle includes its parts: Erector spinae finds poses that work Longissimus.
            slug = filters["muscle"]
            linked = PoseMuscle.objects.filter(
                Q(muscle__slug=slug) | Q(muscle__parent__slug=slug), pose=OuterRef("pk")
            )
            queryset = queryset.filter(Exists(linked))
        if "q" in filters:
            # The site search's own words, corrected for typos the same way; last, so that it
            # orders the poses the other filters leave, ranked unless more than RANK_LIMIT match
            # (``search_count``, at most RANK_LIMIT + 1, which the library's pages use too).
            terms = SearchTerms.parse(filters["q"])
            self.search_terms = terms.or_correction(Pose.objects.published())
            self.searched = queryset  # what the search looks in, for its pages (SearchPaginator)
            if self.search_terms:
                (self.search_count,) = count_matches([queryset], self.search_terms)
                rank = is_ranked(self.search_count)
                queryset = queryset.search(self.search_terms, ranked=rank)
            else:
                queryset = queryset.search(self.search_terms)  # nothing to look for
        return queryset


def _plain(options):
    for value, label, *_count in options:
        if isinstance(label, list):
            yield value, [(v, text) for v, text, _ in label]
        else:
            yield value, label


def _flat(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):
            yield from label
        else:
            yield value, label
