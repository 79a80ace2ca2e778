"""The site search page: every app's own search, assembled and grouped by kind.

It lives in sequences, the app at the top, so it may use poses and anatomy; they never use it.
"""

from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlencode

from django import forms
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.views.generic import TemplateView

from anatomy.models import Muscle
from backsite.markdown import plain_text
from backsite.search.excerpts import excerpt, highlight
from backsite.search.models import RANK_LIMIT, SearchTerms, count_matches, split_aliases
from backsite.search.text import cut
from poses.conditions.models import Condition
from poses.filters import QUERY_MAX_LENGTH
from poses.models import Pose

from .models import Sequence, Tip

SEQUENCE_ORDER = ("sequence__order", "sequence__title")  # a tip's first, in the site's order
PER_KIND = 8  # results shown per kind; poses link on to the whole list in the library
SUGGESTIONS = 6


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", required=False, strip=True)

    def query(self) -> str:
        # Long input is cut rather than refused, as in the pose library.
        return cut(self.cleaned_data.get("q") or "", QUERY_MAX_LENGTH) if self.is_valid() else ""


def _tip_url(tip):
    """Where a visitor reads a tip: its first sequence, else the first pose it was given, else the
    home page."""
    if tip.first_sequence:
        page = Sequence(slug=tip.first_sequence)
    elif tip.first_pose:
        page = Pose(slug=tip.first_pose)
    else:
        return f"{reverse('home')}#tip-{tip.pk}"
    return f"{page.get_absolute_url()}#tip-{tip.pk}"


def _first_public(relation, page, ordering):
    """The slug of a tip's first public page of a kind (``relation``, a many-to-many field of Tip),
    as a column of the tip: one query for the tips shown, where prefetching their pages took two
    more. It starts from the tip's own links, never from every public page (10,000 poses)."""
    public = relation.through.objects.filter(tip=OuterRef("pk"), **{f"{page}__is_published": True})
    return Subquery(public.order_by(*ordering).values(f"{page}__slug")[:1])


@dataclass
class Kind:
    key: str
    label: str
    queryset: object
    url: object = None  # callable(obj) -> str; get_absolute_url() by default
    subtitle: object = None  # callable(obj) -> str, shown after the name
    more_url: object = None  # callable(query) -> str, the full list for this kind

    def link(self, obj):
        return self.url(obj) if self.url else obj.get_absolute_url()


@cache
def kinds():
    """The kinds of result, in the order the page shows them. Built once: their querysets are
    only ever a starting point (every search clones them), and building them took a tenth of a
    search that found nothing."""
    published_poses = Pose.objects.published()
    published_sequences = Sequence.objects.published()
    return [
        Kind(
            "poses",
            "Poses",
            published_poses,
            subtitle=lambda pose: pose.sanskrit_name,
            more_url=lambda q: f"{reverse('poses:list')}?{urlencode({'q': q})}",
        ),
        Kind("conditions", "Conditions", Condition.objects.all()),
        Kind(
            "muscles",
            "Muscles",
            Muscle.objects.select_related("group"),
            subtitle=lambda muscle: muscle.group.name,
        ),
        Kind("sequences", "Sequences", published_sequences),
        Kind(
            "tips",
            "Tips",
            Tip.objects.visible().annotate(
                first_sequence=_first_public(Tip.sequences, "sequence", SEQUENCE_ORDER),
                first_pose=_first_public(Tip.poses, "pose", ("pk",)),
            ),
            url=_tip_url,
            subtitle=lambda tip: tip.get_kind_display(),
        ),
    ]


@dataclass
class Group:
    kind: Kind
    count: int  # at most RANK_LIMIT + 1, which means "more than RANK_LIMIT"
    results: list = field(default_factory=list)

    @property
    def more(self):
        return self.count > RANK_LIMIT

    @property
    def shown_count(self):
        return f"{RANK_LIMIT:,}+" if self.more else f"{self.count:,}"


def _result(kind, obj, terms):
    text = plain_text(*(getattr(obj, name) or "" for name in obj.search_text_fields))
    subtitle = kind.subtitle(obj) if kind.subtitle else ""
    aliases = ", ".join(split_aliases(getattr(obj, "aliases", "")))
    return {
        "names": [str(obj), subtitle, getattr(obj, "aliases", "")],
        "title": highlight(str(obj), terms),
        "subtitle": highlight(subtitle, terms),
        "aliases": highlight(aliases, terms) if aliases else "",
        "excerpt": excerpt(text, terms),
        "url": kind.link(obj),
    }


def run(terms, every_kind):
    groups = []
    counts = count_matches([kind.queryset for kind in every_kind], terms)
    for kind, total in zip(every_kind, counts, strict=True):
        rows, count = kind.queryset.best(terms, PER_KIND, total=total)
        groups.append(Group(kind, count, [_result(kind, row, terms.terms) for row in rows]))
    return groups


def suggestions(terms, every_kind, candidates):
    """Names of any kind that contain a word close to one the visitor typed."""
    close = terms.suggestion(candidates)
    if close is None:
        return []
    found = []
    for kind in every_kind:
        matched = kind.queryset.search(close, any_word=True, names_only=True)[:SUGGESTIONS]
        found.extend((obj.search_tier, str(obj), kind.link(obj), kind.label) for obj in matched)
    return [
        {"name": name, "url": url, "kind": label[:-1].lower()}
        for _, name, url, label in sorted(found, key=lambda item: item[:2])[:SUGGESTIONS]
    ]


class SearchView(TemplateView):
    template_name = "search/results.html"

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET)
        text = form.query()
        terms = SearchTerms.parse(text)
        every_kind = kinds()
        groups, suggested, corrected = [], [], None
        if terms:
            groups = run(terms, every_kind)
            if not any(group.count for group in groups):
                candidates = terms.close_words(using=every_kind[0].queryset.db)
                fixed = terms.correction(candidates)
                if fixed is not None:
                    fixed_groups = run(fixed, every_kind)
                    if any(group.count for group in fixed_groups):
                        groups, corrected = fixed_groups, fixed
                if corrected is None:
                    suggested = suggestions(terms, every_kind, candidates)
        if corrected is not None:
            names = [
                name for group in groups for result in group.results for name in result["names"]
            ]
            kwargs["corrected_words"] = corrected.shown(*names)
        kwargs.update(
            query=text,
            searched=bool(text.strip()),
            understood=bool(terms),
            groups=[group for group in groups if group.count],
            total=sum(min(group.count, RANK_LIMIT) for group in groups),
            total_more=any(group.more for group in groups),
            suggestions=suggested,
        )
        return super().get_context_data(**kwargs)
