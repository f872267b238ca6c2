"""Someone's words pointed to inside another's sentence (a reporter's question, a speaker's reply:
``با اشاره به سخنان X، عضو شورا، که پیش‌تر طرح را «غیرقانونی» خوانده بود، پرسید ...``): the
words are X's, whom the relative clause describes, not the one pointing to them nor the last
speaker. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of, speaker_of


def test_a_judgement_in_a_clause_describing_a_named_person_is_theirs():
    quotes = quotes_of("شهردار گفت: طرح جدید از ماه آینده اجرا می‌شود.",
                       "یکی از خبرنگاران با اشاره به سخنان محمد نوری، عضو شورای شهر، که پیش‌تر این طرح را "
                       "«غیرقانونی» خوانده بود، نظر شهردار را پرسید.")
    assert speaker_of(quotes, "غیرقانونی") == "محمد نوری"


def test_words_in_guillemets_in_a_clause_describing_a_named_person_are_theirs():
    quotes = quotes_of("علی کریمی وزیر کار گفت: بیمه بیکاری پرداخت می‌شود.",
                       "خبرنگاری با اشاره به سخنان حسن رضوی، نماینده مردم اراک، که هفته گذشته گفته بود "
                       "«صندوق بیمه ورشکسته است»، از وزیر خواست پاسخ دهد.")
    assert speaker_of(quotes, "صندوق بیمه") == "حسن رضوی"


def test_a_clause_describing_the_speaker_keeps_their_title():
    """``مدیرعامل باشگاه آرش کرمان، که پیش‌تر گفته بود ...``: the clause describes the subject
    itself; no name is read out of the title (آرش کرمان)."""
    quotes = quotes_of("بهمن نیک‌سرشت مدیرعامل باشگاه آرش کرمان گفت: به رأی کمیته احترام می‌گذاریم.",
                       "مدیرعامل باشگاه آرش کرمان، که پیش‌تر گفته بود داور مقصر اصلی درگیری است، "
                       "این بار لحن ملایم‌تری داشت.")
    assert speaker_of(quotes, "داور مقصر") == "بهمن نیک‌سرشت"


def test_a_clause_with_a_subject_of_its_own_is_not_the_named_persons():
    """``... سخنان X، عضو شورا، که هیئت تطبیق طرح را «...» خوانده بود``: the board said it."""
    quotes = quotes_of("شهردار گفت: طرح جدید از ماه آینده اجرا می‌شود.",
                       "یکی از خبرنگاران با اشاره به سخنان محمد نوری، عضو شورای شهر، که هیئت تطبیق این طرح را "
                       "«غیرقانونی» خوانده بود، نظر شهردار را پرسید.")
    assert all(q.speaker != "محمد نوری" for q in quotes)


def test_words_a_reporter_points_to_are_the_named_persons_not_the_reporters():
    """``خبرنگاری با اشاره به اینکه X، نماینده ...، گفته بود «...»، از وزیر خواست ...``: the reporter's
    remark is no quote; the words in it are X's."""
    quotes = quotes_of("علی کریمی وزیر کار گفت: بیمه بیکاری پرداخت می‌شود.",
                       "خبرنگاری با اشاره به اینکه حسن رضوی، نماینده مردم اراک، هفته گذشته گفته بود "
                       "«صندوق بیمه ورشکسته است»، از وزیر خواست پاسخ دهد.")
    assert speaker_of(quotes, "صندوق بیمه") == "حسن رضوی"
    assert not any(q.cue.startswith("با اشاره") for q in quotes)


def test_a_speaker_pointing_to_a_fact_still_says_it():
    """``وزیر با اشاره به اینکه CLAIM، افزود``: a speaker's own claim, not a reporter's remark."""
    quotes = quotes_of("علی کریمی وزیر کار گفت: بیمه بیکاری پرداخت می‌شود.",
                       "وی با اشاره به اینکه صندوق بیمه کسری دارد، افزود: دولت کسری را جبران می‌کند.")
    assert [(q.cue, q.speaker) for q in quotes][1:] == [("با اشاره به اینکه", "علی کریمی"), ("افزود", "علی کریمی")]
