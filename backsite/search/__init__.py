"""Backsite's one search, the same on SQLite and PostgreSQL (see README, "Search").

text.py normalises words, trigram.py scores typos, models.py holds what a searchable model carries
and its queryset methods, backends.py speaks to each database, schema.py keeps their indexes, and
excerpts.py cuts the highlighted excerpts shown with results.
"""
