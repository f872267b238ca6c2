"""«این بیانیه/نامه ... به شرح زیر است:» with no «متن» before it: the paragraphs after it are the
statement's words, each a direct quote of whoever the paragraph before says put it out, as after
«متن بیانیه ... به شرح زیر است:». An agency's own report so pointed to (جزئیات این گزارش) quotes nobody."""

from tests.quoting import quotes_of


def test_a_statement_pointed_back_to_runs_over_the_paragraphs_after_it():
    quotes = quotes_of("انجمن صنفی روزنامه‌نگاران استان روز گذشته بیانیه‌ای درباره امنیت شغلی خبرنگاران منتشر کرد.",
                       "این بیانیه که در فضای مجازی هم منتشر شده، به شرح زیر است:",
                       "دستمزد خبرنگاران سه سال است افزایش نیافته است.",
                       "از مدیران رسانه‌ها می‌خواهیم قراردادها را تمدید کنند.")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:2", "direct", "انجمن صنفی روزنامه‌نگاران استان"),
        ("body:3", "direct", "انجمن صنفی روزنامه‌نگاران استان")]


def test_the_issuers_name_ends_before_the_statement_it_put_out():
    quotes = quotes_of("اتحادیه صنف مشاوران املاک استان اطلاعیه‌ای درباره نرخ کمیسیون صادر کرد.",
                       "متن این اطلاعیه به این شرح است:",
                       "نرخ کمیسیون معاملات مسکن از ماه آینده نیم درصد است.")
    assert [q.speaker for q in quotes] == ["اتحادیه صنف مشاوران املاک استان"]


def test_an_agencys_own_report_set_out_below_quotes_nobody():
    quotes = quotes_of("به گزارش خبرگزاری فارس، جزئیات این گزارش به شرح زیر است:",
                       "قیمت هر کیلو گوشت قرمز در میادین تره‌بار ۲۰۰ هزار تومان است.")
    assert quotes == []
