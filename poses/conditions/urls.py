from django.urls import path

from . import views

app_name = "my_back"

urlpatterns = [
    path("", views.MyBackView.as_view(), name="index"),
    # Before the condition pages: Condition.slug refuses this address.
    path("see-a-doctor/", views.SeeADoctorView.as_view(), name="see_a_doctor"),
    path("<slug:slug>/", views.ConditionView.as_view(), name="condition"),
]
