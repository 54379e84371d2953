"""A real headless Chromium to open the HTML reports in, and invented articles to report on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Running as root (CI, containers) needs --no-sandbox; nothing here loads anything from outside.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
         "--enable-logging=stderr", "--v=0"]

# Invented articles: one carries markup that must stay text wherever it is printed.
CLINICS = """Governor wants $4 million for rural clinics

SANTA FE — Gov. Jane Roe, a Democrat, asked lawmakers on Tuesday for $4 million to keep rural clinics open.

"No family should drive two hours to see a doctor <script>alert('x')</script> in this state," Roe said. \
"We can fix this in one session."

Sen. Tom Poe, a Republican, said the clinics "need a plan, not a blank check \\"><img src=x onerror=alert(1)>" \
before any vote.

Roe said the money would come from the state's reserve fund.
"""

SCHOOLS = """Roe signs school lunch bill

SANTA FE — Gov. Jane Roe signed House Bill 12 on Friday, which pays for free school lunches at a cost of \
$12 million a year.

"Hungry children cannot learn, and now none of them has to try," Roe said at the signing.

Rep. Ann Lee, a Democrat who sponsored the bill, said the state budget can carry the cost for years.
"""


@dataclass
class Browser:
    binary: str

    def run(self, *args: str, timeout: int = 90) -> subprocess.CompletedProcess[str]:
        return subprocess.run([self.binary, *FLAGS, *args], capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "HOME": os.environ.get("HOME", "/tmp")})

    def dump_dom(self, page: Path) -> tuple[str, str]:
        """The page's DOM after loading, and Chromium's log (console messages appear as ``:CONSOLE``)."""
        done = self.run("--dump-dom", page.resolve().as_uri())
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout, done.stderr

    def screenshot(self, page: Path, png: Path, size: str = "1200,1600") -> str:
        done = self.run(f"--screenshot={png}", f"--window-size={size}", "--hide-scrollbars", page.resolve().as_uri(),
                        )
        assert done.returncode == 0 and png.is_file(), done.stderr[-2000:]
        return done.stderr


@pytest.fixture(scope="session")
def browser() -> Browser:
    """A headless Chromium that starts; skipped (failed where CI requires it) when there is none."""
    require = os.environ.get("TRACKER_REQUIRE_CHROMIUM") == "1"
    found = next((b for b in (shutil.which(n) for n in NAMES) if b), None)
    reason = "no chromium on PATH (Debian: apt-get install chromium)"
    if found is not None:
        try:
            done = subprocess.run([found, *FLAGS, "--dump-dom", "data:text/html,<p>ok</p>"], capture_output=True,
                                  text=True, timeout=90)
            if done.returncode == 0 and "<p>ok</p>" in done.stdout:
                return Browser(found)
            reason = f"{found} does not start headless: {done.stderr.strip()[-300:]}"
        except (OSError, subprocess.TimeoutExpired) as e:
            reason = f"{found} does not start headless: {e}"
    if require:
        pytest.fail(f"TRACKER_REQUIRE_CHROMIUM=1 but {reason}")
    pytest.skip(f"the HTML report is checked in a real browser: {reason}")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """The two articles as JSON Lines, with dates a year apart, outlets, and a headline, outlet and
    URL that try to break out of the page."""
    records = [
        {"text": CLINICS, "title": 'Clinics "><img src=x onerror=alert(2)> <b>bold</b>', "url": "javascript:alert(3)",
         "outlet": "The <i>Ledger</i>", "published": "2020-03-02"},
        {"text": SCHOOLS, "title": "Roe signs school lunch bill", "url": "https://news.example/lunch?a=1&b=2",
         "outlet": "Capitol Wire", "published": "2021-05-14"},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
