"""Names for the news sources: the web domain a dump files an article under, as a reader names it.

An article's source is what its dump says (``source``/``agency``), else its url's host: Fars
articles scraped from the site say ``farsnews.ir`` where a hand-made dump says فارس. A reader
types فارس, Fars or farsnews and expects all of them. Each row: the domain, the Persian name
shown for it, its English name, and other names it goes by; a filter by any of them finds
every spelling (indexer.facets.source_equivalents). A source missing here is shown as it is.

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
    "farsnews.ir": SourceNames("فارس", "Fars", ("خبرگزاری فارس", "farsnews", "farsnews.com", "Fars News")),
    "varzesh3.com": SourceNames("ورزش سه", "Varzesh3", ("ورزش۳", "varzesh3", "varzesh 3"), category="sports"),
    "isna.ir": SourceNames("ایسنا", "ISNA", ("خبرگزاری ایسنا", "خبرگزاری دانشجویان ایران", "isna")),
    "irna.ir": SourceNames("ایرنا", "IRNA", ("خبرگزاری ایرنا", "خبرگزاری جمهوری اسلامی", "irna")),
    "mehrnews.com": SourceNames("مهر", "Mehr", ("خبرگزاری مهر", "mehrnews", "Mehr News")),
    "tasnimnews.com": SourceNames("تسنیم", "Tasnim", ("خبرگزاری تسنیم", "tasnimnews", "tasnim")),
}
