"""Search: a query across scripts and widths, in one text or a SQLite FTS5 trigram index."""
