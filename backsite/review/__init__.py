"""Editorial review: who checked a page, when, against which sources, and changes awaiting review.

Shared by every app and importing none: a reviewed model is reached through its content type.
"""
