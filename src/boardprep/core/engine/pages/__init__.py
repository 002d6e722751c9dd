"""Stage 1: each page's text read once, and the printed page stamps mapped to physical pages."""
