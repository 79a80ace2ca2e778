"""Addresses that last: renaming a page's slug keeps the old address as a permanent redirect.

Each app keeps its own table of old slugs (a subclass of ``OldSlug`` with a ``target`` foreign key,
``related_name="old_slugs"``, or any model with a unique ``slug`` and a foreign key to the object)
and connects it with ``keep_old_addresses``. Every old slug points
at the object, never at another slug, so a redirect is always one hop and cannot loop: after
A -> B -> C both A and B lead to C, and after A -> B -> A the object answers at A again and B
leads to it. An address in use by a live object always wins over an old slug.
"""

from django.contrib import admin
from django.db import models
from django.db.models.signals import post_save, pre_save
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse

from .admin_base import OptionalInlineFormSet


class OldSlug(models.Model):
    """An address an object had while it was public."""

    slug = models.SlugField(max_length=200, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-created"]
        verbose_name = "old address"

    def __str__(self):
        return self.slug


def keep_old_addresses(model, old_slug_model, *, public_field=None, parts=("slug",)):
    """Record ``model``'s old slug whenever a save changes it.

    ``public_field`` (such as ``is_published``) limits this to objects that were public, since a
    draft's address was never given out. ``parts`` are the lookups an address is made of, joined
    with "/" (a muscle's is its layer's slug and its own: ``("group__slug", "slug")``).
    """
    fields = [*parts, *([public_field] if public_field else [])]

    def link():
        """The old-slug table's foreign key to ``model`` (found once the models are loaded)."""
        (name,) = [
            f.name
            for f in old_slug_model._meta.concrete_fields
            if f.many_to_one and f.related_model is model
        ]
        return name

    def address(values):
        return "/".join(str(values[part]) for part in parts)

    def current(instance):
        values = {}
        for part in parts:
            value = instance
            for name in part.split("__"):
                value = getattr(value, name)
            values[part] = value
        return address(values)

    def remember(sender, instance, raw=False, **kwargs):
        if raw or instance.pk is None:
            return
        instance._address_before = (
            sender._base_manager.filter(pk=instance.pk).values(*fields).first()
        )

    def record(sender, instance, created, raw=False, **kwargs):
        before = instance.__dict__.pop("_address_before", None)
        if raw:
            return
        now = current(instance)
        renamed = before is not None and address(before) != now
        if renamed and (not public_field or before[public_field]):
            old_slug_model.objects.update_or_create(
                slug=address(before), defaults={link(): instance}
            )
        if created or renamed:
            # The object lives at this address now: no old slug may send it elsewhere.
            old_slug_model.objects.filter(slug=now).delete()

    uid = f"{model._meta.label}-old-addresses"
    pre_save.connect(remember, sender=model, dispatch_uid=uid, weak=False)
    post_save.connect(record, sender=model, dispatch_uid=uid, weak=False)


class FollowOldAddressMixin:
    """For a detail view found by ``slug``: an old slug answers with a 301 to the same page at the
    object's current address (the query string kept), if this visitor may see it there."""

    old_slug_model = None

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            url = self.moved_address(kwargs)
            if url is None:
                raise
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    def moved_target(self, kwargs):
        old = self.old_slug_model.objects.filter(slug=kwargs.get("slug", "")).first()
        if old is None:
            return None
        return self.get_queryset().filter(pk=old.target_id).first()

    def address_kwargs(self, obj):
        return {"slug": obj.slug}

    def moved_address(self, kwargs):
        obj = self.moved_target(kwargs)
        if obj is None:
            return None
        match = self.request.resolver_match
        name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
        return reverse(name, kwargs={**kwargs, **self.address_kwargs(obj)})


class OldAddressInline(admin.TabularInline):
    """The old addresses that lead to this page; an editor may remove one to free it."""

    formset = OptionalInlineFormSet
    fields = ("slug", "created")
    readonly_fields = ("slug", "created")
    extra = 0
    verbose_name_plural = "old addresses (each redirects here; added when the slug changes)"

    def has_add_permission(self, request, obj=None):
        return False
