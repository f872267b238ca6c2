"""Snippets: the best passage, with the matched words marked in the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import analyze, persian_analyzer
from indexer.snippets import _matches, best_snippet

TEXT = "مديركل بهزيستي گفت: گرمخانه ها آماده است. او افزود: كودكان كار بيمه شده اند؟ پایان."


def test_the_sentence_with_most_query_words_is_chosen_and_marked_in_original_spelling():
    snippet = best_snippet(TEXT, set(analyze("کودکان کار بیمه‌شده")))
    assert snippet.text == "او افزود: كودكان كار بيمه شده اند؟"
    assert [snippet.text[start:end] for start, end in snippet.spans] == ["كودكان", "كار", "بيمه شده اند"]


def test_text_without_matches_gives_its_beginning():
    assert best_snippet(TEXT, {"فضانورد"}).text.startswith("مديركل")


WORDS = st.sampled_from(["كودكان", "کودک", "مي", "شود", "سازمان", "هاي", "بيمه", "شده", "١٧", "17", "کار", "گفت"])
SEPARATORS = st.sampled_from([" ", "  ", "\u200c", "، ", ". ", "؟ ", "\n", ": "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=40), st.sets(WORDS, min_size=1, max_size=3))
def test_skipping_sentences_by_their_letters_never_misses_a_match(pieces, query_words):
    text = "".join(word + separator for word, separator in pieces)
    terms = {term for word in query_words for term in analyze(word)}
    everything = {(t.startchar, t.endchar) for t in persian_analyzer()(text, chars=True) if t.text in terms}
    assert [(start, end) for start, end, _ in _matches(text, terms)] == sorted(everything)  # once per span
