"""Placeholder replaced by the extraction subcommand."""


def add_extract_parser(sub) -> None:  # pragma: no cover
    return None
