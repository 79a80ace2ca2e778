"""The visitor's side of the safety model: "My back", condition pages, the doctor page, and the
pose library and pose page adapted to the conditions chosen in ``?for=``."""

from urllib.parse import urlencode

from django.db.models import Count, Exists, OuterRef, Prefetch, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.views.generic import DetailView, TemplateView

from backsite.addresses import FollowOldAddressMixin
from backsite.models import Page
from backsite.pagination import remembered_count

from ..models import Pose
from ..views import PoseDetailView, PoseListView
from .models import CAUTION, Condition, ConditionOldSlug, Rating, Verdict
from .selection import SHOW_AVOIDED, avoided_poses, read_choice, verdicts_for


class ChoiceMixin:
    """Puts the visitor's choice (``my_back``) in the context."""

    def get_context_data(self, **kwargs):
        kwargs.setdefault("my_back", read_choice(self.request))
        return super().get_context_data(**kwargs)


class MyBackView(ChoiceMixin, TemplateView):
    template_name = "my_back/index.html"


# Poses listed under each verdict, and unreviewed, on a condition's page; the library has them all.
CONDITION_POSES = 24


class ConditionView(FollowOldAddressMixin, ChoiceMixin, DetailView):
    template_name = "my_back/condition.html"
    old_slug_model = ConditionOldSlug
    context_object_name = "condition"

    def get_queryset(self):
        return Condition.objects.with_sources()

    def get_context_data(self, **kwargs):
        condition = self.object
        verdicts = Verdict.objects.filter(condition=condition, pose__is_published=True)
        totals = dict(
            verdicts.order_by()
            .values_list("rating")
            .annotate(n=Count("pk"))
            .values_list("rating", "n")
        )
        groups = []
        for rating in Rating:
            # Sorted by an expression no index gives, so the database starts from this
            # condition's verdicts rather than walking every published pose to find them.
            shown = list(
                verdicts.filter(rating=rating)
                .select_related("pose", "gentler")
                .order_by(Concat("pose__english_name", Value("")), "pk")[:CONDITION_POSES]
            )
            groups.append((rating, shown, totals.get(rating, 0)))
        # NOT EXISTS: the database walks the library's order and stops after a few poses.
        reviewed = Verdict.objects.filter(condition=condition, pose=OuterRef("pk"))
        unreviewed = Pose.objects.published().exclude(Exists(reviewed))
        kwargs.update(
            groups=groups,
            unreviewed=unreviewed[:CONDITION_POSES],
            unreviewed_count=remembered_count(Pose.objects.published()) - sum(totals.values()),
            library_url=f"{reverse('poses:list')}?{urlencode({'for': condition.slug})}",
        )
        return super().get_context_data(**kwargs)


class SeeADoctorView(ChoiceMixin, TemplateView):
    template_name = "my_back/see_a_doctor.html"

    def get_context_data(self, **kwargs):
        page = Page.objects.filter(slug="see-a-doctor").first()
        kwargs.update(page=page)
        return super().get_context_data(**kwargs)


class AdaptedPoseListView(PoseListView):
    """The pose library with badges for the chosen conditions, hiding poses to avoid by default."""

    def get_queryset(self):
        queryset = super().get_queryset()
        self.choice = read_choice(self.request)
        self.hiding = bool(self.choice) and self.request.GET.get(SHOW_AVOIDED) != "show"
        self.hidden_count = 0
        if self.hiding:
            avoided = avoided_poses(self.choice)
            self.hidden_count = queryset.filter(pk__in=avoided).count()
            queryset = queryset.exclude(pk__in=avoided)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choice = self.choice
        poses = list(context["poses"])
        verdicts = verdicts_for(poses, choice)
        for pose in poses:
            pose.my_back = choice.entries(verdicts.get(pose.pk, []))
        extra = [choice.query] if choice else []
        if choice and not self.hiding:
            extra.append(f"{SHOW_AVOIDED}=show")
        context.update(
            poses=poses,
            my_back=choice,
            hiding_avoided=self.hiding,
            hidden_count=self.hidden_count,
            base_filter_query=context["filter_query"],
            # Pagination keeps the choice and the hiding as well as the filters.
            filter_query="&".join(part for part in [context["filter_query"], *extra] if part),
        )
        return context


class AdaptedPoseDetailView(PoseDetailView):
    """A pose page whose "For your back" panel speaks to the chosen conditions."""

    def get_queryset(self):
        # Only what the panel prints of a gentler pose; each verdict's condition comes from the
        # list every page already has (read_choice), not from another join.
        verdicts = Verdict.objects.select_related("gentler").only(
            "pose", "condition", "rating", "change", "note",
            "gentler__slug", "gentler__english_name", "gentler__is_published",
        )  # fmt: skip
        return super().get_queryset().prefetch_related(Prefetch("verdicts", queryset=verdicts))

    def get_context_data(self, **kwargs):
        choice = read_choice(self.request)
        conditions = {condition.pk: condition for condition in choice.everything}
        verdicts = list(self.object.verdicts.all())
        for verdict in verdicts:
            verdict.condition = conditions[verdict.condition_id]
        entries = choice.entries(verdicts)
        kwargs.update(
            my_back=choice,
            for_your_back=entries,
            worst=max((CAUTION[verdict.rating] for _, verdict in entries if verdict), default=None),
            avoid_with=[v.condition for v in verdicts if v.rating == Rating.AVOID],
            unreviewed_count=len(choice.everything) - len(verdicts),
        )
        return super().get_context_data(**kwargs)
