"""Signals the shared base sends, for the apps above it to act on without being named here."""

from django.dispatch import Signal

# Sent by import_content once a backup's content and media files are in place, with
# ``stdout`` (where to report). An app that derives files from content remakes them here.
content_restored = Signal()
