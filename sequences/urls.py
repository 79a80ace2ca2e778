from django.urls import path

from . import practice, safety_views, views
from .redirects import following_former_addresses as followed

app_name = "sequences"

urlpatterns = [
    path("", views.SequenceListView.as_view(), name="list"),
    path("<slug:slug>/", followed(safety_views.AdaptedSequenceDetailView).as_view(), name="detail"),
    path("<slug:slug>/practice/", followed(practice.PracticeView).as_view(), name="practice"),
    path("<slug:slug>/safer/", followed(safety_views.SaferSequenceView).as_view(), name="safer"),
]
