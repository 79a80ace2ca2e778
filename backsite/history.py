"""Editors' history: every admin save keeps a version (django-reversion), shown as a readable
field-by-field diff, and any version can be restored or a deleted item recovered.

Models choose what a version holds where they are defined (``@reversion.register(follow=...)``);
this module is the admin side, shared by every content admin. It imports no app.
"""

import contextvars
import difflib
from dataclasses import dataclass, field

import reversion
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version
from reversion.revisions import _get_options, _stack

EMPTY = "(empty)"
# Lines kept around each change in a long text, so an editor sees where it happened.
CONTEXT_LINES = 1


@dataclass
class FieldChange:
    label: str
    old: str = ""
    new: str = ""
    # For long texts: the changed lines, each ("-" | "+" | " " | "...", text).
    lines: list = field(default_factory=list)


@dataclass
class RelatedChange:
    label: str
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    changed: list = field(default_factory=list)


def shown_fields(model):
    """The fields an editor sets: derived columns (rendered HTML, search words) are left out."""
    fields = [
        f
        for f in model._meta.concrete_fields
        if f.editable and not f.primary_key and not getattr(f, "auto_now", False)
    ]
    return fields + [f for f in model._meta.many_to_many if f.editable and f.serialize]


def _names(model, ids):
    """``{id: name}`` for related objects, deleted ones named from their last version."""
    ids = {str(i) for i in ids if i is not None}
    if not ids:
        return {}
    names = {str(obj.pk): str(obj) for obj in model._base_manager.filter(pk__in=ids)}
    for object_id in ids - set(names):
        last = Version.objects.get_for_object_reference(model, object_id).first()
        label = f"“{last.object_repr}”" if last else f"#{object_id}"
        names[object_id] = f"{label} (deleted)"
    return names


def _display(model_field, value):
    if value in (None, "", []):
        return EMPTY
    if model_field.many_to_many:
        names = _names(model_field.related_model, value)
        return ", ".join(sorted(names[str(i)] for i in value))
    if model_field.is_relation:
        return _names(model_field.related_model, [value])[str(value)]
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return "yes" if value else "no"
    return str(value)


def line_diff(old, new):
    """The changed lines of a long text with a line of context, as ("-"|"+"|" "|"...", line)."""
    old_lines = (old or "").splitlines()
    new_lines = (new or "").splitlines()
    lines = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for group in matcher.get_grouped_opcodes(CONTEXT_LINES):
        if lines:
            lines.append(("...", ""))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [(" ", line) for line in old_lines[i1:i2]]
                continue
            lines += [("-", line) for line in old_lines[i1:i2]]
            lines += [("+", line) for line in new_lines[j1:j2]]
    return lines


def _is_long_text(model_field, old, new):
    if not isinstance(model_field, models.TextField):
        return False
    return "\n" in (old or "") or "\n" in (new or "") or len(old or "") + len(new or "") > 200


def field_changes(model, old_fields, new_fields):
    """What changed between two versions' ``field_dict``s, field by field, in the model's order."""
    changes = []
    for model_field in shown_fields(model):
        name = model_field.attname
        before, after = old_fields.get(name), new_fields.get(name)
        if model_field.many_to_many:
            before, after = sorted(before or []), sorted(after or [])
        if before == after or (before in (None, "") and after in (None, "")):
            continue
        label = str(model_field.verbose_name)
        if _is_long_text(model_field, before, after):
            changes.append(FieldChange(label, lines=line_diff(before, after)))
        else:
            changes.append(
                FieldChange(label, _display(model_field, before), _display(model_field, after))
            )
    return changes


def followed_models(model):
    """The models a version of ``model`` carries with it (a sequence's steps, a pose's muscles)."""
    found = []
    for name in _get_options(model).follow:
        related = model._meta.get_field(name).related_model
        if related is not None and related not in found:
            found.append(related)
    return found


def _related_states(version, models_followed):
    return {
        (v.content_type_id, v.object_id): v
        for v in version.revision.version_set.all()
        if v.pk != version.pk and v._model in models_followed
    }


def related_changes(model, old, new):
    """Followed objects added, removed or changed between the two versions' revisions."""
    followed = followed_models(model)
    before, after = _related_states(old, followed), _related_states(new, followed)
    groups = {}

    def group(v):
        label = str(v._model._meta.verbose_name_plural).capitalize()
        return groups.setdefault(label, RelatedChange(label))

    for key, version in after.items():
        if key not in before:
            group(version).added.append(version.object_repr)
        elif before[key].serialized_data != version.serialized_data:
            try:
                different = before[key]._local_field_dict != version._local_field_dict
            except RevertError:
                different = True
            if different:
                group(version).changed.append(version.object_repr)
    for key, version in before.items():
        if key not in after:
            group(version).removed.append(version.object_repr)
    return list(groups.values())


def describe(model, old, new):
    """Field changes and followed-object changes from ``old`` to ``new``."""
    if old is None:
        return [], []
    try:
        new_fields = new.field_dict
        old_fields = old.field_dict
    except RevertError:
        return [FieldChange("Saved by an older Backsite", "", "cannot be compared")], []
    return field_changes(model, old_fields, new_fields), related_changes(model, old, new)


def missing_references(versions):
    """Sentences naming the related objects a revision points to that no longer exist.

    Restoring such a version would break the database's links, so it is refused with these.
    """
    in_revision = {(v._model, v.object_id) for v in versions}
    wanted = {}  # (model, id) -> [(version, field)]
    problems = []
    for version in versions:
        try:
            fields = version._local_field_dict
        except RevertError:
            problems.append(
                f"“{version.object_repr}” was saved by an older Backsite whose fields no longer "
                "match, so it cannot be restored."
            )
            continue
        model = version._model
        for model_field in model._meta.concrete_fields + model._meta.many_to_many:
            related = model_field.related_model
            if not model_field.is_relation or related is None or not model_field.serialize:
                continue
            value = fields.get(model_field.attname)
            ids = value if model_field.many_to_many else [value]
            for object_id in ids or []:
                if object_id is None or (related, str(object_id)) in in_revision:
                    continue
                wanted.setdefault((related, str(object_id)), []).append((version, model_field))
    by_model = {}
    for related, object_id in wanted:
        by_model.setdefault(related, set()).add(object_id)
    for related, ids in by_model.items():
        existing = {
            str(pk) for pk in related._base_manager.filter(pk__in=ids).values_list("pk", flat=True)
        }
        names = _names(related, ids - existing)
        for object_id in sorted(ids - existing):
            for version, _field in wanted[(related, object_id)]:
                problems.append(
                    f"“{version.object_repr}” uses the {related._meta.verbose_name} "
                    f"{names[object_id].replace(' (deleted)', '')}, which has since been deleted."
                )
    return problems


class HistoryAdmin(VersionAdmin):
    """Versions for every admin save, a readable history, restore and recover.

    Put it first among a content admin's bases: ``class PoseAdmin(HistoryAdmin, ContentAdmin)``.
    Fields named in ``history_keep_fields`` keep their current value when a version is restored
    (a pose's image, whose older files are gone once replaced).
    """

    object_history_template = "admin/history/object_history.html"
    history_latest_first = True
    history_keep_fields: tuple[str, ...] = ()

    # History page.

    def history_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        obj = get_object_or_404(self.model._base_manager, pk=unquote(object_id))
        versions = list(
            Version.objects.get_for_object(obj)
            .select_related("revision__user", "content_type")
            .prefetch_related("revision__version_set__content_type")
            .order_by("-pk")
        )
        opts = self.model._meta
        entries = []
        for index, version in enumerate(versions):
            older = versions[index + 1] if index + 1 < len(versions) else None
            changes, related = describe(self.model, older, version)
            entries.append(
                {
                    "version": version,
                    "revision": version.revision,
                    "changes": changes,
                    "related": related,
                    "is_current": index == 0,
                    "is_first": older is None,
                    "url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=(quote(version.object_id), version.pk),
                    ),
                }
            )
        context = {"entries": entries, "can_restore": self.has_change_permission(request, obj)}
        context.update(extra_context or {})
        return super().history_view(request, object_id, context)

    # Restore and recover.

    def _refuse_broken_restore(self, request, version):
        problems = missing_references(list(version.revision.version_set.all()))
        if not problems:
            return None
        opts = self.model._meta
        recover = reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")
        items = format_html_join("", "<li>{}</li>", ((p,) for p in problems))
        messages.error(
            request,
            format_html(
                "This version cannot be restored as it was: <ul>{}</ul>Recover what was deleted "
                "first (each list in the admin has a “Recover deleted” link), or edit the current "
                "version instead.",
                items,
            ),
        )
        if self.model._base_manager.filter(pk=version.object_id).exists():
            target = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
                args=(quote(version.object_id),),
            )
            return redirect(target)
        return redirect(recover)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        refused = self._refuse_broken_restore(request, version)
        if refused is not None:
            return refused
        keep = self.get_history_keep_fields()
        live = (
            self.model._base_manager.filter(pk=version.object_id).values(*keep).first()
            if keep
            else None
        )
        request._history_restore = {"object_id": str(version.object_id), "live": live}
        extra_context = {"version": version, **(extra_context or {})}
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def get_history_keep_fields(self):
        keep = tuple(self.history_keep_fields)
        names = {f.name for f in self.model._meta.concrete_fields}
        # The save counter only goes up: a restore is a new save, never a return to an old count,
        # so a form opened before the restore is still refused as stale.
        if "version" in names:
            keep += ("version",)
        # A restore brings back words, not an old address: the page stays where visitors find it
        # (the restore form shows the address, and changing it there leaves a redirect).
        if "slug" in names:
            keep += ("slug",)
        return keep

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        restore = getattr(request, "_history_restore", None)
        if obj is not None and restore and restore["object_id"] == str(obj.pk):
            kept = self.after_revert(request, obj, restore["live"])
            if kept:
                type(obj)._base_manager.filter(pk=obj.pk).update(**kept)
        return obj

    def after_revert(self, request, obj, live):
        """Values to put back on ``obj`` once a version is restored (``live``: its current
        values of ``history_keep_fields``, or None when a deleted item is recovered)."""
        if live is None:
            return {}
        for name, value in live.items():
            setattr(obj, name, value)
        return live

    # Deleting keeps a last version, so anything deleted can be recovered, even if it was
    # never saved in the admin.

    def _keep_before_deleting(self, request, objects):
        def keep():
            # A revision of its own, saved now: one still open around a list action would be
            # saved after the delete, when reversion no longer keeps versions of deleted rows.
            _stack.set([])
            with reversion.create_revision():
                reversion.set_user(request.user)
                reversion.set_comment("Deleted.")
                for obj in objects:
                    reversion.add_to_revision(obj)

        contextvars.copy_context().run(keep)

    def delete_model(self, request, obj):
        self._keep_before_deleting(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._keep_before_deleting(request, list(queryset))
        super().delete_queryset(request, queryset)
