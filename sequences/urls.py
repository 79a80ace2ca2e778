from django.urls import path

from . import practice, views

app_name = "sequences"

urlpatterns = [
    path("", views.SequenceListView.as_view(), name="list"),
    path("<slug:slug>/", views.SequenceDetailView.as_view(), name="detail"),
    path("<slug:slug>/practice/", practice.PracticeView.as_view(), name="practice"),
]
