"""What a newcomer types: `make help` lists every target, `make run` installs only what serving
needs, and `make test` gets the browser it needs or says in one command how to get it."""

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def phony_targets():
    text = (ROOT / "Makefile").read_text()
    declared = re.search(r"^\.PHONY:(.*?)(?<!\\)$", text, re.M | re.S).group(1)
    return set(declared.replace("\\", " ").split())


def make(*args):
    """`make` in the checkout, run for real or dry (-n); the output as text."""
    return subprocess.run(  # noqa: S603 - make from the PATH, with our own arguments
        ["make", "--no-print-directory", *args],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout


def test_make_help_lists_every_target_with_what_it_does():
    output = make("help")
    listed = dict(re.findall(r"^make (\S+)\s+(.+)$", output, re.M))
    assert phony_targets() == set(listed)
    assert all(description.strip() for description in listed.values())


def test_make_run_installs_only_the_runtime_lock_and_make_test_adds_the_tools():
    dry = make("-n", "-B", "install")
    assert "-r requirements.lock" in dry
    assert "requirements-dev.lock" not in dry
    assert "--quiet" not in dry  # the newcomer sees each package go by
    dry = make("-n", "-B", "test")
    for step in ("-r requirements-dev.lock", "lint-imports", "djlint", "ensure-chromium", "pytest"):
        assert step in dry, step


@pytest.mark.skipif(os.geteuid() != 0, reason="running the check as another user needs root")
def test_without_chromium_or_root_make_test_stops_with_the_one_command():
    """As an unprivileged user, on a PATH without Chromium, the check names the install command."""
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("setpriv (util-linux) is not installed")
    # A folder the unprivileged user can read (pytest's tmp_path is private to root).
    bin_dir = Path(tempfile.mkdtemp(prefix="backsite-path-"))
    bin_dir.chmod(0o755)
    for tool in ("sh", "id", "apt-get", "sudo", "env"):
        if found := shutil.which(tool):
            (bin_dir / tool).symlink_to(found)
    # A copy of the script there too: the checkout itself may be private to root (mktemp -d).
    script = bin_dir / "ensure-chromium"
    shutil.copy(ROOT / "scripts" / "ensure-chromium", script)
    script.chmod(0o755)
    result = subprocess.run(  # noqa: S603 - our own script, as the unprivileged user
        [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "sh", str(script)],
        env={"PATH": str(bin_dir)},
        capture_output=True,
        text=True,
    )
    shutil.rmtree(bin_dir)
    assert result.returncode == 1
    assert "sudo sh -c 'apt-get update && apt-get install -y chromium fonts-dejavu-core'" in (
        result.stderr
    )


def test_with_chromium_on_the_path_the_check_does_nothing():
    if not shutil.which("chromium"):
        pytest.fail("Chromium is missing: run `make chromium`.")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "ensure-chromium")], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout == result.stderr == ""
