"""What one upload costs a web worker in memory: the header is read, the pixels are not decoded.

A small PNG can decode to a huge image: 116 KB of one flat colour is 40 megapixels, 120 MB as RGB
and 160 MB as RGBA. The web request only reads its header and checks its chunks; the worker
decodes it. Each case runs in a fresh Python process and reads that process's peak resident
memory (Pillow's pixel memory is outside tracemalloc's view): the peak is reset to what is resident
just before the upload (Linux's /proc/self/clear_refs), then read after it.
"""

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
WEB_BUDGET_MIB = 150
# 7300 × 5466 = 39.9 megapixels, just under the 40-megapixel limit.
WIDTH, HEIGHT = 7300, 5466

CHILD = """
import json, sys, time, django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from poses.images import PoseImageFormField, clean_image

def status_mib(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024

def reset_peak():
    # Linux: writing 5 to clear_refs resets the peak (VmHWM) to what is resident now.
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")

path, where = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
warm = open(sys.argv[3], "rb").read()
field = PoseImageFormField()
field.clean(SimpleUploadedFile("warm.png", warm))  # Pillow's plugins, Django's storage: loaded
reset_peak()
before = status_mib("VmRSS")
started = time.perf_counter()
if where == "web":
    field.clean(SimpleUploadedFile("flat.png", data, content_type="image/png"))
else:
    with open(path, "rb") as fp:
        image, alpha = clean_image(fp)
seconds = time.perf_counter() - started
print(json.dumps({"before": before, "after": status_mib("VmHWM"), "seconds": seconds}))
"""


def flat_png(path, mode):
    """A PNG of one flat colour, written row by row so this process never holds its pixels."""
    channels = {"RGB": 3, "RGBA": 4}[mode]
    colour_type = {"RGB": 2, "RGBA": 6}[mode]

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" + bytes((200, 180, 150, 255)[:channels]) * WIDTH
    parts = [compressor.compress(row) for _ in range(HEIGHT)]
    parts.append(compressor.flush())
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, colour_type, 0, 0, 0)))
        out.write(chunk(b"IDAT", b"".join(parts)))
        out.write(chunk(b"IEND", b""))
    return path


def cost_mib(tmp_path, image, where):
    warm = tmp_path / "warm.png"
    Image.new("RGB", (8, 8)).save(warm, format="PNG")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "backsite.settings",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", CHILD, str(image), where, str(warm)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    return measured["after"] - measured["before"], measured["seconds"]


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_a_40_megapixel_png_of_116_kb_costs_a_web_worker_a_few_mib(tmp_path, mode):
    image = flat_png(tmp_path / f"flat-{mode}.png", mode)
    assert image.stat().st_size < 200 * 1024  # a small file...
    web, web_seconds = cost_mib(tmp_path, image, "web")
    assert web < WEB_BUDGET_MIB, f"one upload cost the web worker {web:.0f} MiB"
    # ...that the worker really does decode: the check above measures something.
    worker, worker_seconds = cost_mib(tmp_path, image, "worker")
    assert worker > 100, f"decoding cost the worker only {worker:.0f} MiB"
    print(
        f"{mode}: web worker +{web:.1f} MiB in {web_seconds:.2f} s; "
        f"image worker +{worker:.0f} MiB in {worker_seconds:.1f} s"
    )
