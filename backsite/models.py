"""What every Backsite app shares: Markdown stored beside its rendered HTML, and visibility."""

import reversion
from django.core.exceptions import ValidationError
from django.db import models, router, transaction

from .markdown import render_markdown, validate_markdown


class StaleVersion(Exception):
    """Someone else saved the object after this edit began."""


class VersionedModel(models.Model):
    """Counts saves, so an edit begun from an older version can be refused rather than lose work.

    Every save of an existing row adds one to ``version`` in the database itself (an F() update),
    except a save limited to fields an editor never sees (the image worker's records). The admin
    claims the next version with a compare-and-swap before saving (``claim_version``); its inlines
    are saved in the same request, so they count as part of this object.
    """

    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Goes up by one with every save."
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding or getattr(self, "_version_claimed", False):
            self._version_claimed = False
            return super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            editable = {f.name for f in self._meta.concrete_fields if f.editable}
            if not editable.intersection(update_fields):
                return super().save(*args, **kwargs)
            kwargs["update_fields"] = {*update_fields, "version"}
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        before = self.version
        with transaction.atomic(using=using, savepoint=False):
            self.version = models.F("version") + 1
            try:
                super().save(*args, **kwargs)
            except BaseException:
                self.version = before
                raise
            self.version = (
                type(self)
                ._base_manager.using(using)
                .filter(pk=self.pk)
                .values_list("version", flat=True)
                .get()
            )

    def claim_version(self, expected: int) -> None:
        """Move the stored version from ``expected`` to the next, or raise StaleVersion.

        Call inside a transaction: the row stays locked (PostgreSQL) or the database reserved
        (SQLite) until the save that follows commits, so two claims of one version cannot both win.
        """
        claimed = (
            type(self)
            ._base_manager.filter(pk=self.pk, version=expected)
            .update(version=expected + 1)
        )
        if not claimed:
            raise StaleVersion(f"{self._meta.label} {self.pk} is newer than version {expected}")
        self.version = expected + 1
        self._version_claimed = True


class MarkdownModel(models.Model):
    """Renders each field named in ``markdown_fields`` into ``<field>_html`` when saved.

    Rendering once on save keeps pages fast and means templates only ever print sanitised HTML.
    """

    markdown_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.render_markdown_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            rendered = {f"{n}_html" for n in self.markdown_fields if n in update_fields}
            kwargs["update_fields"] = set(update_fields) | rendered
        super().save(*args, **kwargs)

    def clean_fields(self, exclude=None):
        """Refuse Markdown too long or too deeply nested to render at a bounded cost."""
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in self.markdown_fields:
            if exclude and name in exclude:
                continue
            try:
                validate_markdown(getattr(self, name))
            except ValidationError as error:
                errors.setdefault(name, []).extend(error.error_list)
        if errors:
            raise ValidationError(errors)

    def render_markdown_fields(self):
        for name in self.markdown_fields:
            setattr(self, f"{name}_html", render_markdown(getattr(self, name)))


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


@reversion.register()
class Page(VersionedModel, MarkdownModel):
    """A piece of site text editors keep up to date, such as the home page introduction."""

    slug = models.SlugField(
        unique=True, help_text="Where the text is used: 'home' is the home page introduction."
    )
    title = models.CharField(max_length=200)
    body = models.TextField(help_text="Markdown.")
    body_html = models.TextField(editable=False, blank=True)
    updated = models.DateTimeField(auto_now=True)

    markdown_fields = ("body",)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.title


# Editorial review lives in its own module of this app.
from .review.models import (  # noqa: E402, F401
    PendingRevision,
    Review,
    ReviewerProfile,
    ReviewSource,
)

# Search's word list lives with the rest of search; importing it here registers it with the app.
from .search.models import SearchTrigram, SearchWord  # noqa: E402, F401
