"""Run something once changes have stopped for a while (the -wal's idle checkpoint).

Done in a timer thread, so that nothing waits for it. One timer at a time, which
waits again when changes came meanwhile: a new thread per change cost every
keystroke of a transcript edit 2 ms.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class IdleTimer:
    """Calls `action` once `delay` seconds have passed without `changed`."""

    def __init__(self, delay: float, action: Callable[[], None],
                 stopped: Callable[[], bool]) -> None:
        self._delay = delay
        self._action = action
        self._stopped = stopped
        self._timer: threading.Timer | None = None
        self._last = 0.0

    def changed(self) -> None:
        self._last = time.monotonic()
        if self._timer is None or not self._timer.is_alive():
            self._arm(self._delay)

    def stop(self) -> None:
        """Cancel a pending call (`stopped` must say True by now) and wait for a running one."""
        timer = self._timer
        if timer is not None:
            timer.cancel()
            if timer is not threading.current_thread():
                timer.join()

    def _arm(self, delay: float) -> None:
        timer = threading.Timer(delay, self._fire)
        timer.daemon = True
        self._timer = timer
        timer.start()

    def _fire(self) -> None:
        while not self._stopped():
            if (left := self._last + self._delay - time.monotonic()) > 0:
                self._arm(left)
                return
            seen = self._last
            self._action()
            if seen == self._last:
                return
