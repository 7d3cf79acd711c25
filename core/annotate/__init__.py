"""Annotate: highlights and notes stored in SQLite, anchored by quote and context so they follow
renamed, moved and edited files; Markdown/CSV/JSON export and import."""
