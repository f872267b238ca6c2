"""Speed and scale: goftar vs plain Whoosh on the same documents, in one run.

Measures, on a corpus recombined from the shared Fars articles (bench/make_corpus.py)
or on a folder you give:

* full build (goftar's includes quote extraction) vs a plain-Whoosh build
  (StandardAnalyzer, same stored fields and boosts, limitmb=256, one process);
  peak RSS of each build (each runs in its own process) and index size on disk;
* goftar re-index of the unchanged folder, of the folder with 1% new articles
  added as one new file, and with that file deleted again (checked with a
  search count);
* warm query latency p50/p95 over a fixed set of Persian queries: goftar's
  search() (it opens the index per call, as users get it) vs a plain-Whoosh
  MultifieldParser/AndGroup query on a searcher kept open; goftar's quote
  search and "who said" on their own (no baseline);
* cold query: one new process per query, `goftar search Q --index DIR --json`
  vs a small plain-Whoosh script doing the same; and the commands that read
  the speaker registry (`goftar speakers --top 10`, `goftar said-by` the most
  quoted person) vs that cold `goftar search`.

Every timing is repeated (--repeat) and reported as a median; the final table
gives goftar's figure, the baseline's, their ratio, the target from the issue
and PASS/MISS. The machine is assumed noisy: compare ratios, not seconds.

    python bench/speed.py --docs 10000 --repeat 2
    python bench/speed.py --docs 100000 --repeat 3 --json > speed-100k.json
    python bench/speed.py --corpus ~/news --skip-cold
    python bench/speed.py --docs 2000 --profile      # cProfile one goftar build
    python bench/speed.py --corpus ../shared --floor # also goftar's build with no quote extracted

--floor adds a third build per round: goftar's own, with quote extraction switched off. It is
what the Persian analysis and goftar's index cost on their own, the floor no work on the quote
extractor can take the build below.

Needs ../shared/data unless --corpus is given; exits 0 with a message when it
is absent. Works in a scratch folder under /tmp (--work), never in the repo.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import make_corpus  # noqa: E402  (bench/make_corpus.py)

BASELINE_FIELDS = ("title", "lead", "body", "tags")

# The fixed query set: standard Persian, as a user would type it.
QUERIES = {
    "word": [
        "کودکان", "بهزیستی", "نفت", "تحریم", "انتخابات", "مجلس", "دانشگاه", "زلزله",
        "بورس", "فوتبال", "قیمت", "آمریکا", "عراق", "بیمه", "خودرو",
    ],
    "and": [
        "نفت تحریم", "بانک مرکزی", "کودکان کار", "شورای امنیت", "قیمت بنزین",
        "وزیر خارجه", "تیم ملی", "آموزش پرورش", "صادرات غیرنفتی", "سازمان بهزیستی",
    ],
    "phrase": [
        '"سازمان ملل"', '"جمهوری اسلامی ایران"', '"شورای شهر"', '"مجلس شورای اسلامی"',
        '"وزارت امور خارجه"', '"انرژی هسته‌ای"', '"نیروی انتظامی"', '"حقوق بشر"',
    ],
}
# Run through goftar's search_quotes() and who_said().
QUOTE_QUERIES = ["تحریم", "انرژی هسته‌ای", "افزایش قیمت", "مسکن", "بیکاری", "امنیت", "انتخابات", "کشاورزان"]
COLD_QUERIES = ["کودکان", "نفت تحریم", '"سازمان ملل"', "بهزیستی", "بانک مرکزی"]

# Added articles get links far above any generated corpus's, and all share the
# host bench.invalid, so `source:bench.invalid` counts them in any corpus (a filter since round 29:
# before the first add no article has that source, which search refuses as UnknownSource: 0 of them).
ADDED_BASE = 10**9
COUNT_QUERY = "source:bench.invalid"

TARGETS = {  # name: (limit, unit, defined at 100k only)
    "build": (1.0, "x", False),
    "unchanged": (5.0, "%", False),
    "add": (10.0, "%", False),
    "warm_p50": (1.2, "x", True),
    "warm_p95": (1.2, "x", True),
    "cold": (2.0, "x", False),
    "rss": (1024.0, "MB", True),
    "size": (1.3, "x", False),
    "registry": (2.0, "x", False),  # a cold registry command vs a cold goftar search
}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the plain-Whoosh baseline ----------------------------------------------

def baseline_schema():
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, STORED, TEXT, Schema

    def text(boost=1.0):
        return TEXT(analyzer=StandardAnalyzer(), stored=True, field_boost=boost)

    return Schema(
        id=ID(stored=True, unique=True),
        title=text(3.0), lead=text(2.0), body=text(1.0), tags=text(1.5),
        category=text(), source=text(), url=STORED(), date=STORED(),
    )


def build_baseline(corpus: Path, index_dir: Path) -> dict:
    """Plain Whoosh over the same Documents goftar's reader yields."""
    from whoosh import index as whoosh_index

    from corpus.readers import ReadReport, iter_documents

    index_dir.mkdir(parents=True)
    ix = whoosh_index.create_in(str(index_dir), baseline_schema())
    writer = ix.writer(limitmb=256)
    count = 0
    for d in iter_documents([corpus], ReadReport()):
        writer.update_document(id=d.id, title=d.title, lead=d.lead, body=d.body, tags="، ".join(d.tags),
                               category=d.category, source=d.source, url=d.url, date=d.date)
        count += 1
    writer.commit()
    return {"documents": count}


COLD_BASELINE_SCRIPT = textwrap.dedent('''
    import json, sys
    from whoosh import index
    from whoosh.qparser import AndGroup, MultifieldParser
    from whoosh.scoring import BM25F
    ix = index.open_dir(sys.argv[1])
    query = sys.argv[2]
    with ix.searcher(weighting=BM25F()) as searcher:
        parsed = MultifieldParser(["title", "lead", "body", "tags"], ix.schema, group=AndGroup).parse(query)
        results = searcher.search(parsed, limit=10)
        hits = [{"rank": n, "id": h["id"], "score": round(h.score, 4), "title": h["title"], "lead": h["lead"],
                 "url": h.get("url", "")} for n, h in enumerate(results, start=1)]
        print(json.dumps({"query": query, "total": len(results), "hits": hits}, ensure_ascii=False))
''')


# --- workers: one build per process, for its peak RSS -----------------------

def cpu_seconds() -> float:
    """User+system CPU of this process and its waited-for children (goftar's quote process)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def worker(kind: str, corpus: Path, index_dir: Path) -> None:
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if kind in ("goftar", "floor"):
        import indexer.build
        from indexer.build import build_index
        if kind == "floor":  # a measuring device, not a mode of goftar: the build with no quote found
            indexer.build.quotes_or_fault = lambda document: ([], None)
    else:
        from corpus.readers import iter_documents  # noqa: F401
        from whoosh import index  # noqa: F401
    rss_imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    shutil.rmtree(index_dir, ignore_errors=True)
    started, cpu_started = time.perf_counter(), cpu_seconds()
    if kind in ("goftar", "floor"):
        report = build_index([corpus], index_dir, rebuild=True)
        out = {"documents": report.documents_indexed, "quotes": report.quotes_indexed, "problems": len(report.problems)}
    elif kind == "baseline":
        out = build_baseline(corpus, index_dir)
    else:  # read: goftar's reader alone, the part both builds share
        from corpus.readers import ReadReport, iter_documents
        out = {"documents": sum(1 for _ in iter_documents([corpus], ReadReport()))}
    out["seconds"] = time.perf_counter() - started
    out["cpu_seconds"] = cpu_seconds() - cpu_started
    # ru_maxrss is in KB on Linux. goftar forks a quote process: RUSAGE_CHILDREN's
    # peak is its peak (the sampled PSS of the tree counts both).
    out["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["rss_mb"] = out["rss_self_mb"] + out["rss_children_mb"]
    out["rss_start_mb"] = rss_start / 1024
    out["rss_imported_mb"] = rss_imported / 1024
    print(json.dumps(out))


def run_worker(kind: str, corpus: Path, index_dir: Path) -> dict:
    """Run one build in a new process; also sample its process tree's memory every 0.1s."""
    command = [sys.executable, __file__, "--_worker", kind, "--_corpus", str(corpus), "--_index", str(index_dir)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = {"rss": 0, "pss": 0}
    stop = threading.Event()

    def sample():
        while not stop.wait(0.1):
            rss = pss = 0
            for pid in _tree(process.pid):
                rss += _proc_kb(f"/proc/{pid}/status", "VmRSS:")
                pss += _proc_kb(f"/proc/{pid}/smaps_rollup", "Pss:")
            peak["rss"], peak["pss"] = max(peak["rss"], rss), max(peak["pss"], pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{kind} build failed (exit {process.returncode}): {' '.join(command)}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["sampled_tree_rss_mb"] = peak["rss"] / 1024
    result["sampled_tree_pss_mb"] = peak["pss"] / 1024
    return result


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:
            pass
    return pids


def _proc_kb(path: str, key: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


# --- helpers ----------------------------------------------------------------

def median(values):
    return statistics.median(values) if values else None


def percentile(values, p: float):
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def link_corpus(source: Path, target: Path) -> None:
    """A working copy of the corpus that files can be added to and deleted from."""
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.suffix.lower() not in (".txt", ".json", ".jsonl"):
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, destination)
        except OSError:
            shutil.copy2(path, destination)


def goftar_command() -> list[str]:
    installed = Path(sys.executable).parent / "goftar"
    return [str(installed)] if installed.exists() else [sys.executable, str(REPO / "cli.py")]


def timed(call):
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


# --- the measurements ---------------------------------------------------------

def measure_builds(corpus: Path, work: Path, builds: int, floor: bool = False) -> dict:
    from indexer.store import live_generation

    gdir, bdir = work / "goftar-index", work / "whoosh-index"
    log("reading only (goftar's reader, shared by both builds)")
    read = run_worker("read", corpus, work / "unused")
    runs = {"goftar": [], "baseline": [], "floor": []}
    for n in range(builds):
        order = ("goftar", "baseline") if n % 2 == 0 else ("baseline", "goftar")
        for kind in order + (("floor",) if floor else ()):
            log(f"full build {n + 1}/{builds}: {kind}")
            result = run_worker(kind, corpus, {"goftar": gdir, "baseline": bdir}.get(kind, work / "floor-index"))
            log(f"  {result['seconds']:.1f}s wall, {result['cpu_seconds']:.1f}s CPU, {result['documents']} docs"
                + (f", {result['quotes']} quotes" if "quotes" in result else "")
                + f", peak RSS {result['rss_self_mb']:.0f}+{result['rss_children_mb']:.0f} MB"
                + f" (sampled tree PSS {result['sampled_tree_pss_mb']:.0f} MB)")
            runs[kind].append(result)
    g, b = runs["goftar"], runs["baseline"]
    if g[-1]["documents"] != b[-1]["documents"]:
        log(f"WARNING: goftar indexed {g[-1]['documents']} documents, baseline {b[-1]['documents']}")
    goftar_size = folder_size(gdir)
    files = [p for p in live_generation(gdir).iterdir() if p.is_file()]
    registry_size = sum(p.stat().st_size for p in files if p.name.startswith("speakers"))
    return {
        "documents": g[-1]["documents"],
        "quotes": g[-1]["quotes"],
        "problems": g[-1]["problems"],
        "read_seconds": read["seconds"],
        "goftar_seconds": median([r["seconds"] for r in g]),
        "baseline_seconds": median([r["seconds"] for r in b]),
        "goftar_seconds_all": [r["seconds"] for r in g],
        "baseline_seconds_all": [r["seconds"] for r in b],
        "goftar_cpu_seconds": median([r["cpu_seconds"] for r in g]),
        "baseline_cpu_seconds": median([r["cpu_seconds"] for r in b]),
        "goftar_rss_mb": max(r["rss_mb"] for r in g),
        "baseline_rss_mb": max(r["rss_mb"] for r in b),
        "goftar_rss_self_mb": max(r["rss_self_mb"] for r in g),
        "goftar_rss_children_mb": max(r["rss_children_mb"] for r in g),
        "goftar_tree_pss_mb": max(r["sampled_tree_pss_mb"] for r in g),
        "baseline_tree_pss_mb": max(r["sampled_tree_pss_mb"] for r in b),
        "goftar_rss_imported_mb": g[-1]["rss_imported_mb"],
        "baseline_rss_imported_mb": b[-1]["rss_imported_mb"],
        "goftar_size_mb": goftar_size / 2**20,
        "goftar_articles_size_mb": (goftar_size - registry_size) / 2**20,
        "goftar_registry_size_mb": registry_size / 2**20,
        "baseline_size_mb": folder_size(bdir) / 2**20,
        "floor_seconds": median([r["seconds"] for r in runs["floor"]]),
        "floor_cpu_seconds": median([r["cpu_seconds"] for r in runs["floor"]]),
    }


def measure_warm(gdir: Path, bdir: Path, repeat: int, who_budget: float, quotes: bool = True) -> dict:
    from whoosh import index as whoosh_index
    from whoosh.qparser import AndGroup, MultifieldParser
    from whoosh.scoring import BM25F

    from indexer.quote_search import search_quotes, who_said
    from indexer.search import search

    ix = whoosh_index.open_dir(str(bdir))
    searcher = ix.searcher(weighting=BM25F())
    parser = MultifieldParser(list(BASELINE_FIELDS), ix.schema, group=AndGroup)

    def baseline(query, s=searcher):
        results = s.search(parser.parse(query), limit=10)
        [hit.fields() for hit in results]  # what a caller reads back
        return len(results)

    def baseline_cold_searcher(query):
        fresh = whoosh_index.open_dir(str(bdir))
        with fresh.searcher(weighting=BM25F()) as s:
            return baseline(query, s)

    articles = [(kind, q) for kind, qs in QUERIES.items() for q in qs]
    log(f"warm article queries: {len(articles)} queries x {repeat} (+1 warm-up pass)")
    samples = {q: {"goftar": [], "baseline": [], "baseline_open": []} for _, q in articles}
    totals = {}
    for n in range(repeat + 1):
        for _, q in articles:
            gt, gr = timed(lambda: search(gdir, q, limit=10))
            bt, btotal = timed(lambda: baseline(q))
            ot, _ = timed(lambda: baseline_cold_searcher(q))
            totals[q] = {"goftar": gr.total, "goftar_matched": gr.matched, "baseline": btotal}
            if n:  # the first pass only warms caches
                samples[q]["goftar"].append(gt)
                samples[q]["baseline"].append(bt)
                samples[q]["baseline_open"].append(ot)
    searcher.close()
    per_query = {q: {side: median(times) * 1000 for side, times in s.items()} for q, s in samples.items()}

    def summary(side, kinds=None):
        values = [per_query[q][side] for kind, q in articles if kinds is None or kind in kinds]
        return {"p50_ms": percentile(values, 50), "p95_ms": percentile(values, 95)}

    result = {
        "goftar": summary("goftar"),
        "baseline": summary("baseline"),
        "baseline_open_per_call": summary("baseline_open"),
        "by_kind": {kind: {side: summary(side, {kind}) for side in ("goftar", "baseline")} for kind in QUERIES},
        "per_query_ms": per_query,
        "totals": totals,
    }
    if not quotes:
        return result

    log(f"warm quote search: {len(QUOTE_QUERIES)} queries x {repeat} (+1 warm-up)")
    quote_times = {q: [] for q in QUOTE_QUERIES}
    for n in range(repeat + 1):
        for q in QUOTE_QUERIES:
            t, found = timed(lambda: search_quotes(gdir, q, limit=10))
            if n:
                quote_times[q].append(t)
            totals[f"quotes:{q}"] = {"goftar": found.total}
    quote_ms = [median(v) * 1000 for v in quote_times.values()]
    result["quotes"] = {"p50_ms": percentile(quote_ms, 50), "p95_ms": percentile(quote_ms, 95), "queries": len(quote_ms)}

    # The first call in a process opens the searchers, so it is timed on its
    # own; the rest runs within a time budget.
    log(f"who said: first call, then {len(QUOTE_QUERIES)} queries x {repeat} within {who_budget:.0f}s")
    first, found = timed(lambda: who_said(gdir, QUOTE_QUERIES[0], limit=10))
    log(f"  first call ({QUOTE_QUERIES[0]}): {first:.2f}s, {len(found.speakers)} speakers")
    who_times, spent = {}, first
    for _ in range(repeat):
        for q in QUOTE_QUERIES:
            if spent > who_budget:
                break
            t, found = timed(lambda: who_said(gdir, q, limit=10))
            who_times.setdefault(q, []).append(t)
            spent += t
    who_ms = [median(v) * 1000 for v in who_times.values()]
    result["who"] = {"first_call_ms": first * 1000, "p50_ms": percentile(who_ms, 50), "p95_ms": percentile(who_ms, 95),
                     "queries": len(who_ms), "of": len(QUOTE_QUERIES),
                     "runs": sum(len(v) for v in who_times.values())}
    return result


def measure_cold(gdir: Path, bdir: Path, work: Path, runs: int) -> dict:
    """New processes: goftar search vs the plain-Whoosh script, and the registry
    commands (speakers, said-by of the most quoted person) vs goftar search."""
    from indexer.quote_search import speaker_registry

    script = work / "cold_whoosh_query.py"
    script.write_text(COLD_BASELINE_SCRIPT, encoding="utf-8")
    goftar = goftar_command()
    top = next(iter(speaker_registry(gdir)), None)
    commands = {
        "goftar": lambda q: goftar + ["search", q, "--index", str(gdir), "--json"],
        "baseline": lambda q: [sys.executable, str(script), str(bdir), q],
        "speakers": lambda q: goftar + ["speakers", "--top", "10", "--index", str(gdir), "--json"],
    }
    if top is not None:
        commands["said_by"] = lambda q: goftar + ["said-by", top.name, "--index", str(gdir), "--json"]
    # Like an installed package: bytecode is cached (outside the repo) after the first run.
    env = dict(os.environ, GOFTAR_INDEX=str(gdir), PYTHONPYCACHEPREFIX=str(work / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    log(f"cold commands: {runs} runs each of {', '.join(commands)}, one process each ({' '.join(goftar)})"
        + (f"; said-by the most quoted speaker ({top.quotes} quotes)" if top else ""))
    times = {side: [] for side in commands}
    for n in range(runs + 1):
        q = COLD_QUERIES[n % len(COLD_QUERIES)]
        order = list(commands) if n % 2 == 0 else list(reversed(commands))
        for side in order:
            command = commands[side](q)
            t, done = timed(lambda: subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env))
            if done.returncode not in (0, 1):  # 1: goftar found nothing
                raise SystemExit(f"cold {side} command failed: {' '.join(command)}\n{done.stderr.decode()}")
            json.loads(done.stdout)  # it did answer
            if n:  # the first run of each only fills the page cache and .pyc files
                times[side].append(t)
    return {
        **{f"{side}_ms": median(values) * 1000 for side, values in times.items()},
        "said_by_name": top.name if top else None,
        "said_by_quotes": top.quotes if top else None,
        "runs": runs,
        "command": " ".join(goftar),
    }


def measure_incremental(corpus: Path, gdir: Path, documents: int, repeat: int, seed: int) -> dict:
    from indexer.build import build_index
    from indexer.facets import FiltersLeaveNothing, UnknownSource
    from indexer.search import search
    from indexer.store import open_index

    def counts():
        try:
            by_search = search(gdir, COUNT_QUERY, limit=1).total
        except (UnknownSource, FiltersLeaveNothing):  # no article of that source: before the add, after the delete
            by_search = 0
        return by_search, open_index(gdir).doc_count()

    log(f"re-index unchanged: {repeat} runs")
    unchanged = []
    for _ in range(repeat):
        t, report = timed(lambda: build_index([corpus], gdir))
        if report.documents_indexed:
            log(f"WARNING: unchanged re-index analysed {report.documents_indexed} documents")
        unchanged.append(t)

    sources = make_corpus.load_sources(DATA)
    added = max(1, documents // 100)
    log(f"add {added} articles (1%) as one new file, then delete it: {repeat} cycles")
    add_times, delete_times, checks = [], [], []
    for cycle in range(repeat):
        before = counts()
        shard = make_corpus.write_shards(sources, corpus, added, seed, shard_size=added,
                                         start=ADDED_BASE + cycle * added, prefix=f"bench-added-{cycle}")[0]
        t, report = timed(lambda: build_index([corpus], gdir))
        add_times.append(t)
        after_add = counts()
        shard.unlink()
        t, removed = timed(lambda: build_index([corpus], gdir))
        delete_times.append(t)
        after_delete = counts()
        ok = (report.documents_indexed == added and removed.files_removed == 1
              and after_add == (before[0] + added, before[1] + added) and after_delete == before)
        checks.append({"before": before, "after_add": after_add, "after_delete": after_delete,
                       "analysed": report.documents_indexed, "files_removed": removed.files_removed, "ok": ok})
        log(f"  cycle {cycle + 1}: add {add_times[-1]:.2f}s, delete {delete_times[-1]:.2f}s; "
            f"'{COUNT_QUERY}' count {before[0]} -> {after_add[0]} -> {after_delete[0]} "
            f"(index doc_count {before[1]} -> {after_add[1]} -> {after_delete[1]}) {'ok' if ok else 'WRONG'}")
    return {
        "unchanged_seconds": median(unchanged),
        "added_documents": added,
        "add_seconds": median(add_times),
        "delete_seconds": median(delete_times),
        "checks": checks,
        "verified": all(c["ok"] for c in checks),
    }


# --- report -----------------------------------------------------------------

def verdict(name: str, value, documents: int) -> str:
    if value is None:
        return "n/a"
    limit, _, at_100k = TARGETS[name]
    mark = "PASS" if value <= limit else "MISS"
    return mark + ("*" if at_100k and documents < 100_000 else "")


def table(results: dict) -> str:
    b, w, i, c = results["build"], results["warm"], results["incremental"], results.get("cold")
    n = b["documents"]
    full = b["goftar_seconds"]
    rows = []

    def row(label, goftar, baseline, ratio, target, result):
        rows.append((label, goftar, baseline, ratio, target, result))

    def ratio(a, z):
        return a / z if a is not None and z else None

    def share(p):
        return f"{p:.2f}% of build" if p < 1 else f"{p:.1f}% of build"

    r = ratio(full, b["baseline_seconds"])
    row("full build, wall (s)", f"{full:.1f}", f"{b['baseline_seconds']:.1f}", f"{r:.2f}x", "<= 1.0x", verdict("build", r, n))
    r = ratio(b["goftar_cpu_seconds"], b["baseline_cpu_seconds"])
    row("  full build, CPU user+sys (s)", f"{b['goftar_cpu_seconds']:.1f}", f"{b['baseline_cpu_seconds']:.1f}",
        f"{r:.2f}x", "(info)", "")
    if b.get("floor_seconds") is not None:
        for label, key in (("  build with no quote extracted, wall (s)", "seconds"), ("  and its CPU (s)", "cpu_seconds")):
            floor, base = b[f"floor_{key}"], b[f"baseline_{key}"]
            row(label, f"{floor:.1f}", f"{base:.1f}", f"{ratio(floor, base):.2f}x", "(info: --floor)", "")
    p = 100 * i["unchanged_seconds"] / full
    row("re-index unchanged (s)", f"{i['unchanged_seconds']:.2f}", "", share(p), "<= 5%", verdict("unchanged", p, n))
    p = 100 * i["add_seconds"] / full
    row(f"add 1% ({i['added_documents']} docs) (s)", f"{i['add_seconds']:.2f}", "", share(p), "<= 10%",
        verdict("add", p, n))
    p = 100 * i["delete_seconds"] / full
    row("delete that file (s)", f"{i['delete_seconds']:.2f}", "", share(p), "docs gone",
        "OK" if i["verified"] else "WRONG")
    for q in ("p50", "p95"):
        g, z = w["goftar"][f"{q}_ms"], w["baseline"][f"{q}_ms"]
        r = ratio(g, z)
        row(f"warm search {q} (ms)", f"{g:.1f}", f"{z:.1f}", f"{r:.2f}x", "<= 1.2x @100k", verdict(f"warm_{q}", r, n))
    for q in ("p50", "p95"):
        o = w["baseline_open_per_call"][f"{q}_ms"]
        row(f"  baseline opening index per call {q}", "", f"{o:.1f}", f"{ratio(w['goftar'][f'{q}_ms'], o):.2f}x", "(info)", "")
    for kind in QUERIES:
        g, z = w["by_kind"][kind]["goftar"]["p50_ms"], w["by_kind"][kind]["baseline"]["p50_ms"]
        row(f"  {kind} queries p50 (ms)", f"{g:.1f}", f"{z:.1f}", f"{ratio(g, z):.2f}x", "(info)", "")
    row("quote search p50 / p95 (ms)", f"{w['quotes']['p50_ms']:.1f} / {w['quotes']['p95_ms']:.1f}", "", "", "(info)", "")
    who = w["who"]
    row("who said, first call (ms)", f"{who['first_call_ms']:.0f}", "", "", "(info)", "")
    if who["queries"]:
        row(f"who said p50 / p95 (ms) [{who['queries']}/{who['of']} q]", f"{who['p50_ms']:.1f} / {who['p95_ms']:.1f}",
            "", "", "(info)", "")
    else:
        row("who said p50 / p95 (ms)", "over budget", "", "", "(info)", "")
    if c:
        r = ratio(c["goftar_ms"], c["baseline_ms"])
        row("cold search, new process (ms)", f"{c['goftar_ms']:.0f}", f"{c['baseline_ms']:.0f}", f"{r:.2f}x", "<= 2.0x",
            verdict("cold", r, n))
        for side, label in (("speakers", "cold speakers --top 10 (ms)"), ("said_by", "cold said-by, most quoted (ms)")):
            if f"{side}_ms" in c:
                r = ratio(c[f"{side}_ms"], c["goftar_ms"])
                row(label, f"{c[f'{side}_ms']:.0f}", f"{c['goftar_ms']:.0f} (search)", f"{r:.2f}x",
                    "<= 2.0x search", verdict("registry", r, n))
    else:
        row("cold search, new process (ms)", "skipped", "", "", "<= 2.0x", "n/a")
    r = ratio(b["goftar_rss_mb"], b["baseline_rss_mb"])
    row("peak RSS of build (MB)", f"{b['goftar_rss_mb']:.0f}", f"{b['baseline_rss_mb']:.0f}", f"{r:.2f}x",
        "<= 1024 MB @100k", verdict("rss", b["goftar_rss_mb"], n))
    row("  = main + quote process (MB)", f"{b['goftar_rss_self_mb']:.0f} + {b['goftar_rss_children_mb']:.0f}",
        "", "", "(info)", "")
    r = ratio(b["goftar_tree_pss_mb"], b["baseline_tree_pss_mb"])
    row("  sampled peak PSS, whole tree (MB)", f"{b['goftar_tree_pss_mb']:.0f}", f"{b['baseline_tree_pss_mb']:.0f}",
        f"{r:.2f}x" if r else "", "(info)", "")
    r = ratio(b["goftar_size_mb"], b["baseline_size_mb"])
    row("index size on disk (MB)", f"{b['goftar_size_mb']:.1f}", f"{b['baseline_size_mb']:.1f}", f"{r:.2f}x", "<= 1.3x",
        verdict("size", r, n))
    r = ratio(b["goftar_articles_size_mb"], b["baseline_size_mb"])
    row("  of which articles with quotes (MB)", f"{b['goftar_articles_size_mb']:.1f}", f"{b['baseline_size_mb']:.1f}",
        f"{r:.2f}x", "(info)", "")
    row("  and speaker registry (MB)", f"{b['goftar_registry_size_mb']:.1f}", "", "", "(info)", "")

    headers = ("measure", "goftar", "baseline", "ratio", "target", "result")
    widths = [max(len(str(x[k])) for x in rows + [headers]) for k in range(6)]
    line = lambda cells: "  ".join(str(cell).ljust(width) for cell, width in zip(cells, widths)).rstrip()  # noqa: E731
    out = [
        f"goftar vs plain Whoosh: {n} articles, {b['quotes']} quotes, {results['settings']['builds']} build(s) and "
        f"{results['settings']['repeat']} repeat(s) per timing, medians",
        f"reading alone (goftar's reader, inside both builds): {b['read_seconds']:.1f}s; "
        f"python+imports RSS: goftar {b['goftar_rss_imported_mb']:.0f} MB, baseline {b['baseline_rss_imported_mb']:.0f} MB",
        "",
        line(headers),
        line(["-" * width for width in widths]),
    ]
    out += [line(r) for r in rows]
    if n < 100_000:
        out += ["", f"* target defined at 100k articles; measured here at {n}."]
    zero = [q for q, t in w["totals"].items() if not q.startswith("quotes:") and t["baseline"] == 0]
    fewer = sum(1 for q, t in w["totals"].items() if not q.startswith("quotes:") and t["baseline"] < t["goftar"])
    out.append(f"baseline matched fewer articles than goftar for {fewer}/{len(w['per_query_ms'])} queries"
               + (f" (none at all: {', '.join(zero)})" if zero else "")
               + "; it does less work per query (no spelling folding, no stemming).")
    return "\n".join(out)


def warm_only(corpus: Path, work: Path, repeat: int) -> str:
    """The warm article queries alone, on the indexes kept in ``work`` (built once from ``corpus`` when absent):
    after a change to searching, the indexes need no rebuild. Each query's medians and the summary rows."""
    gdir, bdir = work / "goftar-index", work / "whoosh-index"
    for kind, folder in (("goftar", gdir), ("baseline", bdir)):
        if not folder.exists():
            log(f"building the {kind} index once in {folder}")
            run_worker(kind, corpus, folder)
    warm = measure_warm(gdir, bdir, repeat, who_budget=0, quotes=False)
    out = [f"{'query':<28} {'goftar':>8} {'baseline':>8} {'ratio':>6}  (ms, medians of {repeat})"]
    for q, ms in warm["per_query_ms"].items():
        out.append(f"{q:<28} {ms['goftar']:8.1f} {ms['baseline']:8.1f} {ms['goftar'] / ms['baseline']:5.2f}x")
    summaries = [("all", warm["goftar"], warm["baseline"])]
    summaries += [(kind, sides["goftar"], sides["baseline"]) for kind, sides in warm["by_kind"].items()]
    for label, g, z in summaries:
        for q in ("p50", "p95"):
            out.append(f"{label + ' ' + q:<28} {g[q + '_ms']:8.1f} {z[q + '_ms']:8.1f} {g[q + '_ms'] / z[q + '_ms']:5.2f}x")
    return "\n".join(out)


# --- profile ----------------------------------------------------------------

def profile_build(corpus: Path, work: Path, top: int) -> None:
    import cProfile
    import pstats

    from indexer.build import build_index

    # In one process, so the profile sees the quote job too (it is forked otherwise).
    serial = {"parallel": False} if "parallel" in inspect.signature(build_index).parameters else {}
    profiler = cProfile.Profile()
    profiler.enable()
    report = build_index([corpus], work / "profile-index", rebuild=True, **serial)
    profiler.disable()
    print(f"goftar build of {report.documents_indexed} articles, {report.quotes_indexed} quotes, "
          f"{report.seconds:.1f}s under cProfile{', serial (parallel=False)' if serial else ''}")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


# --- main -------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10000, help="generate this many articles (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--corpus", type=Path, help="benchmark this folder of articles instead of a generated one")
    parser.add_argument("--repeat", type=int, default=3, help="repeats per timing (default 3)")
    parser.add_argument("--builds", type=int, help="full builds per side (default: min(repeat, 3 <=20k, 2 <=50k, else 1))")
    parser.add_argument("--cold-runs", type=int, default=10, help="processes per side for the cold query (default 10)")
    parser.add_argument("--who-budget", type=float, default=120, help="seconds to spend timing who_said (default 120)")
    parser.add_argument("--skip-cold", action="store_true", help="skip the cold-process query timing")
    parser.add_argument("--json", action="store_true", help="print the results as JSON on stdout (table on stderr)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new one under /tmp, removed afterwards)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (indexes, corpus copy)")
    parser.add_argument("--only", choices=("warm",), help="only the warm article queries, on the indexes in --work "
                        "(each built once when absent there)")
    parser.add_argument("--floor", action="store_true", help="also time goftar's build with quote extraction off")
    parser.add_argument("--profile", action="store_true", help="only cProfile one goftar build and print the top entries")
    parser.add_argument("--profile-top", type=int, default=25, help="entries --profile prints (default 25)")
    parser.add_argument("--_worker", choices=("goftar", "baseline", "read", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--_corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_index", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args._worker:
        worker(args._worker, args._corpus, args._index)
        return 0
    if not DATA.exists():
        print(f"skipped: {DATA} is not here (the shared Fars data is needed for this benchmark)")
        return 0
    if args.repeat < 1 or args.docs < 1:
        parser.error("--repeat and --docs must be positive")
    if args.only and not args.work:
        parser.error("--only needs --work DIR, where the indexes are kept between runs")

    if args.corpus:
        source = args.corpus.resolve()
        if not source.is_dir():
            parser.error(f"--corpus {source}: not a folder")
    else:
        source = make_corpus.make_corpus(args.docs, args.seed, Path("/tmp/goftar-bench") / str(args.docs))
    work = args.work or Path(tempfile.mkdtemp(prefix="goftar-speed-", dir="/tmp"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if args.only:
        print(warm_only(source, work, args.repeat))
        return 0
    shutil.rmtree(corpus, ignore_errors=True)
    link_corpus(source, corpus)
    log(f"corpus {source} -> working copy {corpus}")
    try:
        if args.profile:
            profile_build(corpus, work, args.profile_top)
            return 0
        size_hint = args.docs if not args.corpus else sum(1 for _ in corpus.rglob("*.json*")) * 1000
        builds = args.builds or min(args.repeat, 3 if size_hint <= 20_000 else 2 if size_hint <= 50_000 else 1)
        started = time.perf_counter()
        results = {"settings": {"docs": args.docs if not args.corpus else None, "corpus": str(source),
                                "seed": args.seed, "repeat": args.repeat, "builds": builds,
                                "cold_runs": None if args.skip_cold else args.cold_runs,
                                "python": sys.version.split()[0], "cpus": os.cpu_count()}}
        results["build"] = measure_builds(corpus, work, builds, args.floor)
        gdir, bdir = work / "goftar-index", work / "whoosh-index"
        results["warm"] = measure_warm(gdir, bdir, args.repeat, args.who_budget)
        results["cold"] = None if args.skip_cold else measure_cold(gdir, bdir, work, args.cold_runs)
        results["incremental"] = measure_incremental(corpus, gdir, results["build"]["documents"], args.repeat, args.seed)
        results["settings"]["wall_seconds"] = time.perf_counter() - started
        report = table(results)
        if args.json:
            print(report, file=sys.stderr)
            print(json.dumps(results, ensure_ascii=False, indent=1))
        else:
            print()
            print(report)
        return 0
    finally:
        if not (args.keep or args.work):
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")


if __name__ == "__main__":
    sys.exit(main())
