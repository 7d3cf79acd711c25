"""PolicyLens core: loading, cleaning, repair, extraction. Never imports Qt."""

__version__ = "0.1.0"
