"""Ingest: bytes to a cleaned, repaired ``Document`` (encoding, web pages, boilerplate, re-post
repair, metadata and region). ``loader.load`` is the one entry point; ``corpus`` walks folders."""
