"""Issue 19p, pronouns and implied subjects: whom a document's words, a وی or an answer mean.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Quote
from quoting import quotes_of


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(quote.where, quote.speaker) for quote in quotes]


def test_a_clause_telling_of_the_document_itself_names_no_author():
    """``در این نامه که نسخه‌ای از آن ... ارسال شده، آمده است:``: the clause tells where a copy of
    the letter went (آن is the letter), so نسخه is no author: the letter is its writers', whom
    the lead quoted."""
    quotes = quotes_of(
        "در این نامه که نسخه‌ای از آن به دفتر استاندار نیز فرستاده شده، آمده است: ما سال‌هاست در این محله زندگی می‌کنیم و هنوز آب لوله‌کشی نداریم.",
        lead="انجمن صنفی باغداران شهرستان در نامه‌ای به فرماندار خواستار رسیدگی به وضع آب روستاها شد.",
    )
    assert speakers(quotes)[-1] == ("body:0", "انجمن صنفی باغداران شهرستان")


def test_a_clause_saying_the_documents_text_follows_names_no_author():
    """``در این بیانیه که متن کامل آن در ادامه می‌آید، آمده است:`` names no author either."""
    quotes = quotes_of(
        "در این بیانیه که متن کامل آن در ادامه می‌آید، آمده است: برگزاری مسابقات تا اطلاع ثانوی به تعویق افتاد و بلیت‌های فروخته شده بازپرداخت می‌شود.",
        lead="هیئت کشتی استان با انتشار بیانیه‌ای اعلام کرد مسابقات قهرمانی برگزار نمی‌شود.",
    )
    assert speakers(quotes)[-1] == ("body:0", "هیئت کشتی استان")


def test_a_clause_naming_who_put_out_the_document_still_names_its_author():
    """``در نامه‌ای که X آن را ... فرستاده`` names who sent it: آن is the letter as object (را),
    and the one sending it is the letter's author."""
    quotes = quotes_of(
        "در نامه‌ای که سعید رضایی آن را برای فرماندار فرستاده، آمده است: سهمیه آرد نانوایی‌ها سه ماه است کم شده و بسیاری از ما ناچاریم زودتر تعطیل کنیم.",
    )
    assert speakers(quotes)[-1] == ("body:0", "سعید رضایی")
