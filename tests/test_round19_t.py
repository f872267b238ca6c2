"""Issue 19t, title-only references to a person the article names elsewhere. Every sentence is
written for the test."""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.where, q.speaker) for q in quotes]


def test_a_body_title_is_the_headlines_speaker_after_a_lead_that_quotes_an_organisation():
    """``X: ...``, then ``ستاد ... اعلام کرد ...`` in the lead, then ``معاون ... گفت``: the body never
    names X, so its first title is X, whom the organisation's statement took no floor from."""
    quotes = headed_quotes(
        "رضا محمدی: پنج هزار بسته معیشتی در زنجان توزیع می‌شود",
        "ستاد طرح زمستان گرم استان زنجان اعلام کرد توزیع بسته‌ها از هفته آینده آغاز می‌شود.",
        "معاون حمایت کمیته امداد استان زنجان روز سه‌شنبه در جمع خبرنگاران گفت: ارزش هر بسته سه میلیون تومان است.",
        "این مقام مسئول افزود: اولویت با خانوارهای زن‌سرپرست است.")
    assert speakers(quotes)[2:] == [("body:0", "رضا محمدی"), ("body:1", "رضا محمدی")]


def test_a_body_title_after_a_lead_that_quotes_an_organisation_is_not_the_headlines_speaker_when_someone_new_is_named():
    """The same, but the body names someone else right after the title: the title is theirs."""
    quotes = headed_quotes(
        "رضا محمدی: پنج هزار بسته معیشتی در زنجان توزیع می‌شود",
        "ستاد طرح زمستان گرم استان زنجان اعلام کرد توزیع بسته‌ها از هفته آینده آغاز می‌شود.",
        "مدیرعامل شرکت گاز استان زنجان گفت: نفت سفید به روستاها می‌رسد.",
        "حسن کاظمی افزود: کپسول گاز هم توزیع می‌شود.")
    assert speakers(quotes)[2:] == [("body:0", "حسن کاظمی"), ("body:1", "حسن کاظمی")]


def test_a_title_that_goes_on_speaking_is_the_speaker_of_the_moment_not_the_official_named_next():
    """``X گفت: ...``, then ``معاون وزیر ... افزود: ...``, then ``همچنین معاون ...، Y، ... خبر داد``: the
    verb says the title's holder goes on speaking, so it is X, whom the article gave no title,
    not Y, named next with a like title of their own."""
    quotes = headed_quotes(
        "بازار مرغ آرام می‌شود", "",
        "کامران نوری در نشست خبری گفت: نهاده کافی در بنادر موجود است.",
        "معاون وزیر جهاد کشاورزی ادامه داد: قیمت‌ها تا هفته آینده تعدیل می‌شود.",
        "همچنین معاون وزیر صنعت، حمید صادقی، از تشدید نظارت بر بازار خبر داد.")
    assert speakers(quotes) == [("body:0", "کامران نوری"), ("body:1", "کامران نوری"), ("body:2", "حمید صادقی")]


def test_a_title_said_to_add_too_is_someone_besides_the_speaker_of_the_moment():
    """``رئیس شورا گفت ... . نایب رئیس شورا هم افزود``: هم (too) outweighs the verb that goes on."""
    quotes = headed_quotes(
        "گفت‌وگو با رئیس و نایب رئیس شورای شهر", "",
        "زهرا امینی، رئیس شورای شهر، و حسن کاظمی، نایب رئیس شورا، به پرسش‌های ما پاسخ دادند.",
        "رئیس شورای شهر گفت که بودجه مترو دو برابر شده است. نایب رئیس شورا هم افزود: «کار خط دو تا پایان سال تمام می‌شود.»")
    assert speakers(quotes) == [("body:1", "زهرا امینی"), ("body:1", "حسن کاظمی")]


def test_an_unnamed_sources_role_ends_before_the_relative_clause_about_them():
    """``به گفته یک مقام آگاه در وزارت نفت که نخواست نامش فاش شود، ...``: the role is who they are,
    not that they asked to stay unnamed."""
    quotes = headed_quotes(
        "بنزین گران نمی‌شود", "",
        "به گفته یک مقام آگاه در وزارت نفت که نخواست نامش فاش شود، قیمت بنزین امسال تغییر نمی‌کند.",
        "به گفته يك عضو هيئت مديره باشگاه كه نخواست نامش ذكر شود، قرارداد سرمربي تمديد مي‌شود.")
    assert [(q.speaker, q.role) for q in quotes] == [(None, "مقام آگاه در وزارت نفت"), (None, "عضو هیئت مدیره باشگاه")]
