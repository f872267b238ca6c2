"""Documents an article quotes (a statement, a decree, a letter, a report): their text is the
words of whoever issued them, it ends where the report goes on, and the clause around the
document names its author only when it says who issued it. Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Quote
from quoting import quotes_of


STATEMENT = [
    "به گزارش خبرنگار ما، انجمن صنفی داروسازان در بیانیه‌ای به وضعیت دارو در استان پرداخت.",
    "متن این بیانیه به شرح زیر است:",
    "بسم الله الرحمن الرحیم",
    "ماه‌هاست که بیماران دیالیزی برای یافتن داروهای خود از این داروخانه به آن داروخانه می‌روند.",
    "ما از مسئولان استان می‌خواهیم پیش از آنکه دیر شود، برای تامین این داروها چاره‌ای بیندیشند.",
    "انجمن صنفی داروسازان استان",
]


def test_a_documents_full_text_after_its_frame_is_its_authors_words():
    """متن این بیانیه به شرح زیر است: the prose paragraphs after it quote the body that issued it;
    the salutation and the signature line are nobody's words."""
    quotes = quotes_of(*STATEMENT)
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:3", "direct", "انجمن صنفی داروسازان"), ("body:4", "direct", "انجمن صنفی داروسازان")]


def test_a_documents_text_ends_where_the_report_goes_on():
    quotes = quotes_of(*STATEMENT[:4], "سخنگوی دانشگاه علوم پزشکی استان در واکنش به این بیانیه اعلام کرد که "
                                        "داروهای بیماران تا پایان ماه توزیع می‌شود.",
                       "این داروها از هفته آینده در داروخانه‌های منتخب شهر توزیع خواهد شد.")
    assert [(q.where, q.cue) for q in quotes] == [("body:3", ""), ("body:4", "اعلام کرد")]


def test_a_documents_text_goes_on_past_the_paragraph_its_cue_carries():
    """در این حکم آمده است: carries the next paragraph (the salutation here); the decree's own
    paragraphs after it are its author's words too."""
    quotes = quotes_of("به گزارش خبرنگار ما، علی رضایی رئیس دانشگاه طی حکمی مریم احمدی را به سمت معاون آموزشی منصوب کرد.",
                       "در این حکم آمده است:",
                       "سرکار خانم مریم احمدی، با سلام و احترام.",
                       "نظر به شایستگی و تجارب ارزنده جنابعالی، به موجب این حکم به سمت معاون آموزشی دانشگاه منصوب می‌شوید.",
                       "امید است با تلاش شما کیفیت آموزش در همه دانشکده‌ها بهبود یابد.",
                       "علی رضایی")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("body:2", "علی رضایی"), ("body:3", "علی رضایی"), ("body:4", "علی رضایی")]


def test_a_statement_issued_by_toosat_names_its_author():
    """«بیانیه‌ای که توسط فدراسیون فوتبال منتشر شده»: توسط names who issued it."""
    [quote] = quotes_of("در بیانیه‌ای که توسط فدراسیون فوتبال منتشر شده، آمده است: «بازی فردا بدون تماشاگر برگزار می‌شود.»")
    assert (quote.speaker, quote.speaker_type) == ("فدراسیون فوتبال", "organisation")


def test_the_author_of_a_statement_ends_before_what_was_done_with_it():
    """«از سوی فدراسیون فوتبال منتشر شده»، «روابط عمومی باشگاه صادر کرد»: the verb is not part of
    the body's name, and an active one does not hide the author."""
    [published] = quotes_of("در بیانیه‌ای که از سوی فدراسیون فوتبال منتشر شده، آمده است: «بازی فردا بدون تماشاگر برگزار می‌شود.»")
    [issued] = quotes_of("در بیانیه‌ای که روابط عمومی باشگاه صادر کرد، آمده است: «بازی فردا بدون تماشاگر برگزار می‌شود.»")
    assert (published.speaker, issued.speaker) == ("فدراسیون فوتبال", "روابط عمومی باشگاه")


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


def test_a_noun_before_its_pronoun_is_no_name():
    """``در این گزارش که خلاصه آن ... منتشر شد، آمده است``: خلاصه آن (its summary) is the
    document's, no person; the report speaks for whoever issued it."""
    quotes = quotes_of(
        "سازمان بازرسی استان گزارشی درباره کمبود دارو تهیه کرده است.",
        "در این گزارش که خلاصه آن دیروز منتشر شد، آمده است: «توزیع دارو در سه شهرستان با تاخیر انجام شده است.»")
    assert [(q.speaker, q.speaker_type) for q in quotes] == [(None, "unnamed")]
