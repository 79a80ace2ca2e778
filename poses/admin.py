from django.contrib import admin
from django.utils.html import format_html

from anatomy.models import MuscleGroup
from backsite.addresses import OldAddressInline
from backsite.admin_base import ContentAdmin
from backsite.admin_filters import bounded_search_term
from backsite.history import HistoryAdmin
from backsite.preview import MarkdownPreviewMixin
from backsite.review.admin import ReviewedAdminMixin

from . import tag_admin  # noqa: F401  (replaces taggit's tag admin with a safer one)
from .admin_warnings import PoseWarningsMixin
from .conditions.admin import VerdictInline
from .conditions.rules import publishing_gaps, publishing_message
from .forms import PoseAdminForm, PoseMuscleFormSet
from .models import Pose, PoseImage, PoseMuscle, PoseOldSlug
from .renditions import current_record, has_renditions
from .variations.admin import VariationInline

THUMBNAIL_WIDTH = 64  # pixels, in the pose list


class PoseMuscleInline(admin.TabularInline):
    model = PoseMuscle
    formset = PoseMuscleFormSet
    fields = ("muscle", "role")
    autocomplete_fields = ("muscle",)
    extra = 1


def describe_image_status(obj):
    """What the worker has still to do for an object's image, in an editor's words."""
    record = getattr(obj, "image_renditions", None) or {}
    if record.get("upload"):
        if obj.image:
            return "Your new image is being prepared; it replaces this one within a minute."
        return "Your image is being prepared; it shows within a minute."
    if record.get("upload_error"):
        return (
            f"The last image uploaded could not be used: {record['upload_error']} "
            "The image shown is unchanged."
        )
    if obj.image and not has_renditions(obj):
        return "The web sizes of this image are being made; pages show the image itself meanwhile."
    return "Ready." if obj.image else "-"


class PoseImageInline(admin.TabularInline):
    model = PoseImage
    fields = ("image", "alt", "order", "status")
    readonly_fields = ("status",)
    extra = 0

    # A public pose's pictures are changed by a reviewer: the image worker publishes them as soon
    # as they are ready, which a change waiting for review cannot hold back.
    def _held(self, request, obj):
        return (
            obj is not None and obj.is_published and not request.user.has_perm("poses.publish_pose")
        )

    def has_add_permission(self, request, obj=None):
        return not self._held(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not self._held(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._held(request, obj) and super().has_delete_permission(request, obj)

    @admin.display(description="status")
    def status(self, image):
        return describe_image_status(image) if image.pk else "-"


class PoseOldAddressInline(OldAddressInline):
    model = PoseOldSlug


class MuscleGroupFilter(admin.SimpleListFilter):
    """Poses that work at least one muscle in the chosen layer."""

    title = "muscle group"
    parameter_name = "muscle_group"

    def lookups(self, request, model_admin):
        return [(str(group.pk), group.name) for group in MuscleGroup.objects.all()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(muscles__group__pk=self.value()).distinct()
        return queryset


@admin.register(Pose)
class PoseAdmin(
    ReviewedAdminMixin, PoseWarningsMixin, MarkdownPreviewMixin, HistoryAdmin, ContentAdmin
):
    form = PoseAdminForm
    review_frozen_fields = ("image", "image_alt", "image_renditions")
    review_skip_inlines = (PoseImage,)
    inlines = (
        PoseMuscleInline, PoseImageInline, VariationInline, VerdictInline, PoseOldAddressInline,
    )  # fmt: skip
    list_display = (
        "thumbnail", "english_name", "sanskrit_name", "category", "level", "is_published",
    )  # fmt: skip
    list_display_links = ("english_name",)
    list_filter = ("category", "level", "tags", MuscleGroupFilter, "is_published")
    # The search box matches both names with or without diacritics (see get_search_results).
    search_fields = ("english_name", "sanskrit_name")
    search_help_text = "Search by English or Sanskrit name or alias; diacritics are optional."
    prepopulated_fields = {"slug": ("english_name",)}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "english_name",
                    "sanskrit_name",
                    "aliases",
                    "slug",
                    "summary",
                    "is_published",
                )
            },
        ),
        ("Practice", {"fields": ("steps", "cautions", "modifications", "benefits")}),
        ("Hold", {"fields": ("hold_min_seconds", "hold_max_seconds")}),
        ("Kind", {"fields": ("category", "level", "tags")}),
        ("Spine", {"fields": ("movements",)}),
        ("Image", {"fields": ("image", "image_alt", "image_status")}),
    )
    readonly_fields = ("image_status",)
    # A version restores the texts, never an older picture: replaced image files are deleted.
    history_keep_fields = ("image", "image_renditions", "image_alt")

    def after_revert(self, request, pose, live):
        if live is not None:
            return super().after_revert(request, pose, live)
        # Recovering a deleted pose: its image files went with it.
        if pose.image and not pose.image.storage.exists(pose.image.name):
            pose.image, pose.image_renditions = "", {}
            return {"image": "", "image_renditions": {}}
        return {}

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if obj is not None and self.holds_changes(request, obj):
            fields = [*fields, "image", "image_alt"]
        return fields

    def publish_problems(self, pose):
        gaps = publishing_gaps(pose.cautions, pose.verdicts.values_list("condition", flat=True))
        return [publishing_message(gaps)] if gaps else []

    @admin.display(description="image status")
    def image_status(self, pose):
        return describe_image_status(pose) if pose.pk else "-"

    @admin.display(description="image")
    def thumbnail(self, pose):
        """The smallest rendition, so a page of poses never loads the full-size originals."""
        if not pose.image:
            return "-"
        record = current_record(pose)
        smallest = record.get("step", {}).get(record.get("fallback", "jpeg"))
        if smallest:
            name, width, height = smallest[0]
            src = pose.image.storage.url(name)
        else:  # renditions not made yet: the stored image itself
            src, width, height = pose.image.url, record.get("width"), record.get("height")
        if width and height:
            return format_html(
                '<img src="{}" alt="" width="{}" height="{}">',
                src,
                THUMBNAIL_WIDTH,
                round(THUMBNAIL_WIDTH * height / width),
            )
        return format_html('<img src="{}" alt="" width="{}">', src, THUMBNAIL_WIDTH)

    def get_search_results(self, request, queryset, search_term):
        search_term = bounded_search_term(search_term)
        if not search_term.strip():
            return queryset, False
        return queryset.name_contains(search_term), False
