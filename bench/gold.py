"""The hand-annotated gold sets, each split by article into a tuning and a test half.

Every article falls in one half by one rule, :func:`half`, so rules are
changed looking at tuning-half misses only and the test half measures what
generalises. Each set below is a Fars and a Varzesh3 file unless it says
otherwise; all but the first were annotated by reading only, by people who
never ran goftar on those articles:

- ``fars_quotes_N.json`` (fars-old): the first Fars gold, tuned on for months.
- ``unseen/``, ``unseen2/``, ``unseen3/``: annotated before goftar ever ran on
  them, each held out for some rounds; their test halves are now opened (OPENED).
- ``unseen4/``: drawn toward title-only references and interviews; opened.
- ``unseen5/`` to ``unseen9/``, ``unseen11/`` to ``unseen13/`` (seeds 20261203-20261212): drawn at
  random from articles with a reporting verb and two or more paragraphs, leaving
  out every article read while rules were made; pooled (RANDOM_DRAWS), their test
  halves stand for a new article. unseen8, unseen9 and unseen11 were annotated while
  a round's rules were made and first run through goftar once all of them were in.
- ``unseen12/`` (seed 20261210): the last articles of ../shared nobody had read, 24 of
  the 79 Fars ones left and all 8 Varzesh3 ones (few quotes), drawn as the random draws
  were; annotated at the start of round 11 and first run through goftar at its end.
- ``unseen13/`` (seed 20261212, Fars only): 24 of the 53 Fars articles still unread,
  drawn and handled as unseen12 was, in round 12; the other 29 stay unread.
- ``unseen14/`` (Fars only): those last 29 unread Fars articles, annotated at the start of
  round 13 and first run through goftar at its end. No Fars or Varzesh3 article of
  ../shared is left unread now: later blind sets have to be written (synth sets).
- ``unseen10/``: Fars only, drawn toward title-only references (three or more
  titles, four or more paragraphs); its tuning half was made to tune titles on.
- ``tune12/`` (seed 20261211, 24 Fars + 16 Varzesh3): only to tune on. Its
  articles had been read in round 10's audits, so they can never be a blind test;
  annotated blind all the same, their misses are ones an audit of goftar's own
  output would accept. Both halves opened.
- ``tune25/`` (seed 20261225, 36 Fars + 12 Varzesh3): only to tune on, like tune12. The real-text
  blind figures (Fars indirect recall and organisations, Varzesh3 roles) had stopped moving while the
  rules were built from invented rows, and the real tuning halves had few misses left; so four
  annotators who never ran goftar annotated these at the start of round 25 by reading only, drawn at
  random from the articles with a reporting verb and two or more paragraphs in no other set. All had
  been read in earlier rounds' audits of changed quotes, so they are never a blind test. Both halves opened.
- ``tune26/`` (seed 20261226, 28 Fars + 14 Varzesh3, 292 quotes): drawn and annotated the same way at
  the start of round 26 by three more annotators, since a second reading of blind Fars draws agreed
  with their gold on 223 of 224 speakers (gold/agreement/): the real-text misses are goftar's, and the
  rules need more real rows to learn from. (Round 27 found the fars-unseen-11 reading, 92 of those
  speakers, too close to its gold to be independent; the claim rests on fars-unseen-8's, 131 of 132.) Only 27 Varzesh3 articles with a reporting verb were left in
  no set. Both halves opened.
- ``tune27/`` (seed 20261227, 12 Fars articles, 270 quotes): drawn at the end of round 26 from the Fars
  articles in no set with two or more question marks and 8 to 40 paragraphs (interviews, press
  conferences, speeches, an editorial roundup, one short story), annotated the same way. The missed Fars
  direct speech on the blind draws sits where long interviews are, and the real tuning halves held few
  such articles. Both halves opened.
- ``tune28/`` (seed 20261228, 20 Fars articles, 190 quotes; 12 Varzesh3 articles, 26 quotes): drawn in
  round 27 from the articles in no set with a reporting verb and at most 30 paragraphs, annotated the
  same way by three annotators, for the rounds after it: more real rows of the classes the blind draws
  miss. Both halves opened.
- ``tune29/`` (seed 20261229, 20 Fars articles, 176 quotes; 12 Varzesh3 articles, 57 quotes, the last ones
  with a reporting verb in no set): drawn at the start of round 28 and annotated the same way by three
  annotators before goftar ran on them. Both halves opened.
- ``tune30/`` (seed 20261205, 24 Fars articles, 235 quotes, drawn from the 265 Fars articles with two or
  more reporting verbs in no set): annotated at the start of round 29 by three annotators by reading only,
  before goftar ran on them. Its tuning half is tuning text; its test half stays closed through round 29,
  the round's one real measure not yet tuned on (its articles were read in earlier audits, so not blind).
  ``tune30/fars-b.json`` (fars-tune-30b; seed 20261206, 96 more Fars articles, 1,320 quotes, one of them a
  message read in full with 303) was drawn from the 241 left and annotated the same way by four more
  annotators within the round's first hour; its test half stays closed as well. Both test halves were
  opened at the start of round 30 (last closed figures, on round 29's final code: attribution .961 (99/103)
  and .982 (441/449)), so that rule-makers have their 60 articles of real rows, when tune31 (annotated
  in round 30 before goftar ran on it) took their place as the closed real measure.
- ``tune31/`` (seed 20261207, 145 Fars articles, 1,926 quotes): the last Fars articles with two or more
  reporting verbs in no set, dealt by length to five annotators who annotated them by reading only at the
  start of round 30, before goftar ran on them; reconciled to ANNOTATION.md's round-30 conventions. One
  article is a poetry collection read in full (260 verse lines), one a headline digest (75). Its tuning
  half is tuning text; its test half is the closed real measure of round 30 (some of its articles were read
  in earlier rounds' audits of changed quotes, so it is not strictly blind).
- ``synth12/`` (20 articles, text included): invented articles in the styles of ten
  other outlets (ISNA, IRNA, Mehr, Tasnim, Hamshahri, a health site, interviews ...),
  with spellings as mixed as real ones, written and annotated by their author
  without reading goftar's code or output: the outlets goftar was never tuned on.
  Its tuning half was tuned on in round 11; its test half was opened in round 25 (OPENED).
- ``synth13/`` (24 articles, text included): written the same way in round 12 by two
  more authors, 12 social-services articles (the product's own field) and 12 sports
  and health ones (club, league and federation announcements, foreign papers,
  interviews). First run at the end of round 12.
- ``synth14/`` (24 articles, text included): written the same way in round 13 by two
  more authors, 12 social-services articles in twelve outlet styles and 12 sports, health,
  education and labour ones. First run at the end of round 13.
- ``synth15/`` (24 articles, text included): written the same way at the end of round 13 by
  two more authors and staged unread, 12 social-affairs articles from the regions and 12 sport,
  politics and economy ones touching ordinary people. First run at the start of round 14,
  before any rule of that round.
- ``synth16/`` (24 articles, text included): written the same way at the start of round 15 by
  two more authors, 12 social-services articles and 12 sport, health, education, labour,
  environment and city-council ones (interviews, press conferences, statements in full).
  First run once both were in, before any rule of that round.
- ``synth17/`` (24 articles, text included): written the same way at the end of round 15 by
  two more authors and staged unread (12 social-services articles, 12 sport, health, education,
  labour, environment and city-council ones). First run at the start of round 16, before any rule.
- ``synth19/`` (24 articles, text included): written the same way during round 16 by two more
  authors (12 social-services articles in six outlet styles; 12 sport, health, economy, politics,
  education and environment ones) and first run once all of that round's rules were merged: both
  halves measured that round's code blind.
- ``synth18/`` (24 articles, text included): written the same way at the start of round 16 by two
  more authors and staged unread (12 social-services articles: press releases, officials interviewed
  in turn, long pronoun chains, titles that change after the first mention; 12 sport, economy, health,
  culture, education, agriculture and city-council ones). First run at the start of round 17, before
  any rule.
- ``synth20/`` (24 articles, text included): written the same way at the start of round 17 by two
  more authors (12 social-services articles in six outlet styles; 12 sport, health, education, labour,
  economy, environment and city-council ones) and staged unread; first run once all of round 17's
  rules were merged, beside the round-start code: both halves measured that round's code blind.
- ``synth21/`` (48 articles, text included): written the same way at the start of round 18 by four
  more authors (12 social-services articles, half in old Arabic-letter style; 12 sport ones with
  colloquial interviews and foreign names; 12 health, education, labour, parliament and judiciary
  ones; 12 city-council, environment, economy and features quoting ordinary people). Run at once with
  the round-start code, then again once round 18's rules were merged; nobody read its misses that round.
- ``synth22/`` (24 articles, text included): written the same way during round 18 by two more authors
  and staged unread; first run at the start of round 19, before any rule.
- ``synth23/`` (24 articles, text included): written the same way at the start of round 19 by two
  more authors (12 social-services articles as national agencies publish them, with long pronoun
  chains and title-only references; 12 football, wrestling, economy, parliament and health ones),
  the first set written to the round-19 conventions of ANNOTATION.md; staged unread and first run
  once all of round 19's rules were merged, beside the round-start code: both halves measured that
  round's code blind.
- ``synth24/`` (text included): written the same way at the start of round 20 by three more
  authors (12 provincial and city articles: council sessions, a governor's visit, schools, prisons,
  street children, a hospital, with many speakers each; 12 volleyball, basketball, futsal, cinema,
  environment and technology ones with interpreters and Q&A interviews; 12 short agency items in old
  web style, heavy on reported speech), staged unread and first run once all of round 20's rules
  were merged, beside the round-start code: both halves measured that round's code blind. Sealed
  through round 20; unsealed at the start of round 21, when its tuning half was first studied.
- ``synth25/`` (36 articles, text included): written the same way at the start of round 21 by three
  more authors, the first set written to the round-21 conventions of ANNOTATION.md (12 social-services
  articles from welfare outlets, NGO releases and committee reports, officials called again and again
  by title only; 12 wrestling, weightlifting, football-transfer, chess, futsal, film and music ones with
  interpreters, colloquial interviews and labelled answers; 12 economy, labour, health and education
  agency items of 2008-2020, half in old web style, with long pronoun chains), staged unread and first
  run once all of round 21's rules were merged, beside the round-start code: both halves measured that
  round's code blind. Sealed through round 21; unsealed at the start of round 22.
- ``synth26/`` (36 articles, 390 quotes, text included): written the same way at the start of round 22
  by three more authors, to the round-21 conventions (12 social-services articles from provincial dailies
  and national agencies, officials called by title or pronoun after the first mention; 12 sport and
  culture ones with foreign coaches, interpreters, one-word names and labelled or bold-question
  interviews; 12 agency items of 2005-2013, two thirds in that era's web spelling, heavy on reported
  speech). Staged unread before any round-22 rule, scored on the round-start code and after each
  merge. Sealed through round 22; unsealed at the start of round 23.
- ``synth27/`` (36 articles, 395 quotes, text included): written the same way at the start of round 23
  by three more authors (12 social-services, health, labour and housing articles where bodies and
  unnamed sources speak often and officials carry long roles; 12 sport ones in a sports website's style,
  with club officials, foreign coaches, one-word names, club and federation statements and colloquial
  interviews; 12 politics, parliament, economy and council agency items of 2004-2016, two thirds in that
  era's web spelling, with long title-only and pronoun chains). Staged unread before any round-23 rule,
  scored on the round-start code and after each merge. Sealed through round 23; unsealed at the start
  of round 24.
- ``synth28/`` (36 articles, 392 quotes, text included): written the same way at the start of round 24
  by three more authors, to the round-23 conventions (12 health and medical articles: hospitals,
  insurance, doctors with long university roles, nurses, patients, unnamed staff and bodies, surnames
  that are also ordinary words; 12 sport ones beyond football, with post-match press conferences,
  foreign names, players quoted from their posts, speakers named after their words; 12 agency items of
  2003-2021 from provincial and social desks, half in the older web spelling, with Friday sermons,
  governors, bodies, groups and long title and pronoun chains). Staged unread before any round-24 rule,
  scored on the round-start code and after each merge. Sealed through round 24; unsealed at the start
  of round 25.
- ``synth29/`` (36 articles, 376 quotes, text included): written the same way at the start of round 25
  by three more authors, the first set written to the round-24 conventions (12 social-services articles
  from national agencies and provincial welfare offices, with long roles, beneficiaries known by a first
  name, pointing-back titles after another speaker; 12 labour, economy and housing items of 2005-2020,
  half in the older web spelling, heavy on indirect speech and long opening adverbials; 12 sport and
  culture interviews and reports, with one-word nicknames, a foreign coach through an interpreter,
  unlabelled answers and colloquial speech). Staged unread before any round-25 rule, scored on the
  round-start code and after each merge. Sealed through round 25; unsealed at the start of round 26.
- ``synth30/`` (36 articles, 393 quotes, text included): written the same way at the start of round 26
  by three more authors to the round-24 conventions (12 health and welfare items of 2008-2021: medical
  universities, health insurance, the epidemic, the Red Crescent, nurses' protests, with long roles after
  the name and pointing-back titles; 12 education, family and justice items of 2003-2019, half in the
  older web spelling, heavy on indirect speech, with press conferences whose questions name other people;
  12 sport items: transfers, club statements, agents, women's futsal and Paralympic athletes, with a
  coach through an interpreter, one-word names, Instagram posts and unlabelled answers). Staged unread
  before any round-26 rule, scored on the round-start code and after each merge. Sealed through round
  26; unsealed at the start of round 27.
- ``synth31/`` (36 articles, 398 quotes, text included): written the same way at the start of round 27
  by three more authors (12 long interviews, press conferences, sermons and statements read in full
  on social matters, 2004-2021, with unlabelled questions and answers and speeches going on with no
  cue; 12 environment, city, migrant and disaster items of 2004-2020, half in the older web spelling,
  where ministries, councils, police and crisis staffs speak in statements; 12 sport items beyond
  football: volleyball, wrestling, taekwondo, basketball, with foreign coaches through interpreters,
  two coaches answering in turn and papers that report versus papers that only host an interview).
  Staged unread before any round-27 rule, scored on the round-start code and after each merge. Sealed
  through round 27; unsealed at the start of round 28.
- ``synth32/`` (36 articles, 392 quotes, text included): written the same way at the end of round 27 by
  three more authors (12 social-services items of 2006-2021 mixing hard news with features that
  introduce ordinary people by a sentence and quote them by description; 12 economy, labour, housing
  and health items of 2003-2019, half in the older web spelling, with press conferences and round-ups;
  12 football items: transfers, a foreign coach through an interpreter, both coaches after a match, a
  paper that claims and one that only hosts an interview). Staged unread after round 27's last merge
  and scored on its start and end code in the same hour, as a second blind measure of that round;
  sealed for round 28; unsealed at the start of round 29.
- ``synth33/`` (36 articles, 390 quotes, text included): written the same way at the start of round 28 by
  three more authors (12 justice, police and social-harm items of 2005-2021 with a prosecutor's press
  conference, a verdict read in full and speakers citing an authority; 12 education, family and health
  items of 2003-2019, half in the older web spelling, with an MP and a deputy minister answering each
  other and a letter read in full; 12 football and futsal items: clubs' statements, a disciplinary
  committee, nicknames, a paper that claims and a site that only carries a player's words). Staged
  unread before any round-28 merge, scored on the round-start code and after each merge. SEALED.
- ``tune16/`` (24 articles, text included): written the same way at the start of round 16 by two
  authors asked for title-only and pronoun references above all (12 social-services, politics and
  city articles; 12 sport, health, education, labour and environment ones), only to tune on: both
  halves opened (OPENED), since the blind test halves fail most on those references and the tuning
  halves hold too few of them to find the classes.

Gold holds offsets, speaker names, roles and cues only; the text comes from
the shared data files at run time and is never stored in the repository.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from corpus.document import Document  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402

SHARED = REPO.parent / "shared"
DATA_FOLDERS = (SHARED / "data", SHARED / "sports", REPO / "bench" / "gold" / "synth12",
                REPO / "bench" / "gold" / "synth13", REPO / "bench" / "gold" / "synth14",
                REPO / "bench" / "gold" / "synth15", REPO / "bench" / "gold" / "synth16",
                REPO / "bench" / "gold" / "synth17", REPO / "bench" / "gold" / "tune16",
                REPO / "bench" / "gold" / "synth19", REPO / "bench" / "gold" / "synth18",
                REPO / "bench" / "gold" / "synth20", REPO / "bench" / "gold" / "synth21",
                REPO / "bench" / "gold" / "synth22", REPO / "bench" / "gold" / "synth23",
                REPO / "bench" / "gold" / "synth24", REPO / "bench" / "gold" / "synth25",
                REPO / "bench" / "gold" / "synth26", REPO / "bench" / "gold" / "synth27",
                REPO / "bench" / "gold" / "synth28", REPO / "bench" / "gold" / "synth29",
                REPO / "bench" / "gold" / "synth30", REPO / "bench" / "gold" / "synth31",
                REPO / "bench" / "gold" / "synth32",
                REPO / "bench" / "gold" / "synth33")
GOLD = REPO / "bench" / "gold"
TUNE, TEST = "tune", "test"
HALVES = (TUNE, TEST)
# (set name, gold files); the old files name their source once, the new ones per article.
SETS = (
    ("fars-old", lambda: sorted(GOLD.glob("fars_quotes_*.json"))),
    ("fars-unseen", lambda: [GOLD / "unseen" / "fars.json"]),
    ("varzesh3-unseen", lambda: [GOLD / "unseen" / "varzesh3.json"]),
    ("fars-unseen-2", lambda: [GOLD / "unseen2" / "fars.json"]),
    ("varzesh3-unseen-2", lambda: [GOLD / "unseen2" / "varzesh3.json"]),
    ("fars-unseen-3", lambda: [GOLD / "unseen3" / "fars.json"]),
    ("varzesh3-unseen-3", lambda: [GOLD / "unseen3" / "varzesh3.json"]),
    ("fars-unseen-4", lambda: [GOLD / "unseen4" / "fars.json"]),
    ("varzesh3-unseen-4", lambda: [GOLD / "unseen4" / "varzesh3.json"]),
    ("fars-unseen-5", lambda: [GOLD / "unseen5" / "fars.json"]),
    ("varzesh3-unseen-5", lambda: [GOLD / "unseen5" / "varzesh3.json"]),
    ("fars-unseen-6", lambda: [GOLD / "unseen6" / "fars.json"]),
    ("varzesh3-unseen-6", lambda: [GOLD / "unseen6" / "varzesh3.json"]),
    ("fars-unseen-7", lambda: [GOLD / "unseen7" / "fars.json"]),
    ("varzesh3-unseen-7", lambda: [GOLD / "unseen7" / "varzesh3.json"]),
    ("fars-unseen-8", lambda: [GOLD / "unseen8" / "fars.json"]),
    ("varzesh3-unseen-8", lambda: [GOLD / "unseen8" / "varzesh3.json"]),
    ("fars-unseen-9", lambda: [GOLD / "unseen9" / "fars.json"]),
    ("varzesh3-unseen-9", lambda: [GOLD / "unseen9" / "varzesh3.json"]),
    ("fars-unseen-10", lambda: [GOLD / "unseen10" / "fars.json"]),
    ("fars-unseen-11", lambda: [GOLD / "unseen11" / "fars.json"]),
    ("varzesh3-unseen-11", lambda: [GOLD / "unseen11" / "varzesh3.json"]),
    ("fars-tune-12", lambda: [GOLD / "tune12" / "fars.json"]),
    ("varzesh3-tune-12", lambda: [GOLD / "tune12" / "varzesh3.json"]),
    ("synth-12", lambda: [GOLD / "synth12" / "gold.json"]),
    ("fars-unseen-12", lambda: [GOLD / "unseen12" / "fars.json"]),
    ("varzesh3-unseen-12", lambda: [GOLD / "unseen12" / "varzesh3.json"]),
    ("fars-unseen-13", lambda: [GOLD / "unseen13" / "fars.json"]),
    ("synth-13", lambda: [GOLD / "synth13" / "social.json", GOLD / "synth13" / "sports.json"]),
    ("fars-unseen-14", lambda: [GOLD / "unseen14" / "fars.json"]),
    ("synth-14", lambda: [GOLD / "synth14" / "social.json", GOLD / "synth14" / "sports.json"]),
    ("synth-15", lambda: [GOLD / "synth15" / "social.json", GOLD / "synth15" / "other.json"]),
    ("synth-16", lambda: [GOLD / "synth16" / "social.json", GOLD / "synth16" / "other.json"]),
    ("synth-17", lambda: [GOLD / "synth17" / "social.json", GOLD / "synth17" / "other.json"]),
    ("synth-tune-16", lambda: [GOLD / "tune16" / "social.json", GOLD / "tune16" / "other.json"]),
    ("synth-19", lambda: [GOLD / "synth19" / "social.json", GOLD / "synth19" / "other.json"]),
    ("synth-18", lambda: [GOLD / "synth18" / "social.json", GOLD / "synth18" / "other.json"]),
    ("synth-20", lambda: [GOLD / "synth20" / "social.json", GOLD / "synth20" / "other.json"]),
    ("synth-21", lambda: sorted((GOLD / "synth21").glob("gold-*.json"))),
    ("synth-22", lambda: sorted((GOLD / "synth22").glob("gold-*.json"))),
    ("synth-23", lambda: sorted((GOLD / "synth23").glob("gold-*.json"))),
    ("synth-24", lambda: sorted((GOLD / "synth24").glob("gold-*.json"))),
    ("synth-25", lambda: sorted((GOLD / "synth25").glob("gold-*.json"))),
    ("synth-26", lambda: sorted((GOLD / "synth26").glob("gold-*.json"))),
    ("synth-27", lambda: sorted((GOLD / "synth27").glob("gold-*.json"))),
    ("synth-28", lambda: sorted((GOLD / "synth28").glob("gold-*.json"))),
    ("synth-29", lambda: sorted((GOLD / "synth29").glob("gold-*.json"))),
    ("synth-30", lambda: sorted((GOLD / "synth30").glob("gold-*.json"))),
    ("synth-31", lambda: sorted((GOLD / "synth31").glob("gold-*.json"))),
    ("synth-32", lambda: sorted((GOLD / "synth32").glob("gold-*.json"))),
    ("synth-33", lambda: sorted((GOLD / "synth33").glob("gold-*.json"))),
    ("fars-tune-25", lambda: [GOLD / "tune25" / "fars.json"]),
    ("varzesh3-tune-25", lambda: [GOLD / "tune25" / "varzesh3.json"]),
    ("fars-tune-26", lambda: [GOLD / "tune26" / "fars.json"]),
    ("varzesh3-tune-26", lambda: [GOLD / "tune26" / "varzesh3.json"]),
    ("fars-tune-27", lambda: [GOLD / "tune27" / "fars.json"]),
    ("fars-tune-28", lambda: [GOLD / "tune28" / "fars.json"]),
    ("varzesh3-tune-28", lambda: [GOLD / "tune28" / "varzesh3.json"]),
    ("fars-tune-29", lambda: [GOLD / "tune29" / "fars.json"]),
    ("varzesh3-tune-29", lambda: [GOLD / "tune29" / "varzesh3.json"]),
    ("fars-tune-30", lambda: [GOLD / "tune30" / "fars.json"]),
    ("fars-tune-30b", lambda: [GOLD / "tune30" / "fars-b.json"]),
    ("fars-tune-31", lambda: [GOLD / "tune31" / "fars.json"]),
)


# The sets drawn at random from articles with a reporting verb (the others were drawn toward
# hard cases, or are the old tuned-on gold): pooled, their test halves stand for a new article.
RANDOM_DRAWS = {
    "fars": ("fars-unseen-5", "fars-unseen-6", "fars-unseen-7", "fars-unseen-8", "fars-unseen-9",
             "fars-unseen-11", "fars-unseen-12", "fars-unseen-13", "fars-unseen-14"),
    "varzesh3": ("varzesh3-unseen-5", "varzesh3-unseen-6", "varzesh3-unseen-7", "varzesh3-unseen-8",
                 "varzesh3-unseen-9", "varzesh3-unseen-11", "varzesh3-unseen-12"),
}


# Sets whose test half has been opened for tuning: held out for two rounds, their
# misses were the only examples left of the classes the newer blind test halves
# fail on (the tuning halves have almost none). Opened on 2026-12-02, round 5;
# from then on their test figures are tuning figures too, and only the newer
# sets' test halves are blind. unseen3 and unseen4 were opened on 2026-12-03, round 9,
# after five rounds held out, for the same reason: the blind test halves fail most on title
# and pronoun references, and the tuning halves have one such miss left. The random draws
# (RANDOM_DRAWS, never opened) stay the blind measure. The test halves of the nine oldest invented
# sets (synth-12 to synth-20, written in rounds 11-19 and held out 5 to 13 rounds) were opened on
# 2026-12-05, round 25, for the same reason again: the invented tuning halves had 43 attribution
# misses left (.982), most of them one of a kind, while those test halves held 82. From then on the
# invented pool (INVENTED) is synth-21 onwards, and the opened halves report as tuning figures.
OPENED = frozenset({"fars-unseen-2", "varzesh3-unseen-2", "fars-unseen-3", "varzesh3-unseen-3",
                    "fars-unseen-4", "varzesh3-unseen-4", "fars-tune-12", "varzesh3-tune-12",
                    "synth-tune-16", "synth-12", "synth-13", "synth-14", "synth-15", "synth-16",
                    "synth-17", "synth-18", "synth-19", "synth-20", "fars-tune-25", "varzesh3-tune-25",
                    "fars-tune-26", "varzesh3-tune-26", "fars-tune-27",
                    "fars-tune-28", "varzesh3-tune-28", "fars-tune-29", "varzesh3-tune-29",
                    "fars-tune-30", "fars-tune-30b"})


# Sets brought in at a round's end to measure that round's merges blind: neither half is listed
# until the next round removes the set from here, or a late rule could be fitted to its tuning half
# while its figures are still being reported as blind.
SEALED: frozenset[str] = frozenset({"synth-33"})


# The invented sets, each written by authors who never read goftar's code or output, whose test half
# is still blind (not tune16, written only to tune on, nor the sets opened since): pooled, their test
# halves stand for an outlet goftar was never tuned on.
INVENTED = tuple(name for name, _ in SETS if name.startswith("synth-") and name not in OPENED)


def may_show(set_name: str, half_name: str) -> bool:
    """May a rule-maker see this half's misses? The tuning half, and an opened set's test half, of an unsealed set."""
    if set_name in SEALED:
        return False
    return half_name == TUNE or set_name in OPENED


def half(source: str, index: int) -> str:
    """The half an article belongs to: sha1 of ``source#index``, even is tuning.

    The one split rule for every gold set and every script in bench/.
    """
    digest = hashlib.sha1(f"{source}#{index}".encode("utf-8")).digest()
    return TUNE if digest[-1] % 2 == 0 else TEST


@dataclass
class GoldArticle:
    """One annotated article: its gold quotes and the document they point into."""

    set_name: str
    source: str
    index: int
    quotes: list[dict]
    doc: Document

    @property
    def label(self) -> str:
        return f"{self.source}#{self.index}"

    @property
    def half(self) -> str:
        return half(self.source, self.index)


def data_file(source: str) -> Path | None:
    """Where a gold file's data file is (../shared/data, ../shared/sports or an invented synth set), or None."""
    return next((folder / source for folder in DATA_FOLDERS if (folder / source).is_file()), None)


def load_sets(sealed: bool = True) -> dict[str, list[GoldArticle]]:
    """Every gold set whose files and data exist: set name -> its articles in file order.

    ``sealed=False`` leaves out the sets SEALED lists: the evaluations do so unless the round's
    runner asks for them, since a rule-maker who sees even a sealed set's totals can fit to them."""
    documents: dict[str, list[Document]] = {}
    sets: dict[str, list[GoldArticle]] = {}
    for name, files in SETS:
        if name in SEALED and not sealed:
            continue
        articles = []
        for path in files():
            if not path.is_file():
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            for item in gold["articles"]:
                source = item.get("source", gold.get("source"))
                if source not in documents:
                    found = data_file(source)
                    documents[source] = list(iter_documents([found], ReadReport())) if found else []
                if documents[source]:
                    articles.append(GoldArticle(name, source, item["index"], item["quotes"],
                                                documents[source][item["index"]]))
        if articles:
            sets[name] = articles
    return sets


def gold_field(where: str) -> str:
    """Gold says abstract/paragraph:N where Quote says lead/body:N."""
    if where == "abstract":
        return "lead"
    if where.startswith("paragraph:"):
        return "body:" + where.split(":", 1)[1]
    return where
