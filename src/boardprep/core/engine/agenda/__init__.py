"""Stage 2: find the agenda pages and turn their lines and table rows into items."""
