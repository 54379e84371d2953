"""HTML pages give their main text, paragraph by paragraph, and the metadata they state."""

from __future__ import annotations

import datetime
from pathlib import Path

from tracker.sources import SourceArticle, SourceFailure, read_path

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>Council backs transit bill | Riverton Ledger</title>
<meta property="og:site_name" content="Riverton Ledger">
<link rel="canonical" href="https://ledger.example/news/transit-bill">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<script>window.analytics = {{"page": "article"}};</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Council backs transit bill</h1>
<p>Mayor Jane Ortiz said on Tuesday that the city would “fully fund” the new bus lines,
calling the plan a turning point for commuters who have waited years.</p>
<p>“We cannot wait another decade,” Ortiz told reporters outside City&nbsp;Hall. The council voted
7–2 to approve the measure, which sets aside $4.5 million for new routes.</p>
<p>Councilman Tom Reyes opposed the bill, arguing that the cost would fall on property owners
already struggling with higher assessments this year.</p>
</article>
<footer>© 2024 Riverton Ledger. All rights reserved.</footer>
</body></html>
"""


def read_one(path: Path) -> SourceArticle | SourceFailure:
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_html_article_gives_main_text_with_blank_lines_between_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, SourceArticle), item
    paragraphs = item.text.split("\n\n")
    assert paragraphs[-3].startswith("Mayor Jane Ortiz said on Tuesday that the city would “fully fund”")
    assert paragraphs[-2] == ("“We cannot wait another decade,” Ortiz told reporters outside City Hall. The council "
                              "voted 7–2 to approve the measure, which sets aside $4.5 million for new routes.")
    assert paragraphs[-1].endswith("higher assessments this year.")
    for boilerplate in ("Home", "Sports", "rights reserved", "analytics"):
        assert boilerplate not in item.text


def test_html_metadata_becomes_title_url_outlet_and_published(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, SourceArticle), item
    assert item.title == "Council backs transit bill"
    assert item.url == "https://ledger.example/news/transit-bill"
    assert item.outlet == "Riverton Ledger"
    assert item.published == datetime.date(2024, 3, 5)


def test_html_in_declared_windows_1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset="iso-8859-1").encode("cp1252"))
    item = read_one(path)
    assert isinstance(item, SourceArticle), item
    assert "would “fully fund” the new bus lines" in item.text


def test_html_with_only_scripts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>var app = 1;</script></head><body><div id='root'></div>"
                    "<script src='/bundle.js'></script><script>render(app)</script></body></html>")
    item = read_one(path)
    assert isinstance(item, SourceFailure)
    assert item.origin == str(path)
    assert item.reason.startswith("no article text found in HTML; ")
