"""The admin's live Markdown preview: exactly what visitors will see, and what was taken out.

Beside every Markdown field of a content admin (``MarkdownPreviewMixin``), a small module
(static/js/admin-preview.js) posts the text to ``markdown_preview`` as the editor types. The view
renders it with the one sanitiser every page uses (backsite/markdown.py) and says in words what the
sanitiser removed. It answers only signed-in staff who may add or change the model, and only with a
valid CSRF token.
"""

from collections import Counter
from html.parser import HTMLParser

from django.apps import apps
from django.forms import Media, Script
from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, PARSER, max_length
from .markdown import render_markdown as sanitised

# How a removed element is named to an editor; others are "<tag> element".
ELEMENT_NAMES = {
    "script": "script",
    "style": "style block",
    "iframe": "embedded frame",
    "object": "embedded object",
    "embed": "embedded object",
    "img": "image (pictures go in the image fields)",
    "form": "form",
    "input": "form field",
    "button": "button",
    "h1": "top-level heading (use ## for a heading)",
    "svg": "drawing",
    "video": "video",
    "audio": "sound",
    "link": "link element",
    "meta": "meta element",
    "div": "div element",
    "span": "span element",
}
# Attributes the parser adds itself and nobody typed (a code block's language), never reported.
QUIET_ATTRIBUTES = {("code", "class")}


class _Removed(HTMLParser):
    """Collects what nh3, with the site's allowlist, removes from rendered Markdown."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = Counter()

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.found[ELEMENT_NAMES.get(tag, f"{tag} element")] += 1
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                if (tag, name) not in QUIET_ATTRIBUTES:
                    self.found[f"{name} attribute"] += 1
            elif name == "href" and value and not _allowed_url(value):
                self.found["link to a " + value.split(":", 1)[0].strip().lower() + ": address"] += 1

    handle_startendtag = handle_starttag

    def handle_comment(self, data):
        self.found["comment"] += 1


def _allowed_url(value):
    scheme, colon, rest = value.partition(":")
    if not colon or "/" in scheme or "?" in scheme or "#" in scheme:
        return True  # a relative address
    return scheme.strip().lower() in ALLOWED_URL_SCHEMES


def _article(label):
    return "an" if label[0] in "aeiou" else "a"


def removed_report(text: str) -> str:
    """One sentence naming what the sanitiser takes out of ``text``, or "" if nothing."""
    if not text or not text.strip():
        return ""
    collector = _Removed()
    collector.feed(PARSER.render(text))
    collector.close()
    parts = []
    for label, count in collector.found.items():
        if count == 1:
            parts.append(f"{_article(label)} {label}")
        else:
            head, _, tail = label.partition(" (")
            plural = f"{head}s" + (f" ({tail}" if tail else "")
            parts.append(f"{count} {plural}")
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    verb = "was" if len(parts) == 1 and collector.found.total() == 1 else "were"
    return f"{listed[0].upper()}{listed[1:]} {verb} removed."


def _refuse(message, status):
    return JsonResponse({"detail": message}, status=status)


@never_cache
@require_POST
def markdown_preview(request):
    """POST ``model`` ("app_label.model_name") and ``text``: the HTML visitors would see."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return _refuse("Sign in to the admin to preview.", 403)
    label = request.POST.get("model", "")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return _refuse("There is no such kind of content.", 400)
    if not getattr(model, "markdown_fields", ()):
        return _refuse("This kind of content has no Markdown to preview.", 400)
    opts = model._meta
    if not (
        user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
        or user.has_perm(f"{opts.app_label}.add_{opts.model_name}")
    ):
        return _refuse(
            f"You may not edit {opts.verbose_name_plural}, so you cannot preview them.", 403
        )
    text = request.POST.get("text", "")
    if len(text) > max_length():
        return _refuse(
            f"This text is longer than {max_length():,} characters; shorten it to preview it.", 400
        )
    return JsonResponse({"html": sanitised(text), "removed": removed_report(text)})


class MarkdownPreviewMixin:
    """For a ModelAdmin or an inline: marks each Markdown field for the live preview."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.name in getattr(self.model, "markdown_fields", ()):
            mark_for_preview(field.widget, self.model)
        return field

    @property
    def media(self):
        return super().media + preview_media()


def mark_for_preview(widget, model):
    widget.attrs.update(
        {
            "data-markdown-preview": model._meta.label_lower,
            "data-preview-url": reverse("markdown_preview"),
        }
    )


def preview_media():
    return Media(
        css={"all": ["css/admin-preview.css"]},
        js=[Script("js/admin-preview.js", type="module")],
    )
