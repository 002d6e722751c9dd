"""The words of agenda packs that more than one stage needs, in one place.

Each pattern says what a board's paperwork calls a thing, in the forms seen in real packs
(UK councils and NHS bodies, US city councils and school boards, Canadian, Australian and
New Zealand councils, universities). A new layout usually needs a word added here, not a new
rule: see docs/ADDING-A-LAYOUT.md.
"""

from __future__ import annotations

import re

# Business with no papers of its own: opening and closing formalities, declarations, the
# public's part, the chair's words. (Minutes and matters arising DO carry papers.)
_NO_PAPERS = (
    r"apolog|declarations?\s+of|disclosures?\s+of|(?:pecuniary|conflicts?\s+of)\s+interest|"
    r"\binterests?\b|urgent\s+(?:items?|business)|any\s+other\s+business|\baob\b|"
    r"date\s+of\s+(?:the\s+)?next|next\s+meeting|welcome|call(?:ed)?\s+(?:(?:the\s+)?meeting\s+)?to\s+order|roll\s+call|"
    r"pledge\s+of\s+allegiance|invocation|moment\s+of\s+(?:reflection|silence)|prayers?\b|"
    r"(?:land|territory|country)\s+acknowledge?ment|acknowledge?ment\s+of\s+(?:country|"
    r"traditional)|adjourn|close\s+of\s+(?:the\s+)?meeting|meeting\s+clos|"
    r"public\s+(?:questions?|participation|comments?|forum|time|speaking)|"
    r"comments?\s+from\s+(?:the\s+)?(?:members\s+of\s+the\s+)?(?:public|audience)|"
    r"(?:oral\s+)?communications?\s+from\s+(?:the\s+)?(?:public|audience|floor)|"
    r"(?:chair|mayor|president)(?:man|person)?[’']?s?\s+(?:announcements?|remarks|welcome|comments)|"
    r"exclusion\s+of|exclude\s+the\s+(?:press|public)|approval\s+of\s+(?:the\s+)?agenda|"
    r"adoption\s+of\s+(?:the\s+)?agenda|substitut"
)
NO_PAPERS_BUSINESS_RE = re.compile(_NO_PAPERS, re.IGNORECASE)

# The business an agenda ends with, which a template carries from meeting to meeting ("ITEMS
# FOR FUTURE AGENDA", "AOB", "Date of next meeting"), its numbers at times left as they were.
CLOSING_BUSINESS_RE = re.compile(
    r"^\s*(?:items?\s+for\s+(?:the\s+)?(?:future|next)\s+(?:agenda|meeting)s?|"
    r"future\s+agenda\s+items?|any\s+other\s+business|a\.?o\.?b\.?|"
    r"(?:date|time)s?\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting|"
    r"close\s+of\s+(?:the\s+)?meeting|closure|adjournment)\b",
    re.IGNORECASE,
)

# The item that ends the business: nothing numbered after it is its sub-item (a meeting
# guide's "1. Each agenda item will be called in order" follows it).
ADJOURNMENT_RE = re.compile(
    r"^(?:adjourn(?:ment|ed)?|close\s+of\s+(?:the\s+)?meeting|meeting\s+clos(?:es|ed|ure)|"
    r"closure(?:\s+of\s+(?:the\s+)?meeting)?)\b\W*$",
    re.IGNORECASE,
)

# Items every agenda has: evidence that a page of numbered lines is an agenda.
PROCEDURAL_RE = re.compile(
    _NO_PAPERS + r"|(?:^|\s)minutes?\b|matters\s+arising|forward\s+plan|work\s*programme|"
    r"action\s+log|consent\s+(?:agenda|calendar)",
    re.IGNORECASE,
)

# A numbered part of the agenda, printed as a heading over its items: "Section 2: Governance",
# "Part B – Items for decision". Not an item; as the start of an item's title, not its title.
SECTION_HEAD_RE = re.compile(
    r"^\s*(?:section|part)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b\s*[:.–—-]?\s*", re.IGNORECASE
)

# A supplement's covering letter: the list after it is the file's agenda ("I am now able to
# enclose ... the following reports", "Agenda Item No" over the numbered list).
SUPPLEMENT_LETTER_RE = re.compile(
    r"\b(?:able\s+to\s+(?:enclose|forward|send)|(?:please\s+)?find\s+(?:attached|enclosed)|"
    r"i\s+(?:now\s+)?enclose|enclosed\s+(?:are|is)|attached\s+(?:are|is))\b.*\b(?:following|"
    r"reports?|items?|papers?|documents?)\b|^\s*agenda\s+item\s+(?:no\.?|number)\s*$",
    re.IGNORECASE,
)

# Legistar's "type" cell before an item's title ("a. REPORT 22-0330 CITY COUNCIL MEETING
# MINUTES"): what kind of file it is, never the item's title.
FILE_TYPE_CELL_RE = re.compile(
    r"^(?:(?:staff|oral|written|informational|consent)\s+)?(?:report|resolution|ordinance|"
    r"proclamation|minutes|presentation|agreement|contract|appointment|action\s+item|"
    r"information\s+item|communication|public\s+hearing|discussion\s+item)$",
    re.IGNORECASE,
)

# "Resolution No. 26-451", "First Reading Ordinance No. O2ØØ7-26": the file an item enacts,
# which names it but is not its subject.
FILE_REFERENCE_RE = re.compile(
    r"^(?:(?:first|second|third|final)\s+reading\s+(?:of\s+)?)?"
    r"(?:Resolution|Ordinance|Order|Motion)\s+(?:No\.?\s*[\dA-Z][\w./-]*)\s*$"
    r"|^(?:Resolution|Ordinance)\s+\d[\w./-]*\d\s*$",  # "Resolution 2025-04-07"
    re.IGNORECASE,
)

# What the board will do with an item, set in bold before its title ("Discussion/Action:
# First Street Parking"): part of the title as printed, never the whole of it.
_ACTION_LABEL = (
    r"(?:(?:possible|proposed)\s+)?(?:discussion|action|information|informational|decision|"
    r"approval|consent|presentation|report|update|review|funding|agenda)(?:\s*(?:/|and|&)\s*"
    r"(?:discussion|action|possible\s+action|information|decision|approval))*"
    r"(?:\s+(?:action\s+)?items?)?\s*:"
)
# A line cut at a joining word or a spaced "&" / dash ("… November 2014 &", "… Park and"): the
# sentence, or the title, goes on on the next line.
CUT_AT_JOIN_RE = re.compile(
    r"(?:\b(?:of|and|the|for|to|in|on|at|with|by|from|into|a|an|is|are|or|as|than|under|"
    r"between|regarding)|\s[&–—-])$",
    re.IGNORECASE,
)
# "Discussion & Action Item:", "Funding Item: Funding Action Item:": what kind of business
# follows, never its title.
ACTION_LABEL_RE = re.compile(rf"^(?:{_ACTION_LABEL}\s*)+$", re.IGNORECASE)

# A sponsor's line in place of a title ("1. Recommended by Corporate Services", the title on
# the next line): who brings the item, never what it is.
BYLINE_RE = re.compile(
    r"^(?P<role>Recommended|Introduced|Submitted|Sponsored|Requested|Referred)\s+by\s+"
    r"(?P<name>[A-Z].{2,80}?)(?:\s+for\s+(?:Consideration|Approval|Action))?\.?$"
)

# A street address line on a front sheet ("545 E. Cheyenne Drive"): never item 545.
STREET_RE = re.compile(
    r"^(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'’-]*\s+){0,3}(?i:Street|St|Avenue|Ave|Drive|Dr|Road|Rd|"
    r"Boulevard|Blvd|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Circle)\b\.?",
)

# A house number and its street in a cell of its own, beside a name in a list of licences or
# properties ("CHOCOLATERIE STAM <tab> 2814 INGERSOLL <tab> B Beer"): the street in capitals
# or ending in its kind ("1300 SE 1st Street"); "2025 BUDGET" is a year, not a house.
HOUSE_NUMBER_RE = re.compile(
    r"^(?P<num>\d{1,5})(?:-\d{1,5})?\s+(?:[NSEW]{1,2}\.?\s+)?"
    r"(?P<street>(?:\d{1,3}(?:ST|ND|RD|TH|st|nd|rd|th)\s+)?"
    r"[A-Za-z][\w.'’]*(?:\s+[A-Za-z][\w.'’]*){0,3})"
)
# ... but "10 MINUTES", "7 PM", "2 PAGES": a duration, a time or a count, not a street.
NOT_A_STREET = frozenset({"minutes", "mins", "min", "hours", "hrs", "am", "pm", "pages", "items"})

# What stands in for a page range: the item has no papers in the pack.
NO_PAPERS_RE = re.compile(
    r"\(\s*no\s+(?:documents?|attachments?|items?)\s*\)\s*$"  # "(no documents)"
    r"|(?:\(\s*)?\b(?:report\s+to\s+follow|papers?\s+to\s+follow|to\s+follow|verbal(?:\s+(?:update|report))?"
    r"|oral(?:\s+(?:update|report))?|(?<=[-–—(:]\s)presentation(?:\s+to\s+follow)?"
    r"|(?<=[-–—(:])presentation(?:\s+to\s+follow)?|no\s+papers?|tabled)\b(?:\s*\))?\s*$",
    re.IGNORECASE,
)

# A weekday's full name, in a pattern: "(?i:...)" it where case does not matter.
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

GROUP_WORDS = re.compile(
    r"\b(PART|ITEMS?|FOR|DECISION|INFORMATION|DISCUSSION|NOTING|ASSURANCE|APPROVAL|"
    r"GOVERNANCE|EXEMPT|CONFIDENTIAL|PRIVATE|CLOSED|PUBLIC|BUSINESS|SECTION|"
    r"CONSENT|AGENDA|MATTERS|STANDING)\b"
)
EXEMPT_MARK_RE = re.compile(
    r"\b(part\s+(?:ii|2|b)\b(?![.\d]|\s+of\b)|exempt|confidential|not\s+for\s+publication|private\s+(?:session|business|item)s?"
    r"|\(private\)|closed\s+session|in\s+private)",
    re.IGNORECASE,
)
EXEMPT_SECTION_RE = re.compile(
    # "PART 2", "Part II – Exempt items", "Part B:"; never a document's "PART 2 ASSOCIATION
    # TO BE NOT FOR PROFIT BODY" (a constitution's part, words running on).
    r"^\s*(part\s+(?:ii|2|b)\b(?![.\d]|\s+of\b)(?=\s*(?:$|[-–—:(.,\t])|\s+(?:exempt|private|"
    r"confidential|closed|restricted|items?|business|agenda|session|reports?|information|"
    r"not\s+open|\w+\s+items?)\b)|"
    # "Private", "Closed Session", "EXEMPT ITEMS (…)" as a heading; never "Private Activity
    # Bonds" or "Closed Circuit TV" (a row of a table that happens to start so).
    r"(?:exempt|confidential|private|closed|restricted)(?:\s+(?:session|business|items?|part|"
    r"section|meeting|agenda|matters|reports?|information))?\s*(?:$|[:.–—(\t-].*$)|"
    r"items?\s+(?:to\s+be\s+|likely\s+to\s+be\s+)?(?:taken|considered|discussed)\s+"
    r"(?:in\s+private|in\s+closed|in\s+the\s+absence\s+of\s+the\s+(?:press|public))"
    r"|exclusion\s+of\s+the\s+(?:press|public))",
    re.IGNORECASE,
)
PUBLIC_SECTION_RE = re.compile(r"^\s*(part\s+(?:i|1|a)\b|public|open\s+session)", re.IGNORECASE)
# What a US agenda prints when its closed session is over: the motion to disclose (or not)
# "its closed session deliberations", "reconvene in open session", "report out of closed
# session". The items after it are open again.
CLOSED_SESSION_END_RE = re.compile(
    r"\bdisclose\s+its\s+closed\s+session\b|\breconvene\s+(?:in(?:to)?\s+|to\s+)?open\s+session"
    r"|\breport(?:ing|s)?\s+out\s+(?:of|from)\s+closed\s+session",
    re.IGNORECASE,
)
EXCLUSION_RE = re.compile(
    r"exclusion\s+of\s+(?:the\s+)?(?:press|public)|exclude\s+the\s+(?:press|public)"
    r"|press\s+and\s+public\s+be\s+excluded|schedule\s+12a|100a\s*\(4\)",
    re.IGNORECASE,
)
# The agenda's own heading: "AGENDA", "Agenda – Part 1", "Supplementary Agenda", "Order of
# Business", "Agenda for the meeting of ...".
# The summons sentence's last words, where a notice's numbered business begins ("… for the
# transaction of the following business:", "… to transact the business set out below").
BUSINESS_INTRO_RE = re.compile(
    r"(?:transact(?:ion\s+of)?|conduct|consider)\s+(?:the\s+)?(?:following\s+business|business"
    r"\s+(?:set\s+out\s+|listed\s+)?below)\s*[:.]"
    # A township's statutory notice: "… and especially to consider and decide the following."
    r"|consider\s+and\s+(?:decide|act)\s+(?:up)?on\s+the\s+following\s*[:.]"
    r"|consider\s+and\s+decide\s+the\s+following\s*[:.]"
    # A company's notice: "… will be held on … for the following purposes;", "… for the
    # purpose of considering and, if thought fit, passing the following resolutions".
    r"|for\s+the\s+following\s+purposes?\s*[:;.]"
    r"|passing\s+the\s+following\s+(?:ordinary\s+|special\s+)?resolutions?\b"
    # A town meeting's warrant: "… to act on the following articles in the Warrant …".
    r"|act\s+(?:up)?on\s+the\s+following\s+articles\b"
    # The same in other languages' notices: "… des douze éléments suivants.", "följande
    # dagordning", "folgende Tagesordnung", "el siguiente orden del día".
    r"|(?:éléments|points|questions)\s+suivants\s*[:.]|ordre\s+du\s+jour\s+suivant\b"
    r"|följande\s+dagordning|følgende\s+dagsorden|folgende[rn]?\s+tagesordnung"
    r"|siguiente\s+orden\s+del\s+d[ií]a|seguente\s+ordine\s+del\s+giorno",
    re.IGNORECASE,
)

# A notice of a general meeting proposing resolutions ("To consider and if thought fit, to pass
# with or without modification, the following resolution as an Ordinary Resolution:"): its
# "RESOLVED THAT …" lines are proposals, not a record of decisions.
PROPOSED_RESOLUTION_RE = re.compile(
    r"\bto\s+pass\b.{0,80}?\bresolutions?\b|\bas\s+an?\s+(?:ordinary|special)\s+resolution\b",
    re.IGNORECASE,
)

# A board's "CALENDAR": its agenda of resolutions to be moved (a university system's trustees).
# AGENDA_HEAD_RE takes it as an agenda heading too.
CALENDAR_HEAD_RE = re.compile(r"^\s*CALENDAR\s*:?\s*$")

# A contents page's heading: "Contents", "Table of Contents".
# "Page 3 of 8" and the same in European papers: "Sida 3 av 8", "Seite 3 von 8", "Side 3 af 8",
# "Página 3 de 8", "Pagina 3 di 8", "Page 3 sur 8", "Sivu 3/8" (the page map's stamps and the
# document finder's papers that number their own pages).
PAGE_WORD = r"(?:page|sida|side|seite|p[aá]gina|sivu)"
PAGE_OF_WORD = r"(?:of|av|af|von|sur|de|di|/)"

# (And in the languages of the corpus's European packs: Swedish, Norwegian, Danish, German,
# French, Finnish.)
CONTENTS_HEAD_RE = re.compile(
    r"^\s*(?:(?:table\s+of\s+)?contents|innehåll(?:sförteckning)?|innhold(?:sfortegnelse)?"
    r"|indhold(?:sfortegnelse)?|inhalt(?:sverzeichnis)?|sommaire|table\s+des\s+mati[eè]res"
    r"|sisällys(?:luettelo)?)\s*$",
    re.IGNORECASE,
)

AGENDA_HEAD_RE = re.compile(
    # "Supplemental Agenda No. 1": ModernGov's heading of a supplement.
    r"^\s*((?:supplement(?:ary|al)\s+|revised\s+|amended\s+|draft\s+|public\s+)?"
    r"(?:agenda|a\sg\se\sn\sd\sa)"
    r"(?:\s*[-–—:]?\s*(?:supplement|for\s+.*|pack|part\s+\w+|\(.*\)|no\.?\s*\d{1,2}))?"
    r"|order\s+of\s+business|business\s+to\s+be\s+transacted|items\s+of\s+business"
    # The word in other languages: "Dagordning", "Dagsorden", "Tagesordnung", "Ordre du jour".
    r"|dagordning|dagsorden|dagsordning|föredragningslista|tagesordnung|ordre\s+du\s+jour"
    r"|orden\s+del\s+d[ií]a|ordine\s+del\s+giorno|esityslista"
    r"|(?-i:CALENDAR)"  # a university board's agenda of resolutions (CUNY's trustees)
    # "Council Agenda", "Regular Meeting Agenda": a short title ending in the word (but not
    # an item about the agenda: "Approval of the Agenda", "Consent Agenda").
    r"|(?!(?:approv|adopt|amend|chang|addition|review|consent|revis|confirm)\w*\b)"
    r"(?!regular\s+agenda\b)"  # the part after the consent agenda, in the same numbering
    r"(?!(?:[A-Z]|\d{1,3}|[IVX]{1,4})[.)]\s)"  # "D. APPROVAL OF AGENDA": an item, numbered
    # ("Gridley City Council – Regular City Council Meeting Agenda": a dash between them).
    r"(?-i:[A-Z])[\w&'’.()-]*\s+(?:(?:(?-i:[A-Z])[\w&'’.()-]*|of|the|and|for|&|[–—-])\s+){0,8}"
    r"agenda"
    r"|(?-i:BUSINESS)"  # Scottish councils head the agenda "BUSINESS"
    # A company's notice of its general meeting: "ORDINARY BUSINESS:", "SPECIAL BUSINESS:";
    # a UK company's "ORDINARY RESOLUTIONS" over resolutions 1-13.
    r"|(?-i:(?:ORDINARY|SPECIAL)\s+(?:BUSINESS|RESOLUTIONS?)))"
    # Legistar's "Agenda - Final", "Meeting Agenda - Final-revised", "Agenda - SUPPLEMENTAL".
    r"(?:\s*[-–—(]\s*(?:revised|amended|updated|corrected|supplementary|subject\s+to\s+change"
    r"|final(?:[-\s]revised)?|supplemental)\)?)?"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
HEADER_WORDS = {
    "item",
    "items",
    "no",
    "no.",
    "number",
    "subject",
    "title",
    "page",
    "pages",
    "page no",
    "time",
    "paper",
    "papers",
    "lead",
    "presenter",
    "purpose",
    "agenda item",
    "enc",
    "enclosure",
    "action",
    "ref",
    "reports attached",
    "report",
    "pack page",
    "timing",
    "business",
    "description",
    "owner",
    "topic",
}

# The unnumbered headings of a US city council or board agenda: an agenda's backbone, never
# its items ("CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "CONSENT CALENDAR", "PUBLIC HEARINGS").
US_SECTION_RE = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[-–—]?\s*)?(?:call\s+to\s+order|roll\s+call|"
    r"pledge\s+(?:of\s+allegiance|to\s+the\s+(?:american\s+)?flag)|flag\s+salute|invocation|approval\s+of\s+(?:the\s+)?agenda|"
    r"public\s+(?:comments?|communications?|hearings?|forum)|consent\s+(?:calendar|agenda|items)|"
    r"new\s+business|old\s+business|unfinished\s+business|announcements|adjournment|adjourn|"
    r"closed\s+session|(?:ceremonial\s+matters|special\s+)?presentations?|"
    r"(?:council|board|commission)(?:member)?s?\s+(?:comments|reports?)|"
    r"(?:city\s+manager|staff|department\s+director)\s+reports?|recess|reconvene|"
    r"oral\s+communications|written\s+communications|ceremonial|special\s+orders\s+of\s+business|"
    r"(?:secretary|treasurer)['’]?s\s+report)"
    # "Roll Call by Teresa Jacobs, County Clerk": who calls it, after the heading.
    r"\b(?:[^a-z]{0,60}|\s+by\s+(?-i:[A-Z])[^.]{0,60})$",
    re.IGNORECASE,
)

# A state of emergency, an executive order, a law signed: the dates in such a sentence are
# when it was proclaimed or signed ("On March 17, 2020, Governor Newsom issued Executive
# Order N-29-20, which allows … meetings of …"), never the meeting's.
EMERGENCY_ORDER_RE = re.compile(
    r"executive\s+order|proclaim|governor|signed\s+into\s+law|assembly\s+bill|\bAB\s?-?\d|"
    r"state\s+of\s+(?:emergency|disaster)|stay-at-home|pandemic|covid",
    re.IGNORECASE,
)

# Links to an item's papers printed after its title: "(Staff Report #21-035-CC)",
# "(Attachment)", "(Presentation)". The title ends before them.
PAPER_LINK_RE = re.compile(
    r"\s*\((?:staff\s+report|report|attachments?|presentation|memo(?:randum)?|"
    r"informational\s+item)\b[^()]*\)\s*$",
    re.IGNORECASE,
)

# "STAFF REPORT" over a report's subject on its cover: a label, the title follows.
REPORT_LABEL_RE = re.compile(
    r"^\s*(?:staff|agenda|council|committee|officer'?s?)\s+report\s*$", re.I
)

# A Legistar file number cell: "21-0085", "CC 22-0348", "2026-537" (never a page range, an
# item or a fiscal year "2026-27").
FILE_NUMBER_RE = re.compile(
    r"^(?:\d{2}-\d{3,5}|[A-Z]{2,4}\s?\d{2}-\d{3,5}|(?:19|20)\d{2}-\d{3,5}|TMP-\d{3,5})$"
)

# Words a Title Case heading leaves in lower case ("Review of the Plan for Parks").
TITLE_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "per",
        "vs",
        "v",
        "via",
        "other",
        "upon",
        "under",
        "over",
        "between",
        "regarding",
        "re",
        "its",
        "their",
        "all",
    }
)
# Capitalised words that open a description's first sentence run on after a Title Case
# heading ("… Request for Proposal At the September 13 meeting, the Council awarded …").
PROSE_OPENERS = frozenset(
    {
        "At",
        "The",
        "In",
        "On",
        "This",
        "These",
        "Every",
        "Each",
        "As",
        "Since",
        "During",
        "Following",
        "Pursuant",
        "Staff",
        "It",
        "Last",
        "Currently",
        "Due",
        "When",
        "While",
        "According",
        "Based",
        "Recently",
        "Over",
    }
)

# "NOTES:" heading a notice's numbered notes on proxies, voting and attendance: not business.
NOTES_HEAD_RE = re.compile(
    r"^\s*(?:important\s+)?notes?(?:\s+for\s+(?:the\s+)?(?:members|shareholders)['’]?"
    r"(?:\s+attention)?)?\s*:?\s*$",
    re.IGNORECASE,
)  # "NOTES:", "NOTES FOR MEMBERS’ ATTENTION:"

# A page's own number printed alone: "Page 37", "Page 3 of 12", Welsh "Tudalen 5", "Pack Page 9".
PAGE_STAMP_RE = re.compile(
    r"^\s*(?:Pack\s+)?(?:Page|Tudalen)\s+(\d{1,4})(?:\s+of\s+\d+)?\s*$", re.IGNORECASE
)
# An item's number on a line (or cell) of its own: "Item 3", "Item No. 1", "ITEM NO: 10",
# a sub-item's "Item 9.1".
ITEM_ALONE_RE = re.compile(
    r"^\s*Item\s+(?:No\s*[.:]?\s*)?0?(\d{1,3}(?:\.\d{1,2})?)\s*$", re.IGNORECASE
)

# A typeset document's section number before its heading ("1 Dagordning" over "1. Öppnande
# av mötet"): the agenda's heading numbered as a section, not an item (finder and parser).
TYPESET_SECTION_RE = re.compile(r"^\d{1,2}\s+(?=[^\W\d])")


# A government board's paper code: "TB(4)3", "PB(6)4.ii", "TB(2)1i" (the board, its meeting,
# the paper), at the head of the paper's pages and in the agenda's points.
# A report's number, printed in the agenda's title ("Report No. FIN-03-2026: Draft Capital
# Forecast") and atop the report ("FIN Report No. 03-2026"): the department's letters go
# before "Report" or before the number. ``report_code`` gives both the same form.
REPORT_NUMBER_RE = re.compile(
    r"(?:\b(?!STAFF\b)((?-i:[A-Z]{2,6}))\s+)?\breport\s+(?:no\.?|number|#)\s*:?\s*"
    r"(?:([A-Z]{2,6})[-\s]?)?(\d{1,4}(?:[-/]\d{1,4}){0,2})(?![\w/-])",
    re.IGNORECASE,
)


def report_code(text: str) -> str | None:
    """ "FIN-03-2026" for "Report No. FIN-03-2026" and for "FIN Report No. 03-2026"."""
    m = REPORT_NUMBER_RE.search(text)
    if m is None:
        return None
    letters = (m.group(2) or m.group(1) or "").upper()
    if letters:
        return f"{letters}-{m.group(3)}"
    # "Report no 3" is a count, not a code; "Report No. 2024-12" is one.
    return m.group(3) if re.search(r"[-/]", m.group(3)) else None


BOARD_CODE_RE = re.compile(
    r"\b[A-Z]{2,5}\s?\(\d{1,2}\)\s?\d{1,2}(?:\.?(?:[ivx]{1,4}|\d{1,2}))?(?![\w(])"
)

# "- papers TB(2)1.i, 1.ii and 1.iii" after a point's title: the codes of its papers, listed.
PAPERS_LISTED_RE = re.compile(
    r"\s+[-–—]\s+(papers?\s+[A-Z]{1,4}\(\d{1,2}\)\s?[\w.]+(?:\s*(?:,|and|&)\s*[\w.]+)*)\s*$",
    re.IGNORECASE,
)


def plain(text: str) -> str:
    """Lower case words with punctuation as single spaces: text compared for its words
    ("OLD BUSINESS" is "Old Business:"), by the parser and the reconciler alike."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


# A sentence's finite verb ("… provides the public with …", "Minutes are provided …", "has
# been listening"): the mark of prose, where a title or a heading has none.
FINITE_VERB = (
    r"(?:is|are|was|were|will|shall|should|may|must|can|did|does|do|has|have|"
    r"provides|gives|allows|sets)"
)

# The business that opens a meeting, numbered as its first item where the agenda numbers its
# routine business ("1. Call to Order & Roll Call").
OPENING_BUSINESS_RE = re.compile(
    r"(?:call\s+to\s+order|roll\s+call|welcome|opening|apologies)\b", re.IGNORECASE
)
