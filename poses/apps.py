from django.apps import AppConfig


class PosesConfig(AppConfig):
    name = "poses"
    verbose_name = "Poses"

    def ready(self):
        from . import restore, signals  # noqa: F401  (connect their receivers)
