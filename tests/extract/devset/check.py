"""Validate the devset: articles (format, size), gold.jsonl (fields, evidence, places, dates, values), coverage.

python tests/extract/devset/check.py [DEVSET_DIR] [PROVINCES_CSV]
"""

import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from monitor.facts import METRICS as FACT_METRICS

HERE = Path(__file__).resolve().parent
ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
PROVINCES_CSV = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[3] / "shared" / "data" / "provinces_2025.csv"
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
    "core",
    "alt_metrics",
    "as_of_min",
    "as_of_max",
    "id",
}

METRICS = list(FACT_METRICS)
APPROX = {"more_than", "nearly", "about", "at_least", "less_than", "at_most"}
STATUS = {"proposed", "planned", "target", "done"}
MARKER = re.compile(r"^[ \t]*date[ \t]+(?P<date>\S+)[ \t]?")
errors = []


def err(msg):
    errors.append(msg)


# ---- articles
texts, published = {}, {}
nfd_files = []
for path in sorted((ROOT / "articles").glob("*.txt")):
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
    if not re.fullmatch(r"1\d\d_[a-z0-9_]+", path.stem):
        err(f"{path.name}: bad name")
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    words = len(text.split())
    if not 1 <= len(paras) <= 6:
        err(f"{path.name}: {len(paras)} paragraphs")
    if not 40 <= words <= 400:
        err(f"{path.name}: {words} words")
print(f"articles: {len(texts)}; no date line: {[d for d, p in published.items() if p is None]}; NFD files: {nfd_files}")

# ---- places
prov_rows = list(csv.DictReader(PROVINCES_CSV.open(encoding="utf-8")))
PROVINCES = {r["province"] for r in prov_rows}
try:
    from vietnam_provinces import Province, Ward

    pname = {p.code: p.name.removeprefix("Thành phố ").strip() for p in Province.iter_all()}
    WARDS = defaultdict(set)
    for w in Ward.iter_all():
        WARDS[" ".join(w.name.split()).lower()].add(pname[w.province_code])
except ImportError:  # pragma: no cover
    WARDS = None

# ---- gold
gold = []
for n, line in enumerate((ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        gold.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"gold:{n}: not JSON: {e}")
ids = Counter(g.get("id") for g in gold)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")


def iso(value, where):
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        err(f"{where}: bad date {value!r}")
        return None


def numbers_in(evidence):
    """Numbers written with digits in the evidence (Vietnamese separators), scaled by a following word."""
    out = set()
    for m in re.finditer(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(nghìn|ngàn|triệu|tỷ|tỉ)?", evidence):
        whole = float(m.group(1).replace(".", ""))
        if m.group(2):
            whole += float("0." + m.group(2))
        scale = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}.get(m.group(3) or "", 1)
        out.add(round(whole * scale, 6))
    return out


WORDNUM = {"hai trăm linh tám": 208, "ba mươi lăm": 35, "hai triệu rưỡi": 2500000}
for g in gold:
    where = f"{g.get('id')}"
    extra = set(g) - SPEC_FIELDS
    if extra:
        err(f"{where}: unknown fields {extra}")
    for f in ("doc", "metric", "evidence", "core", "id"):
        if f not in g:
            err(f"{where}: missing {f}")
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
        print(f"note {where}: evidence occurs {count} times in {doc}")
    if ev != ev.strip() or "\n" in ev:
        err(f"{where}: evidence has edge spaces or a line break")
    if not isinstance(g["core"], bool):
        err(f"{where}: core not bool")
    if g.get("province") is not None and g["province"] not in PROVINCES:
        err(f"{where}: province {g['province']!r} not in provinces_2025.csv")
    if g.get("commune") and WARDS is not None:
        key = " ".join(g["commune"].split()).lower()
        if key not in WARDS:
            err(f"{where}: commune {g['commune']!r} unknown")
        elif g.get("province") not in WARDS[key]:
            err(f"{where}: commune {g['commune']!r} is in {WARDS[key]}, not {g.get('province')}")
        if not text.lower().count(key.split(" ", 1)[1]):
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
    if "as_of_min" in dates and "as_of_max" in dates and dates["as_of_min"] > dates["as_of_max"]:
        err(f"{where}: window inverted")
    if "as_of" in dates and not (
        dates.get("as_of_min", dates["as_of"]) <= dates["as_of"] <= dates.get("as_of_max", dates["as_of"])
    ):
        err(f"{where}: as_of outside its window")
    if "period_start" in dates and "period_end" in dates and dates["period_start"] > dates["period_end"]:
        err(f"{where}: period inverted")
    m = g["metric"]
    if m in ("document",):
        if not g.get("ref") or g.get("value") is not None:
            err(f"{where}: document needs ref and no value")
        elif re.sub(r"\s+", "", g["ref"]) not in re.sub(r"\s+", "", ev):
            err(f"{where}: ref not in evidence")
        if g.get("issued") and published.get(doc) and published[doc].year > 2024 and dates["issued"] > published[doc]:
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
        words = {v for w, v in WORDNUM.items() if w in ev}
        scaled = {n * s for n in nums for s in (1e3, 1e6, 1e9)} if g.get("value_max") is not None else set()
        if float(g["value"]) not in nums | words | scaled:
            err(f"{where}: value {g['value']} not read in evidence {ev!r} ({sorted(nums)})")
        if g.get("total") is not None and float(g["total"]) not in nums:
            err(f"{where}: total not in evidence")
        if g.get("value_max") is not None and float(g["value_max"]) not in nums:
            err(f"{where}: value_max not in evidence")
        if g.get("unit") == "%" and "%" not in ev:
            err(f"{where}: unit % but no % in evidence")

# ---- coverage
core = Counter(g["metric"] for g in gold if g["core"])
optional = Counter(g["metric"] for g in gold if not g["core"])
print(f"facts: {len(gold)}  core {sum(core.values())}  optional {sum(optional.values())}")
for m in METRICS + sorted(set(optional) - set(METRICS)):
    print(f"  {m:<22} core {core.get(m, 0):>3}  optional {optional.get(m, 0):>3}")
    if m in METRICS and core.get(m, 0) < 3:
        err(f"metric {m} has fewer than 3 core facts")
provs = sorted({g["province"] for g in gold if g.get("province")})
print(f"provinces ({len(provs)}): {', '.join(provs)}")
print(f"national facts (no province): {sum(1 for g in gold if not g.get('province'))}")
print(
    f"facts with commune: {sum(1 for g in gold if g.get('commune'))}; "
    f"distinct communes: {len({g['commune'] for g in gold if g.get('commune')})}"
)
docs_without_core = sorted(set(texts) - {g["doc"] for g in gold if g["core"]})
if docs_without_core:
    err(f"articles without a core fact: {docs_without_core}")
print("\n".join(f"ERROR {e}" for e in errors) or "all checks passed")
sys.exit(1 if errors else 0)
