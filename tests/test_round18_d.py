"""Round 18: who issued a document whose words are quoted (در بیانیه‌ای که ... آمده است). Every
sentence is written for the test."""

from __future__ import annotations

from quoting import quotes_of


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
