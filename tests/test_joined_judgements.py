"""``X گفت CLAIM و Y هم Z را W دانست``: a judgement in a clause after و that opens on a person of
its own (a name, a role) is that person's, not the first clause's speaker's; the one named there
speaks inside X's sentence and takes no title of X's. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


def speakers(*paragraphs: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in quotes_of(*paragraphs)}


@pytest.mark.parametrize("sentence, first, judge", [
    ("کاوه صدری وزیر کار گفت بیکاری تا پایان سال کاهش می‌یابد و محمد رضایی نماینده مجلس "
     "این پیش‌بینی را بیش از حد خوش‌بینانه دانست.", "کاوه صدری", "محمد رضایی"),
    ("رضا جهانی رئیس فدراسیون گفت که قرارداد سرمربی تمدید می‌شود و امیر کاظمی این تصمیم را به نفع تیم ملی دانست.",
     "رضا جهانی", "امیر کاظمی"),
])
def test_a_judgement_after_and_with_its_own_named_subject_is_that_persons(sentence, first, judge):
    said = speakers(sentence)
    assert [said[text] for text in sorted(said, key=sentence.find)] == [first, judge]


def test_a_title_before_and_is_not_given_to_the_judge_named_after_it():
    said = speakers("سرمربی تیم میزبان در نشست خبری گفت تیمش برای کسب تساوی به اراک نیامده است و علی نوری "
                    "هم بازی فردا را فینال نیم‌فصل خواند.",
                    "جواد صالحی سرمربی تیم میزبان است و فصل گذشته قهرمان جام حذفی شد.")
    assert said["تیمش برای کسب تساوی به اراک نیامده است"] == "جواد صالحی"
    assert next(speaker for text, speaker in said.items() if "بازی فردا" in text) == "علی نوری"


def test_a_clause_after_and_with_a_verb_of_its_own_leaves_the_judge_to_the_sentence():
    said = speakers("کاوه صدری در سخنانی که ترجمه شد و مترجم آن را به فارسی برگرداند، این طرح را الگویی قابل تکرار خواند.")
    assert list(said.values()) == ["کاوه صدری"]
