"""The "My back" control in the header of every page: `{% my_back_control %}`."""

from django import template

from ..conditions.selection import read_choice

register = template.Library()


@register.inclusion_tag("my_back/control.html", takes_context=True)
def my_back_control(context):
    # The form reloads the page it is on with the new choice only: other parameters (filters,
    # page numbers) are the page's own business, and echoing them back unchecked is not ours.
    request = context["request"]
    choice = read_choice(request)
    return {"request": request, "my_back": choice, "chosen": choice.chosen_slugs}
