from django.db.models import prefetch_related_objects
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView

from backsite.addresses import FollowOldAddressMixin
from backsite.cache import remember
from backsite.mixins import PublishedOrPreviewMixin
from backsite.pagination import CountedPaginator, SearchPaginator

from .filters import PoseFilterForm
from .models import Pose, PoseMuscle, PoseOldSlug

PAGE_SIZE = 12


class PoseListView(ListView):
    template_name = "poses/pose_list.html"
    context_object_name = "poses"
    paginate_by = PAGE_SIZE
    # The total is counted once per content generation; pages come through pose_library_idx.
    paginator_class = CountedPaginator

    def get_queryset(self):
        self.form = PoseFilterForm(self.request.GET)
        self.form.keep_recognised()
        return self.form.apply(Pose.objects.published())

    def get_paginator(self, queryset, *args, **kwargs):
        terms = getattr(self.form, "search_terms", None)
        if terms:  # a search's own order and count, read as the site search reads them
            found = self.form.search_count
            searched = self.form.searched
            return SearchPaginator(searched, *args, terms=terms, found=found, **kwargs)
        return super().get_paginator(queryset, *args, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        # get_page() turns a page number that is not a number, or out of range, into a real page.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=self.form,
            active_filters=self.form.active(),
            ignored_filters=self.form.ignored(),
            filter_query=self.form.querystring(),
        )
        terms = getattr(self.form, "search_terms", None)
        if terms is not None:
            names = [
                n for pose in context["poses"] for n in (pose.english_name, pose.sanskrit_name)
            ]
            context.update(search_terms=terms, search_shown=terms.shown(*names))
        return context


def _tags(pose):
    """The pose's tags in the order a prefetch gives them (the order the page has always shown),
    prefetched onto a stand-in so the kept pose itself is never changed."""
    stand_in = Pose(pk=pose.pk)
    prefetch_related_objects([stand_in], "tags")
    return list(stand_in.tags.all())


class PoseDetailView(FollowOldAddressMixin, PublishedOrPreviewMixin, DetailView):
    model = Pose
    old_slug_model = PoseOldSlug
    template_name = "poses/pose_detail.html"
    context_object_name = "pose"

    def get_object(self, queryset=None):
        if queryset is not None or self.may_preview():
            return super().get_object(queryset)
        # A published pose, with what the view prefetches, is kept per content generation like
        # the page's fragment. An address that finds nothing raises Http404 and is not kept.
        view = f"{type(self).__module__}.{type(self).__qualname__}"
        return remember(f"pose-page:object:{view}:{self.kwargs['slug']}", super().get_object)

    def get_context_data(self, **kwargs):
        pose = self.object
        # Everything below shows only inside the page's per-generation fragment
        # (`per_generation` in the template): lazy, so a kept fragment asks the database nothing,
        # and one query each when it is rendered. Tips and sequences sit above poses: the page
        # asks for them through reverse relations.
        kwargs.update(
            pose_images=SimpleLazyObject(lambda: list(pose.images.shown().order_by("order", "pk"))),
            pose_tags=SimpleLazyObject(lambda: _tags(pose)),
            muscles_by_role=SimpleLazyObject(
                lambda: PoseMuscle.by_role(
                    (link.role, link.muscle)
                    for link in pose.muscle_links.select_related("muscle__group", "muscle__parent")
                )
            ),
            ladder=SimpleLazyObject(pose.variations.ladder),
            # Even building these querysets costs (a related manager class each): lazy too.
            tips=SimpleLazyObject(lambda: list(pose.tips.cautions_first())),
            sequences=SimpleLazyObject(lambda: list(pose.sequences.published().distinct())),
        )
        return super().get_context_data(**kwargs)
