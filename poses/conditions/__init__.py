"""Conditions a visitor may live with, the movements of each pose, and each pose's verdicts.

The models live in ``models.py`` here and belong to the ``poses`` app (``poses/models.py`` imports
them), so migrations, the admin and permissions treat them like any other pose model.
"""
