"""The logical pack: meeting facts and the item tree with the documents each item carries."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from tests.packgen import content as C
from tests.packgen.spec import PackSpec


@dataclass
class DocPlan:
    title: str  # as printed on its first page (the truth's document title)
    kind: str  # "report" | "appendix" | "minutes" | "slides" | "paper"
    n_pages: int
    topic: C.Topic | None = None
    contents: bool = False  # opens with a contents page (annual reports)
    scanned_page: int | None = None  # index of an image-only page inside the document
    first: int | None = None  # physical pages, 1-based, filled when rendered
    last: int | None = None


@dataclass
class ItemPlan:
    number: str
    title: str
    purpose: str | None = None
    people: list[tuple[str, str]] = field(default_factory=list)
    time: str | None = None  # "HH:MM"
    exempt: bool = False
    paper: str | None = None
    docs: list[DocPlan] = field(default_factory=list)
    children: list[ItemPlan] = field(default_factory=list)
    note: str | None = None  # "Verbal update", "To follow": printed instead of a range
    shares: ItemPlan | None = None  # covered by another item's papers (same range printed)
    in_file: bool = True  # False: papers belong to another file (supplement / agenda only)
    pdf_pages: tuple[int, int] | None = None
    pack_pages: tuple[int, int] | None = None
    printed: str | None = None  # a sub-item's label as the layout printed it ("(a)", "a)")


@dataclass
class Meeting:
    organisation: str
    body: str
    date: dt.date
    hour: int
    minute: int
    venue: str
    pre_meeting: tuple[int, int] | None = None

    @property
    def time(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


@dataclass
class Plan:
    meeting: Meeting
    items: list[ItemPlan]
    clerk: str
    clerk_email: str
    prev_date: dt.date
    members: list[str]

    def walk(self) -> list[ItemPlan]:
        out: list[ItemPlan] = []

        def rec(items: list[ItemPlan]) -> None:
            for it in items:
                out.append(it)
                rec(it.children)

        rec(self.items)
        return out


def make_meeting(spec: PackSpec, rng: random.Random) -> Meeting:
    nhs = spec.layout == "papers"
    org = rng.choice(C.NHS_TRUSTS if nhs else C.COUNCILS)
    body = "Trust Board (Meeting in Public)" if nhs else rng.choice(C.BODIES)
    date = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 600))
    date += dt.timedelta(days=(7 - date.weekday()) % 7 if date.weekday() >= 5 else 0)  # weekday
    hour, minute = rng.choice([(10, 0), (14, 0), (18, 30), (9, 30), (19, 0), (14, 30)])
    pre = None
    if spec.layout == "timed":
        hour, minute, pre = 12, 30, (12, 15)
    elif nhs:
        hour, minute = 9, 30
        venue = rng.choice(C.NHS_VENUES)
        return Meeting(
            spec.organisation or org,
            spec.body or body,
            date,
            hour,
            minute,
            spec.venue or venue,
            pre,
        )
    return Meeting(
        spec.organisation or org,
        spec.body or body,
        date,
        hour,
        minute,
        spec.venue or rng.choice(C.VENUES),
        pre,
    )


def _report_docs(spec: PackSpec, rng: random.Random, topic: C.Topic) -> list[DocPlan]:
    n = rng.randint(3, 6)
    report = DocPlan(
        topic.formal,
        "report",
        n + (1 if topic.annual and spec.contents_pages else 0),
        topic,
        contents=topic.annual and spec.contents_pages,
    )
    docs = [report]
    if spec.appendices:
        for k, title in enumerate(topic.appendices, 1):
            label = (
                f"Appendix {k} – {title}"
                if rng.random() < 0.7
                else f"Annex {'ABC'[k - 1]} – {title}"
            )
            docs.append(DocPlan(label, "appendix", rng.randint(1, 3), topic))
    if spec.slides and topic.slides:
        docs.append(DocPlan(topic.slides, "slides", rng.randint(3, 5), topic))
    return docs


def _people(rng: random.Random) -> list[tuple[str, str]]:
    out = [("Responsible Officer", C.person(rng))]
    if rng.random() < 0.6:
        out.append(("Report author", C.person(rng)))
    return out


def make_plan(spec: PackSpec) -> Plan:
    rng = random.Random(spec.seed * 7919 + len(spec.layout))
    meeting = make_meeting(spec, rng)
    prev = meeting.date - dt.timedelta(days=rng.choice([28, 42, 56, 91]))
    clerk = C.person(rng)
    tld = ".nhs.example" if spec.layout == "papers" else ".gov.example"
    domain = meeting.organisation.split()[0].lower() + tld
    if spec.layout == "papers":
        roles = [
            "Chair",
            "Chief Executive",
            "Medical Director",
            "Chief Nurse",
            "Director of Finance",
            "Non-Executive Director",
            "Non-Executive Director",
            "Non-Executive Director",
        ]
        members = [f"{C.person(rng)}, {role}" for role in roles]
    else:
        members = [f"Councillor {C.person(rng)}" for _ in range(8)]
    topics = rng.sample(C.TOPICS, len(C.TOPICS))
    chosen = [t for name in spec.topics for t in C.TOPICS if t.short == name]
    topics = chosen + [t for t in topics if t not in chosen]
    if spec.layout == "papers":
        items = _nhs_items(spec, rng, topics, prev)
    elif spec.layout == "no_agenda":
        items = _no_agenda_items(spec, rng, topics)
    else:
        items = _council_items(spec, rng, topics, prev, meeting)
    plan = Plan(
        meeting,
        items,
        clerk,
        f"{clerk.split()[0].lower()}.{clerk.split()[1].lower()}@{domain}",
        prev,
        members,
    )
    if spec.scanned:
        for it in plan.walk():
            reports = [d for d in it.docs if d.kind in ("report", "paper") and d.n_pages >= 3]
            if reports:
                reports[0].scanned_page = reports[0].n_pages - 1
                break
    return plan


def _council_items(
    spec: PackSpec, rng: random.Random, topics: list[C.Topic], prev: dt.date, meeting: Meeting
) -> list[ItemPlan]:
    n = spec.n_items
    head: list[ItemPlan] = [
        ItemPlan(
            "",
            "Apologies for Absence",
            "To receive any apologies for absence and details of substitute members.",
        ),
    ]
    if n >= 8:
        head.append(
            ItemPlan(
                "",
                "Declarations of Interest",
                "To receive any declarations of "
                "disclosable pecuniary or other registrable interests.",
            )
        )
    minutes = ItemPlan(
        "", "Minutes", f"To confirm the minutes of the meeting held on {prev.day} {prev:%B %Y}."
    )
    minutes.docs.append(DocPlan("Minutes", "minutes", rng.randint(3, 5)))
    head.append(minutes)
    if n >= 8:
        deadline = meeting.date - dt.timedelta(days=6)
        head.append(
            ItemPlan(
                "",
                "Public Questions",
                "Questions from members of the public must "
                f"be received no later than 5pm on {deadline:%A} {deadline.day} "
                f"{deadline:%B %Y}.",
            )
        )
    tail: list[ItemPlan] = []
    if n >= 6:
        nxt = meeting.date + dt.timedelta(days=rng.choice([35, 49, 63]))
        tail.append(
            ItemPlan(
                "",
                "Date of Next Meeting",
                f"To note that the next meeting will be held on {nxt:%A} {nxt.day} {nxt:%B %Y}.",
            )
        )
    mixed = spec.layout == "mixed"
    if n >= 9 and not mixed:
        # A one-page paper: the agenda prints "(Page N)".
        fwp = ItemPlan(
            "",
            "Forward Work Programme",
            "To note the committee's work programme for the rest of the municipal year.",
        )
        fwp.docs = [DocPlan("Forward Work Programme", "appendix", 1)]
        tail.insert(0, fwp)
    if mixed or spec.exempt_tail:
        tail.append(
            ItemPlan(
                "",
                "Exclusion of the Press and Public",
                "To resolve that the press "
                "and public be excluded for the following item under Section 100A(4) "
                "of the Local Government Act 1972, on the grounds that it involves the "
                "likely disclosure of exempt information as defined in paragraph 3 of "
                "Part 1 of Schedule 12A to the Act.",
            )
        )
        tail.append(
            ItemPlan(
                "",
                "Depot Site Disposal",
                "To consider the terms of the proposed sale of the former depot site "
                "(Part II: exempt information under paragraph 3 of Schedule 12A).",
                exempt=True,
                note="Not for publication",
            )
        )
    n_reports = max(2, n - len(head) - len(tail))
    reports: list[ItemPlan] = []
    for k in range(n_reports):
        topic = topics[k % len(topics)]
        # Now and then the agenda prints the long formal title, which then wraps.
        title = topic.formal if rng.random() < 0.15 else topic.short
        it = ItemPlan("", title, topic.purpose, _people(rng))
        it.docs = _report_docs(spec, rng, topic)
        reports.append(it)
    if mixed and len(reports) >= 3:
        reports[1].docs = []
        reports[1].note = "Verbal update"
        reports[1].people = [("Presenter", C.person(rng))]
        if len(reports) >= 5:
            # Its report comes in a supplement: listed, no papers in this pack.
            reports[2].docs = []
            reports[2].note = "Report to follow"
    if spec.sub_items and len(reports) >= 3:
        parent = reports[-1]
        topic_a, topic_b = topics[-1], topics[-2]
        parent.title = "Scrutiny of Performance"
        parent.purpose, parent.people, parent.docs = None, [], []
        for letter, topic in (("a", topic_a), ("b", topic_b)):
            child = ItemPlan(letter, topic.short, topic.purpose, _people(rng))
            child.docs = _report_docs(spec, rng, topic)[:2]
            parent.children.append(child)
        if spec.shared_doc:
            # One report serves both sub-items: the agenda prints the same range twice.
            first, second = parent.children
            second.docs, second.shares = [], first
    items = head + reports + tail
    for k, it in enumerate(items, 1):
        it.number = str(k)
        for c in it.children:
            c.number = f"{k}{c.number}"
    if spec.layout == "timed":
        _timetable(items, meeting, rng)
    if spec.supplement:
        # The last reports' papers are published in another file (the agenda still lists them).
        with_papers = [it for it in items if it.docs or it.children]
        for it in with_papers[len(with_papers) // 2 + 1 :]:
            _mark_absent(it)
    if spec.agenda_only:
        for it in items:
            _mark_absent(it)
    return items


def _mark_absent(it: ItemPlan) -> None:
    it.in_file = False
    for c in it.children:
        _mark_absent(c)


def _nhs_items(
    spec: PackSpec, rng: random.Random, topics: list[C.Topic], prev: dt.date
) -> list[ItemPlan]:
    style = rng.choice(["letter", "tb", "enclosure"])
    choices = {
        "letter": [f"Paper {chr(65 + i)}" for i in range(26)],
        "tb": [f"TB 25/{41 + i:03d}" for i in range(60)],
        "enclosure": [f"Enclosure {i}" for i in range(1, 60)],
    }
    refs = iter(choices[style])
    n_reports = max(3, spec.n_items - 4)
    hh, mm = 9, 30

    def tick(minutes: int) -> str:
        nonlocal hh, mm
        t = f"{hh:02d}:{mm:02d}"
        mm += minutes
        hh, mm = hh + mm // 60, mm % 60
        return t

    opening = ItemPlan("1", "OPENING BUSINESS")
    opening.children = [
        ItemPlan("1.1", "Welcome and apologies for absence", time=tick(5)),
        ItemPlan("1.2", "Declarations of interest", time=tick(5)),
    ]
    mins = ItemPlan(
        "1.3",
        f"Minutes of the meeting held on {prev.day} {prev:%B %Y}",
        time=tick(5),
        paper=next(refs),
    )
    mins.docs = [DocPlan("Minutes", "paper", rng.randint(3, 5))]
    opening.children.append(mins)
    sections = [opening]
    heads = ["ITEMS FOR DECISION", "ITEMS FOR ASSURANCE", "ITEMS FOR INFORMATION"]
    per = max(1, n_reports // len(heads))
    t_iter = iter(topics)
    for s, head in enumerate(heads, 2):
        sec = ItemPlan(str(s), head)
        count = per if s < 4 else n_reports - per * 2
        for k in range(1, max(1, count) + 1):
            topic = next(t_iter)
            it = ItemPlan(
                f"{s}.{k}",
                topic.short,
                topic.purpose,
                [("Lead", f"{C.person(rng)}, {C.job(rng)}")],
                time=tick(15),
                paper=next(refs),
            )
            it.docs = [DocPlan(topic.formal, "paper", rng.randint(3, 7), topic)]
            sec.children.append(it)
        sections.append(sec)
    # A closed paper: listed on the public agenda, absent from the public pack.
    closed = ItemPlan(
        f"2.{len(sections[1].children) + 1}",
        "Estates Rationalisation: Land Sale",
        time=tick(10),
        paper=next(refs) + " (confidential)",
        exempt=True,
    )
    closed.in_file = False
    sections[1].children.append(closed)
    closing = ItemPlan(str(len(sections) + 1), "CLOSING BUSINESS")
    closing.children = [
        ItemPlan(f"{closing.number}.1", "Any other business", time=tick(5)),
        ItemPlan(f"{closing.number}.2", "Date of next meeting", time=tick(5)),
    ]
    sections.append(closing)
    return sections


def _no_agenda_items(spec: PackSpec, rng: random.Random, topics: list[C.Topic]) -> list[ItemPlan]:
    start = rng.randint(6, 12)
    items = []
    for k in range(max(2, min(spec.n_items, 6))):
        topic = topics[k]
        it = ItemPlan(str(start + k + (1 if k >= 2 else 0)), topic.formal)
        it.docs = _report_docs(spec, rng, topic)
        items.append(it)
    return items


def _timetable(items: list[ItemPlan], meeting: Meeting, rng: random.Random) -> None:
    """Upper-case titles and slot times for every item but the last (timed agendas)."""
    minutes = meeting.hour * 60 + meeting.minute
    for k, it in enumerate(items):
        it.title = it.title.upper()
        for c in it.children:
            c.title = c.title.upper()
        if k < len(items) - 1:
            it.time = f"{minutes // 60:02d}:{minutes % 60:02d}"
            minutes += rng.choice([5, 10, 20, 30]) if not it.docs else rng.choice([20, 30, 45])
