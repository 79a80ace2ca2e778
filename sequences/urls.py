from django.urls import path

from . import practice, safety_views, views

app_name = "sequences"

urlpatterns = [
    path("", views.SequenceListView.as_view(), name="list"),
    path("<slug:slug>/", safety_views.AdaptedSequenceDetailView.as_view(), name="detail"),
    path("<slug:slug>/practice/", practice.PracticeView.as_view(), name="practice"),
    path("<slug:slug>/safer/", safety_views.SaferSequenceView.as_view(), name="safer"),
]
