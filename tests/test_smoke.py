from poses.models import Pose
from tests.factories import PoseFactory


def test_pose_search_ignores_diacritics(db):
    PoseFactory(english_name="Cobra", sanskrit_name="Bhujaṅgāsana")
    assert Pose.objects.search("bhujangasana").get().english_name == "Cobra"
    assert Pose.objects.search("BHUJAṄGĀSANA").count() == 1
