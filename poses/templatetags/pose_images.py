"""`{% pose_picture pose "card" %}`: a pose's image as a responsive picture, or a placeholder."""

from django import template

register = template.Library()

SIZES = ("card", "detail", "step")
PLACEHOLDER_WIDTH, PLACEHOLDER_HEIGHT = 640, 480


@register.inclusion_tag("includes/pose_picture.html")
def pose_picture(pose, size="card", eager=False):
    if size not in SIZES:
        raise template.TemplateSyntaxError(f"pose_picture size must be one of {', '.join(SIZES)}.")
    context = {"pose": pose, "size": size, "eager": eager, "has_image": bool(pose.image)}
    if pose.image:
        context.update(src=pose.image.url, alt=pose.image_alt)
    else:
        context.update(
            alt=f"No picture yet of {pose.english_name}",
            width=PLACEHOLDER_WIDTH,
            height=PLACEHOLDER_HEIGHT,
        )
    return context
