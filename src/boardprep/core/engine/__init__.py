"""The agenda engine: a pack's pages in, its agenda tree out (no Qt, no storage).

The pipeline, in the order ``analysis.analyze`` runs it:

1. ``pages``      read each page once (``textlayer``: positioned lines with fonts; ``pagemap``:
                  printed page stamps -> physical pages)
2. ``agenda``     find the agenda pages (``find``), read their lines and table rows (``rows``,
                  ``table_cells``), build the items (``parse`` with ``item``, ``text``,
                  ``split``, ``people``, ``times``, ``finish``)
3. ``documents``  where each paper starts inside the pack and what it is called
4. ``reconcile``  the agenda's claims against stamps and documents: each item's physical pages
5. ``meeting``    date, time, body and venue from the front sheet
6. ``doubts``     what the evidence disagrees on, as warnings

The domain's words (procedural business, headings, exempt marks, column headings) live in
``vocabulary``; the recognisers of a line's pieces (numbers, ranges, papers) in
``agenda.lines`` and ``agenda.times``; see docs/ADDING-A-LAYOUT.md.
"""
