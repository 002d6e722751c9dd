"""boardprep: prepare for board and committee meetings from an agenda pack PDF."""

__version__ = "0.1.0"
