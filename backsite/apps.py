from django.apps import AppConfig


class BacksiteConfig(AppConfig):
    name = "backsite"
    verbose_name = "Site text"
