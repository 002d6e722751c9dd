"""The headless core: PDF analysis, agenda extraction, storage, export, search.

Nothing under ``boardprep.core`` may import Qt; ``tests/test_layering.py`` enforces it.
"""
