"""Backsite's founding content: the texts in ``content.py`` and the loader that adds them."""
