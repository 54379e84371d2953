"""List runs of 10 words in tracked files that also occur in the evaluation articles.

The eval corpora (../shared/eval) are for measuring only; no sentence of theirs belongs in the
repo. Words are lower-cased [A-Za-z0-9']+ tokens, as the project's check counts them. The seed
articles under seeds/ are published articles shipped for `make demo` (the dev set holds them too),
so they are not what this looks for and are skipped.

    python scripts/eval_overlap.py [EVAL_FOLDER]     # exit 1 when any tracked file overlaps
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

WORD = re.compile(r"[A-Za-z0-9']+")
N = 10


def shingles(text: str) -> dict[tuple[str, ...], int]:
    """Each 10-word run of ``text`` with the index of its first word."""
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i:i + N]): i for i in range(len(words) - N + 1)}


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "eval"
    seen: set[tuple[str, ...]] = set()
    for path in folder.rglob("*.txt"):
        seen.update(shingles(path.read_text(encoding="utf-8", errors="replace")))
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    found = 0
    for name in tracked.splitlines():
        if name.startswith("seeds/"):
            continue
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits = [run for run in shingles(text) if run in seen]
        if hits:
            found += 1
            print(f"{name}: {len(hits)} run(s), e.g. {' '.join(hits[0])!r}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
