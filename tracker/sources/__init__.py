"""Reading articles from files and standard input: paths in, SourceArticle / SourceFailure records out.

Decoding, mojibake repair and HTML main-text extraction all happen here, so the text handed on is
exactly the text stored and cited. Never imports store, cli, typer or rich.
"""

from tracker.sources.discover import discover
from tracker.sources.reader import iter_articles, load_text, read_path, read_stdin
from tracker.sources.records import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, SourceArticle, SourceFailure

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "SourceArticle",
    "SourceFailure",
    "discover",
    "iter_articles",
    "load_text",
    "read_path",
    "read_stdin",
]
