"""A saved web page (.html, .htm) as the text a reader sees: its blocks one to a line.

Scripts, styles, the page's <head> (its <title> repeats the headline with the site's name:
县委召开常委会会议_石泉县人民政府) and navigation (<nav>, <aside>) are no text.  Every block
element ends a line, so the layout reads headlines, header fields (发布时间：…) and paragraphs as
it reads a pasted page; character references are resolved (&nbsp; is a space), and the
leading full-width spaces of a paragraph go with the rest of a line's spacing.  The standard
library's parser is lenient: a broken page gives what text it holds, never an error.
"""
from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["html_text"]

# elements whose content is no text of the page
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "nav", "aside", "svg", "iframe",
                     "object", "select", "button", "form"})
# elements that end a line (a block of the page)
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
                     "h6", "tr", "table", "section", "article", "header", "footer", "main", "blockquote",
                     "pre", "hr", "figure", "figcaption", "center", "address"})


class _TextOfPage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []  # the hidden elements open around the parser

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden.append(tag)
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden and tag in _HIDDEN:
            # close the innermost open one of that tag (a page may leave others unclosed)
            for i in range(len(self.hidden) - 1, -1, -1):
                if self.hidden[i] == tag:
                    del self.hidden[i:]
                    break
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data.replace("\xa0", " "))


def html_text(markup: str) -> str:
    """The text of a web page, a block to a line (empty when it holds none)."""
    parser = _TextOfPage()
    parser.feed(markup)
    parser.close()
    # a line break of the page's source inside a block is one more line: the layout rejoins
    # a sentence the source cut, as it does a pasted page's
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
