"""An adjective that takes its complement with a preposition (حاضر در، نزدیک به، شاغل در) inside a
phrase describing a speaker keeps the complement: ``یکی از خیرین حاضر در نشست`` is who spoke (the one
present at the meeting), not ``یکی از خیرین حاضر``; ``یک منبع نزدیک به هیئت داوران`` is the source
close to the referees. The noun after the preposition is the complement's, even one that reads as a
verb (نشست) or an occasion. Without such an adjective, the occasion still ends the role."""

from quoting import quotes_of


def speaker_and_role(paragraph: str) -> tuple[str | None, str | None]:
    [quote] = quotes_of(paragraph)
    return quote.speaker, quote.role


def test_present_at_takes_its_complement_even_an_occasion():
    assert speaker_and_role("یکی از معلمان حاضر در نشست هم گفت: کلاس‌ها شلوغ است.") == \
        (None, "یکی از معلمان حاضر در نشست")


def test_close_to_takes_its_complement():
    assert speaker_and_role("یک منبع نزدیک به کمیته انضباطی گفت: رای پرونده فردا اعلام می‌شود.") == \
        (None, "منبع نزدیک به کمیته انضباطی")


def test_tied_to_takes_its_complement():
    assert speaker_and_role("یک منبع وابسته به وزارت نفت گفت: صادرات افزایش یافته است.") == \
        (None, "منبع وابسته به وزارت نفت")


def test_without_such_an_adjective_the_occasion_ends_the_role():
    assert speaker_and_role("یکی از معلمان در نشست هم گفت: کلاس‌ها شلوغ است.") == (None, "یکی از معلمان")
