from django.apps import AppConfig


def refresh_statistics(using="default", **kwargs):
    """Give SQLite's query planner the sizes of tables and indexes (PostgreSQL's autovacuum keeps
    its own). Without them SQLite may walk the whole pose library's index to find the handful of
    poses a tip or a verdict links to. Runs after every migrate; after a big import, run it again
    (`python manage.py migrate`). analysis_limit keeps it to a fraction of a second."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA analysis_limit = 1000")
            cursor.execute("ANALYZE")


class BacksiteConfig(AppConfig):
    name = "backsite"
    verbose_name = "Site text"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .cache import connect_signals
        from .search.schema import ensure_search_indexes, rebuild_vocabulary
        from .signals import content_restored

        connect_signals()
        post_migrate.connect(ensure_search_indexes, sender=self, dispatch_uid="search-indexes")
        post_migrate.connect(refresh_statistics, sender=self, dispatch_uid="planner-statistics")
        content_restored.connect(rebuild_vocabulary, dispatch_uid="search-vocabulary")
