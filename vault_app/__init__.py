"""An encrypted, local-first note vault for solo therapists."""

__version__ = "0.1.0"
