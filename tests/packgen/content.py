"""Fictional wording for generated packs: bodies, people, topics and report prose.

Every name here is invented. Content is chosen with a seeded ``random.Random`` so a spec always
produces the same pack.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNCILS = [
    "Harrowmere Borough Council",
    "North Callowdale District Council",
    "Westbrook Vale County Council",
    "Ashcombe and Fenley Borough Council",
    "Thornbury Heath District Council",
    "Kestrel Downs Unitary Council",
]
NHS_TRUSTS = [
    "Callowdale Community Health NHS Trust",
    "Harrowmere and Fenley Hospitals NHS Foundation Trust",
    "Westbrook Vale Mental Health NHS Trust",
]
NHS_VENUES = [
    "Boardroom, Trust Headquarters, Orchard Park, Callowdale CD2 8HX",
    "Lecture Theatre, Education Centre, Fenley General Hospital, Fenley FN1 5DW",
]
BODIES = [
    "Health and Wellbeing Board",
    "Cabinet",
    "Overview and Scrutiny Committee",
    "Communities Select Committee",
    "Planning and Environment Committee",
    "Children's Services Scrutiny Panel",
    "Audit and Governance Committee",
]
VENUES = [
    "Council Chamber, Civic Centre, Harrow Lane, Harrowmere HM1 2QT",
    "Kestrel Room, County Hall, Market Street, Westbrook WB4 7JA",
    "Committee Room 2, The Guildhall, Fenley FN3 9RS",
    "Brackenfield Suite, Callowdale House, Mill Road, Callowdale CD7 1LP",
]
FIRST = [
    "Alison",
    "Bernard",
    "Carys",
    "Dev",
    "Eleanor",
    "Farid",
    "Gwen",
    "Harvey",
    "Imogen",
    "Jonah",
    "Keira",
    "Laurence",
    "Maya",
    "Nikhil",
    "Orla",
    "Piers",
    "Rosalind",
    "Samir",
    "Tamsin",
    "Umar",
    "Verity",
    "Wilfred",
    "Yasmin",
    "Zac",
]
LAST = [
    "Ashdown",
    "Bellweather",
    "Corrigan",
    "Dunmore",
    "Ellery",
    "Fairbrother",
    "Greenhalgh",
    "Hollins",
    "Ingleby",
    "Jarrold",
    "Kettering",
    "Lowther",
    "Marchbank",
    "Nettleford",
    "Oakshott",
    "Pemberton",
    "Quarrie",
    "Radcliffe",
    "Stanyard",
    "Thwaite",
    "Underhill",
    "Varley",
    "Winterbourne",
    "Yardley",
]
JOBS = [
    "Director of Adult Social Care",
    "Head of Housing Services",
    "Corporate Director of Place",
    "Chief Finance Officer",
    "Head of Libraries and Culture",
    "Director of Public Health",
    "Waste and Recycling Manager",
    "Head of Transport Planning",
    "Safeguarding Lead",
    "Democratic Services Officer",
    "Parks and Open Spaces Manager",
    "Head of Commissioning",
]


@dataclass(frozen=True)
class Topic:
    short: str  # agenda title
    formal: str  # the report's own title on its cover sheet
    purpose: str
    appendices: tuple[str, ...]
    slides: str | None = None  # title of a slide deck, if the topic has one
    annual: bool = False  # annual report with its own contents page


TOPICS = [
    Topic(
        "Parks and Green Spaces Strategy",
        "Review of the Parks and Green Spaces Strategy 2025-2030: Final Report",
        "To approve the refreshed strategy for parks, play areas and allotments.",
        ("Consultation responses", "Action plan"),
    ),
    Topic(
        "Housing Allocations Policy",
        "Revised Housing Allocations Policy and Choice Based Lettings Scheme",
        "To agree changes to the banding of applicants on the housing register.",
        ("Equality impact assessment",),
    ),
    Topic(
        "Revenue Budget Monitoring Quarter 2",
        "Revenue and Capital Budget Monitoring Report: Quarter 2 2025/26",
        "To note the forecast outturn and the actions taken to contain overspends.",
        ("Detailed forecast by directorate", "Capital programme changes"),
    ),
    Topic(
        "Library Service Review",
        "Future of the Library Service: Outcome of the Needs Assessment",
        "To consider the options for community-managed libraries.",
        ("Needs assessment summary",),
        slides="Library Service Review: briefing slides",
    ),
    Topic(
        "Adult Social Care Winter Plan",
        "Adult Social Care Winter Resilience Plan 2025/26",
        "To receive assurance on hospital discharge and home care capacity over winter.",
        (),
        slides="Winter Plan: system presentation",
    ),
    Topic(
        "Waste Collection Contract",
        "Procurement of the Waste Collection and Street Cleansing Contract",
        "To agree the procurement route and the evaluation criteria for the new contract.",
        ("Options appraisal",),
    ),
    Topic(
        "Local Transport Plan",
        "Local Transport Plan 4: Draft for Public Consultation",
        "To approve the draft plan for an eight-week public consultation.",
        ("Draft plan summary", "Scheme list"),
    ),
    Topic(
        "Safeguarding Adults Board Annual Report",
        "Callowdale Safeguarding Adults Board Annual Report 2024/25",
        "To consider the board's annual report and the priorities for the coming year.",
        (),
        annual=True,
    ),
    Topic(
        "Homelessness Prevention Update",
        "Homelessness and Rough Sleeping Prevention: Progress Update",
        "To note progress against the homelessness strategy action plan.",
        ("Performance dashboard",),
    ),
    Topic(
        "Community Safety Partnership Plan",
        "Community Safety Partnership Plan 2025-2028",
        "To endorse the partnership's priorities for the next three years.",
        (),
    ),
    Topic(
        "Children's Mental Health Transformation",
        "Children and Young People's Mental Health Local Transformation Plan Refresh",
        "To agree the refreshed local transformation plan.",
        ("Service map",),
        slides="Transformation plan: overview",
    ),
    Topic(
        "Leisure Centre Refurbishment",
        "Capital Investment in Fenley Leisure Centre: Business Case",
        "To approve the business case and release capital funding.",
        ("Cost plan",),
    ),
    Topic(
        "Air Quality Action Plan",
        "Air Quality Annual Status Report and Action Plan Update",
        "To note air quality monitoring results and agree new actions.",
        (),
    ),
    Topic(
        "Treasury Management Mid-Year Review",
        "Treasury Management Strategy Statement: Mid-Year Review 2025/26",
        "To note treasury activity and prudential indicators for the first half of the year.",
        ("Prudential indicators",),
    ),
    Topic(
        "Carers Strategy",
        "Joint Carers Strategy 2025-2029: Recognising and Supporting Unpaid Carers",
        "To approve the joint strategy with health partners.",
        ("Engagement findings",),
    ),
    Topic(
        "Highways Maintenance Programme",
        "Highways Asset Management: Annual Maintenance Programme",
        "To agree the resurfacing programme and the approach to pothole repair.",
        ("Schemes by ward",),
    ),
    Topic(
        "Public Health Annual Report",
        "Annual Report of the Director of Public Health 2025",
        "To receive the independent annual report of the Director of Public Health.",
        (),
        annual=True,
    ),
    Topic(
        "Corporate Risk Register",
        "Corporate Risk Register: Six-Monthly Review",
        "To review the strategic risks and the controls in place.",
        ("Risk register extract",),
    ),
    Topic(
        "Special Educational Needs Travel",
        "Home to School Transport for Pupils with Special Educational Needs: Policy Review",
        "To consider the outcome of consultation on the transport policy.",
        ("Consultation report",),
    ),
    Topic(
        "Climate Emergency Progress",
        "Climate Emergency Action Plan: Annual Progress Report",
        "To note progress towards the council's net zero target.",
        ("Emissions data",),
        slides="Net zero: progress in pictures",
    ),
]

SENTENCES = [
    "The service has seen a sustained increase in demand since the last report to the committee.",
    "Officers have worked with partners across the district to agree a shared set of priorities.",
    "The financial implications are set out in section 6 and have been reviewed by the Section 151 "
    "Officer.",
    "Consultation ran for eight weeks and attracted responses from residents, businesses and "
    "voluntary groups.",
    "Members are asked to note that the figures for the most recent month are provisional.",
    "The proposals support the council's corporate plan priority for thriving communities.",
    "A full equality impact assessment has been completed and no adverse impacts were identified.",
    "Performance against the key indicators is summarised in the table below.",
    "The risk of further delay has been rated amber and is monitored by the programme board.",
    "Staff vacancies in the team have been filled and a training programme is under way.",
    "Feedback from service users has been broadly positive, with some concerns about "
    "waiting times.",
    "The legal implications have been considered by the Monitoring Officer.",
    "Further detail on the options considered is provided in the appendices to this report.",
    "The programme remains on track to deliver the savings agreed in the medium term plan.",
    "Ward members were briefed on the proposals at an informal session in September.",
    "Partners have committed additional funding for a pilot in two localities.",
    "The next update will be brought to the committee in six months' time.",
    "Table 3 on page 14 of the strategy sets out the targets for each of the next five years.",
    "Benchmarking against similar authorities shows the council is in the middle quartile.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def job(rng: random.Random) -> str:
    return rng.choice(JOBS)


def paragraph(rng: random.Random, n: int = 3) -> str:
    return " ".join(rng.sample(SENTENCES, n))


SLIDE_TITLES = [
    "Where we are now",
    "What people told us",
    "Demand and capacity",
    "Key risks",
    "Next steps",
    "Funding position",
    "Outcomes so far",
]


def rng_title(rng: random.Random) -> str:
    return rng.choice(SLIDE_TITLES)
