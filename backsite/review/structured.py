"""Structured data for search engines: a schema.org MedicalWebPage around each reviewed page.

Each app's model describes its own main entity (``structured_data(absolute)``: a HowTo, a Muscle, a
MedicalCondition); this module wraps it with the review and the sources, and writes the JSON-LD.
"""

import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from backsite.markdown import plain_text

# As Django's json_script: JSON whose text can never close the script element or start markup.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
_LIST_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)


def list_items(html):
    """The text of each item of the lists in rendered Markdown, such as a pose's numbered steps."""
    return [text for item in _LIST_ITEM.findall(html) if (text := plain_text(item))]


def iso_duration(seconds):
    """An ISO 8601 duration, as schema.org's totalTime wants it: 750 -> 'PT12M30S'."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text + (f"{seconds}S" if seconds or text == "PT" else "")


def reviewer(review):
    if review.reviewer_kind == review.Kind.ORGANISATION:
        return {"@type": "Organization", "name": review.reviewer_name}
    person = {"@type": "Person", "name": review.reviewer_name}
    if review.reviewer_credentials:
        person["jobTitle"] = review.reviewer_credentials
    return person


def medical_web_page(page, review, absolute, sources=()):
    """The page as a MedicalWebPage: its main entity, and lastReviewed/reviewedBy when reviewed."""
    url = absolute(page.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "url": url,
        "name": str(page),
        "inLanguage": "en-GB",
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "mainEntity": page.structured_data(absolute),
    }
    citations = [(s.title, s.url) for s in sources]
    if review is not None:
        data["lastReviewed"] = review.reviewed_on.isoformat()
        data["reviewedBy"] = reviewer(review)
        citations += [(s.title, s.url) for s in review.sources.all()]
    if citations:
        seen = {}
        for title, address in citations:
            seen.setdefault(address, title)
        data["citation"] = [
            {"@type": "CreativeWork", "name": title, "url": address}
            for address, title in seen.items()
        ]
    return data


def json_ld(data):
    """A ``<script type="application/ld+json">`` element: data, never run, so the CSP allows it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
