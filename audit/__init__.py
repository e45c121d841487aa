"""credaudit: source-credibility and bias auditor for health content.

The library comes first: see `audit.api` for the entry points.  Importing
this package is cheap (no scikit-learn, textstat or bs4 until needed).
"""
__version__ = "0.1.0"
