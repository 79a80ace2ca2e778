from django.apps import AppConfig


class BacksiteConfig(AppConfig):
    name = "backsite"
    verbose_name = "Site text"

    def ready(self):
        from .cache import connect_signals

        connect_signals()
