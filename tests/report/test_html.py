"""``tracker report --format html``: one page that opens anywhere, holds every statement with its
source, draws its charts as inline SVG, and shows article text as text, never as markup."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.report.conftest import Browser


class _Elements(HTMLParser):
    """Every element (tag, attributes) of a page, and its visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Elements:
    p = _Elements()
    p.feed(html)
    return p


@pytest.fixture
def reported(cli: Callable[..., object], articles: Path, tmp_path: Path) -> Callable[..., Path]:
    result = cli("ingest", str(articles))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]

    def report(*args: str) -> Path:
        out = tmp_path / f"report{len(list(tmp_path.glob('report*.html')))}.html"
        done = cli("report", *args, "--format", "html", "--output", str(out))
        assert done.exit_code == 0, done.output  # type: ignore[attr-defined]
        return out

    return report


def test_official_page_needs_nothing_from_elsewhere(reported: Callable[..., Path]) -> None:
    page = _parse(reported("--official", "roe").read_text(encoding="utf-8"))
    tags = [t for t, _a in page.elements]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags and "img" not in tags
    assert not [a for _t, a in page.elements if a.get("src")], "nothing may be loaded"
    csp = next(a["content"] for t, a in page.elements if t == "meta" and a.get("http-equiv") ==
               "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp
    assert "svg" in tags and "style" in tags


def test_official_page_in_a_browser_holds_statements_sources_and_charts(reported: Callable[..., Path],
                                                                         browser: Browser) -> None:
    dom, log = browser.dump_dom(reported("--official", "jane roe"))
    assert ":CONSOLE" not in log, [line for line in log.splitlines() if ":CONSOLE" in line]
    page = _parse(dom)
    text = " ".join(" ".join(page.text).split())
    assert "Hungry children cannot learn, and now none of them has to try" in text
    assert "We can fix this in one session." in text
    assert "Capitol Wire" in text and "2021-05-14" in text and "Roe signs school lunch bill" in text
    assert ("a", {"href": "https://news.example/lunch?a=1&b=2"}) in page.elements
    assert "Democratic" in text and "Governor" in text
    # Money with its totals, and the bill with its status.
    assert "$12,000,000" in text and "$4,000,000" in text
    assert re.search(r"HB 12\b.*signed", text)
    # Two charts (statements over time, money by year), each with marks, years on the axis.
    svgs = dom.count("<svg")
    assert svgs == 2
    assert len(re.findall(r"<rect [^>]*height=\"[1-9]", dom)) >= 4
    assert "2020" in text and "2021" in text


def test_article_markup_in_a_report_stays_text(reported: Callable[..., Path], browser: Browser) -> None:
    shown = []
    for args in (("--official", "roe"), ("--topic", "health")):
        dom, log = browser.dump_dom(reported(*args))
        page = _parse(dom)
        tags = [t for t, _a in page.elements]
        assert "script" not in tags and "img" not in tags and "b" not in tags and "i" not in tags
        assert not [a for _t, a in page.elements if any(k.startswith("on") for k in a)]
        # A javascript: URL is no link at all.
        assert not [a for t, a in page.elements if t == "a" and "javascript" in (a.get("href") or "")]
        assert ":CONSOLE" not in log
        shown.append(" ".join(page.text))
    official, topic = shown
    assert "<script>alert('x')</script>" in official
    assert 'Clinics "><img src=x onerror=alert(2)> <b>bold</b>' in official
    assert "The <i>Ledger</i>" in official
    assert "<img src=x onerror=alert(1)>" in topic


def test_topic_page_sets_officials_side_by_side(reported: Callable[..., Path], browser: Browser) -> None:
    dom, _log = browser.dump_dom(reported("--topic", "health"))
    page = _parse(dom)
    people = [a for t, a in page.elements if t == "section" and a.get("class") == "person"]
    assert len(people) == 2
    text = " ".join(" ".join(page.text).split())
    assert "Jane Roe" in text and "Tom Poe" in text and "Republican" in text
    assert text.index("Jane Roe") < text.index("Tom Poe"), "most-quoted first"
    assert "<svg" in dom and "<rect" in dom


def test_screenshot_of_the_page_is_drawn(reported: Callable[..., Path], browser: Browser, tmp_path: Path) -> None:
    png = tmp_path / "page.png"
    log = browser.screenshot(reported("--official", "roe"), png)
    assert ":CONSOLE" not in log
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG")
    # A blank page compresses to a few kilobytes; text, tables and coloured bars do not.
    assert len(data) > 40_000


def test_page_prints_to_pdf(reported: Callable[..., Path], browser: Browser, tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    done = browser.run(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", reported("--topic", "health").as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert ":CONSOLE" not in done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_markdown_stays_the_default_format(cli: Callable[..., object], articles: Path) -> None:
    cli("ingest", str(articles))
    result = cli("report", "--official", "roe")
    assert result.exit_code == 0  # type: ignore[attr-defined]
    assert result.stdout.startswith("# Jane Roe")  # type: ignore[attr-defined]


def test_an_unknown_report_format_is_one_error_line(cli: Callable[..., object], articles: Path,
                                                    tmp_path: Path) -> None:
    cli("ingest", str(articles))
    out = tmp_path / "x.pdf"
    result = cli("report", "--official", "roe", "--format", "pdf", "--output", str(out))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert result.stderr.strip().splitlines() == ["Error: --format 'pdf' is not a report format: use md or html"]  # type: ignore[attr-defined]
    assert not out.exists()
