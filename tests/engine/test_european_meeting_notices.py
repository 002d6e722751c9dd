"""Notices of associations' annual meetings in Swedish, Norwegian and German, rebuilt with
fictional wording.

First seen in round 29 on a Gothenburg housing co-operative's "KALLELSE TILL
FÖRENINGSSTÄMMA" (its agenda headed "DAGORDNING", dated "tisdag 21 maj 2019") and a student
society's general-meeting papers ("Innhold" over their contents, dated "21. november 2013"):
no agenda was found, because "agenda", "contents" and the months were read in English only.
"""

from __future__ import annotations

import pytest

from boardprep.core.engine.agenda.find import find_agenda_pages
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.meeting import extract_meeting, find_date
from boardprep.core.engine.vocabulary import AGENDA_HEAD_RE, CONTENTS_HEAD_RE
from tests.engine.agenda_pdfkit import build_doc, line, lines_of

_SWEDISH_NOTICE = [
    line("KALLELSE TILL FÖRENINGSSTÄMMA", 72, True),
    line("Datum: onsdag 14 maj 2025"),
    line("Klockan: 19.00"),
    line("Lokal: Föreningslokalen, Hus 2"),
    8,
    line("DAGORDNING", 72, True),
    line("1. Stämmans öppnande."),
    line("2. Godkännande av dagordningen."),
    line("3. Val av stämmoordförande."),
    line("4. Val av två justeringspersoner tillika rösträknare."),
    line("5. Fastställande av röstlängd."),
    line("6. Föredragning av styrelsens årsredovisning."),
    line("7. Beslut om ansvarsfrihet för styrelseledamöterna."),
    line("8. Val av styrelseledamöter och suppleanter."),
    line("9. Stämmans avslutande."),
]


def test_a_swedish_notice_has_its_agenda_found_and_read() -> None:
    doc = build_doc([_SWEDISH_NOTICE, [line("Motion 1", 72, True), line("Cykelställ vid hus 4")]])
    assert find_agenda_pages(doc) == [0]
    items = parse_agenda(lines_of([_SWEDISH_NOTICE]), None).items
    assert [it.number for it in items] == [str(n) for n in range(1, 10)]
    assert items[0].title == "Stämmans öppnande"


def test_the_meeting_date_in_swedish() -> None:
    assert extract_meeting(lines_of([_SWEDISH_NOTICE])).date == "2025-05-14"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("21. november 2013", "2013-11-21"),  # Norwegian and German: a full stop after the day
        ("Dienstag, 4. März 2025", "2025-03-04"),
        ("le 24 juin 2023 à 14 heures", "2023-06-24"),
        ("torsdag den 16 mars 2021", "2021-03-16"),
        ("17 desember 2019", "2019-12-17"),
        ("15 de octubre de 2020", "2020-10-15"),  # Spanish and Portuguese: "de" around it
        ("Ermesinde, 30 de novembro de 2023", "2023-11-30"),
        ("1º de agosto del 2021", "2021-08-01"),
        ("martedì 12 marzo 2024", "2024-03-12"),
    ],
)
def test_month_names_of_european_notices(text: str, date: str) -> None:
    assert find_date(text) == date


@pytest.mark.parametrize(
    "heading", ["Dagordning", "DAGSORDEN", "Tagesordnung", "Ordre du jour", "Föredragningslista"]
)
def test_the_word_agenda_in_other_languages(heading: str) -> None:
    assert AGENDA_HEAD_RE.match(heading)


def test_a_place_named_like_a_month_is_no_date() -> None:
    assert find_date("County Mayo 2020") is None
    assert find_date("Mayo Clinic 12 2020") is None


@pytest.mark.parametrize("heading", ["Innehåll", "Innhold", "Inhaltsverzeichnis", "Sommaire"])
def test_the_word_contents_in_other_languages(heading: str) -> None:
    assert CONTENTS_HEAD_RE.match(heading)
    assert not AGENDA_HEAD_RE.match(heading)


def test_an_english_item_about_the_agenda_is_still_no_heading() -> None:
    assert not AGENDA_HEAD_RE.match("2. Godkännande av dagordningen")
    assert not AGENDA_HEAD_RE.match("Approval of the Agenda")


def test_a_french_letter_announces_its_meeting_after_its_own_date() -> None:
    m = extract_meeting(
        lines_of(
            [
                [
                    line("Association Les Amis du Canal", 72, True),
                    line("Nantes, le 12 janvier 2026,"),
                    8,
                    line("Madame, Monsieur,"),
                    line("Nous avons l'honneur de vous informer qu'une Assemblée Générale"),
                    line("Ordinaire de l'association aura lieu le dimanche 1er février 2026,"),
                    line("à partir de 14h00."),
                    line("Celle-ci se tiendra en ligne."),
                ]
            ]
        )
    )
    assert (m.date, m.time) == ("2026-02-01", "14:00")


@pytest.mark.parametrize(
    ("text", "time"),
    [("à partir de 14h00", "14:00"), ("à 9 h 30", "09:30"), ("à 18 heures", "18:00")],
)
def test_french_clock_times(text: str, time: str) -> None:
    from boardprep.core.engine.meeting import _meeting_time

    assert _meeting_time(text) == time


def _typeset_papers() -> list[list]:
    """A hackerspace's annual-meeting papers typeset as a report: a title page, then section
    "1 Dagordning" holding the agenda, then one numbered section per paper."""
    agenda = [
        line("1 Dagordning", 72, True),
        *[
            line(f"{k}. {t}", 90)
            for k, t in enumerate(
                [
                    "Öppnande av mötet",
                    "Val av mötesordförande",
                    "Fastställande av röstlängd",
                    "Föredrag av verksamhetsberättelse",
                    "Föredrag av ekonomisk berättelse",
                    "Fråga om styrelsens ansvarsfrihet",
                    "Budget",
                    "Mötets avslutande",
                ],
                1,
            )
        ],
    ]
    papers = [
        [line(f"{n} {title}", 72, True), line("Vi har haft träffar varje måndag.")]
        for n, title in [(2, "Verksamhetsberättelse 2025"), (3, "Ekonomisk berättelse 2025")]
    ]
    return [[line("Årsmöteshandlingar 2026", 200, True), line("2026-03-01", 250)], agenda, *papers]


def test_an_agenda_typeset_as_a_numbered_section() -> None:
    pages = _typeset_papers()
    assert find_agenda_pages(build_doc(pages)) == [1]
    items = parse_agenda(lines_of(pages[1:2]), None).items
    assert [(it.number, it.title) for it in items[:2]] == [
        ("1", "Öppnande av mötet"),
        ("2", "Val av mötesordförande"),
    ]
    assert len(items) == 8


def test_a_french_convocation_lists_its_agenda_under_its_own_announcement() -> None:
    """A convocation letter with no agenda heading: "… se présente des six éléments suivants."
    over "1. Rapport d'activité." and a paragraph under each item, on into the next page."""
    letter = [
        line("Association fictive des amis du jardin"),
        line("Paris, le 2 mai 2025"),
        line("Objet : Convocation à l'Assemblée Générale Ordinaire 2025"),
        line("Nous avons l'honneur de vous informer que l'assemblée aura lieu le 24 mai 2025."),
        line("L'ordre du jour se présente, succinctement, des six éléments suivants."),
    ]
    more: list = []
    titles = [
        "Rapport d'activité de l'association.",
        "Rapport moral du Président.",
        "Rapport financier du Trésorier.",
        "Projets de l'année à venir.",
        "Fixation du montant des cotisations.",
        "Renouvellement du Conseil d'Administration.",
    ]
    for k, title in enumerate(titles, start=1):
        rows = [line(f"{k}. {title}"), *[line("Le bureau présentera ce point.")] * 4]
        (letter if k <= 3 else more).extend(rows)
    annex = [line("Ordre du jour argumenté", 72, True), line("Texte libre du point.")]
    doc = build_doc([letter, more, *[annex] * 6])  # the argued agenda follows
    assert find_agenda_pages(doc) == [0, 1]


def test_a_reports_contents_page_is_the_agenda_when_there_is_none() -> None:
    """Papers typeset as one report under a dated title page: the contents page ("Innhold",
    entries dotted out to their pages) lists the business from "1"; it is the agenda, and a
    spaced leader ". . . . 4" is no part of a title."""
    title_page = [line("Generalforsamling", 72, True), line("Fiktivt Selskap"), line("3. mai 2024")]
    contents = [line("Innhold", 72, True)]
    for k, name in enumerate(
        ["Valg av møteleder", "Valg av referent", "Godkjenning av innkalling",
         "Semesterberetning ved leder", "Kasserer orienterer", "Valg av styre"],
        start=1,
    ):  # fmt: skip
        contents.append(line(f"{k}  {name} {'. ' * 30} {2 + k // 2}"))
    body = [line("1 Valg av møteleder", 72, True), line("Styret foreslår at leder velges.")]
    doc = build_doc([title_page, contents, body, body])
    assert find_agenda_pages(doc) == [1]
    items = parse_agenda(lines_of([contents]), None).items
    assert [it.title for it in items][3] == "Semesterberetning ved leder"
    assert items[3].pack_pages == (4, 4)


def test_a_spanish_convocation_announces_its_date_over_a_line_break() -> None:
    """ "… legitimados para celebrar la Asamblea en punto de las 18:00 horas del día jueves
    29 de" / "Octubre del 2020 en el Centro …": the announcing sentence names the date."""
    notice = [
        line("CONVOCATORIA EXTRAORDINARIA", 72, True),
        line("A todos los socios de la Sociedad Ficticia de Cardiología, legitimados para"),
        line(
            "celebrar la Asamblea Extraordinaria en punto de las 18:00 horas del día jueves 29 de"
        ),
        line("Octubre del 2020 en el Centro de Congresos, bajo la siguiente:"),
        line("ORDEN DEL DIA", 72, True),
        line("I. Registro de socios."),
        line("II. Informe del Presidente."),
        line("Mérida, Yucatán, a 1 de septiembre del 2020"),
    ]
    meeting = extract_meeting(lines_of([notice]))
    assert (meeting.date, meeting.time) == ("2020-10-29", "18:00")
