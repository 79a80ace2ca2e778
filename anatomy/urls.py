from django.urls import path

from . import views

app_name = "anatomy"

urlpatterns = [
    path("", views.AnatomyIndexView.as_view(), name="index"),
    path("<slug:slug>/", views.MuscleGroupDetailView.as_view(), name="group"),
    path("<slug:group>/<slug:slug>/", views.MuscleDetailView.as_view(), name="muscle"),
]
