"""Reading ahead in a thread keeps order, raises the producer's error, and stops the producer early."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tracker.report.readahead import read_ahead


def test_items_come_in_order_and_all_of_them() -> None:
    assert list(read_ahead(iter(range(1000)), depth=3)) == list(range(1000))


def test_an_error_in_the_producer_is_raised_to_the_consumer() -> None:
    def broken() -> Iterator[int]:
        yield 1
        raise ValueError("disk on fire")

    got = []
    with pytest.raises(ValueError, match="disk on fire"):
        for item in read_ahead(broken()):
            got.append(item)
    assert got == [1]


def test_stopping_early_closes_the_source_in_the_thread_that_opened_it() -> None:
    closed_in: list[str] = []
    opened_in: list[str] = []

    def source() -> Iterator[int]:
        opened_in.append(threading.current_thread().name)
        try:
            yield from range(10**9)
        finally:
            closed_in.append(threading.current_thread().name)

    items = read_ahead(source(), depth=2)
    assert [next(items) for _ in range(5)] == [0, 1, 2, 3, 4]
    items.close()
    assert closed_in == opened_in and closed_in[0] != threading.main_thread().name
