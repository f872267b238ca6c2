"""Which written forms the analysis makes one term: a conflation audit (user audit r30, finding 8).

Every word of the shared articles (Fars and Varzesh3) is taken as the chain has it before its
suffix and plural steps (spelling folded, affixes joined: the form as written) and as it is
indexed (after StripSuffixes and StripArabicPlural). A term that some other form reaches is a
conflation: سپاهان → سپاه puts the football club into the IRGC's term, کودکان → کودک is what
suffix stripping is for. The N most frequent such terms are listed with the forms that fall
together in them, for reading.

    python bench/conflation_audit.py                       # the 300 most frequent conflated terms
    python bench/conflation_audit.py --save before.json    # also keep form -> (term, count)
    python bench/conflation_audit.py --compare before.json # forms whose term changed since then

Prints words only (vocabulary, never article text). Needs ../shared; exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
FOLDERS = (SHARED / "data", SHARED / "sports")

from corpus.readers import ReadReport, iter_documents  # noqa: E402
from indexer import analysis  # noqa: E402


def written_forms() -> Counter:
    """Each form as written (the chain up to its suffix steps) and how often the shared articles hold it."""
    chain = analysis.PersianAnalyzer(analysis.PersianTokenizer(), analysis.FoldSpelling(), analysis.FoldHamza(),
                                     analysis.JoinAffixes(), analysis.ReadNumbers(), analysis.ReadPercent())
    counts: Counter = Counter()
    for document in iter_documents([folder for folder in FOLDERS if folder.exists()], ReadReport()):
        for text in (document.title, document.lead, *document.paragraphs):
            counts.update(word[analysis.TEXT] for word in chain.words(text, "query"))
    return counts


def indexed_term(form: str) -> str:
    """The term the index keeps for a written form: its suffix and plural steps."""
    return analysis.arabic_singular(analysis.strip_suffix(form))


def conflations(mapping: dict[str, tuple[str, int]]) -> dict[str, list[tuple[str, int]]]:
    """Each term some other form reaches, with all its forms, most frequent first."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for form, (term, count) in mapping.items():
        groups.setdefault(term, []).append((form, count))
    return {term: sorted(forms, key=lambda fc: -fc[1]) for term, forms in groups.items()
            if any(form != term for form, _ in forms)}


def show_top(mapping: dict[str, tuple[str, int]], top: int) -> None:
    groups = conflations(mapping)
    ranked = sorted(groups.items(), key=lambda item: -sum(count for _, count in item[1]))[:top]
    print(f"{len(groups)} terms reached from another form; the {len(ranked)} most frequent:")
    for rank, (term, forms) in enumerate(ranked, 1):
        listed = " ".join(f"{form}:{count}" for form, count in forms[:8])
        more = f" (+{len(forms) - 8} forms)" if len(forms) > 8 else ""
        print(f"{rank:>4} {term} {sum(count for _, count in forms)} = {listed}{more}")


def show_changes(old: dict[str, tuple[str, int]], new: dict[str, tuple[str, int]]) -> None:
    """Forms whose term changed: the forms they no longer fall together with, and those they now do."""
    old_groups, new_groups = conflations(old), conflations(new)
    changed = sorted((form for form in new if form in old and old[form][0] != new[form][0]),
                     key=lambda form: -new[form][1])
    print(f"{len(changed)} written forms changed term ({sum(new[f][1] for f in changed)} words)")
    for form in changed:
        was, now = old[form][0], new[form][0]
        apart = [f for f, _ in old_groups.get(was, []) if f != form and new[f][0] != now]
        joined = [f for f, _ in new_groups.get(now, []) if f != form and old[f][0] != was]
        print(f"{form}:{new[form][1]} {was} -> {now}; apart from: {' '.join(apart[:6]) or '-'}"
              f"; now with: {' '.join(joined[:6]) or '-'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=300, help="how many conflated terms to list (300)")
    parser.add_argument("--save", type=Path, help="write form -> [term, count] as JSON here")
    parser.add_argument("--compare", type=Path, help="a --save file from before a change: list the forms whose term changed")
    args = parser.parse_args()
    if not any(folder.exists() for folder in FOLDERS):
        print(f"skipped: {SHARED} has no data (the shared articles are needed for this audit)")
        return 0
    mapping = {form: (indexed_term(form), count) for form, count in written_forms().items()}
    show_top(mapping, args.top)
    if args.save:
        args.save.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        print()
        show_changes({form: tuple(value) for form, value in json.loads(args.compare.read_text(encoding="utf-8")).items()},
                     mapping)
    return 0


if __name__ == "__main__":
    sys.exit(main())
