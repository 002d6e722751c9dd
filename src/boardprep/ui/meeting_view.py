"""The chair's meeting view: one item at a time, big, with what is due on it.

Shows the current item, its time slot (and the next item's, so overrun is visible), the papers,
the declarations to call for and the questions to take; previous/next step through the agenda.
Below them the clerk records the item's outcome, votes, actions and declarations as the meeting
goes (:mod:`boardprep.ui.meeting_record_panel`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from boardprep.core import meeting_record, register
from boardprep.core.errors import BoardprepError
from boardprep.core.meeting_clock import MeetingClock
from boardprep.core.model import AgendaTree, Item
from boardprep.core.pageref import PageNames
from boardprep.core.recommendations import find_recommendations
from boardprep.ui.labels import INTEREST_LABELS, STATUS_LABELS, headline
from boardprep.ui.meeting_entries import wrap_rows
from boardprep.ui.meeting_record_panel import MeetingRecordPanel

HINT = "P: the paper · F11: full screen · F5: leave"


class MeetingView(QWidget):
    itemChosen = Signal(str)  # item number, when prev/next is pressed
    paperRequested = Signal(int)  # first page of a paper the chair wants to show
    leaveRequested = Signal()
    itemShown = Signal(object)  # the Item now in front of the chair (the presenter view follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Meeting view")
        self._tree: AgendaTree | None = None
        self._store: Any = None
        self._sha: str | None = None
        self.item: Item | None = None
        self._next_time: str | None = None

        self.position = QLabel(self)
        self.position.setObjectName("muted")
        self.number = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.slot = QLabel(self)
        self.clock = QLabel(self)
        # Who is here and whether the meeting is quorate (Meeting ▸ Attendance).
        self.attendance = QLabel(self)
        self.attendance.setAccessibleName("Attendance and quorum")
        self.hint = QLabel(HINT, self)
        self.hint.setObjectName("muted")
        self._hint_timer = QTimer(self)  # owned by the view: it dies with it
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(4000)
        self.hint_text = HINT  # the keys as this platform has them (set by meeting_actions)
        self._hint_timer.timeout.connect(lambda: self.hint.setText(self.hint_text))
        self.clock.setAccessibleName("Time against the agenda")
        self.now: Callable[[], datetime] = datetime.now  # injectable for tests
        # The chair's clock: per-item timers against the allotted time (issue 10); ``tick``
        # (seconds) is injectable so tests and rehearsals drive it.
        self.tick: Callable[[], float] = time.monotonic
        self.meeting_clock: MeetingClock | None = None
        self._page_texts: tuple[str | None, list[str] | None] = (None, None)
        self.timer = QLabel(self)
        self.timer.setAccessibleName("Time on this item")
        self.decide = QListWidget(self)
        self.decide.setAccessibleName("What the meeting is asked to decide")
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.update_clock)
        self.exempt = QLabel("Exempt item: the press and public may be asked to leave", self)
        self.exempt.setVisible(False)
        self.people = QLabel(self)
        self.people.setObjectName("muted")
        self.people.setWordWrap(True)
        self.papers = QListWidget(self)
        self.papers.setAccessibleName("Papers for this item")
        self.papers.itemActivated.connect(self._paper_activated)
        self.declarations = QListWidget(self)
        self.declarations.setAccessibleName("Declarations to call for")
        self.questions = QListWidget(self)
        self.questions.setAccessibleName("Questions to take")
        for lst in (self.papers, self.decide, self.declarations, self.questions):
            # Long recommendations wrap instead of ending in "…", also after a resize.
            wrap_rows(lst)
        for lst in (self.decide, self.declarations, self.questions):
            # Read from across the room, never picked: no row looks chosen.
            lst.setSelectionMode(QListView.SelectionMode.NoSelection)
            lst.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._headings: list[QLabel] = []
        self.scale = 0.0
        # Record as you go: outcome and votes, actions, declarations made at the meeting.
        self.record = MeetingRecordPanel(self)
        self.record.changed.connect(self.refresh_records)

        style = self.style()
        self.prev_btn = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "Previous item", self
        )
        self.next_btn = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "Next item", self
        )
        self.next_btn.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.leave_btn = QPushButton("Back to reading", self)
        for b in (self.prev_btn, self.next_btn, self.leave_btn):
            b.setMinimumHeight(36)
        self.prev_btn.clicked.connect(lambda: self.step(-1))
        self.next_btn.clicked.connect(lambda: self.step(1))
        self.leave_btn.clicked.connect(self.leaveRequested)

        def column(title: str, widget: QWidget) -> QVBoxLayout:
            lay = QVBoxLayout()
            label = QLabel(title, self)
            label.setObjectName("sectionTitle")
            self._headings.append(label)
            lay.addWidget(label)
            lay.addWidget(widget, 1)
            return lay

        cols = QHBoxLayout()
        cols.setSpacing(18)
        cols.addLayout(column("Papers", self.papers), 1)
        cols.addLayout(column("To decide", self.decide), 1)
        cols.addLayout(column("Declarations to call for", self.declarations), 1)
        cols.addLayout(column("Questions to take", self.questions), 1)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_btn)
        nav.addStretch(1)
        nav.addWidget(self.leave_btn)
        nav.addWidget(self.hint)
        nav.addStretch(1)
        nav.addWidget(self.next_btn)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 24, 40, 20)
        lay.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.attendance)
        lay.addLayout(top)
        # Number and title on one line, the clocks on the next: room for the record below.
        head = QHBoxLayout()
        head.setSpacing(18)
        head.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        lay.addLayout(head)
        slot_row = QHBoxLayout()
        slot_row.setSpacing(18)
        slot_row.addWidget(self.timer)
        slot_row.addStretch(1)
        slot_row.addWidget(self.slot)
        slot_row.addWidget(self.clock)
        lay.addLayout(slot_row)
        lay.addWidget(self.exempt)
        lay.addWidget(self.people)
        lay.addWidget(line)
        lay.addLayout(cols, 3)
        line2 = QFrame(self)
        line2.setFrameShape(QFrame.Shape.HLine)
        lay.addWidget(line2)
        lay.addWidget(self.record, 2)
        lay.addLayout(nav)
        self.apply_scale(1.0)

    # Font sizes in points at scale 1 (a 768-pixel-high view); a bigger screen scales them up,
    # so a chair a metre from a full-screen 1080p display still reads them.
    SIZES: ClassVar[dict[str, int]] = {
        "number": 30,
        "title": 21,
        "slot": 14,
        "timer": 16,
        "lists": 13,
        "exempt": 13,
    }

    def apply_scale(self, scale: float) -> None:
        scale = round(min(max(scale, 1.0), 2.2), 2)
        if scale == self.scale:
            return
        self.scale = scale
        pt = {k: round(v * scale) for k, v in self.SIZES.items()}
        self.number.setStyleSheet(
            f"font-size: {pt['number']}pt; font-weight: 700; color: palette(highlight);"
        )
        self.title.setStyleSheet(f"font-size: {pt['title']}pt; font-weight: 600;")
        self.slot.setStyleSheet(f"font-size: {pt['slot']}pt;")
        self.clock.setStyleSheet(f"font-size: {pt['slot']}pt; font-weight: 600;")
        self._style_attendance()
        self.timer.setStyleSheet(f"font-size: {pt['timer']}pt; font-weight: 700;")
        self.exempt.setStyleSheet(f"color: #b5542f; font-weight: 600; font-size: {pt['exempt']}pt;")
        self.people.setStyleSheet(f"font-size: {round(10 * scale)}pt;")
        # The small print grows too: where we are, the keys, the buttons.
        for small in (self.position, self.hint, self.prev_btn, self.next_btn, self.leave_btn):
            small.setStyleSheet(f"font-size: {round(9 * scale)}pt;")
        for b in (self.prev_btn, self.next_btn, self.leave_btn):
            b.setMinimumHeight(round(36 * scale))
        for h in self._headings:
            h.setStyleSheet(f"font-size: {round(10 * scale)}pt; font-weight: 700;")
        for lst in (self.papers, self.decide, self.declarations, self.questions):
            # Spacing, not item padding: Qt measures wrapped rows without the padding, and
            # a row measured too wide ends in "…" instead of wrapping.
            lst.setStyleSheet(f"QListWidget {{ font-size: {pt['lists']}pt; padding: 4px; }}")
            lst.setSpacing(round(3 * scale))
        self.record.apply_scale(scale)
        # The rows were measured in the old font: measure again once the new one is applied.
        QTimer.singleShot(0, self._relayout)

    def _relayout(self) -> None:
        if self.isVisible():
            self.refresh_records()  # the bold "Recorded" row takes the new size
        for lst in (self.papers, self.decide, self.declarations, self.questions):
            lst.doItemsLayout()

    def resizeEvent(self, event: Any) -> None:
        self.apply_scale(self.height() / 768)
        super().resizeEvent(event)

    def set_hint(self, text: str) -> None:
        self.hint_text = text
        self.hint.setText(text)

    def flash(self, message: str) -> None:
        """A short message where the chair is looking (e.g. "This item has no paper")."""
        self.hint.setText(message)
        self._hint_timer.start()

    def update_attendance(self) -> None:
        """'6 present of 8 · quorum 3 (printed): quorate', or nothing before anyone is marked."""
        text = ""
        if self._store is not None and self._sha:
            try:
                from boardprep.core import membership

                if any(e.status for e in membership.roll(self._store, self._sha)):
                    text = membership.quorum_line(self._store, self._sha)
            except (sqlite3.Error, BoardprepError, OSError):
                text = ""
        self.attendance.setText(text)
        self._style_attendance()

    def _style_attendance(self) -> None:
        colour = "#b5542f" if "not quorate" in self.attendance.text() else "#2e7d32"
        size = round(self.SIZES["slot"] * (self.scale or 1.0))
        self.attendance.setStyleSheet(f"font-size: {size}pt; font-weight: 600; color: {colour};")

    def _paper_activated(self, row: QListWidgetItem) -> None:
        page = row.data(Qt.ItemDataRole.UserRole)
        if page:
            self.paperRequested.emit(int(page))

    def set_context(self, tree: AgendaTree | None, store: Any, sha: str | None) -> None:
        self._tree, self._store, self._sha = tree, store, sha
        if tree is None:
            self.meeting_clock = None
        elif self.meeting_clock is None or self.meeting_clock.tree is not tree:
            self.meeting_clock = MeetingClock(tree, now=lambda: self.tick())
        self.record.set_context(store, sha, self._texts)

    def items(self) -> list[Item]:
        return list(self._tree.items) if self._tree else []

    def step(self, delta: int) -> None:
        items = self.items()
        if not items:
            return
        top = self._top_level(self.item)
        i = items.index(top) if top in items else -1
        j = min(max(i + delta, 0), len(items) - 1)
        self.show_item(items[j])
        self.itemChosen.emit(items[j].number)

    def _top_level(self, item: Item | None) -> Item | None:
        for top in self.items():
            if top is item or item in _descendants(top):
                return top
        return None

    def show_item(self, item: Item | None) -> None:
        self.item = item
        items = self.items()
        if item is None:
            self.number.setText("")
            self.title.setText("No item selected")
            self.record.set_item(None)
            self.itemShown.emit(None)
            return
        top = self._top_level(item)
        pos = items.index(top) + 1 if top in items else 0
        self.position.setText(f"Item {pos} of {len(items)}" if pos else "")
        self.number.setText(item.heading)
        self.number.setVisible(bool(item.heading))  # no "Item" over unnumbered business
        self.exempt.setVisible(item.exempt)
        self.title.setText(headline(item.title, 200))
        self.title.setToolTip(item.title if headline(item.title, 200) != item.title else "")
        nxt = items[pos] if 0 < pos < len(items) else None
        slot = f"Scheduled {item.time}" if item.time else "No time on the agenda"
        if item.time and nxt is not None and nxt.time:
            slot += f" – next item at {nxt.time}"
        self.slot.setText(slot)
        self.people.setText(" · ".join(f"{p.role}: {p.name}" for p in item.people))
        self.papers.clear()
        names = PageNames.of(self._tree)  # the pages as the pack prints them, like the tree
        for d in _documents(item):
            pages = names.range_words(d.pdf_pages)
            row = QListWidgetItem(f"{d.title}  ({pages})" if pages else d.title)
            row.setData(Qt.ItemDataRole.UserRole, d.pdf_pages[0] if d.pdf_pages else None)
            row.setToolTip("Open this paper (Enter or double-click)")
            self.papers.addItem(row)
        if self.papers.count() == 0:
            self.papers.addItem("No papers")
        self._fill_lists(item)
        self._show_decision(item)
        self.record.set_item(item)
        self.update_attendance()
        if self.meeting_clock is not None:
            self.meeting_clock.go_to(item.number)
        self.prev_btn.setEnabled(pos > 1)
        self.next_btn.setEnabled(0 < pos < len(items))
        self._next_time = nxt.time if nxt is not None else None
        self.update_clock()
        self.itemShown.emit(item)

    def refresh_records(self) -> None:
        """A record changed (recorded, undone): the lists show it; the clock runs on."""
        if self.item is not None:
            self._fill_lists(self.item)
            self._show_decision(self.item)

    def _fill_lists(self, item: Item) -> None:
        """The declarations to call for and the questions to take on ``item``."""
        self.declarations.clear()
        self.questions.clear()
        numbers = [item.number] + [s.number for s in _descendants(item)]
        if self._store and self._sha:
            try:
                # Every member's questions, the same one once with all its askers (the
                # register), and the declarations made at the meeting by any member.
                asked = register.entries(self._store, self._sha, include_apart=True)
                declared = meeting_record.declarations(self._store, self._sha)
                own = {n: self._store.declarations(self._sha, n) for n in numbers}
            except (sqlite3.Error, BoardprepError, OSError):
                asked, declared, own = [], [], {}
            for n in numbers:
                for d in own.get(n, []):
                    action = f" – {d.action}" if d.action else (" – withdraw" if d.withdraw else "")
                    self.declarations.addItem(
                        f"{INTEREST_LABELS.get(d.interest, d.interest)}: {d.nature}{action}"
                    )
                for md in (d for d in declared if d.item == n):
                    left = " – left the room" if md.left_room else ""
                    kind = INTEREST_LABELS.get(md.interest, md.interest)
                    self.declarations.addItem(f"{md.name}: {kind}: {md.nature}{left}")
                for e in (e for e in asked if e.item == n):
                    status = STATUS_LABELS.get(e.status, e.status)
                    self.questions.addItem(f"{e.text}  — {'; '.join(e.askers)}  [{status}]")
        if self.declarations.count() == 0:
            self.declarations.addItem("None recorded")
        if self.questions.count() == 0:
            self.questions.addItem("None")

    def showEvent(self, event: Any) -> None:
        self._clock_timer.start()
        self.update_clock()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._clock_timer.stop()
        self.record.flush()  # leaving meeting mode, or showing the paper: saved now
        super().hideEvent(event)

    def update_clock(self) -> None:
        """On the meeting day: how the item stands against the agenda's times; any day: the
        time spent on the item against its allotted time, and the meeting's over/under."""
        self.clock.setText(clock_text(self.now(), self._tree, self.item, self._next_time))
        mc = self.meeting_clock
        on_item = mc.item() if mc is not None else None
        if mc is None or on_item is None:
            self.timer.setText("")
            return
        self.timer.setText(f"This item {on_item.describe()} · {mc.describe_meeting()}")

    def _texts(self) -> list[str] | None:
        if self._store is None or not self._sha:
            return None
        if self._page_texts[0] != self._sha:
            self._page_texts = (self._sha, self._store.page_texts(self._sha))
        return self._page_texts[1]

    def _show_decision(self, item: Item) -> None:
        """The outcome recorded for the item (and its parts), then the recommendations
        printed in its report."""
        self.decide.clear()
        parts = {s.number: s.display_number for s in _descendants(item)}
        if self._store is not None and self._sha:
            try:
                order = [item.number, *parts]
                mine = [(order.index(o.item), o)
                        for o in meeting_record.outcomes(self._store, self._sha)
                        if o.item is not None and o.item in order]  # fmt: skip
                for _, o in sorted(mine, key=lambda ranked: ranked[0]):
                    words = meeting_record.DECISION_WORDS.get(o.decision, o.decision)
                    head = f"Recorded for {parts[o.item]}" if o.item in parts else "Recorded"
                    text = f"{head}: {words}" + (f" — {o.text}" if o.text else "")
                    if o.votes:
                        text += f" ({o.votes})"
                    row = QListWidgetItem(text)
                    # The list's own font (its size from the scale), bold: a row measured in
                    # another font than it is painted in is cut short with "…".
                    font = self.decide.font()
                    font.setBold(True)  # what was decided stands above what was proposed
                    row.setFont(font)
                    self.decide.addItem(row)
                for part in find_recommendations(self._texts(), item):
                    self.decide.addItem(part)
            except (sqlite3.Error, BoardprepError, OSError):
                pass  # the store's faults are shown by the panel; the view stays usable
        if self.decide.count() == 0:
            self.decide.addItem("No recommendations found")


def _descendants(item: Item) -> list[Item]:
    out: list[Item] = []
    for s in item.sub_items:
        out.append(s)
        out.extend(_descendants(s))
    return out


def _documents(item: Item) -> list[Any]:
    docs = list(item.documents)
    for s in _descendants(item):
        docs.extend(s.documents)
    return docs


def _minutes(hhmm: str) -> int | None:
    try:
        h, m = hhmm.split(":")
        return int(h) * 60 + int(m)
    except ValueError:
        return None


def clock_text(
    now: datetime, tree: AgendaTree | None, item: Item | None, next_time: str | None
) -> str:
    """'14:52 · 12 min over' when the item runs past the next item's time; '' off the day."""
    if tree is None or item is None or tree.meeting.date != now.date().isoformat():
        return ""
    cur = now.hour * 60 + now.minute
    text = f"{now:%H:%M}"
    start = _minutes(item.time) if item.time else None
    end = _minutes(next_time) if next_time else None
    if end is not None and cur > end:
        return f"{text} · {cur - end} min over"
    if start is not None and cur < start:
        return f"{text} · starts in {start - cur} min"
    if end is not None:
        return f"{text} · {end - cur} min left"
    return text
