"""The README gets a newcomer started; the command reference beside it is generated, so never stale."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_command_reference_in_docs_is_generated_from_the_current_help() -> None:
    """docs/cli.md is every command's --help; after changing a command, `make docs` rewrites it."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_readme_links_the_command_reference_and_the_design_notes() -> None:
    readme = _readme()
    assert "docs/cli.md" in readme and "docs/design.md" in readme
    assert (ROOT / "docs" / "design.md").is_file()


def test_readme_opens_with_the_demo_and_test_targets_of_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text()
    first_block = _readme().split("```")[1]
    for target in re.findall(r"^make (\w+)", first_block, flags=re.M):
        assert re.search(rf"^{target}:", makefile, flags=re.M), f"make {target} is not a Makefile target"
    assert "make demo" in first_block and "make test" in first_block


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()
