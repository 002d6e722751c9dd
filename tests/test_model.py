from __future__ import annotations

import json
from typing import Any

from boardprep.core.model import (
    AgendaTree,
    Document,
    Item,
    Meeting,
    PackInfo,
    Person,
    normalise_number,
    number_items_uniquely,
)


def _tree() -> AgendaTree:
    report = Document("Report", (21, 30))
    appendix = Document("Appendix 1 – Action plan", (31, 50))
    sub = Item("7a", "Early help", pdf_pages=(31, 40))
    item7 = Item(
        "7",
        "Safeguarding Children Board Annual Report",
        pack_pages=(15, 44),
        pdf_pages=(21, 50),
        people=[Person("Responsible Officer", "A. Person")],
        purpose="To consider the report.",
        children=[report, sub, appendix],
    )
    return AgendaTree(
        pack=PackInfo("pack.pdf", "ab" * 32, 182),
        meeting=Meeting("Council", "Board", "2018-10-17", "10:00", "Hall"),
        items=[Item("1", "Welcome"), item7],
        warnings=["w"],
        page_labels=[None, None, 1, 2],
    )


def test_json_round_trip_keeps_every_field() -> None:
    tree = _tree()
    data = json.loads(json.dumps(tree.to_json(with_labels=True)))
    again = AgendaTree.from_json(data)
    assert again == tree
    assert data["items"][1]["children"][0] == {
        "kind": "document",
        "title": "Report",
        "pdf_pages": [21, 30],
    }
    assert data["items"][1]["pdf_pages"] == [21, 50]
    assert data["items"][0]["pdf_pages"] is None


def test_contract_keys() -> None:
    data = _tree().to_json()
    assert set(data) == {"pack", "meeting", "items", "warnings"}
    assert set(data["meeting"]) == {"organisation", "body", "date", "time", "venue"}
    item_keys = {"number", "title", "pack_pages", "pdf_pages", "time", "people", "purpose"}
    assert item_keys | {"exempt", "children"} <= set(data["items"][1])


def test_the_agenda_page_is_stored_but_not_printed() -> None:
    tree = _tree()
    tree.items[0].agenda_page = 2
    tree.items[1].sub_items[0].agenda_page = 3
    assert "agenda_page" not in json.dumps(tree.to_json())  # the CLI's JSON is unchanged
    again = AgendaTree.from_json(json.loads(json.dumps(tree.to_json(with_labels=True))))
    assert [it.agenda_page for it in again.walk()] == [2, None, 3]


def test_a_decimal_sub_item_under_its_point_zero_section_says_its_number_already() -> None:
    sub = Item("8.2", "Capital grant program")
    deeper = Item("5.1.1", "President's update")
    items = [Item("8.0", "New Business", children=[sub]), Item("5.0", "Reports", children=[deeper])]
    number_items_uniquely(items)
    assert (sub.display_number, deeper.display_number) == ("8.2", "5.1.1")


def test_a_sub_item_printed_with_a_bracket_under_a_lettered_item() -> None:
    """ "5)" under "H)" (a town board's "H) Actions" / "5) Consideration of …") is item H.5 in
    headings; "(i)" keeps its brackets."""
    five = Item("5)", "Consideration of Resolution 04-2026")
    roman = Item("Hi", "Signatories", printed="(i)")
    items = [Item("H", "Actions & Presentations", children=[five, roman])]
    number_items_uniquely(items)
    assert (five.display_number, roman.display_number) == ("H.5", "H(i)")


def test_walk_find_and_item_at_page() -> None:
    tree = _tree()
    assert [i.number for i in tree.walk()] == ["1", "7", "7a"]
    found = tree.find_item("Item 7A.")
    assert found is not None and found.number == "7a"
    at35 = tree.item_at_page(35)
    at25 = tree.item_at_page(25)
    assert at35 is not None and at35.number == "7a"
    assert at25 is not None and at25.number == "7"
    assert tree.item_at_page(5) is None
    assert tree.label_for(3) == 1 and tree.label_for(1) is None and tree.label_for(99) is None


def test_normalise_number() -> None:
    assert normalise_number("Agenda Item 10") == "10"
    assert normalise_number("(i)") == "i"
    assert normalise_number("4.1.") == "4.1"


def test_printed_sub_labels_round_trip_and_are_found() -> None:
    sub = [
        Item(number="Di", title="Orchard Barn", printed="(i)"),
        Item(number="Dii", title="Church Walk", printed="(ii)"),
    ]
    tree = AgendaTree(
        pack=PackInfo(path="p.pdf", sha256="0" * 64, pages=9),
        items=[
            Item(number="D", title="Planning", children=list(sub)),
            Item(number="E", title="Licensing", children=[Item("Ei", "Kiosk", printed="i)")]),
        ],
    )
    data = tree.to_json()
    assert [c["number"] for c in data["items"][0]["children"]] == ["(i)", "(ii)"]
    back = AgendaTree.from_json(data)
    assert [(c.number, c.printed) for c in back.items[0].sub_items] == [
        ("Di", "(i)"),
        ("Dii", "(ii)"),
    ]
    assert back.to_json() == data
    assert back.find_item("D(ii)").title == "Church Walk"  # type: ignore[union-attr]
    assert back.find_item("(ii)").title == "Church Walk"  # type: ignore[union-attr]
    assert back.find_item("(i)") is None  # under D and under E: ambiguous


def test_sub_items_numbered_afresh_under_each_parent_are_headed_by_their_path() -> None:
    def sub(number: str, *children: dict[str, Any]) -> dict[str, Any]:
        return {"number": number, "title": f"t{number}", "children": list(children)}

    tree = AgendaTree.from_json(
        {
            "pack": {"path": "p.pdf", "sha256": "x", "pages": 9},
            "items": [
                sub("1", sub("1.1")),
                sub("VIII", sub("A", sub("1"), sub("7")), sub("B", sub("7"))),
                sub("4", sub("4.1"), sub("a)")),
            ],
        }
    )
    assert [it.heading for it in tree.walk()] == [
        "Item 1",
        "Item 1.1",
        "Item VIII",
        "Item VIII(A)",
        "Item VIII(A).1",
        "Item VIII(A).7",
        "Item VIII(B)",
        "Item VIII(B).7",  # not "Item 7[2]"
        "Item 4",
        "Item 4.1",
        "Item 4(a)",
    ]
    for typed in ("VIII(B).7", "viii.b.7", "VIII B 7"):
        assert tree.find_item(typed).title == "t7"  # type: ignore[union-attr]
    assert tree.find_item("VIII(B).7") is not tree.find_item("VIII(A).7")


def test_labels_for_display() -> None:
    assert Item("Di", "x", printed="(i)").display_number == "D(i)"
    assert Item("4a", "x", printed="a)").display_number == "4(a)"
    assert Item("6(1)", "x", printed="(1)").display_number == "6(1)"
    assert Item("7", "x").display_number == "7"
    assert (Item("Di", "x", printed="(i)").label, Item("7", "x").label) == ("(i)", "7")


def test_numbers_printed_twice_or_not_at_all_are_told_apart_and_read_back_alike() -> None:
    """Notes find their item by number: numbering that restarts per section, or none at all,
    must still give every item a key of its own, the same after a stored tree is read back."""
    from boardprep.core.model import AgendaTree, number_items_uniquely

    items = [
        Item("1", "Committee report"),
        Item("2", "Grants"),
        Item("1", "Teleconference findings", children=[Item("1a", "First finding")]),
        Item("", "Call to order"),
        Item("", "Roll call"),
        Item("1[2]", "Printed so by the agenda itself"),
    ]
    number_items_uniquely(items)
    numbers = [it.number for it in AgendaTree(PackInfo("p.pdf", "x", 3), items=items).walk()]
    assert numbers == ["1", "2", "1[2]", "1a", "[1]", "[2]", "1[2][2]"]
    assert len(set(numbers)) == len(numbers)
    tree = AgendaTree(PackInfo("p.pdf", "x", 3), items=items)
    printed = [i["number"] for i in tree.to_json()["items"]]
    assert printed == ["1", "2", "1", "", "", "1[2]"]  # the JSON shows what is printed
    back = AgendaTree.from_json(tree.to_json())
    assert [it.number for it in back.walk()] == numbers
    assert back.find_item("1[2]").title == "Teleconference findings"
    assert back.find_item("[2]").title == "Roll call"
    # Panels head a numbered item "Item 1[2]"; one printed without a number has no heading.
    assert [it.heading for it in back.walk()][2:5] == ["Item 1[2]", "Item 1a", ""]
