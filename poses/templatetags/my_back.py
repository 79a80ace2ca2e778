"""The "My back" control in the header of every page: `{% my_back_control %}`."""

from django import template

from ..conditions.selection import PARAMETER, SHOW_AVOIDED, read_choice

register = template.Library()

# Query parameters the header control keeps when it reloads the page with a new choice.
MAX_KEPT = 8


@register.inclusion_tag("my_back/control.html", takes_context=True)
def my_back_control(context):
    request = context["request"]
    choice = read_choice(request)
    kept = [
        (name, value)
        for name, value in request.GET.items()
        if name not in {PARAMETER, "page", SHOW_AVOIDED}
    ][:MAX_KEPT]
    return {
        "request": request,
        "my_back": choice,
        "chosen": choice.chosen_slugs,
        "kept": kept,
    }
