from django.urls import path

from .conditions import views as adapted

app_name = "poses"

urlpatterns = [
    path("", adapted.AdaptedPoseListView.as_view(), name="list"),
    path("<slug:slug>/", adapted.AdaptedPoseDetailView.as_view(), name="detail"),
]
