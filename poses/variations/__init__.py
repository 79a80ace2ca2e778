"""Variations: typed links from a pose to easier or harder poses, shown on pose pages as a ladder.

The model lives in ``models.py`` here and belongs to the ``poses`` app (``poses/models.py``
imports it), like the safety model in ``poses/conditions``.
"""
