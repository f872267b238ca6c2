"""«فوق تخصص» opens a role as «متخصص» does: health news titles a sub-specialist so beside the name
(دکتر X، فوق تخصص ریه و عضو هیئت علمی دانشگاه علوم پزشکی تبریز، گفت), with a second office after و.
A name with no title beside it still gets none, and the title does not join the name (کامران
نیکو فوق‌تخصص). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, speaker, role", [
    ("دکتر لیلا صدری، فوق تخصص غدد کودکان و عضو هیئت علمی دانشگاه علوم پزشکی مشهد، در گفت‌وگو با "
     "خبرنگار ما گفت: دیابت نوع یک در کودکان بیشتر شده است.",
     "دیابت نوع یک", "لیلا صدری", "فوق تخصص غدد کودکان و عضو هیئت علمی دانشگاه علوم پزشکی مشهد"),
    ("كامران نيكو فوق تخصص قلب و عروق گفت: مصرف نمك را كم كنيد.",
     "مصرف نمك", "کامران نیکو", "فوق تخصص قلب و عروق"),
    ("دکتر کامران نیکو فوق‌تخصص جراحی قلب در گفتگو با خبرنگار ما گفت: مصرف نمک را کم کنید.",
     "مصرف نمک", "کامران نیکو", "فوق‌تخصص جراحی قلب"),
])
def test_a_sub_specialist_is_a_role(paragraph, piece, speaker, role):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_name_alone_gets_no_role():
    quote = quote_holding(quotes_of("لیلا صدری در گفت‌وگو با خبرنگار ما گفت: دیابت نوع یک در کودکان بیشتر شده است."),
                          "دیابت نوع یک")
    assert (quote.speaker, quote.role) == ("لیلا صدری", None)
