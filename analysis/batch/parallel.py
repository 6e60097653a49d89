"""An ordered map over worker processes, with a bounded number of results in flight.

`ProcessPoolExecutor.map` submits every task at once and keeps every finished
result until it is consumed, so memory grows with the corpus when the consumer
(validation and writing) is slower than the workers. Here items go out in
chunks (one inter-process round trip per chunk, not per item) and at most
`IN_FLIGHT_PER_JOB` chunks per worker are pending at any time; results come
back in input order, so the output does not depend on the number of workers.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

#: Chunks pending per worker: enough to keep every worker busy while the
#: consumer works through the oldest one, few enough to bound memory.
IN_FLIGHT_PER_JOB = 4
#: How often a worker checks that its parent is alive (`_exit_with_parent`).
PARENT_CHECK_SECONDS = 0.5


def ordered_map(fn: Callable, items: Sequence, jobs: int, chunksize: int) -> Iterator:
    """fn(item) for each item, computed in `jobs` processes, yielded in input order.

    fn must be picklable (a module-level function, or a functools.partial of one).
    """
    window: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        try:
            for i in range(0, len(items), chunksize):
                window.append(pool.submit(_apply, fn, items[i:i + chunksize]))
                if len(window) >= jobs * IN_FLIGHT_PER_JOB:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            pool.shutdown(cancel_futures=True)


def chunksize(n_items: int, jobs: int, largest: int = 32) -> int:
    """Items per chunk: about 8 chunks per worker for balance, at most `largest`."""
    return max(1, min(largest, n_items // (jobs * 8)))


def _exit_with_parent(parent: int) -> None:
    """Make this worker exit when the process that started it is gone.

    A parent killed with SIGKILL cannot tell its workers; they would wait on the task queue forever (they hold
    its write end themselves, so it never reaches end-of-file). A daemon thread notices the new parent id."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def _apply(fn: Callable, chunk: Sequence) -> list:
    return [fn(item) for item in chunk]


__all__ = ["chunksize", "ordered_map"]
