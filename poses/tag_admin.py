"""The tag admin: taggit's, made safe for editors.

Tagged items are shown read-only, and only for the kinds of object the editor may view, so the tag
admin can never be used to pick an arbitrary content type and id and read that object's name.
Merging tags asks for the tag change permission and explains an empty selection.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.forms import MergeTagsForm
from taggit.models import Tag, TaggedItem

from backsite.admin_filters import ValidatedChangeListMixin

SESSION_KEY = "merge_tag_ids"


def viewable_content_types(user):
    """The content types of tagged items whose objects ``user`` may see."""
    used = TaggedItem.objects.values_list("content_type", flat=True).distinct()
    return [
        ct.pk
        for ct in ContentType.objects.filter(pk__in=used)
        if user.has_perm(f"{ct.app_label}.view_{ct.model}")
        or user.has_perm(f"{ct.app_label}.change_{ct.model}")
    ]


class TaggedItemInline(admin.TabularInline):
    model = TaggedItem
    fields = ("tagged_object", "kind")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = "tagged object"
    verbose_name_plural = "tagged objects"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("content_type")
        return queryset.filter(content_type__in=viewable_content_types(request.user))

    @admin.display(description="kind")
    def kind(self, item):
        return item.content_type.name

    @admin.display(description="object")
    def tagged_object(self, item):
        obj = item.content_object
        if obj is None:
            return "-"
        opts = obj._meta
        try:
            link = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        except NoReverseMatch:
            return str(obj)
        return format_html('<a href="{}">{}</a>', link, obj)


class TagForm(forms.ModelForm):
    """Tags ignore case, so a name that differs from another tag's only in case is refused."""

    class Meta:
        model = Tag
        fields = ("name", "slug")

    def clean_name(self):
        name = self.cleaned_data["name"]
        clash = Tag.objects.filter(name__iexact=name).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise ValidationError(
                "The tag “%(tag)s” already exists: tags ignore case. Use it, or rename it.",
                code="tag_case_duplicate",
                params={"tag": clash.name},
            )
        return name


class TagAdmin(ValidatedChangeListMixin, TaggitTagAdmin):
    form = TagForm
    inlines = [TaggedItemInline]
    actions = ["merge_tags"]

    def get_urls(self):
        merge = path(
            "merge-tags/",
            self.admin_site.admin_view(self.merge_tags_view),
            name="taggit_tag_merge_tags",
        )
        # Ours comes first, so taggit's view of the same name is never reached.
        return [merge, *super().get_urls()]

    @admin.action(description="Merge selected tags", permissions=["change"])
    def merge_tags(self, request, queryset):
        request.session[SESSION_KEY] = [tag.pk for tag in queryset]
        return redirect("admin:taggit_tag_merge_tags")

    def merge_tags_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        ids = [pk for pk in request.session.get(SESSION_KEY, []) if isinstance(pk, int)]
        tags = list(Tag.objects.filter(pk__in=ids).order_by("name"))
        if not tags:
            self.message_user(
                request,
                "Choose the tags to merge first: tick them in the list, then pick "
                "'Merge selected tags' from the actions.",
                messages.WARNING,
            )
            return redirect("admin:taggit_tag_changelist")

        form = MergeTagsForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            name = form.cleaned_data["new_tag_name"].strip()
            target = Tag.objects.filter(name__iexact=name).order_by("pk").first()
            if target is None and not self.has_add_permission(request):
                form.add_error("new_tag_name", "Choose an existing tag: you cannot add tags.")
            elif not name:
                form.add_error("new_tag_name", "Give the name of the tag to merge into.")
            else:
                with transaction.atomic():
                    target = target or Tag.objects.create(name=name)
                    merge_into(target, [tag for tag in tags if tag != target])
                request.session.pop(SESSION_KEY, None)
                self.message_user(
                    request, f"Merged {len(tags)} tags into '{target}'.", messages.SUCCESS
                )
                return redirect("admin:taggit_tag_changelist")

        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Merge tags",
            "form": form,
            "tags": tags,
        }
        return TemplateResponse(request, "admin/taggit/tag/merge_tags.html", context)


def merge_into(target, tags):
    """Move every object tagged with one of ``tags`` onto ``target``, once each."""
    for item in TaggedItem.objects.filter(tag__in=tags):
        duplicate = TaggedItem.objects.filter(
            tag=target, content_type_id=item.content_type_id, object_id=item.object_id
        ).exists()
        if duplicate:
            item.delete()
        else:
            item.tag = target
            item.save()


admin.site.unregister(Tag)
admin.site.register(Tag, TagAdmin)
