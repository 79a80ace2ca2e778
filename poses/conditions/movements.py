"""The fixed list of spinal movements and loads a pose can involve.

Migration 0004 created these rows (with its own frozen copy of the list). ``ensure_movements()``
puts back any a database has lost, for example one emptied by ``flush``, before founding content
that names them is loaded.
"""

from .models import Movement

FIXED = [
    ("flexion", "Bending forward"),
    ("extension", "Bending backward"),
    ("rotation", "Twisting"),
    ("side-bend", "Side-bending"),
    ("neutral", "Neutral or stabilising"),
    ("spinal-load", "Load through the spine"),
    ("head-below-heart", "Head below the heart"),
    ("wrist-load", "Weight on the wrists"),
    ("kneeling", "Kneeling"),
    ("prone", "Lying on the front"),
    ("supine", "Lying on the back"),
]


def ensure_movements():
    """Every fixed movement by slug, creating only those that are missing (names are kept)."""
    movements = {movement.slug: movement for movement in Movement.objects.all()}
    for order, (slug, name) in enumerate(FIXED, start=1):
        if slug not in movements:
            movements[slug] = Movement.objects.create(slug=slug, name=name, order=order)
    return movements
