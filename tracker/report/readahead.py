"""Read an iterator ahead in a thread, so a database driver and a writer work at the same time.

A bulk export spends its time in two places: the database driver stepping through the query, which
releases Python's GIL while SQLite (or the network) works, and ``csv.writer`` formatting rows, which
holds it. Reading batches in a second thread overlaps the two; a bounded queue keeps memory flat.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
_DONE = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def read_ahead(items: Iterable[T], depth: int = 4) -> Iterator[T]:
    """``items`` in order, produced by a thread that keeps at most ``depth`` of them waiting.

    An error in the producer is raised here; stopping early (an error or ``close()`` here) stops the
    producer and closes ``items`` in its own thread, where it was opened.
    """
    waiting: queue.Queue[Any] = queue.Queue(depth)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        it = iter(items)
        try:
            for item in it:
                if not put(item):
                    break
            else:
                put(_DONE)
        except BaseException as e:  # handed to the consumer, which raises it
            put(_Failed(e))
        finally:
            close = getattr(it, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=produce, name="tracker-read-ahead", daemon=True)
    thread.start()
    try:
        while (item := waiting.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        thread.join()
