"""`{% back_map %}`: the schematic map of the back muscles, drawn once in one include.

- `{% back_map peel=True %}` on the anatomy page: every layer, with the layer control (added by
  static/js/back-map.js; without it every layer shows).
- `{% back_map group=group %}`: that layer shown, the others faded.
- `{% back_map muscle=muscle %}`: that muscle (and its parts) highlighted in place.
- `{% back_map roles=muscles_by_role %}` on a pose page: the muscles it stretches, strengthens and
  stabilises (a muscle's parts with it), each role with its own fill pattern and outline, and a
  legend.

One query finds the muscles that have a shape; a muscle without one is simply not drawn. The
drawn map (about 11 KB) is kept per content generation for each way of showing it, so a page
rendered again draws nothing (backsite.cache.remember; off in development).
"""

from django import template
from django.template.loader import get_template

from anatomy.back_map import HEIGHT, SHAPES, WIDTH, body_parts
from anatomy.models import Muscle
from backsite.cache import remember

register = template.Library()


def _layers(muscles):
    """Map layers with their shapes, from the deepest (drawn first) to the surface."""
    layers = {}
    for muscle in muscles:
        group = muscle.group
        layer = layers.setdefault(
            group.pk, {"group": group, "slug": group.slug, "depth": group.depth, "shapes": []}
        )
        layer["shapes"].append({"muscle": muscle, "d": SHAPES[muscle.slug][1], "classes": []})
    # Within a layer, draw in the map's own order so parts lie on top of the whole they belong to.
    order = {slug: index for index, slug in enumerate(SHAPES)}
    for layer in layers.values():
        layer["shapes"].sort(key=lambda shape: order[shape["muscle"].slug])
    return sorted(layers.values(), key=lambda layer: -layer["depth"])


@register.simple_tag
def back_map(group=None, muscle=None, roles=None, peel=False):
    shown_roles = None
    if roles is not None:
        shown_roles = tuple((role, tuple(m.pk for m in muscles)) for _label, role, muscles in roles)
    key = (getattr(group, "pk", None), getattr(muscle, "pk", None), shown_roles, bool(peel))
    return remember(
        f"back-map:{key!r}",
        lambda: get_template("anatomy/includes/back_map.html").render(
            _map_context(group, muscle, roles, peel)
        ),
    )


def _map_context(group, muscle, roles, peel):
    muscles = Muscle.objects.filter(slug__in=list(SHAPES)).select_related("group")
    layers = _layers(muscles)
    mode = "all"
    present_roles = []
    if group is not None:
        mode = "layer"
        for layer in layers:
            layer["state"] = "current" if layer["group"].pk == group.pk else "faded"
        # The layer in focus is drawn last, on top of the others.
        layers.sort(key=lambda layer: layer["state"] == "current")
    elif muscle is not None:
        mode = "muscle"
        for layer in layers:
            for shape in layer["shapes"]:
                shown = shape["muscle"]
                current = shown.pk == muscle.pk or shown.parent_id == muscle.pk
                shape["classes"].append("is-current" if current else "is-faded")
    elif roles is not None:
        mode = "pose"
        wanted = {}
        for _label, role, role_muscles in roles:
            for role_muscle in role_muscles:
                wanted.setdefault(role_muscle.pk, []).append(role)
        for layer in layers:
            for shape in layer["shapes"]:
                shown = shape["muscle"]
                # A muscle's parts share its roles: the erector spinae is all three columns.
                shape_roles = wanted.get(shown.pk) or wanted.get(shown.parent_id, [])
                shape["roles"] = shape_roles
                shape["classes"] += [f"is-{role}" for role in shape_roles] or ["is-faded"]
        present_roles = [(role, label) for label, role, _muscles in roles]
    for layer in layers:
        for shape in layer["shapes"]:
            shape["class"] = " ".join(shape["classes"])
    return {
        "layers": layers,
        "mode": mode,
        "peel": peel,
        "roles": present_roles,
        "body": body_parts(),
        "width": WIDTH,
        "height": HEIGHT,
    }
