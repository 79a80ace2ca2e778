from django.urls import path

from . import views

app_name = "practice"

urlpatterns = [
    path("build/", views.BuilderView.as_view(), name="build"),
    path("build/play/", views.BuiltPracticeView.as_view(), name="play"),
]
