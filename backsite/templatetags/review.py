"""A reviewed page's trust signals: `{% latest_review page as review %}`, the "Reviewed by" note
(templates/includes/review.html) and `{% json_ld page review %}`."""

from django import template

from backsite.models import Review
from backsite.review.structured import json_ld as json_ld_script
from backsite.review.structured import medical_web_page

register = template.Library()


@register.simple_tag
def latest_review(page):
    return Review.objects.latest_for(page)


@register.simple_tag(takes_context=True)
def json_ld(context, page, review, sources=()):
    request = context["request"]
    return json_ld_script(medical_web_page(page, review, request.build_absolute_uri, sources))
