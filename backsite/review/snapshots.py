"""A page and its parts as plain data, to hold an editor's change until a reviewer approves it.

A snapshot is JSON: the object (Django's serializer, with its plain many-to-many links), its tags
by name, and the rows of each part (the inlines: a pose's muscles and verdicts, a sequence's steps)
keyed by ``app_label.model:foreign_key``.
"""

import difflib
from dataclasses import dataclass, field

from django.apps import apps
from django.core import serializers
from django.db import models
from taggit.managers import TaggableManager


@dataclass(frozen=True)
class Part:
    """Rows of ``model`` that belong to the page through the foreign key ``fk_name``."""

    model: type[models.Model]
    fk_name: str

    @property
    def key(self):
        return f"{self.model._meta.label_lower}:{self.fk_name}"

    @classmethod
    def from_key(cls, key):
        label, fk_name = key.split(":")
        return cls(apps.get_model(label), fk_name)

    def rows(self, obj):
        return self.model._default_manager.filter(**{self.fk_name: obj.pk}).order_by("pk")


def _dump(objects):
    return serializers.serialize("python", objects, use_natural_foreign_keys=False)


def _plain(value):
    """JSON-safe data from the python serializer's output (dates and decimals as text)."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder

    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def tag_fields(model):
    return [f.name for f in model._meta.get_fields() if isinstance(f, TaggableManager)]


def take(obj, parts):
    """The page ``obj`` as it is in the database now, with the rows of each part."""
    return _plain(
        {
            "object": _dump([obj])[0],
            "tags": {
                name: sorted(getattr(obj, name).names(), key=str.lower)
                for name in tag_fields(type(obj))
            },
            "parts": {part.key: _dump(part.rows(obj)) for part in parts},
        }
    )


def _restore(data):
    return list(serializers.deserialize("python", data, ignorenonexistent=True))


class StaleSnapshot(Exception):
    """The snapshot refers to something that no longer exists."""


def apply(obj, snapshot, frozen=()):
    """Make ``obj`` (and its parts) what ``snapshot`` holds. Call inside a transaction.

    Fields in ``frozen`` keep their live values (a pose's pictures, which the worker manages), as
    do the primary key and creation times. Each part's rows are replaced; a row keeps its primary
    key only if it belonged to this page already.
    """
    model = type(obj)
    [restored] = _restore([snapshot["object"]])
    for f in model._meta.concrete_fields:
        if f.primary_key or f.name in frozen or getattr(f, "auto_now_add", False):
            continue
        setattr(obj, f.attname, getattr(restored.object, f.attname))
    obj.save()
    for name, pks in restored.m2m_data.items():
        getattr(obj, name).set(pks)
    for name, tags in snapshot.get("tags", {}).items():
        getattr(obj, name).set(tags)
    for key, rows in snapshot.get("parts", {}).items():
        part = Part.from_key(key)
        existing = part.rows(obj)
        kept = set(existing.values_list("pk", flat=True))
        existing.delete()
        for row in _restore(rows):
            instance = row.object
            if instance.pk not in kept:
                instance.pk = None
            setattr(instance, part.model._meta.get_field(part.fk_name).attname, obj.pk)
            instance.save()
            for name, pks in row.m2m_data.items():
                getattr(instance, name).set(pks)


# --- What changed, in an editor's words ----------------------------------------------------------


@dataclass
class Change:
    label: str
    before: str = ""
    after: str = ""
    lines: list = field(default_factory=list)  # (sign, text) for long texts and lists of rows


SKIPPED = ("updated", "created")


def _shown_fields(model, frozen=()):
    for f in model._meta.concrete_fields:
        if f.primary_key or not f.editable or f.name in SKIPPED or f.name in frozen:
            continue
        yield f


def _display(f, value):
    if value in (None, ""):
        return "(empty)"
    if f.choices:
        return str(dict(f.flatchoices).get(value, value))
    if f.is_relation:
        found = f.related_model._default_manager.filter(pk=value).first()
        return str(found) if found is not None else f"(deleted: {value})"
    if isinstance(f, models.BooleanField):
        return "yes" if value else "no"
    return str(value)


def _row_text(model, fields, fk_name):
    shown = [
        f"{f.verbose_name}: {_display(f, fields.get(f.name))}"
        for f in _shown_fields(model)
        if f.name != fk_name and fields.get(f.name) not in (None, "")
    ]
    return "; ".join(shown)


def _line_diff(before, after):
    return [
        (line[0], line[2:])
        for line in difflib.ndiff(before, after)
        if line[:1] in "+- " and not line.startswith("?")
    ]


def changes(model, base, draft, frozen=()):
    """The differences between two snapshots of one page, field by field and row by row."""
    found = []
    old, new = base["object"]["fields"], draft["object"]["fields"]
    for f in _shown_fields(model, frozen):
        before, after = old.get(f.name), new.get(f.name)
        if before == after:
            continue
        label = str(f.verbose_name).capitalize()
        if isinstance(f, models.TextField) and "\n" in f"{before or ''}{after or ''}":
            lines = _line_diff((before or "").splitlines(), (after or "").splitlines())
            found.append(Change(label, lines=lines))
        else:
            found.append(Change(label, _display(f, before), _display(f, after)))
    for f in model._meta.many_to_many:
        if f.name not in new and f.name not in old:
            continue
        before, after = set(old.get(f.name) or []), set(new.get(f.name) or [])
        if before != after:
            names = {
                o.pk: str(o) for o in f.related_model._default_manager.filter(pk__in=before | after)
            }
            found.append(
                Change(
                    str(f.verbose_name).capitalize(),
                    ", ".join(sorted(names.get(pk, str(pk)) for pk in before)) or "(none)",
                    ", ".join(sorted(names.get(pk, str(pk)) for pk in after)) or "(none)",
                )
            )
    for name, after in draft.get("tags", {}).items():
        before = base.get("tags", {}).get(name, [])
        if before != after:
            found.append(
                Change("Tags", ", ".join(before) or "(none)", ", ".join(after) or "(none)")
            )
    for key, rows in draft.get("parts", {}).items():
        part = Part.from_key(key)
        before = [
            _row_text(part.model, r["fields"], part.fk_name) for r in base["parts"].get(key, [])
        ]
        after = [_row_text(part.model, r["fields"], part.fk_name) for r in rows]
        if before != after:
            label = str(part.model._meta.verbose_name_plural).capitalize()
            found.append(Change(label, lines=_line_diff(before, after)))
    return found
