"""What every Backsite app shares: Markdown stored beside its rendered HTML, and visibility."""

from django.db import models

from .markdown import render_markdown


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

    def render_markdown_fields(self):
        for name in self.markdown_fields:
            setattr(self, f"{name}_html", render_markdown(getattr(self, name)))


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Page(MarkdownModel):
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
