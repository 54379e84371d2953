"""The README is the manual: every command it should describe is there, and its set-up commands exist."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_command_table() -> None:
    import typer.main

    from tracker.cli import app

    group = typer.main.get_command(app)
    names = set(group.commands)  # type: ignore[attr-defined]
    table = _readme().split("### Commands", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)", table, flags=re.M))
    assert names - documented == set(), "commands missing from the README table"
    assert documented - names == set(), "README documents commands that do not exist"


def test_readme_opens_with_the_demo_and_test_targets_of_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text()
    first_block = _readme().split("```")[1]
    for target in re.findall(r"^make (\w+)", first_block, flags=re.M):
        assert re.search(rf"^{target}:", makefile, flags=re.M), f"make {target} is not a Makefile target"
    assert "make demo" in first_block and "make test" in first_block


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()
