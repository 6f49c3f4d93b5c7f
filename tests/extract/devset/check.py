"""Validate a development set: articles (format, size), gold.jsonl (fields, evidence, places, dates, values,
series and part_of), coverage.

python tests/extract/devset/check.py [DEVSET_DIR] [PROVINCES_CSV]

A set written after real reports and kept unseen (../unseen2 and later) declares its own settings in SET_DIR/set.toml
(its file names, sizes, negatives; read by later_set_settings) and is checked by validate_later_set. The checks are
also importable (`validate(root, ...)` returns the list of errors and the report lines), so
tests/timeline/devset/check.py and tests/timeline/test_devset_gold.py reuse them with other settings.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from monitor.facts import METRICS as FACT_METRICS

HERE = Path(__file__).resolve().parent
DEFAULT_PROVINCES_CSV = HERE.parents[3] / "shared" / "data" / "provinces_2025.csv"
SPEC_FIELDS = {
    "doc",
    "metric",
    "value",
    "value_max",
    "unit",
    "approx",
    "total",
    "status",
    "province",
    "commune",
    "as_of",
    "period_start",
    "period_end",
    "specialty",
    "specialties",
    "role",
    "kind",
    "level",
    "from_level",
    "to_level",
    "purpose",
    "ref",
    "doc_type",
    "issuer",
    "issued",
    "evidence",
    "start",
    "end",
    "confidence",
    "date_source",
    "subject",
    "extractor_version",
    "rule",
    # reference-file fields (facts.md, "Reference files"; ../shared/gold/series.md)
    "core",
    "alt_metrics",
    "as_of_min",
    "as_of_max",
    "id",
    "series",
    "part_of",
}
METRICS = list(FACT_METRICS)
VALUELESS = {"specialties", "document", "deadline"}  # series null exactly for these (series.md)
APPROX = {"more_than", "nearly", "about", "at_least", "less_than", "at_most"}
STATUS = {"proposed", "planned", "target", "done"}
MARKER = re.compile(r"^[ \t]*date[ \t]+(?P<date>\S+)[ \t]?")
SERIES_RE = re.compile(r"[a-z0-9][a-z0-9._-]*(?:/[a-z0-9][a-z0-9._-]*){3,}")
PLACE_ALIASES = {"Hồ Chí Minh": "hcm"}
WORDNUM = {"hai trăm linh tám": 208, "ba mươi lăm": 35, "hai triệu rưỡi": 2500000}


def ascii_slug(name: str, sep: str = "-") -> str:
    s = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return sep.join(re.findall(r"[a-z0-9]+", s))


def place_slug(province: str | None) -> str:
    if not province:
        return "national"
    return PLACE_ALIASES.get(province) or ascii_slug(province, "")


def commune_slug(commune: str) -> str:
    name = re.sub(r"^(phường|xã|đặc khu|thị trấn)\s+", "", " ".join(commune.split()), flags=re.I)
    return ascii_slug(name)


def numbers_in(evidence):
    """Numbers written with digits in the evidence (Vietnamese separators), scaled by a following word."""
    out = set()
    for m in re.finditer(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(nghìn|ngàn|triệu|tỷ|tỉ)?", evidence):
        # decimal arithmetic: "68,6 tỷ" is 68600000000, not the binary float's 68599999999.99999
        whole = Decimal(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
        scale = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}.get(m.group(3) or "", 1)
        out.add(float(whole * scale))
    return out


def read_articles(root: Path, name_re: str, words_range, paras_range, err):
    texts, published, nfd_files = {}, {}, []
    for path in sorted((root / "articles").glob("*.txt")):
        raw = path.read_bytes().decode("utf-8")
        if raw != unicodedata.normalize("NFC", raw):
            nfd_files.append(path.stem)
        text = unicodedata.normalize("NFC", raw)
        m = MARKER.match(text)
        if m:
            published[path.stem] = dt.date.fromisoformat(m.group("date"))
            text = text[m.end() :]
        else:
            published[path.stem] = None
        texts[path.stem] = text
        if not re.fullmatch(name_re, path.stem):
            err(f"{path.name}: bad name")
        paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
        words = len(text.split())
        if not paras_range[0] <= len(paras) <= paras_range[1]:
            err(f"{path.name}: {len(paras)} paragraphs")
        if not words_range[0] <= words <= words_range[1]:
            err(f"{path.name}: {words} words")
    return texts, published, nfd_files


def load_places(provinces_csv: Path):
    with Path(provinces_csv).open(encoding="utf-8") as handle:
        prov_rows = list(csv.DictReader(handle))
    provinces = {r["province"] for r in prov_rows}
    try:
        from vietnam_provinces import Province, Ward

        pname = {p.code: p.name.removeprefix("Thành phố ").strip() for p in Province.iter_all()}
        wards = defaultdict(set)
        for w in Ward.iter_all():
            wards[" ".join(w.name.split()).lower()].add(pname[w.province_code])
    except ImportError:  # pragma: no cover
        wards = None
    return provinces, wards


def read_gold(path: Path, err):
    gold = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            gold.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"gold:{n}: not JSON: {e}")
    for i, c in Counter(g.get("id") for g in gold).items():
        if c > 1:
            err(f"duplicate id {i}")
    return gold


def check_facts(gold, texts, published, provinces, wards, err, note, wordnum=WORDNUM):
    """Per-fact checks: fields, evidence, places, dates, values (the checks of the first devset)."""

    def iso(value, where):
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            err(f"{where}: bad date {value!r}")
            return None

    for g in gold:
        where = f"{g.get('id')}"
        extra = set(g) - SPEC_FIELDS
        if extra:
            err(f"{where}: unknown fields {extra}")
        missing = [f for f in ("doc", "metric", "evidence", "core", "id") if f not in g]
        if missing:
            err(f"{where}: missing {missing}")
            continue
        doc = g["doc"]
        if doc not in texts:
            err(f"{where}: no article {doc}")
            continue
        text = texts[doc]
        ev = g["evidence"]
        count = text.count(ev)
        if count == 0:
            err(f"{where}: evidence not in text: {ev!r}")
        elif count > 1:
            note(f"note {where}: evidence occurs {count} times in {doc}")
        if ev != ev.strip() or "\n" in ev:
            err(f"{where}: evidence has edge spaces or a line break")
        if not isinstance(g["core"], bool):
            err(f"{where}: core not bool")
        if g.get("province") is not None and g["province"] not in provinces:
            err(f"{where}: province {g['province']!r} not in provinces_2025.csv")
        if g.get("commune") and wards is not None:
            key = " ".join(g["commune"].split()).lower()
            if key not in wards:
                err(f"{where}: commune {g['commune']!r} unknown")
            elif g.get("province") not in wards[key]:
                err(f"{where}: commune {g['commune']!r} is in {wards[key]}, not {g.get('province')}")
            name = key.split(" ", 1)[1]
            if not text.lower().count(name) and ascii_slug(name) not in ascii_slug(text):
                # a spelling variant ("Tuy Hoà" for "Tuy Hòa") is accepted; an absent name is not
                err(f"{where}: commune name not in text")
        if g.get("approx") and g["approx"] not in APPROX:
            err(f"{where}: approx {g['approx']}")
        if g.get("status") and g["status"] not in STATUS:
            err(f"{where}: status {g['status']}")
        dates = {
            k: iso(g[k], where)
            for k in ("as_of", "as_of_min", "as_of_max", "period_start", "period_end", "issued")
            if g.get(k)
        }
        if None in dates.values():
            continue
        if "as_of_min" in dates and "as_of_max" in dates and dates["as_of_min"] > dates["as_of_max"]:
            err(f"{where}: window inverted")
        if "as_of" in dates and not (
            dates.get("as_of_min", dates["as_of"]) <= dates["as_of"] <= dates.get("as_of_max", dates["as_of"])
        ):
            err(f"{where}: as_of outside its window")
        if "period_start" in dates and "period_end" in dates and dates["period_start"] > dates["period_end"]:
            err(f"{where}: period inverted")
        m = g["metric"]
        if m == "document":
            if not g.get("ref") or g.get("value") is not None:
                err(f"{where}: document needs ref and no value")
            elif re.sub(r"\s+", "", g["ref"]) not in re.sub(r"\s+", "", ev):
                err(f"{where}: ref not in evidence")
            if (
                g.get("issued")
                and published.get(doc)
                and published[doc].year > 2024
                and dates["issued"] > published[doc]
            ):
                err(f"{where}: issued after publication")
        elif m == "deadline":
            if g.get("value") is not None or not g.get("as_of") or g.get("status") not in ("planned", "done"):
                err(f"{where}: deadline needs as_of, no value, status planned/done")
        elif m == "specialties":
            if not g.get("specialties") or g.get("role") not in ("need", "assigned"):
                err(f"{where}: specialties needs a list and a role")
            for s in g.get("specialties", []):
                if g.get("core", True) and s.lower() not in ev.lower():
                    err(f"{where}: specialty {s!r} not in evidence")
        else:
            if not isinstance(g.get("value"), (int, float)) or not g.get("unit"):
                err(f"{where}: needs numeric value and unit")
                continue
            if g["core"] and m not in METRICS:
                err(f"{where}: core fact with non-spec metric {m}")
            if g["core"] and not g.get("status"):
                err(f"{where}: core fact without status")
            nums = numbers_in(ev)
            words = {v for w, v in wordnum.items() if w in ev}
            scaled = {n * s for n in nums for s in (1e3, 1e6, 1e9)} if g.get("value_max") is not None else set()
            if float(g["value"]) not in nums | words | scaled:
                err(f"{where}: value {g['value']} not read in evidence {ev!r} ({sorted(nums)})")
            if g.get("total") is not None and float(g["total"]) not in nums:
                err(f"{where}: total not in evidence")
            if g.get("value_max") is not None and float(g["value_max"]) not in nums:
                err(f"{where}: value_max not in evidence")
            if g.get("unit") == "%" and "%" not in ev:
                err(f"{where}: unit % but no % in evidence")


def check_series(gold, err):
    """series / part_of (../shared/gold/series.md): presence, null exactly for value-less metrics, the key's
    shape (place[/commune]/metric/.../status/kind), part_of inside the doc with a different key, no cycles,
    restatements on one date, one series = one metric, unit, status and place."""
    by_id = {g.get("id"): g for g in gold}
    members = defaultdict(list)
    for g in gold:
        where = f"{g.get('id')}"
        if "series" not in g or "part_of" not in g:
            err(f"{where}: needs both series and part_of (null where they do not apply)")
            continue
        s, metric = g["series"], g.get("metric")
        if metric in VALUELESS:
            if s is not None:
                err(f"{where}: {metric} has no series, found {s!r}")
        elif not isinstance(s, str) or not s:
            err(f"{where}: a fact with a value needs a series")
            continue
        if isinstance(s, str):
            members[s].append(g)
            parts = s.split("/")
            if not SERIES_RE.fullmatch(s):
                err(f"{where}: series {s!r} is not place/.../metric/.../status/kind (lowercase ascii, ≥4 segments)")
            if parts[0] != place_slug(g.get("province")):
                err(f"{where}: series {s!r} does not start with {place_slug(g.get('province'))!r}")
            if g.get("commune") and (len(parts) < 2 or parts[1] != commune_slug(g["commune"])):
                err(f"{where}: series {s!r} lacks the commune {commune_slug(g['commune'])!r} after the place")
            if metric not in parts:
                err(f"{where}: series {s!r} does not name its metric {metric!r}")
            if g.get("status") and g["status"] not in parts:
                err(f"{where}: series {s!r} does not name its status {g['status']!r}")
        p = g["part_of"]
        if p is None:
            continue
        whole = by_id.get(p)
        if whole is None:
            err(f"{where}: part_of {p!r} names no fact")
            continue
        if whole.get("doc") != g.get("doc"):
            err(f"{where}: part_of {p!r} is in another article")
        if p == g.get("id"):
            err(f"{where}: part_of itself")
        if whole.get("series") is None or whole.get("value") is None:
            err(f"{where}: part_of {p!r}, which has no value or series")
        elif whole["series"] == s:
            err(f"{where}: a part has the series of its whole ({s})")
        if g.get("unit") != whole.get("unit"):
            err(
                f"{where}: part in {g.get('unit')} of a whole in {whole.get('unit')} (shares are never parts of counts)"
            )
        elif (
            isinstance(g.get("value"), (int, float))
            and isinstance(whole.get("value"), (int, float))
            and g["value"] > whole["value"]
        ):
            err(f"{where}: part {g['value']} larger than its whole {whole['value']}")
        if g.get("total") is not None and whole.get("value") is not None and float(g["total"]) != float(whole["value"]):
            err(f"{where}: total {g['total']} is not the value of its whole {p} ({whole.get('value')})")
        seen, q = {g.get("id")}, p
        while q:
            if q in seen:
                err(f"{where}: part_of cycle")
                break
            seen.add(q)
            q = (by_id.get(q) or {}).get("part_of")
    for s, facts in members.items():
        for attr in ("metric", "unit", "status", "province", "commune"):
            vals = {f.get(attr) for f in facts}
            if len(vals) > 1:
                err(f"series {s}: facts disagree on {attr}: {sorted(map(str, vals))} ({[f['id'] for f in facts]})")
        by_doc = defaultdict(set)
        for f in facts:
            by_doc[f["doc"]].add(f.get("as_of"))
        for _doc, dates in by_doc.items():
            if len(dates) > 1:
                err(
                    f"series {s}: facts of one article on different dates {sorted(map(str, dates))} "
                    f"(a restatement must share the date, or the checker counts a change inside one article)"
                )


def series_stats(gold):
    """Series with ≥2 dates, expected changes (as ../shared/eval/changecheck.py counts them), parts."""
    by_series = defaultdict(list)
    for f in gold:
        if f.get("series") and f.get("as_of") and f.get("value") is not None:
            by_series[f["series"]].append(f)
    multi, expected = 0, 0
    for facts in by_series.values():
        dates = sorted({f["as_of"] for f in facts})
        multi += len(dates) >= 2
        groups = [[f for f in facts if f["as_of"] == d] for d in dates]
        for a, b in itertools.pairwise(groups):
            if any(x["doc"] != y["doc"] for x in a for y in b):
                expected += 1
    return {
        "series": len(by_series),
        "series_multi_date": multi,
        "expected_changes": expected,
        "parts": sum(1 for f in gold if f.get("part_of")),
    }


def validate(
    root: Path = HERE,
    provinces_csv: Path = DEFAULT_PROVINCES_CSV,
    *,
    name_re=r"1\d\d_[a-z0-9_]+",
    words_range=(40, 400),
    paras_range=(1, 6),
    min_core=3,
    wordnum=WORDNUM,
):
    """All checks on one set. Returns (errors, report lines)."""
    root = Path(root)
    errors, report = [], []
    texts, published, nfd_files = read_articles(root, name_re, words_range, paras_range, errors.append)
    report.append(
        f"articles: {len(texts)}; no date line: {[d for d, p in published.items() if p is None]}; "
        f"NFD files: {nfd_files}"
    )
    provinces, wards = load_places(provinces_csv)
    gold = read_gold(root / "gold.jsonl", errors.append)
    check_facts(gold, texts, published, provinces, wards, errors.append, report.append, wordnum)
    check_series(gold, errors.append)

    core = Counter(g["metric"] for g in gold if g.get("core"))
    optional = Counter(g["metric"] for g in gold if not g.get("core"))
    report.append(f"facts: {len(gold)}  core {sum(core.values())}  optional {sum(optional.values())}")
    for m in METRICS + sorted(set(optional) - set(METRICS)):
        report.append(f"  {m:<22} core {core.get(m, 0):>3}  optional {optional.get(m, 0):>3}")
        if m in METRICS and core.get(m, 0) < min_core:
            errors.append(f"metric {m} has fewer than {min_core} core facts")
    provs = sorted({g["province"] for g in gold if g.get("province")})
    report.append(f"provinces ({len(provs)}): {', '.join(provs)}")
    report.append(f"national facts (no province): {sum(1 for g in gold if not g.get('province'))}")
    report.append(
        f"facts with commune: {sum(1 for g in gold if g.get('commune'))}; "
        f"distinct communes: {len({g['commune'] for g in gold if g.get('commune')})}"
    )
    st = series_stats(gold)
    report.append(
        f"series: {st['series']}; with ≥2 dates: {st['series_multi_date']}; expected changes: "
        f"{st['expected_changes']}; parts: {st['parts']}"
    )
    docs_without_core = sorted(set(texts) - {g["doc"] for g in gold if g.get("core")})
    if docs_without_core:
        errors.append(f"articles without a core fact: {docs_without_core}")
    return errors, report


def negatives_errors(root: Path, negatives: set[str]) -> list[str]:
    """For sets with articles written as negatives (no core fact by design): each is an article without a core
    fact, and every other article has one. Replaces validate()'s "articles without a core fact" error."""
    gold = [json.loads(x) for x in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    stems = {p.stem for p in (root / "articles").glob("*.txt")}
    with_core = {g["doc"] for g in gold if g.get("core")}
    errors = [f"negative {doc} is not an article" for doc in sorted(negatives - stems)]
    errors += [f"negative {doc} has a core fact" for doc in sorted(negatives & with_core)]
    missing = sorted(stems - with_core - negatives)
    if missing:
        errors.append(f"articles without a core fact: {missing}")
    return errors


URL = re.compile(r"https?://[^\s|)>]+")


def report_urls(path: Path) -> set[str]:
    """The report URLs a SOURCES.md names."""
    if not path.exists():
        return set()
    return {u.rstrip(".,;") for u in URL.findall(path.read_text(encoding="utf-8"))}


def validate_later_set(
    root: Path, provinces_csv: Path, settings: dict, negatives: set[str], earlier_sets: tuple | None = None
):
    """The checks of the sets written after real reports and kept unseen (../unseen2 and later): validate()
    with settings, the declared negatives instead of "an article needs a core fact", documents without as_of,
    no settled fact dated more than a year after its article, and no report URL of an earlier set reused
    (`earlier_sets`; None: of any other set beside it that has a SOURCES.md, whenever it was written)."""
    root = Path(root)
    errors, report = validate(root, provinces_csv, **settings)
    errors = [e for e in errors if not e.startswith("articles without a core fact")]
    errors += negatives_errors(root, negatives)
    gold = [json.loads(x) for x in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    published = {}
    for p in (root / "articles").glob("*.txt"):
        m = MARKER.match(p.read_text(encoding="utf-8"))
        if m:
            published[p.stem] = dt.date.fromisoformat(m.group("date"))
    for g in gold:
        if g.get("metric") == "document" and g.get("as_of"):
            errors.append(f"{g['id']}: a document gets no as_of")
        pub = published.get(g.get("doc"))
        settled = g.get("status") not in ("target", "planned", "proposed")
        if pub and g.get("as_of") and settled and dt.date.fromisoformat(g["as_of"]) > pub + dt.timedelta(days=366):
            errors.append(
                f"{g['id']}: as_of {g['as_of']} far after the article's date {pub} for status {g.get('status')}"
            )
    ours = report_urls(root / "SOURCES.md")
    if earlier_sets is None:
        others = (path.parent.name for path in root.parent.glob("*/SOURCES.md") if path.parent != root)
        earlier_sets = tuple(sorted(others))
    for name in earlier_sets:
        for u in sorted(ours & report_urls(root.parent / name / "SOURCES.md")):
            errors.append(f"SOURCES.md reuses a report of ../{name}: {u}")
    report.append(f"negatives (no core fact by design): {len(negatives)}")
    report.append(f"report URLs in SOURCES.md: {len(ours)}")
    return errors, report


def later_set_settings(root: Path) -> tuple[dict, set[str]]:
    """A later set's settings of validate() and its negatives, from its set.toml."""
    declared = tomllib.loads((Path(root) / "set.toml").read_text(encoding="utf-8"))
    settings = dict(
        name_re=declared["names"],
        words_range=tuple(declared["words"]),
        paras_range=tuple(declared["paragraphs"]),
        min_core=declared["min_core"],
    )
    if "numbers_in_words" in declared:
        settings["wordnum"] = {**WORDNUM, **declared["numbers_in_words"]}
    return settings, set(declared["negatives"])


def validate_declared_set(root: Path, provinces_csv: Path = DEFAULT_PROVINCES_CSV):
    """validate_later_set with the settings the set's set.toml declares."""
    settings, negatives = later_set_settings(root)
    return validate_later_set(root, provinces_csv, settings, negatives)


def main(argv=None, check=None, here=None) -> int:
    """Validate a set (its folder and the provinces file may be given); `check` is the set's validator, else the
    one its set.toml calls for, else validate()'s defaults (this development set's)."""
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0]) if argv else (here or HERE)
    provinces_csv = Path(argv[1]) if len(argv) > 1 else DEFAULT_PROVINCES_CSV
    if check is None and (root / "set.toml").exists():
        check = validate_declared_set
    errors, report = (check or validate)(root, provinces_csv)
    print("\n".join(report))
    print("\n".join(f"ERROR {e}" for e in errors) or "all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
