"""core.pdf_owner: one thread runs every PyMuPDF job, in priority order, cooperatively."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from boardprep.core import pdf_guard, pdf_owner
from boardprep.core.errors import NotAPdfError, PackError
from boardprep.core.pdf_owner import BACKGROUND, INTERACTIVE, LONG, PdfOwner
from boardprep.core.pdfopen import viewer_message

WAIT = 10.0


@pytest.fixture
def owner() -> Iterator[PdfOwner]:
    got = PdfOwner(name="pdf-owner-test")
    yield got
    got.shutdown()


def hold(owner: PdfOwner) -> threading.Event:
    """Keep the owner busy until the returned event is set (so jobs queue up behind it)."""
    started, release = threading.Event(), threading.Event()

    def block() -> None:
        started.set()
        release.wait(WAIT)

    owner.submit(block, priority=INTERACTIVE)
    assert started.wait(WAIT)
    return release


def test_jobs_run_on_the_owner_thread_by_priority_then_in_order(owner: PdfOwner) -> None:
    release = hold(owner)
    ran: list[str] = []
    threads: set[str] = set()

    def job(name: str) -> str:
        ran.append(name)
        threads.add(threading.current_thread().name)
        return name.upper()

    futures = [
        owner.submit(job, "analysis", priority=LONG),
        owner.submit(job, "search", priority=BACKGROUND),
        owner.submit(job, "page 1", priority=INTERACTIVE),
        owner.submit(job, "page 2", priority=INTERACTIVE),
    ]
    release.set()
    assert [f.result(WAIT) for f in futures] == ["ANALYSIS", "SEARCH", "PAGE 1", "PAGE 2"]
    assert ran == ["page 1", "page 2", "search", "analysis"]
    assert threads == {"pdf-owner-test"}


def test_an_exception_lands_in_the_future_and_the_owner_goes_on(owner: PdfOwner) -> None:
    def broken() -> None:
        raise ValueError("a hostile page")

    failed = owner.submit(broken)
    with pytest.raises(ValueError, match="a hostile page"):
        failed.result(WAIT)
    assert owner.submit(lambda: 42).result(WAIT) == 42


def test_a_cancelled_job_never_runs(owner: PdfOwner) -> None:
    release = hold(owner)
    ran: list[int] = []
    dropped = owner.submit(ran.append, 1)
    kept = owner.submit(ran.append, 2)
    assert dropped.cancel()
    release.set()
    kept.result(WAIT)
    assert ran == [2] and dropped.cancelled()


def test_a_long_job_lets_the_urgent_ones_through_between_its_steps(owner: PdfOwner) -> None:
    events: list[str] = []
    step_reached, go_on = threading.Event(), threading.Event()

    def analysis() -> None:
        for page in range(3):
            events.append(f"analyse {page}")
            if page == 0:
                step_reached.set()
                go_on.wait(WAIT)  # meanwhile the GUI asks for renders, a search and an export
            owner.cooperate()

    long_job = owner.submit(analysis, priority=LONG)
    assert step_reached.wait(WAIT)
    render = owner.submit(events.append, "render", priority=INTERACTIVE)
    search = owner.submit(events.append, "search step", priority=BACKGROUND)
    export = owner.submit(events.append, "export", priority=LONG)
    go_on.set()
    for f in (long_job, render, search, export):
        f.result(WAIT)
    # The render and the search ran inside the analysis, after its first page; the other
    # long job waited for it to end (long jobs never nest).
    assert events == [
        "analyse 0",
        "render",
        "search step",
        "analyse 1",
        "analyse 2",
        "export",
    ]


def test_cooperate_is_a_no_op_off_the_owner_thread(owner: PdfOwner) -> None:
    release = hold(owner)
    queued = owner.submit(lambda: None)
    assert owner.cooperate() == 0 and pdf_owner.cooperate() == 0
    assert not queued.done()
    release.set()
    queued.result(WAIT)


def test_cooperation_has_a_budget(owner: PdfOwner) -> None:
    """A long job always moves on: one cooperate() call runs renders for a bounded time."""
    ran: list[int] = []

    def render(n: int) -> None:
        ran.append(n)
        threading.Event().wait(0.02)

    def analysis() -> int:
        for n in range(50):
            owner.submit(render, n)
        return owner.cooperate(budget=0.05)

    ran_inside = owner.submit(analysis, priority=LONG).result(WAIT)
    assert 1 <= ran_inside < 50


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "three.pdf"
    with pymupdf.open() as doc:
        for n in range(3):
            doc.new_page().insert_text((72, 72), f"Page {n + 1}")
        doc.save(path)
    return path


def test_documents_are_opened_once_and_closed_by_their_last_user(
    owner: PdfOwner, pdf: Path
) -> None:
    def acquire_twice() -> tuple[bool, int]:
        a = owner.acquire(pdf)
        b = owner.acquire(str(pdf))
        return a is b, owner.open_documents()

    assert owner.submit(acquire_twice).result(WAIT) == (True, 1)
    doc = owner.submit(owner.acquire, pdf).result(WAIT)  # a third user
    owner.submit(owner.release, doc).result(WAIT)
    owner.submit(owner.release, doc).result(WAIT)
    assert owner.submit(owner.open_documents).result(WAIT) == 1 and not doc.is_closed
    owner.submit(owner.release, doc).result(WAIT)
    assert owner.submit(owner.open_documents).result(WAIT) == 0 and doc.is_closed


def test_a_file_changed_on_disk_is_opened_afresh(owner: PdfOwner, pdf: Path) -> None:
    first = owner.submit(owner.acquire, pdf).result(WAIT)
    with pymupdf.open() as doc:
        doc.new_page().insert_text((72, 72), "A re-issued pack, one page")
        doc.save(pdf)
    second = owner.submit(owner.acquire, pdf).result(WAIT)
    assert second is not first
    assert owner.submit(lambda: second.page_count).result(WAIT) == 1
    assert owner.submit(owner.open_documents).result(WAIT) == 2


def test_documents_belong_to_the_owner_thread(owner: PdfOwner, pdf: Path) -> None:
    with pytest.raises(RuntimeError, match="owner thread only"):
        owner.acquire(pdf)
    bad = pdf.with_name("notes.pdf")
    bad.write_text("hello, I am a text file")
    with pytest.raises(NotAPdfError):
        owner.submit(owner.acquire, bad).result(WAIT)


def test_shutdown_cancels_the_queue_and_closes_the_documents(pdf: Path) -> None:
    owner = PdfOwner(name="pdf-owner-stopping")
    doc = owner.submit(owner.acquire, pdf).result(WAIT)
    release = hold(owner)
    waiting = owner.submit(lambda: None)
    release.set()
    owner.shutdown()
    assert waiting.cancelled() or waiting.done()
    assert doc.is_closed and not owner.thread.is_alive()
    refused = owner.submit(lambda: None)
    with pytest.raises(RuntimeError, match="stopped"):
        refused.result(WAIT)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("not_pdf", "Cannot open not_pdf.pdf: it is not a PDF file."),
        ("html_named_pdf", "Cannot open html_named_pdf.pdf: it is not a PDF file."),
        ("empty", "Cannot open empty.pdf: it is damaged or not a PDF file."),
        ("truncated", "Cannot open truncated.pdf: it is damaged or not a PDF file."),
        ("encrypted", "Cannot open encrypted.pdf: the PDF is password-protected."),
        ("zero_pages", "Cannot open zero_pages.pdf: the PDF has no pages."),
    ],
)
def test_the_viewer_says_why_a_file_does_not_open(tmp_path: Path, kind: str, message: str) -> None:
    from boardprep.core.pdfopen import open_pack
    from tests.packgen import make_damaged

    bad = make_damaged(kind, tmp_path / f"{kind}.pdf")
    with pytest.raises(PackError) as err:
        open_pack(bad).close()
    assert viewer_message(bad, err.value) == message


def test_the_guard_catches_a_call_off_the_owner_thread(owner: PdfOwner, pdf: Path, monkeypatch):
    monkeypatch.setattr(pdf_owner, "_owner", owner)  # this owner is the process's, for now
    pdf_guard.install()
    try:
        before = len(pdf_guard.violations)
        doc = owner.submit(owner.acquire, pdf).result(WAIT)
        assert owner.submit(lambda: doc[0].get_text()).result(WAIT).startswith("Page 1")
        assert len(pdf_guard.violations) == before  # the owner's own calls are fine
        with pytest.raises(pdf_guard.PdfThreadError, match=r"Page\.get_text from thread"):
            owner.submit(doc.load_page, 0).result(WAIT).get_text()
        with pytest.raises(pdf_guard.PdfThreadError, match=r"Document\.__init__"):
            pymupdf.open(pdf)
        assert len(pdf_guard.violations) == before + 2
        monkeypatch.setattr(pdf_owner, "_owner", None)  # no owner (the command line): allowed
        with pymupdf.open(pdf) as mine:
            assert mine.page_count == 3
    finally:
        pdf_guard.uninstall()
        del pdf_guard.violations[:]
    assert not pdf_guard.installed()
