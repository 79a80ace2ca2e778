"""Markdown has a bounded cost: oversize or over-nested text is refused when saved, and the most
hostile text that can be saved renders quickly, without RecursionError.

The bound is a child process with a timeout (a few seconds), not a timed assertion: Python-Markdown
took over three minutes on 20,000 ``[`` characters and raised RecursionError on a list nested 260
deep, so a regression to that kind of cost fails here whatever the machine's load.
"""

import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from backsite.markdown import MAX_LIST_DEPTH, list_depth, render_markdown, validate_markdown
from poses.models import Pose
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory
from tests.test_admin import change_form_data, errors_of, url

LIMIT = 20_000
RENDER_TIMEOUT = 5  # seconds for one hostile text, start-up of the child process included

# The most hostile text of each kind, as long as validation allows.
HOSTILE = {
    "open brackets": "[" * LIMIT,
    "image brackets": "![" * (LIMIT // 2),
    "brackets and words": "[a" * (LIMIT // 2),
    "unclosed links": "[](" * (LIMIT // 3),
    "brackets then parens": "[" * (LIMIT // 2) + "](" * (LIMIT // 4),
    "asterisks": "*" * LIMIT,
    "underscores": "_" * LIMIT,
    "backticks": "`" * LIMIT,
    "mixed emphasis": "*a _b **c " * (LIMIT // 10),
    "links": "[a](https://b.example)" * (LIMIT // 22),
    "reference definitions": "[a]: " * (LIMIT // 5),
    "angle brackets": "<" * LIMIT,
    "raw tags": "<div>" * (LIMIT // 5),
    "entities": "&#" * (LIMIT // 2),
    "autolinks": "<http://a" * (LIMIT // 9),
    "quotes": "'\"" * (LIMIT // 2),
    "quote markers": ">" * LIMIT,
    "list markers": "- " * (LIMIT // 2),
    "table": "|a|\n|-|\n" + "|x|\n" * ((LIMIT - 8) // 4),
    "pipes": "|" * (LIMIT // 2 - 1) + "\n" + "|-" * (LIMIT // 4),
    "abbreviations": "".join(f"*[A{i}]: t\n" for i in range(60)) + "A1 " * 6000,
    "heading with spaces": "# a" + " " * (LIMIT - 11) + "b {: #x}",
}


def render_in_child(text):
    """Render in a separate process, which is killed if it takes longer than the bound."""
    code = (
        "import sys; from backsite.markdown import render_markdown; "
        "html = render_markdown(sys.stdin.read()); print(len(html))"
    )
    return subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code],
        input=text,
        capture_output=True,
        text=True,
        timeout=RENDER_TIMEOUT,
        cwd=settings.BASE_DIR,
        check=False,
    )


def test_the_limit_is_the_setting():
    assert settings.MARKDOWN_MAX_LENGTH == LIMIT


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_most_hostile_text_that_can_be_saved_renders_within_the_bound(text):
    assert len(text) <= LIMIT  # not too long to save; a few are refused for their nesting
    try:
        validate_markdown(text)
    except ValidationError as refused:
        assert refused.code == "markdown_too_deep"
    result = render_in_child(text)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "RecursionError" not in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "".join("  " * i + "- x\n" for i in range(260)),
        "- " * 260 + "x",
        "> " * 260 + "x",
        "".join(">" * i + " x\n" for i in range(260)),
        "1. " * 260 + "x",
    ],
    ids=["indented list", "list markers on one line", "quotes", "quote lines", "numbered"],
)
def test_nesting_260_deep_renders_and_is_refused(text):
    result = render_in_child(text)
    assert result.returncode == 0, result.stderr[-2000:]
    render_markdown(text)  # in this process too: no RecursionError
    if len(text) <= LIMIT:
        with pytest.raises(ValidationError) as refused:
            validate_markdown(text)
        assert refused.value.code == "markdown_too_deep"


def test_ordinary_nesting_is_kept():
    text = "".join("  " * i + "- level\n" for i in range(6))
    assert list_depth(text) == 6
    validate_markdown(text)
    assert render_markdown(text).count("<ul>") == 6


def test_nesting_up_to_the_limit_is_allowed_and_rendered():
    text = "> " * MAX_LIST_DEPTH + "deep"
    validate_markdown(text)
    assert render_markdown(text).count("<blockquote>") == MAX_LIST_DEPTH
    with pytest.raises(ValidationError):
        validate_markdown("> " + text)


def test_64_kilobytes_of_brackets_are_refused_and_still_render_within_the_bound():
    text = "[" * 65536
    with pytest.raises(ValidationError) as refused:
        validate_markdown(text)
    assert refused.value.code == "markdown_too_long"
    # Saved by some other way (a script, an old backup), it still cannot tie up a worker.
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import sys; from backsite.markdown import render_markdown; "
            "render_markdown(sys.stdin.read())",
        ],  # fmt: skip
        input=text,
        capture_output=True,
        text=True,
        timeout=RENDER_TIMEOUT * 2,
        cwd=settings.BASE_DIR,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.django_db
def test_the_admin_refuses_an_oversize_text_with_a_clear_message_and_keeps_the_rest(
    editor_client,
):
    pose = PoseFactory(steps="1. Lie down.")
    data = change_form_data(editor_client.get(url(Pose, "change", pose.pk)))
    data["steps"] = "x" * (LIMIT + 1)
    data["summary"] = "A new summary the editor typed."
    response = editor_client.post(url(Pose, "change", pose.pk), data)
    assert response.status_code == 200
    assert (
        "This text is 20,001 characters long; the most it can be is 20,000. "
        "Shorten it, or split it between fields."
    ) in errors_of(response)
    assert "A new summary the editor typed." in response.content.decode()
    pose.refresh_from_db()
    assert pose.steps == "1. Lie down."


@pytest.mark.django_db
def test_the_admin_refuses_deep_nesting_in_a_step_note(editor_client):
    sequence = SequenceFactory()
    SequenceStepFactory(sequence=sequence, notes="Breathe.")
    data = change_form_data(editor_client.get(url(type(sequence), "change", sequence.pk)))
    data["steps-0-notes"] = "- " * 260 + "x"
    response = editor_client.post(url(type(sequence), "change", sequence.pk), data)
    assert response.status_code == 200
    assert any("nested more than 20 levels deep" in str(error) for error in errors_of(response))


@pytest.mark.django_db
def test_the_limit_follows_the_setting(editor_client, settings):
    settings.MARKDOWN_MAX_LENGTH = 100
    pose = PoseFactory()
    data = change_form_data(editor_client.get(url(Pose, "change", pose.pk)))
    data["cautions"] = "y" * 101
    response = editor_client.post(url(Pose, "change", pose.pk), data)
    assert "the most it can be is 100" in " ".join(map(str, errors_of(response)))
