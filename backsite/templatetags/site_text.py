"""Site text for the home page: `{% home_introduction %}` and `{% safety_note %}`."""

from django import template

from backsite.models import Page

register = template.Library()


@register.inclusion_tag("includes/home/introduction.html")
def home_introduction():
    return {"introduction": Page.objects.filter(slug="home").first()}


@register.inclusion_tag("includes/home/safety.html")
def safety_note():
    return {"safety": Page.objects.filter(slug="safety").first()}
