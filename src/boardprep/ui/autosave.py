"""When typed text is saved: soon after the member pauses, and never later than a deadline.

A debounce alone (save N ms after the last key, restarted by every key) never fires while
someone types without a pause: a crash after 3 s of fluent typing lost all of it. So the
save is due at the earlier of ``idle`` after the last edit and ``deadline`` after the first
edit not yet saved; keys typed after that deadline start the next one. Every editor of the
member's panel (notes, questions, declaration) uses this one :class:`Autosave`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

IDLE_MS = 300  # a pause this long saves
# At most this long after the first unsaved key, even mid-word: the promise is one second,
# the rest is headroom for the write itself.
DEADLINE_MS = 600
# While saves fail (see Autosave.slow_down): as often as the panel's retry, no more.
FAILING_IDLE_MS, FAILING_DEADLINE_MS = 2000, 5000


class SaveSchedule:
    """The timing rule alone, on an injectable clock (seconds), so it is tested without Qt."""

    def __init__(
        self,
        idle_ms: int = IDLE_MS,
        deadline_ms: int = DEADLINE_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle, self.deadline, self.clock = idle_ms / 1000, deadline_ms / 1000, clock
        self.first: float | None = None  # when the oldest unsaved edit was made
        self.last: float | None = None

    def edited(self) -> int:
        """An edit now; milliseconds until the save is due."""
        now = self.clock()
        if self.first is None:
            self.first = now
        self.last = now
        return self.due_in_ms()

    def due_in_ms(self) -> int:
        if self.first is None or self.last is None:
            return -1
        due = min(self.last + self.idle, self.first + self.deadline)
        return max(0, round((due - self.clock()) * 1000))

    def saved(self) -> None:
        self.first = self.last = None

    @property
    def pending(self) -> bool:
        return self.first is not None


class Autosave(QObject):
    """Calls ``save`` when the :class:`SaveSchedule` says; the owner calls :meth:`edited`.

    ``save`` is the owner's flush, which must call :meth:`done` (it stops the timer and
    starts a new deadline for the next edit), whether the store took the text or not: a
    refused save is retried by the panel, never by piling up timers here.
    """

    def __init__(
        self,
        parent: QObject,
        save: Callable[[], object],
        *,
        idle_ms: int = IDLE_MS,
        deadline_ms: int = DEADLINE_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.schedule = SaveSchedule(idle_ms, deadline_ms, clock)
        self._delays = (idle_ms, deadline_ms)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may run 5% late
        self._timer.timeout.connect(save)

    def edited(self, *_args: object) -> None:
        """Something was typed (connect ``textChanged``/``textEdited`` here)."""
        self._timer.start(self.schedule.edited())

    def now(self) -> None:
        """A choice (a box ticked, a status picked): save at the next turn of the event loop."""
        self.schedule.edited()
        self._timer.start(0)

    def done(self) -> None:
        """The owner saved (or tried to): nothing is due until the next edit."""
        self._timer.stop()
        self.schedule.saved()

    def set_delays(self, idle_ms: int, deadline_ms: int) -> None:
        self.schedule.idle, self.schedule.deadline = idle_ms / 1000, deadline_ms / 1000

    def slow_down(self, on: bool) -> None:
        """While the database refuses saves (busy, full) each try may wait; the panel's retry
        timer takes over and typing is not interrupted every ``DEADLINE_MS`` by a doomed save."""
        self.set_delays(*((FAILING_IDLE_MS, FAILING_DEADLINE_MS) if on else self._delays))

    def is_pending(self) -> bool:
        return self._timer.isActive()
