"""Warnings before harm in the pose admin.

A pose that published sequences use is a step of those sequences: unpublishing it silently drops
that step's picture and link, so the admin lists the sequences and asks first. Deleting a pose in
use is refused (``SequenceStep.pose`` is PROTECT); the refusal links to each sequence that uses it.
The sequences are reached through the pose's reverse relations, as everywhere below sequences.
"""

from django.contrib.admin.utils import unquote
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

CONFIRM = "_confirm_unpublish"


def admin_link(obj, text=None):
    """``text`` (or the object) linked to the object's admin page, or plain if it has none."""
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return str(text or obj)
    return format_html('<a href="{}">{}</a>', url, text or obj)


class PoseWarningsMixin:
    unpublish_confirmation_template = "admin/poses/pose/unpublish_confirmation.html"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        unpublishing = (
            request.method == "POST"
            and object_id is not None
            and not request.POST.get("is_published")
            and CONFIRM not in request.POST
        )
        if unpublishing:
            pose = self.get_object(request, unquote(object_id))
            # Only someone who may untick "published" can be unpublishing (reviewers).
            may_unpublish = pose is not None and "is_published" not in self.get_readonly_fields(
                request, pose
            )
            if may_unpublish and pose.is_published and self.has_change_permission(request, pose):
                used = list(pose.sequences.published().distinct().order_by("title"))
                if used:
                    return self.unpublish_confirmation(request, pose, used)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def unpublish_confirmation(self, request, pose, sequences):
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken"
            for value in values
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Unpublish {pose}?",
            "pose": pose,
            "sequences": [(s, admin_link(s)) for s in sequences],
            "fields": fields,
            "confirm": CONFIRM,
            "dropped_files": bool(request.FILES),
        }
        return TemplateResponse(request, self.unpublish_confirmation_template, context)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms, protected = super().get_deleted_objects(objs, request)
        if not protected:
            return deleted, counts, perms, protected
        # Only sequence steps protect a pose: name each with a link to the sequence to change.
        steps = [
            step
            for pose in objs
            for step in pose.sequence_steps.select_related("sequence", "pose").order_by(
                "sequence__title", "position"
            )
        ]
        links = [
            format_html(
                "{} ({})",
                admin_link(step.sequence, str(step)),
                "published" if step.sequence.is_published else "draft",
            )
            for step in steps
        ]
        return deleted, counts, perms, links or protected
