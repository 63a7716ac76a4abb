"""newsparse: turn raw text scrapes of news pages into structured data.

>>> import newsparse
>>> article = newsparse.parse(open("page.txt", encoding="utf-8").read())
>>> article.title, article.to_dict()["body"]
"""

from newsparse.model import Article, Author, Byline, LegalNotice, Segment, SidebarItem, Timestamp
from newsparse.pipeline import parse

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Author",
    "Byline",
    "LegalNotice",
    "Segment",
    "SidebarItem",
    "Timestamp",
    "__version__",
    "parse",
]
