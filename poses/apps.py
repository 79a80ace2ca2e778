from django.apps import AppConfig


class PosesConfig(AppConfig):
    name = "poses"
    verbose_name = "Poses"

    def ready(self):
        from . import signals  # noqa: F401  (connects the image clean-up receivers)
