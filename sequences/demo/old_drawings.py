"""Founding poses set up by an older Backsite carry its stick-figure JPEG as their image, and an
image always wins over the new figure. `load_demo` takes such a drawing away, but only one that is
exactly as the older `load_demo` attached it: its file name and the description it wrote. A photo
or a description an editor changed is never touched.
"""

import re


def old_drawing_alt(english_name, founding_alt):
    """The description the older load_demo gave its drawing."""
    alt = founding_alt.strip()
    if not alt:
        return f"Line drawing of a figure in {english_name}."
    if english_name.lower() in alt.lower():
        return alt
    alt = f"{english_name}: {alt}"
    if len(alt) > 250:
        alt = alt[:249].rsplit(" ", 1)[0] + "…"
    return alt


def is_old_drawing(pose, founding_alt):
    name = pose.image.name if pose.image else ""
    # "poses/cobra.png", or with the suffix storage adds when the name was taken.
    attached = re.fullmatch(rf"poses/{re.escape(pose.slug)}(_[A-Za-z0-9]{{7}})?\.(png|jpe?g)", name)
    return bool(attached) and pose.image_alt == old_drawing_alt(pose.english_name, founding_alt)


def retire_old_drawing(pose, founding_alt):
    """Remove the older drawing from a founding pose; True when it did."""
    if not is_old_drawing(pose, founding_alt):
        return False
    pose.image = ""
    pose.image_renditions = {}
    pose.save()
    return True
