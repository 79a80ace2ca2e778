from django.apps import AppConfig


class PosesConfig(AppConfig):
    name = "poses"
    verbose_name = "Poses"
