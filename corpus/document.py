"""The article as goftar sees it, whatever file it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    """One news article.

    ``id`` is stable across re-indexing: the object's own id, else its url,
    else the file path relative to the indexed root (``#N`` for the N-th
    object in a multi-article file), so re-indexing replaces, never duplicates.
    """

    id: str
    title: str
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    url: str = ""
    source: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    date: str = ""
    path: str = ""
    position: int = 0

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def fields(self) -> list[tuple[str, str]]:
        """Every text region a quote can live in, named as quotes name them."""
        regions = [("title", self.title), ("lead", self.lead)]
        regions += [(f"body:{n}", text) for n, text in enumerate(self.paragraphs)]
        return regions
