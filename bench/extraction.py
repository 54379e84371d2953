"""Extraction throughput on one core: how many characters of article text ``extract`` reads per second.

    python bench/extraction.py [--repeat 20] [--folder DIR]

Reads the shared dev articles (../shared/eval/dev/articles/*.txt, or $TRACKER_SHARED), falling back to
the repo's seeds/*.txt when the shared folder is absent; --folder reads DIR/*.txt instead (national
news: ../shared/eval/polnear/dev/articles). MB means 1e6 characters.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from tracker.extract import extract, memo

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TRACKER_SHARED", ROOT.parent / "shared"))


def articles(folder: Path | None = None) -> list[tuple[str, str]]:
    """(id, text) of the benchmark articles: ``folder``'s, else the dev set when present, else the seeds."""
    if folder is not None:
        return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    dev = SHARED / "eval" / "dev"
    files = sorted((dev / "articles").glob("*.txt")) or sorted(dev.glob("*.txt"))
    if not files:
        files = sorted((ROOT / "seeds").glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in files]


def measure(repeat: int = 20, folder: Path | None = None) -> dict[str, float]:
    """Run ``extract`` over every benchmark article ``repeat`` times; return the throughput.

    The extractor memoises layout per article text; the memo is emptied before every call so each
    one pays for a full extraction, as it would on a corpus of distinct articles. Time is the
    process's CPU time (one core), so other load on the machine does not count against it.
    """
    docs = articles(folder)
    if not docs:
        raise FileNotFoundError("no benchmark articles: neither --folder, ../shared/eval/dev nor seeds/ holds any .txt")
    chars = sum(len(t) for _, t in docs)
    extract(docs[0][1], doc_id=docs[0][0])  # warm up: lazy imports, compiled patterns, the topic lexicon
    seconds = 0.0
    for _ in range(repeat):
        for doc_id, text in docs:
            memo.clear()
            t0 = time.process_time()
            extract(text, doc_id=doc_id)
            seconds += time.process_time() - t0
    total = chars * repeat
    return {
        "articles": len(docs),
        "chars": chars,
        "seconds": round(seconds, 4),
        "mb_per_s": round(total / 1e6 / seconds, 3),
        "articles_per_s": round(len(docs) * repeat / seconds, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20, help="passes over the articles (default 20)")
    ap.add_argument("--folder", type=Path, help="benchmark DIR/*.txt instead of the dev set")
    args = ap.parse_args()
    print(json.dumps(measure(args.repeat, args.folder)))


if __name__ == "__main__":
    main()
