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

