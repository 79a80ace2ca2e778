"""Site text for the home page: `{% home_introduction %}` and `{% safety_note %}`."""

from django import template

from backsite.models import Page

register = template.Library()


@register.inclusion_tag("includes/home/introduction.html")
def home_introduction(part="all"):
    """The "home" site text: its title as the page heading ("title"), its text ("body"), or both."""
    return {"introduction": Page.objects.filter(slug="home").first(), "part": part}


@register.inclusion_tag("includes/home/safety.html")
def safety_note():
    return {"safety": Page.objects.filter(slug="safety").first()}
