from django.apps import AppConfig


class BacksiteConfig(AppConfig):
    name = "backsite"
    verbose_name = "Site text"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .cache import connect_signals
        from .search.schema import ensure_search_indexes

        connect_signals()
        post_migrate.connect(ensure_search_indexes, sender=self, dispatch_uid="search-indexes")
