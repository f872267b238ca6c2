"""The older agency style tells what a body announced in the passive with its agent (``از سوی X
اعلام شد که ...``، ``از طرف X اعلام گردید: ...``): as with ``به گفته X`` the claim is X's. An
agentless passive names nobody, ``از سوی دیگر`` is "on the other hand", and a clause joined on with
و after the verb is narration, unless a connective saying "accordingly" opens it. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of, speaker_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("از سوی اداره کل بنادر استان گیلان اعلام شد که تردد شناورها در بندر انزلی تا فردا ممنوع است.",
     "تردد شناورها", "اداره کل بنادر استان گیلان"),
    ("از طرف باشگاه نساجی مازندران اعلام گردید: تمرین امروز تیم به دلیل بارندگی لغو شده است.",
     "تمرین امروز", "باشگاه نساجی مازندران"),
    ("از سوي شركت برق منطقه‌اي خراسان عنوان شد كه خاموشي‌هاي برنامه‌ريزي شده از شنبه پايان مي‌يابد.",
     "خاموشي‌هاي برنامه‌ريزي", "شرکت برق منطقه‌ای خراسان"),
    ("زمان دیدار دو تیم امروز از سوی هیئت فوتبال استان اعلام شد و بر این اساس این بازی ساعت ۱۶ روز جمعه"
     " برگزار می‌شود.", "ساعت ۱۶", "هیئت فوتبال استان"),
])
def test_the_agent_of_a_passive_announcement_speaks(sentence, claim, speaker):
    assert speaker_of(quotes_of(sentence), claim) == speaker


@pytest.mark.parametrize("sentence", [
    "اعلام شد که تردد شناورها در بندر انزلی تا فردا ممنوع است.",
    "از سوی دیگر اعلام شد که تردد شناورها در بندر انزلی تا فردا ممنوع است.",
    "زمان دیدار دو تیم از سوی هیئت فوتبال استان اعلام شد و بازیکنان بلافاصله تمرین خود را آغاز کردند.",
])
def test_no_agent_or_narration_after_the_verb_says_nothing(sentence):
    assert quotes_of(sentence) == []


def test_the_claim_after_the_frames_comma_opens_on_its_first_word():
    quote, = quotes_of("طبق آنچه از سوی ستاد برگزاری مسابقات اعلام شده بود، فینال این رقابت‌ها در ورزشگاه آزادی برگزار می‌شود.")
    assert (quote.speaker, quote.text[:5]) == ("ستاد برگزاری مسابقات", "فینال")
