"""The article as goftar sees it, whatever file it came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


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
    def title_from_text(self) -> bool:
        """Is the title only the first words of the lead or first paragraph (a record with no
        title of its own, readers.document_from_record)? Then it is no headline: what it says,
        the lead or body:0 says, and is read there only (user audit r28, 3i)."""
        text = self.lead or (self.paragraphs[0] if self.paragraphs else "")
        return bool(self.title) and self.title == first_words(text)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def fields(self) -> list[tuple[str, str]]:
        """Every text region a quote can live in, named as quotes name them."""
        regions = [("title", self.title), ("lead", self.lead)]
        regions += [(f"body:{n}", text) for n, text in enumerate(self.paragraphs)]
        return regions


TITLE_WORDS = 12  # the words of the lead or first paragraph a record without a title is titled by


def first_words(text: str, count: int = TITLE_WORDS) -> str:
    """The title a record without one gets: the first words of its lead or first paragraph."""
    return " ".join(text.split()[:count])


@dataclass
class Quote:
    """One thing someone said, located by field and character offsets."""

    doc_id: str
    where: str  # "title" | "lead" | "body:N"
    start: int
    end: int  # exclusive; field_text[start:end] == text
    kind: str  # "direct" | "guillemet" | "indirect"
    cue: str  # the speech verb as written
    text: str
    speaker: str | None  # canonical full name or organisation; None when never named
    role: str | None  # the speaker's role as the article gives it
    ref: str  # "name" | "surname" | "pronoun" | "title"
    # "person"; "organisation" (سایت فدراسیون ...، روابط عمومی ...); "unnamed": only the role is known
    speaker_type: str = "person"

    def to_dict(self) -> dict:
        """The quote as a JSON-ready dict with exactly the public keys."""
        return asdict(self)
