"""Screenshots of every kind of page for the README's gallery: phone and desktop, light and dark.

    make gallery                                        # serves the site and shoots it
    .venv/bin/python scripts/gallery.py http://127.0.0.1:8000   # against a site already running

Each shot is the first screen a visitor sees (375 x 812 on a phone, 1280 x 800 on a desktop),
saved as a small WebP into static/img/gallery/ (about 2 MB for all of them). The site must hold
the founding content (`make db`). Open the pictures before committing them.
"""

import io
import shutil
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

FOLDER = Path(__file__).resolve().parent.parent / "static" / "img" / "gallery"
PAGES = {
    "home": "/",
    "library": "/poses/",
    "pose": "/poses/cobra/",
    "sequences": "/sequences/",
    "sequence": "/sequences/back-pain-flow/",
    "practice": "/sequences/back-pain-flow/practice/",
    "anatomy": "/anatomy/",
    "muscle": "/anatomy/deep/erector-spinae/",
    "my-back": "/my-back/",
    "search": "/search/?q=twist",
}
SCREENS = {"phone": (375, 812), "desktop": (1280, 800)}
SCHEMES = ("light", "dark")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"]


def shoot(base):
    FOLDER.mkdir(parents=True, exist_ok=True)
    total = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        for scheme in SCHEMES:
            for screen, (width, height) in SCREENS.items():
                context = browser.new_context(
                    viewport={"width": width, "height": height}, color_scheme=scheme
                )
                page = context.new_page()
                for name, path in PAGES.items():
                    page.goto(base.rstrip("/") + path, wait_until="networkidle")
                    png = page.screenshot(animations="disabled")
                    target = FOLDER / f"{name}-{screen}-{scheme}.webp"
                    Image.open(io.BytesIO(png)).save(target, "WEBP", quality=72, method=6)
                    total += target.stat().st_size
                    print(f"{target.relative_to(FOLDER.parent.parent.parent)}")
                context.close()
        browser.close()
    print(f"{total / 1024:.0f} KB in all")


if __name__ == "__main__":
    shoot(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
