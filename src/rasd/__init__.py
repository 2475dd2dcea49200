"""rasd: Arabic news → ACLED-style conflict events."""

__version__ = "0.1.0"
