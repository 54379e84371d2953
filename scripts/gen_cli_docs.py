"""Write docs/cli.md, the command reference, from the Typer app itself: every command's --help.

    python scripts/gen_cli_docs.py           # (re)write docs/cli.md     (or: make docs)
    python scripts/gen_cli_docs.py --check   # exit 1 if docs/cli.md is not current (a test runs this)

The command tree is walked, so a new command appears without touching this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "cli.md"
WIDTH = "100"  # help text is wrapped to the terminal; a fixed width keeps the file stable

HEADER = """# Command reference

Generated from the commands' own `--help` by `scripts/gen_cli_docs.py` (`make docs`); a test fails
when this file is not current, so edit the help text in `tracker/cli/`, not this file.

Every command takes the global `--db PATH|URL` (or `TRACKER_DB`) before its name:
`tracker --db my.db officials`.
"""


def _commands(cmd: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, sub in (getattr(cmd, "commands", None) or {}).items():  # in the order --help lists them
        found += _commands(sub, (*path, name))
    return found


def render() -> str:
    """The whole of docs/cli.md."""
    os.environ["COLUMNS"] = WIDTH
    sys.path.insert(0, str(ROOT))
    from typer.main import get_command
    from typer.testing import CliRunner

    from tracker.cli import app

    parts = [HEADER]
    runner = CliRunner()
    for path in _commands(get_command(app)):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": WIDTH}, prog_name="tracker")
        if result.exit_code != 0:
            raise SystemExit(f"tracker {' '.join(path)} --help failed: {result.output}")
        title = " ".join(("tracker", *path))
        body = "\n".join(line.rstrip() for line in result.stdout.strip().splitlines())
        parts.append(f"## `{title}`\n\n```text\n{body}\n```\n")
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is not current: run `python scripts/gen_cli_docs.py` (make docs)",
                  file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
