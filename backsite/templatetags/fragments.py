"""`{% per_generation "name" value ... %}…{% endper_generation %}`: a part of a page that is the
same for every visitor, rendered once per content generation and kept (backsite.cache.remember).

Any change to content starts a new generation, so a kept fragment is never stale. The key holds the
site's scheme and host (absolute addresses inside stay right) and the values given. A draft preview
(`is_preview` in the context) is always rendered afresh and never kept. Querysets the fragment reads
stay lazy in the view, so a kept fragment costs no queries.
"""

from django import template

from backsite.cache import remember

register = template.Library()


class PerGenerationNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        if context.get("is_preview"):
            return self.nodelist.render(context)
        values = [part.resolve(context) for part in self.parts]
        request = context.get("request")
        origin = request.build_absolute_uri("/") if request is not None else ""
        name = "fragment:" + "\x1f".join(str(value) for value in [origin, *values])
        return remember(name, lambda: self.nodelist.render(context))


@register.tag
def per_generation(parser, token):
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("per_generation needs a name for the fragment.")
    nodelist = parser.parse(("endper_generation",))
    parser.delete_first_token()
    return PerGenerationNode(nodelist, [parser.compile_filter(bit) for bit in bits])
