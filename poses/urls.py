from django.urls import path

from . import views

app_name = "poses"

urlpatterns = [
    path("", views.PoseListView.as_view(), name="list"),
    path("<slug:slug>/", views.PoseDetailView.as_view(), name="detail"),
]
