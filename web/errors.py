"""Requests the page cannot answer: each library error's HTTP status, and the page's own refusals."""

from __future__ import annotations

from typing import Any

from indexer.errors import (AmbiguousArticle, AmbiguousSpeaker, EmptyQuery, EmptySearch, GoftarError, IndexNewer,
                            IndexOutdated, PersonOrRole, QueryError, UnknownArticle, UnknownRole, UnknownSpeaker)
from indexer.facets import FiltersLeaveNothing, UnknownCategory, UnknownSource

STATUS_TITLES = {
    400: "درخواست نامعتبر",
    404: "پیدا نشد",
    405: "این روش درخواست پذیرفته نیست",
    413: "این سرور بدنهٔ درخواست را نمی‌پذیرد",
    500: "خطای داخلی",
    503: "نمایه در دسترس نیست",
}

# Each library error's status and Persian explanation; an error takes the entry
# of its nearest listed type. The English message is the error's own.
STATUSES: dict[type[GoftarError], tuple[int, str]] = {
    UnknownCategory: (400, "دسته‌ای به نام «{error.value}» در این نمایه نیست؛ دسته‌ها در فهرست فیلترها آمده‌اند."),
    UnknownSource: (400, "منبعی به نام «{error.value}» در این نمایه نیست؛ منبع‌ها در فهرست فیلترها آمده‌اند."),
    FiltersLeaveNothing: (404, "هیچ خبری از همهٔ این فیلترها با هم نمی‌گذرد؛ یکی از آن‌ها را بردارید."),
    QueryError: (400, "عبارت جستجو پذیرفته نشد."),
    PersonOrRole: (400, "«{error.name}» هم نام یک فرد است و هم سمتی که دیگران داشته‌اند؛ نام کامل را بنویسید."),
    AmbiguousSpeaker: (400, "«{error.name}» ممکن است هر یک از این افراد باشد؛ نام کامل را بنویسید."),
    UnknownRole: (404, "در این نمایه کسی با سمت «{error.name}» سخنی نگفته است؛ سمت را در زبانهٔ گویندگان بجویید."),
    UnknownSpeaker: (404, "گوینده‌ای به نام «{error.name}» پیدا نشد."),
    UnknownArticle: (404, "خبری با این شناسه در نمایه نیست."),
    AmbiguousArticle: (400, "شمارهٔ «{error.doc_id}» در نشانی چند خبر آمده است؛ یکی را برگزینید."),
    IndexNewer: (503, "نمایه را نسخهٔ تازه‌تری از گفتار ساخته است؛ سرور را با همان نسخه دوباره راه‌اندازی کنید."),
    GoftarError: (503, "نمایه در دسترس نیست؛ آن را دوباره بسازید."),  # missing, busy, incompatible, unreadable
}


# What to do about an error, on the web: the page's tabs and addresses, not the commands the CLI names
# (cli.ADVICE); the English message (API) is the error's own with this after it (indexer.errors.advised).
ADVICE: dict[type[GoftarError], str] = {
    UnknownRole: "the speakers tab lists the people whose roles hold these words: /?tab=speakers&q={error.name}",
    UnknownSpeaker: "the speakers tab (/?tab=speakers) lists everyone quoted",
    UnknownArticle: "ids are shown by the search page (/?q=WORDS) and /api/search",
    PersonOrRole: "for the role, see the speakers tab: /?tab=speakers&q={error.name}",
    IndexOutdated: "rebuild it with: {error.rebuild}; this server reads the new index without a restart",
    IndexNewer: "this server runs an older goftar than the one that rebuilt the index: restart goftar serve "
                "with the newer goftar; no rebuild is needed",
    EmptyQuery: "e.g. /api/{error.command}?q={error.example}",  # said-by checks its name itself (routes)
    EmptySearch: "give words to search for (e.g. /api/search?q=کودکان کار), or a category, source, from, to or "
                 "speaker to list the articles they let through",
}


class WebError(Exception):
    """A request the page cannot answer: an HTTP status and why, in English (API) and Persian (page)."""

    def __init__(self, status: int, message: str, persian: str | None = None, **extra: Any):
        super().__init__(message)
        self.status = status
        self.message = message
        self.persian = persian or STATUS_TITLES.get(status, "خطا")
        self.extra = extra
