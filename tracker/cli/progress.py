"""A progress bar for long runs: Rich's, on stderr, only when stderr is a terminal.

Off a terminal (a pipe, a log file, CI) a bar is only noise, so nothing is drawn and the command's
own summary line is all that is printed. Any long-running command uses it the same way::

    with progress("importing", total=len(people)) as advance:
        for person in people:
            ...
            advance()          # or advance(n) for a batch of n

``total=None`` draws a counter without an end (rows of an export, lines of a JSON Lines file);
``advance(total=N)`` turns it into a bar once the total is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[..., None]


def _nothing(n: int = 1, *, total: int | None = None) -> None:
    return None


@contextmanager
def progress(label: str, total: int | None, *, at_least: int = 0) -> Iterator[Advance]:
    """Yield ``advance(n=1, *, total=None)``, which moves a transient bar on stderr, or does nothing off a terminal.

    ``at_least``: below this many items (when ``total`` is known) no bar is drawn either, as it
    would only flash.
    """
    from tracker.cli.common import stderr_console

    console = stderr_console()
    if not console.is_terminal or (total is not None and total < at_least):
        yield _nothing
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # Without a total the bar pulses and the count reads "n/?".
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(n: int = 1, *, total: int | None = None) -> None:
            if total is not None and bar.tasks[0].total != total:
                bar.update(task, total=total)
            bar.advance(task, n)

        yield advance
