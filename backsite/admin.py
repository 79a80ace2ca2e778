from django.contrib import admin

from .models import Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "updated")
    search_fields = ("title", "slug", "body")
    prepopulated_fields = {"slug": ("title",)}
    fields = ("title", "slug", "body")
