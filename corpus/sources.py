"""Names for the news sources: the site a dump files an article under, as a reader names it.

An article's source is what its dump says (``source``/``agency``), else its url's host: Fars
articles scraped from the site carry the site's host where a hand-made dump says فارس. A reader
types فارس, Fars or the host and expects all of them. Each row: the name the site's hosts carry
(``farsnews``: any host with that label, whatever its ending or a www. before it), the Persian
name shown for it, its English name, and other names it goes by; all of them are one source
(indexer.facets.source_key). A source missing here is shown as it is.

A source that is all one section, and whose dumps name none (Varzesh3 is all sport), also names
that section: a category slug of corpus.categories, which an article of it that has no category
of its own takes when it is indexed (indexer.facets.source_category), so --category ورزشی finds it.
"""

from __future__ import annotations

from typing import NamedTuple


class SourceNames(NamedTuple):
    persian: str
    english: str
    aliases: tuple[str, ...] = ()
    category: str = ""  # the slug an article of this source with no category of its own is filed under


SOURCES = {
    "farsnews": SourceNames("فارس", "Fars", ("خبرگزاری فارس", "Fars News")),
    "varzesh3": SourceNames("ورزش سه", "Varzesh3", ("ورزش۳", "varzesh 3"), category="sports"),
    "isna": SourceNames("ایسنا", "ISNA", ("خبرگزاری ایسنا", "خبرگزاری دانشجویان ایران")),
    "irna": SourceNames("ایرنا", "IRNA", ("خبرگزاری ایرنا", "خبرگزاری جمهوری اسلامی")),
    "mehrnews": SourceNames("مهر", "Mehr", ("خبرگزاری مهر", "Mehr News")),
    "tasnimnews": SourceNames("تسنیم", "Tasnim", ("خبرگزاری تسنیم", "tasnim")),
}
