"""People named under agenda items: "Responsible Officer(s):", "Presenters:", "Contact:" ...

The role is kept as printed (without the colon). A value is either a list of names
("Linda Prosser, Carlton Brand") or one person with a job title
("Lou Patten, Chief Operating Officer, X CCG"): only the name is kept.
"""

from __future__ import annotations

import re

from boardprep.core.engine.vocabulary import STREET_RE
from boardprep.core.model import Person

LABEL_RE = re.compile(
    r"^\s*(?P<role>(?:Responsible|Lead|Contact|Accountable|Presenting|Report(?:ing)?)\s+"
    r"(?:Officers?|Directors?|Members?|Authors?|Contacts?|Executives?)(?:\s*\(s\))?"
    r"|Report\s+authors?(?:\s*\(s\))?|Report\s+of|Reports?\s+by|Authors?|Presenters?(?:\s*\(s\))?"
    r"|Presented\s+by|Contacts?(?:\s+officers?)?|Cabinet\s+Members?|Portfolio\s+Holders?"
    r"|Lead\s+Members?|Lead\s+contacts?|Lead|Leads|Sponsors?|Executive\s+Sponsor|Update\s+from"
    r"|Officer\s+contact|Chief\s+Officer|Lead\s+Directors?|Staff\s+Reference)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)

# Words that make a comma part a job title or an organisation, not a name.
_TITLE_WORDS = re.compile(
    r"\b(officer|director|manager|head|chief|chair(?:man|woman|person)?|lead|executive|"
    r"commissioner|council|councillor for|ccg|icb|nhs|trust|board|service|services|team|"
    r"department|programme|partnership|group|committee|authority|health|care|public|"
    r"independent|deputy|assistant|interim|acting|corporate|strategic|senior|principal|"
    r"secretary|clerk|adviser|advisor|consultant|member for|portfolio|cabinet|university|"
    r"police|hospital|ltd|limited|foundation|governance|finance|nursing|medical|clinical|"
    r"county|borough|district|city|mayor|tel|telephone|email|e-mail|ext|superintendent|"
    r"associate|counsel|attorney|engineer|planner|coordinator|analyst|specialist|president|"
    r"trustee|provost|dean|registrar|resources|center|centre|office|faculty|technology|"
    r"affairs|relations|college|library)\b",
    re.IGNORECASE,
)
_HONORIFIC = r"(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev|Lady|Lord)\.?"
# Capitals and letters of names, accented ones included ("André Bell", "Zoë Ó Súilleabháin").
_UP = "A-ZÀ-ÖØ-Þ"
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_NAME_RE = re.compile(
    rf"^(?:{_HONORIFIC}\s+)*(?:[{_UP}][{_LETTERS}'’\-]+|[{_UP}]\.?)"
    rf"(?:\s+(?:[{_UP}][{_LETTERS}'’\-]+|[{_UP}]\.?"
    r"|de|van|von|der|da|di|la|le|du|bin|al))*(?:\s+(?:OBE|MBE|CBE|QC|KC))?$"
)


# Job titles printed instead of a name ("Chief Operating Officer", "Trust Secretary").
ROLE_WORDS_RE = re.compile(
    r"\b(?:Chair(?:man|woman|person)?|Vice[- ]Chair|Chief|Director|Officer|Manager|Head\s+of|"
    r"Secretary|Clerk|Lead|Executive|Nurse|Medical|Controller|Treasurer|Monitoring|Leader|"
    r"Mayor|Cabinet\s+Member|Portfolio\s+Holder|Governor|Principal|Registrar|Dean|Officers|"
    r"Co-?[Oo]rdinator|Lieutenant)\b"
)


_BRACKETED_RE = re.compile(r"\s*\(([^()]{2,160})\)\s*\.?\s*$")


def bracketed_presenters(title: str) -> tuple[str, list[Person]]:
    """ "The Association's Treasurer (Mr. Treasurer, The General Secretary)": who presents,
    in brackets after the title, each an honorific and a name or office, or "The <office>"."""
    m = _BRACKETED_RE.search(title)
    if m is None or m.start() < 4:
        return title, []
    labelled = labelled_people(m.group(1))
    if labelled:
        return title[: m.start()].rstrip(), labelled
    inner = m.group(1).strip()
    if (named := name_and_office(inner)) is not None:
        return title[: m.start()].rstrip(), [named]
    if _presenters_initials(title[: m.start()], inner):
        people = [p.strip() for p in re.split(r"\s*(?:,|/|&|\band\b)\s*", inner) if p.strip()]
        # "(all)": everyone speaks in turn.
        return title[: m.start()].rstrip(), [
            Person(role="Presenter", name=p.capitalize() if p == "all" else p) for p in people
        ]
    parts = [p.strip() for p in re.split(r",|\s+and\s+|/", inner) if p.strip()]

    def presenter(p: str) -> bool:
        if re.match(rf"{_HONORIFIC}\s+[A-Z]", p):
            return len(p.split()) <= 4
        if _TITLED_NAME_RE.match(p):
            return True  # "(Councilwoman Love)", "(Vice Mayor Camp)": who brings it
        return p.startswith("The ") and len(p.split()) <= 4 and bool(ROLE_WORDS_RE.search(p))

    if not parts or not all(presenter(p) for p in parts):
        return title, []
    return title[: m.start()].rstrip(), [
        Person(role="Sponsor" if is_titled_name(p) else "Presenter", name=p) for p in parts
    ]


_BRACKET_INITIALS_RE = re.compile(r"^(?:[A-Z]{2,3}(?:\s*(?:,|/|&|\band\b)\s*[A-Z]{2,3})*|all)$")


def _presenters_initials(before: str, inner: str) -> bool:
    """ "What we are here to do (HS)", "History (PL, EP)", "Introductions (all)": who speaks,
    by initials; not an acronym the title spells out ("Healthy Soils Program (HSP)")."""
    if not _BRACKET_INITIALS_RE.match(inner):
        return False
    if "," in inner or "/" in inner or "&" in inner or " and " in inner or inner == "all":
        return True
    initials = iter(w[0].upper() for w in re.findall(r"[A-Za-z]+", before))
    return not all(letter in initials for letter in inner)  # spelled out, in order: an acronym


def name_and_office(text: str) -> Person | None:
    """ "James Fenton, Executive Director of EDA": one name, then its office."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not 2 <= len(parts[0].split()) <= 4:
        return None
    name, office = parts
    if re.match(rf"(?:The|{_HONORIFIC})\s", office):
        return None  # "(Mr. Treasurer, The General Secretary)": two presenters
    holder = ROLE_WORDS_RE.search(office) or re.search(
        r"\b(?:Engineer|Attorney|Administrator|Superintendent|President|Planner)\b", office
    )
    if looks_like_name(name) and _capitalised(office) and holder:  # ("Bill" is a first name)
        return Person(role=office, name=name)
    return None


def labelled_people(text: str) -> list[Person]:
    """ "(Staff Reference: Finance Director Samson, Presented by Deputy Director Dombrowski)":
    each label's person as printed (an office and a surname), in the label's role."""
    out: list[Person] = []
    for part in re.split(r",\s*(?=Presented\s+by\b)", text):
        by = re.match(r"(Presented\s+by)\s+(?=\S)(.*)", part)
        found = match_label(part) or (by and (by.group(1), by.group(2)))
        if not found or not found[1].strip(" ."):
            return []
        out.append(Person(role=found[0], name=found[1].strip(" .")))
    return out


# A last word no surname ends with: "Incandescent Sponsorship", "Annual Session".
_NOUN_ENDING_RE = re.compile(r"(?:ship|tion|sion|ment|ness|ity)$", re.IGNORECASE)


def looks_like_name(text: str) -> bool:
    t = text.strip().strip(".")
    if not t or _TITLE_WORDS.search(t) or any(ch.isdigit() for ch in t):
        return False
    words = t.split()
    if not 2 <= len(words) <= 6:
        return False
    if len(words[-1]) >= 8 and _NOUN_ENDING_RE.search(words[-1]):
        return False
    return bool(_NAME_RE.match(t))


def split_people(value: str) -> list[str]:
    """Names in a label's value: a list of names, or the name before a job title."""
    v = re.split(r"\b(?:Tel|Telephone|Email|E-mail|Ext)\b\.?\s*:?", value, maxsplit=1)[0]
    v = v.strip().rstrip(",;.")
    if not v:
        return []
    if ";" in v:
        # "Sue Black, Head of SEN; Jon Day, Finance Partner": one person per ";" group.
        return [n for group in v.split(";") for n in split_people(group)]
    parts = [p.strip() for p in re.split(r",|\s+and\s+|\s+&\s+|/", v) if p.strip()]
    names: list[str] = []
    for k, raw in enumerate(parts):
        # "Helen Jones (Director)", "Jane Smith - Head of Finance": the name comes first.
        part = re.split(r"\s[-–—]\s|\s*\(", raw, maxsplit=1)[0].strip()
        if looks_like_name(part):
            names.append(part)
        elif k == 0:
            # "Head of SEN Jane Doe"? keep nothing rather than a job title.
            continue
        else:
            # A job title or organisation follows the previous name: a new name can follow it
            # only after a separator we cannot see, so the rest belongs to the same person.
            break
    return names


def match_label(text: str) -> tuple[str, str] | None:
    """("Responsible Officers", "Linda Prosser, Carlton Brand") or None."""
    m = LABEL_RE.match(text.replace("\t", " "))
    if not m:
        return None
    role = re.sub(r"\s+", " ", m.group("role")).strip()
    return role, m.group("value").strip()


def people_from(role: str, value: str) -> list[Person]:
    if role.lower().startswith("sponsor") and re.fullmatch(
        r"[A-Z][\w'’-]+(?:\s*/\s*[A-Z][\w'’-]+)+", value.strip()
    ):
        # "Sponsors: Ireson/Hayes": a county commission's sponsors by surname.
        return [Person(role=role, name=n.strip()) for n in value.split("/")]
    return [Person(role=role, name=n) for n in split_people(value)]


# Words of an item's subject, never of a person's name: "Housing – Homelessness Strategy".
SUBJECT_WORDS = re.compile(
    r"\b(?:strategy|plan|policy|policies|update|report|review|budget|programme|program|scheme|"
    r"proposals?|consultation|framework|assessment|performance|statement|accounts?|fund|"
    r"regulation|order|act|bill|motion|petition|minutes|actions?|register|matters|arising|"
    r"excluded|public|private|verbal|presentation|item|items|phase|stage|part|appendix|annex|"
    r"options?|results?|business|case|charter|terms|reference|risk|audit|quality|safety|"
    r"development|services?|annual|refresh|quarter|monitoring|outturn|forecast|grants?|"
    r"transport|housing|planning|update|systems?|litigation|negotiations?|session|property|"
    r"agreements?|contracts?|claims?|employment|evaluation|discipline|dismissal|release)\b",
    re.IGNORECASE,
)
_ROLE_ONLY_RE = re.compile(
    r"^(?:(?:the\s+)?(?:Board\s+|Clinical\s+|Deputy\s+|Vice[- ]|Co-?)?"
    r"(?:Chair(?:man|woman|person)?s?|"
    r"Champion|Chief\s+Executive|Chief\s+\w+\s+Officer|Director\s+of\s+[A-Z][\w &]+|Treasurer|"
    r"Clerk|Secretary|Mayor|Leader)|(?:Board\s+)?\w+\s+Champion|[A-Z]{2,4}O|CEO|CFO|COO|CMO|"
    r"(?:Board|Committee|Council)\s+Members)$"
)
# A name behind its office, as US agendas print presenters: "Council Member Waronek".
_TITLED_NAME_RE = re.compile(
    r"^((?:Council\s*(?:member|man|woman|person)|Council\s+Member|Mayor(?:\s+Pro\s+Tem)?|Vice\s+Mayor|Commissioner|"
    r"Supervisor|Trustee|Pastor|Reverend|Rev\.|Rabbi|Father|Chief|Director|President|"
    r"Vice\s+President|Chair(?:man|woman|person)?|Vice[- ]Chair|(?:Vice\s+)?Provost|Dean|"
    r"Senator|Superintendent|(?:Vice\s+)?Chancellor|Principal))\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2})$"
)


# One office word and a name: "Coordinator Carol Milsap", in a list of titled names.
_OFFICE_NAME_RE = re.compile(
    r"^([A-Z][a-z]{3,}(?:or|er|ist|ent|ant))\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)?)$"
)


def _titled_names(tail: str) -> list[Person]:
    """Names behind their offices joined by "/" ("Trustee Albrecht/Coordinator Carol Milsap"),
    at least one office a known one; [] for anything else ("Recycling/Landfill Report")."""
    parts = [p.strip() for p in tail.split("/")]
    found = [_TITLED_NAME_RE.match(p) or _OFFICE_NAME_RE.match(p) for p in parts]
    if len(parts) < 2 or not all(found) or not any(_TITLED_NAME_RE.match(p) for p in parts):
        return []
    return [Person(role=f.group(1), name=f.group(2)) for f in found if f]


def is_titled_name(text: str) -> bool:
    """ "Councilman Hayes", "Vice Mayor Camp": a name behind its office."""
    return bool(_TITLED_NAME_RE.match(text.strip()))


# A hyphen needs spaces round it to part a presenter ("Anti-Bullying" is one word).
_INITIALS_RE = re.compile(r"^[A-Z]{2}(?:\s*/\s*[A-Z]{2})*$")
# Items about a person, who is named after the dash: the one sworn in or honoured.
_HONOURS_RE = re.compile(
    r"\b(?:oaths?\s+of\s+office|swearing[- ]in|sworn\s+in|retirement|in\s+memor(?:y|iam)|"
    r"farewell|^recogni|recogni[sz](?:e|ing)\b|recognition\s+of\b)",
    re.IGNORECASE,
)
_PRESENTER_TAIL_RE = re.compile(
    r"^(?P<title>.{2,}?\S)(?:\s+-\s*|\s*-\s+|\s*[–—]\s*)(?P<tail>[A-Z][^–—]{1,300})$"
)


def _names_with_offices(title: str, head: str, parts: list[str]) -> tuple[str, list[Person]]:
    """ "Ann Bell, Director of Finance, and Raj Dev, Head of Audit": each name then its office."""
    cells: list[str] = []
    offices: list[bool] = []
    for p in parts:
        c = re.sub(r"^(?:and|&)\s+", "", p).strip()
        if not c:
            continue
        office = bool(_TITLE_WORDS.search(c) or ROLE_WORDS_RE.search(c))
        if offices and offices[-1] and not office and not looks_like_name(c) and _capitalised(c):
            # "Director of Construction, Maintenance and Facilities": the office runs on.
            cells[-1] = f"{cells[-1]}, {c}"
            continue
        cells.append(c)
        offices.append(office)
    names = [c for c, office in zip(cells, offices, strict=True) if not office]
    if offices[0] or not names:
        return title, []
    if not all(looks_like_name(n) and not SUBJECT_WORDS.search(n) for n in names):
        return title, []
    return head, [Person(role="Presenter", name=n) for n in names]


def presenter_line(text: str) -> list[str]:
    """The names on a line of its own under a title that says who presents the item:
    "Kristina de la Vega and Mika Williamson, Human Resources", "Deone Zell, Faculty
    Technology Center": names, then their office (words of an office, not a subject)."""
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    if len(parts) < 2 or any(not p for p in parts):
        return []
    names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", parts[0])]
    if not all(looks_like_name(n) and not SUBJECT_WORDS.search(n) for n in names):
        return []
    offices = parts[1:]
    if len(offices) > 2 or not all(_office(o) for o in offices):
        return []
    return names


def _capitalised(text: str) -> bool:
    """Up to six capitalised words (and "of", "the", "for", "and", "&")."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "the", "for", "and", "&") for w in words)
    )


def _office(text: str) -> bool:
    """ "Chair of EPC", "Human Resources": capitalised words of an office; not a title's next
    words ("and Authorize the City Manager")."""
    return _capitalised(text) and bool(_TITLE_WORDS.search(text) or ROLE_WORDS_RE.search(text))


# "Call to Order by Sheriff Jeff Cassidy", "Roll Call by Teresa Jacobs, Sullivan County Clerk":
# a short piece of business, then who does it.
_BY_RE = re.compile(
    r"^(?P<title>\S+(?:\s+\S+){0,4}?)\s+by\s+(?P<who>[^,]{5,40})(?:,\s*(?P<office>[^,]{3,50}))?$"
)
# "Branch House Family Justice Center, Executive Director Lenee Hendrix": an office and a name.
_COMMA_OFFICE_RE = re.compile(r"^(?P<title>.{8,}?),\s+(?P<who>[^,]{8,60})$")


# "Welcome, Dr. Joseph Konstan, Associate Dean", "“The Importance of Failure”, Professor
# Nikos Papanikolopoulos": a name with its honorific after a comma, maybe its office after.
_COMMA_HONORIFIC_RE = re.compile(
    rf"^(?P<title>.{{3,}}?),\s+(?P<who>{_HONORIFIC}\s+[{_UP}][^,]{{2,40}})"
    r"(?:,\s+(?P<office>[^,]{3,80}))?$"
)


def _presenter_after_by_or_comma(title: str) -> tuple[str, list[Person]]:
    honoured = _COMMA_HONORIFIC_RE.match(title.strip())
    if honoured and looks_like_name(honoured.group("who")):
        office = honoured.group("office")  # the honorific vouches for the name: any office
        if office is None or len(office.split()) <= 10:
            who = honoured.group("who").strip()
            return honoured.group("title"), [Person(role=office or "Presenter", name=who)]
    by = _BY_RE.match(title.strip())
    if by:
        who = by.group("who").strip()
        titled = _TITLED_NAME_RE.match(who)
        if titled:
            return by.group("title"), [Person(role=titled.group(1), name=titled.group(2))]
        office = by.group("office")
        named = looks_like_name(who) and not who.lower().startswith("the ")
        if named and (office is None or _office(office)):
            return by.group("title"), [Person(role=office or "Presenter", name=who)]
    comma = _COMMA_OFFICE_RE.match(title.strip())
    if comma and not looks_like_name(comma.group("title")):  # "Norm Zezula, Mayor Pro Tempore"
        words = comma.group("who").split()
        for k in range(1, len(words) - 1):  # the office's words, then two or three of a name
            office, name = " ".join(words[:k]), " ".join(words[k:])
            whole = not re.search(r"\b(?:of|for|the|and|&)$", office, re.IGNORECASE)
            a_name = 2 <= len(words) - k <= 3 and looks_like_name(name)
            if ROLE_WORDS_RE.search(office) and _office(office) and whole and a_name:
                return comma.group("title"), [Person(role=office, name=name)]
    return title, []


# "Summary of Review of Local Development Plan – report from Cllr Richards": whose report,
# after the dash, by honorific and name ("Cllr Richards") or office ("the Clerk").
_REPORT_FROM_RE = re.compile(
    rf"^(?P<title>.{{3,}}?\S)\s*[-–—]\s*(?:[Vv]erbal\s+)?(?:[Rr]eport|[Uu]pdate)\s+(?:from|by)\s+"
    rf"(?P<who>{_HONORIFIC}\s+[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+)?"
    rf"|(?:the\s+)?[{_UP}][\w ]{{2,30}})\.?$"
)


_LOWER_ROLE_RE = re.compile(r"(\s[–—-]\s*)((?:co-?)?chair(?:man|woman|person)?s?,\s)")


def _report_from(title: str) -> tuple[str, list[Person]] | None:
    m = _REPORT_FROM_RE.match(title.strip())
    if m is None:
        return None
    who = m.group("who")
    if re.match(_HONORIFIC + r"\s", who):
        return m.group("title"), [Person(role="Presenter", name=who)]
    if _ROLE_ONLY_RE.match(who) or _ROLE_ONLY_RE.match(re.sub(r"^the\s+", "", who)):
        return m.group("title"), [Person(role="Presenter", name=re.sub(r"^the\s+", "", who))]
    return None


def _other_forms(title: str, plain_names: bool) -> tuple[str, list[Person]] | None:
    if (reported := _report_from(title)) is not None:
        return reported
    # "HB Clinical Council – co-chairs, John Gommans & Julie Arthur": an office in lower case.
    raised = _LOWER_ROLE_RE.sub(
        lambda r: r.group(1) + r.group(2)[0].upper() + r.group(2)[1:], title
    )
    if raised != title and (got := split_presenter(raised, plain_names=plain_names))[1]:
        return got
    return None


def split_presenter(title: str, *, plain_names: bool = False) -> tuple[str, list[Person]]:
    """ "Finance Report – Jane Hall, Director of Finance" -> ("Finance Report", [Jane Hall]).

    Boards print the presenter after a dash at the end of the title: a role alone ("CEO"),
    "Chair, Name", a name with its job title after a comma, names joined by "/". A bare name
    ("– Ken Foote") looks like a place or a subject too ("– Kings Norton"), so it is taken
    only with ``plain_names`` (the same agenda printed presenters in the surer forms).
    Anything else after a dash ("Matters Arising – Review of Actions") stays in the title.
    """
    if (other := _other_forms(title, plain_names)) is not None:
        return other
    m = _PRESENTER_TAIL_RE.match(title.strip())
    if not m:
        return _presenter_after_by_or_comma(title)
    if _HONOURS_RE.search(m.group("title")):
        return title, []  # "Oath of Office – Commissioner Mike Coryell": whom it honours
    tail = m.group("tail").strip().rstrip(".")
    if plain_names and _INITIALS_RE.match(tail):
        # "Infrastructure report - MD", "Cycling campaign – RI/JS": who speaks to it, by
        # initials (two letters: a three-letter tail is as often a subject, "- HRA").
        return m.group("title"), [
            Person(role="Presenter", name=n) for n in re.split(r"\s*/\s*", tail)
        ]
    titled = _TITLED_NAME_RE.match(tail)
    if titled:  # "Invocation – Council Member Waronek"
        return m.group("title"), [Person(role=titled.group(1), name=titled.group(2))]
    several = _titled_names(tail)
    if several:  # "– Trustee Albrecht/Coordinator Carol Milsap"
        return m.group("title"), several
    if _ROLE_ONLY_RE.match(tail):
        if len(m.group("title").split()) == 1:
            return title, []  # "REPORTS - CITY CLERK": whose report it is names the item
        return m.group("title"), [Person(role="Presenter", name=tail)]
    parts = [p.strip() for p in tail.split(",")]
    role = "Presenter"
    sure = False
    if len(parts) >= 2 and (_ROLE_ONLY_RE.match(parts[0]) or _ROLE_ONLY_RE.match(parts[0].title())):
        role, parts, sure = parts[0], parts[1:], True  # "Chair, Heather Skipworth"
    elif len(parts) >= 2:
        # "Jane Hall, Director of Finance"; not "The Tide Inn, Dock Row" (a place).
        # … or "Pascoe Bowen, KRCD": a name, then the body's initials.
        acronym = (
            len(parts) == 2
            and re.fullmatch(r"[A-Z]{2,6}", parts[1]) is not None
            and not STREET_RE.match(parts[0])  # "– Main Street, USA": a place
        )
        sure = bool(_TITLE_WORDS.search(parts[1]) or ROLE_WORDS_RE.search(parts[1]) or acronym)
        if not sure:
            return title, []
        if len(parts) > 2:
            return _names_with_offices(title, m.group("title"), parts)
    names = [n.strip() for n in re.split(r"/|\s+and\s+|\s+&\s+", parts[0])]
    sure = sure or len(names) >= 2
    if not (sure or plain_names):
        return title, []
    if not all(looks_like_name(n) and not SUBJECT_WORDS.search(n) for n in names):
        return title, []
    return m.group("title"), [Person(role=role, name=n) for n in names]
