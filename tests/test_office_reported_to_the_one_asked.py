"""An office a reporter's question reports, after the name the question addresses the interviewee
by (``آقای نادری، استاندار تهران گفته است که ...؟``), is someone the article does not name: not the
one asked, whose name only opens the question."""

from tests.quoting import quotes_of, quote_holding


def _speaker_of(quotes, piece):
    quote = quote_holding(quotes, piece)
    return quote.speaker, quote.speaker_type


def test_an_office_after_the_interviewee_s_name_in_a_question_is_unnamed():
    quotes = quotes_of("مهدی شاکری، معاون وزیر کشاورزی در گفت‌وگو با ما به پرسش‌ها پاسخ داد.",
                       "خبرنگار: آقای شاکری، استاندار خوزستان هفته گذشته گفت که خسارت سیل جبران می‌شود. "
                       "شما هم همین نظر را دارید؟",
                       "شاکری: بله، ما هم همین را می‌گوییم.")
    assert _speaker_of(quotes, "خسارت سیل") == (None, "unnamed")


def test_the_answer_after_it_stays_the_interviewee_s():
    quotes = quotes_of("مهدی شاکری، معاون وزیر کشاورزی در گفت‌وگو با ما به پرسش‌ها پاسخ داد.",
                       "خبرنگار: آقای شاکری، استاندار خوزستان هفته گذشته گفت که خسارت سیل جبران می‌شود. "
                       "شما هم همین نظر را دارید؟",
                       "شاکری: بله، ما هم همین را می‌گوییم.")
    assert _speaker_of(quotes, "همین را می‌گوییم") == ("مهدی شاکری", "person")


def test_a_name_and_office_outside_a_question_is_the_person():
    quotes = quotes_of("آقای شاکری، معاون وزیر کشاورزی گفت: خسارت سیل جبران می‌شود.")
    assert _speaker_of(quotes, "خسارت سیل") == ("شاکری", "person")
