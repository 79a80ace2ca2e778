"""The tags box in the pose admin: existing tags offered as the editor types.

The page works without script: a <datalist> beside the box offers every existing tag for the first
one typed. static/js/admin-tags.js then offers them for whichever tag is being typed after a
comma. Tags ignore case (TAGGIT_CASE_INSENSITIVE), so "Gentle" typed here joins "gentle".
"""

from django.forms import Script
from django.utils.html import format_html, format_html_join
from taggit.forms import TagWidget
from taggit.models import Tag


class TagSuggestionsInput(TagWidget):
    class Media:
        js = [Script("js/admin-tags.js", type="module")]

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        list_id = f"{attrs.get('id') or name}-suggestions"
        attrs.update(list=list_id, autocomplete="off", **{"data-tag-suggestions": ""})
        box = super().render(name, value, attrs, renderer)
        names = Tag.objects.order_by("name").values_list("name", flat=True)
        options = format_html_join("", '<option value="{}"></option>', ((n,) for n in names))
        return format_html('{}<datalist id="{}">{}</datalist>', box, list_id, options)
