"""Is a page about the 2025 reform? A learned model (scikit-learn, trained by notebooks/relevance.ipynb,
saved with skops in models/relevance/), the cue rule of relevance.py as its features and, when no model
can be loaded, as the fallback.

The model reads a document made here (model_input) so that training and judging see the same text:
the title twice (it says most about the subject), the first MAX_CHARS of the text, digits folded (a
figure is no topic) but in years (an era is: a 2020 commune merger is not the reform), and one token per
cue phrase found. Its pipeline holds only scikit-learn's own
classes, so skops loads it with a fixed list of trusted types and never runs pickled code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.crawl.relevance import CUES, MIN_CUES, matched_cues

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "relevance"
MODEL_FILE = "model.skops"
CARD_FILE = "model.json"  # version, threshold, metrics: what the model card (README.md) says, for programs
MAX_CHARS = 4000  # the subject of a news article is told in its first paragraphs
RULE_VERSION = f"cues-{MIN_CUES}"  # the fallback's name in the store's `relevance_model`
# The reform was decided in 2025, its first plans and drafts early that year (data/relevance/README.md): a page
# published before cannot be about it, whatever its words say ("sáp nhập xã", "một cửa", "dôi dư" were news in
# 2019–2024 too). Not one of the labelled reform articles is older; measured on real articles outside the
# project, most of the model's false positives were.
REFORM_START = dt.date(2025, 1, 1)

# The classes a relevance pipeline may hold; skops refuses any other type in the file.
TRUSTED_TYPES = [
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelEncoder",
    "sklearn.frozen._frozen.FrozenEstimator",
]

# a year is kept (the era of what is told: a 2020 commune merger is not the 2025 reform); any other digit is 0
_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d")
_CUE_TOKENS = {cue: "cue" + re.sub(r"\W+", "", unicodedata.normalize("NFC", cue).casefold()) for cue in CUES}


class ModelError(Exception):
    """The model file is missing, unreadable or holds types we do not load: one line says which."""


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the relevance gate says of one article."""

    relevant: bool
    score: float  # the model's calibrated probability of being about the reform (the rule: cues found / needed)
    model: str  # the model's version, or RULE_VERSION when the cue rule judged
    published_before: dt.date | None = None  # REFORM_START, when the page was published before it (not relevant)

    def to_json(self) -> dict[str, Any]:
        return {"relevant": self.relevant, "score": round(self.score, 4), "model": self.model}


def headline(title: str | None, text: str) -> tuple[str, str]:
    """Title and body however they come: a text file's first non-empty line is its title, and a stored
    article's text that opens with its title is not made to say it twice."""
    text = text.strip()
    if not title:
        title, _, text = text.partition("\n")
    elif text.startswith(title.strip()):
        text = text[len(title.strip()) :]
    return title.strip(), text.strip()


def model_input(title: str | None, text: str) -> str:
    """The document the model reads: title twice, the start of the text, digits as 0 but in years, the cue tokens."""
    title, text = headline(title, text)
    head = unicodedata.normalize("NFC", f"{title}\n{title}\n{text[:MAX_CHARS]}").casefold()
    cues = " ".join(_CUE_TOKENS[cue] for cue in matched_cues(head))
    return f"{_DIGITS.sub(_fold_digit, head)}\n{cues}"


def _fold_digit(match: re.Match[str]) -> str:
    return match.group() if len(match.group()) == 4 else "0"


def rule_judgement(title: str | None, text: str) -> Judgement:
    """The cue rule alone: relevant with MIN_CUES distinct cue phrases."""
    found = len(matched_cues(f"{title or ''}\n{text}"))
    return Judgement(found >= MIN_CUES, min(1.0, found / MIN_CUES), RULE_VERSION)


class RelevanceModel:
    """A trained pipeline with its decision threshold and version (see models/relevance/README.md)."""

    def __init__(self, pipeline: Any, threshold: float, version: str) -> None:
        self.pipeline = pipeline
        self.threshold = threshold
        self.version = version

    @classmethod
    def load(cls, folder: Path | str | None = None) -> RelevanceModel:
        """The model in folder (default: $MONITOR_RELEVANCE_MODEL, else models/relevance of this project)."""
        import skops.io

        where = Path(folder or os.environ.get("MONITOR_RELEVANCE_MODEL") or MODEL_DIR)
        try:
            card = json.loads((where / CARD_FILE).read_text(encoding="utf-8"))
            untrusted = set(skops.io.get_untrusted_types(file=where / MODEL_FILE)) - set(TRUSTED_TYPES)
            if untrusted:
                raise ModelError(f"{where / MODEL_FILE} holds types we do not load: {', '.join(sorted(untrusted))}")
            pipeline = skops.io.load(where / MODEL_FILE, trusted=TRUSTED_TYPES)
            return cls(pipeline, float(card["threshold"]), str(card["version"]))
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as error:
            raise ModelError(f"cannot load the relevance model from {where}: {error}") from None

    def scores(self, documents: list[str]) -> list[float]:
        """The probability that each model_input document is about the reform."""
        return [float(p) for p in self.pipeline.predict_proba(documents)[:, 1]]

    def judge_many(self, articles: Iterable[tuple[str | None, str]]) -> list[Judgement]:
        """(title, text) pairs judged in one batch."""
        documents = [model_input(title, text) for title, text in articles]
        if not documents:
            return []
        return [Judgement(score >= self.threshold, score, self.version) for score in self.scores(documents)]

    def judge(self, title: str | None, text: str) -> Judgement:
        return self.judge_many([(title, text)])[0]


@functools.cache
def default_model() -> RelevanceModel | None:
    """The project's model, loaded once per process; None (the cue rule then judges) when it cannot be."""
    try:
        return RelevanceModel.load()
    except ModelError:
        return None


def judge_many(
    articles: Iterable[tuple[str | None, str]],
    model: RelevanceModel | None = None,
    published: Sequence[dt.date | None] | None = None,
) -> list[Judgement]:
    """(title, text) pairs judged by the model (the project's own unless one is given), else by the cue rule;
    an article whose trusted publication date (`published`, in the same order) is before REFORM_START is not
    relevant, whatever its score."""
    articles = list(articles)
    model = model or default_model()
    judged = [rule_judgement(t, x) for t, x in articles] if model is None else model.judge_many(articles)
    for i, day in enumerate(published or ()):
        if day is not None and day < REFORM_START:
            judged[i] = dataclasses.replace(judged[i], relevant=False, published_before=REFORM_START)
    return judged


def judge(
    title: str | None, text: str, model: RelevanceModel | None = None, published: dt.date | None = None
) -> Judgement:
    """One article's judgement: see judge_many."""
    return judge_many([(title, text)], model, [published])[0]
