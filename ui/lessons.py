"""Guided lessons as plain data: which page and section each step opens, with which settings, and what it asks.

A teacher adds a lesson by adding a tuple of `LessonStep`s to `LESSONS` and its texts to
`ui/catalog/lesson.py` (keys `lesson.<lesson>.<n>.look`, and for a question `.question`,
`.option.<option>` and `.reveal`). A link opens a lesson at a step with `?lesson=notes&lesson_step=3`
(`step` is the Structure page's time step; an old link's `?step=` is still read as the lesson's
step when `lesson_step` is absent). `validate()` runs when the app starts and in
tests/test_lessons.py: every step's settings must parse through `parse_settings` without a
problem, and every text key must exist in both languages. No streamlit import: this is data.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from rnn_core.cell import StructureSettings
from rnn_core.gradients import GradientSettings
from rnn_core.parameters import ParameterSettings
from rnn_core.settings import parse_settings, setting
from rnn_core.training import DIVERGENCE_DEMO, TrainingSettings
from rnn_core.training_results import BEYOND_COUNT

# The pages a step may open: their settings class and their sections (an empty tuple: no sections).
PAGES = {
    "structure": (StructureSettings, ("cell", "step", "lengths", "memory", "modes")),
    "parameters": (ParameterSettings, ("where", "outputs", "code", "charts")),
    "training": (TrainingSettings, ()),
    "gradients": (GradientSettings, ("feedback", "through_time", "training", "long_term", "remedies")),
}
# What a step's reveal can compute from the step's own view (ui/lesson_panel.py: MEASURES).
MEASURES = ("none", "step_match", "parameters", "shapes", "state_bound", "gradient_bound")
# Measures answered by the step's training run: the answer and the reveal's numbers come from the run
# the student trains on the step's page (`run_answer`); `LessonStep.answer` is what that run gives,
# checked by tests/test_lessons.py against a real run of the step's settings.
RUN_MEASURES = ("loss_fall", "beyond_best", "divergence")


@dataclass(frozen=True)
class LessonStep:
    """One step: the view it opens, and the prediction it asks before that view is shown."""

    page: str  # a key of PAGES
    section: str  # one of the page's sections ("" on a page without sections)
    settings: Mapping[str, str] = field(default_factory=dict)  # URL names → values, as a link would give them
    options: tuple[str, ...] = ()  # the question's options; empty: a step with nothing to predict
    answer: str = ""  # the right option (for a run measure: what the step's run gives)
    measure: str = "none"  # what the reveal computes from the view (a name in MEASURES or RUN_MEASURES)

    @property
    def asks(self) -> bool:
        return bool(self.options)


def _values(cls, mapping: Mapping) -> dict[str, str]:
    """Field values written as a URL would carry them (URL names, text), so they go through the same parser."""
    url = {f.name: f.metadata.get("url") or f.name for f in dataclasses.fields(cls)}
    return {url[name]: str(value).lower() if isinstance(value, bool) else str(value) for name, value in mapping.items()}


# The Korean study notes' order: the loop, one step by hand, 440/21/461, return_sequences, the
# training experiment, the three activations, divergence, feedback, vanishing, long-term memory and LSTM.
NOTES = (
    LessonStep("structure", "cell", {"seq": "0,0.1,0.2", "activation": "tanh", "units": "3"}),
    LessonStep(
        "structure",
        "step",
        {"seq": "0,0.1,0.2", "activation": "tanh", "units": "3", "step": "3"},
        options=("equal", "close", "different"),
        answer="equal",
        measure="step_match",
    ),
    LessonStep(
        "parameters",
        "where",
        {"cell": "simplernn", "units": "20", "features": "1", "timesteps": "3", "dense": "true"},
        options=("461", "441", "420"),
        answer="461",
        measure="parameters",
    ),
    LessonStep(
        "parameters",
        "where",
        {"cell": "simplernn", "units": "20", "features": "1", "timesteps": "3", "dense": "true"},
        options=("recurrent", "output", "input"),
        answer="recurrent",
        measure="parameters",
    ),
    LessonStep(
        "parameters",
        "outputs",
        {"cell": "simplernn", "units": "20", "features": "1", "timesteps": "3", "return_sequences": "true"},
        options=("last", "every", "state"),
        answer="every",
        measure="shapes",
    ),
    LessonStep("training", "", {}, options=("most", "some", "little"), answer="most", measure="loss_fall"),
    LessonStep(
        "training",
        "",
        {"compare": "true"},
        options=("tanh", "relu", "sigmoid"),
        answer="relu",
        measure="beyond_best",
    ),
    LessonStep(
        "training",
        "",
        _values(TrainingSettings, DIVERGENCE_DEMO),
        options=("few", "many", "never"),
        answer="few",
        measure="divergence",
    ),
    LessonStep(
        "gradients",
        "feedback",
        {"activation": "tanh", "gain": "1.5", "steps": "50", "units": "20"},
        options=("bounded", "grows", "zero"),
        answer="bounded",
        measure="state_bound",
    ),
    LessonStep(
        "gradients",
        "through_time",
        {"activation": "tanh", "gain": "0.8", "steps": "50", "units": "20"},
        options=("tiny", "same", "any"),
        answer="tiny",
        measure="gradient_bound",
    ),
    LessonStep("gradients", "long_term", {"lag": "20", "units": "20"}),
    LessonStep("gradients", "remedies", {}),
)

LESSONS: dict[str, tuple[LessonStep, ...]] = {"notes": NOTES}
MAX_STEPS = 30


@dataclass(frozen=True)
class LessonSettings:
    """What a lesson link asks for: `?lesson=notes&lesson_step=3`."""

    lesson: str = setting("notes", choices=tuple(LESSONS))  # which lesson
    # The step, counted from 1 (checked again against the lesson). Not `step`: that is the Structure page's time step.
    step: int = setting(1, low=1, high=MAX_STEPS, url="lesson_step")


def text_keys(lesson: str, number: int, step: LessonStep) -> list[str]:
    """Every catalog key step `number` (from 1) of `lesson` reads."""
    stem = f"lesson.{lesson}.{number}"
    keys = [f"lesson.name.{lesson}", f"{stem}.title", f"{stem}.look"]
    if step.asks:
        keys += [f"{stem}.question", f"{stem}.reveal"] + [f"{stem}.option.{o}" for o in step.options]
    return keys


def step_settings(step: LessonStep):
    """The page's settings for this step (defaults for every field the step leaves out)."""
    cls, _ = PAGES[step.page]
    return parse_settings(cls, step.settings)


def validate(catalog: Mapping[str, Mapping[str, str]], languages=("ko", "en")) -> list[str]:
    """Every mistake in LESSONS, as readable lines (an empty list: all lessons are sound)."""
    errors = []
    for name, steps in LESSONS.items():
        if not 1 <= len(steps) <= MAX_STEPS:
            errors.append(f"{name}: {len(steps)} steps, expected 1 to {MAX_STEPS}")
        for number, step in enumerate(steps, start=1):
            where = f"{name} step {number}"
            if step.page not in PAGES:
                errors.append(f"{where}: unknown page {step.page!r}")
                continue
            cls, sections = PAGES[step.page]
            if (step.section or sections) and step.section not in sections:
                errors.append(f"{where}: {step.page} has no section {step.section!r}")
            _, problems = step_settings(step)
            errors += [f"{where}: setting {p.name}={p.raw!r} rejected ({p.reason})" for p in problems]
            fields = {f.metadata.get("url") or f.name for f in dataclasses.fields(cls)}
            errors += [f"{where}: {cls.__name__} has no setting {k!r}" for k in step.settings if k not in fields]
            if step.measure in RUN_MEASURES and step.page != "training":
                errors.append(f"{where}: {step.measure} needs a training step")
            if step.asks and step.answer not in step.options:
                errors.append(f"{where}: answer {step.answer!r} is not an option")
            if step.measure not in MEASURES + RUN_MEASURES:
                errors.append(f"{where}: unknown measure {step.measure!r}")
            for key in text_keys(name, number, step):
                missing = [lang for lang in languages if not catalog.get(key, {}).get(lang)]
                if missing:
                    errors.append(f"{where}: text {key} missing in {', '.join(missing)}")
    return errors


LOSS_FALL_SHARE = 0.25  # the first quarter of the epochs: how much of the loss's fall happens in it?
FEW_EPOCHS = 10  # a divergence "within a few epochs"


def _shown(value: float) -> str:
    """A loss or an error as the reveal prints it (NaN and infinity shown as such)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    return f"{value:.3g}" if 1e-3 <= abs(value) < 1e4 or value == 0 else f"{value:.2e}"


def run_answer(measure: str, results: Mapping) -> tuple[str, dict]:
    """The option a finished training run gives for a run measure, and the numbers its reveal states.

    `results` maps activation → TrainingResult of the step's settings (three for a compare run).
    """
    if measure == "loss_fall":
        (result,) = results.values()
        losses = result.losses
        quarter = max(1, round(len(losses) * LOSS_FALL_SHARE))
        fall = losses[0] - result.final_loss
        share = (losses[0] - losses[quarter - 1]) / fall if fall > 0 and math.isfinite(fall) else 0.0
        answer = "most" if share > 0.5 else "some" if share >= LOSS_FALL_SHARE else "little"
        values = {"first": _shown(losses[0]), "quarter": quarter, "at_quarter": _shown(losses[quarter - 1])}
        values |= {"last": _shown(result.final_loss), "epochs": len(losses), "share": f"{100 * share:.0f}"}
        return answer, values
    if measure == "beyond_best":
        from rnn_core.training_results import compare_findings, predictions_frame

        findings = compare_findings(dict(results), predictions_frame(dict(results)))
        errors = {a: e if math.isfinite(e) else math.inf for a, e in findings.beyond_errors.items()}
        best = min(errors, key=errors.get)
        return best, {f"error_{a}": _shown(findings.beyond_errors[a]) for a in results} | {"count": BEYOND_COUNT}
    if measure == "divergence":
        (result,) = results.values()
        finite = [loss for loss in result.losses if math.isfinite(loss)]
        epoch = result.diverged_at
        answer = "never" if epoch is None else "few" if epoch <= FEW_EPOCHS else "many"
        values = {"first": _shown(result.losses[0]), "peak": _shown(max(finite, default=math.nan))}
        return answer, values | {"epoch": epoch or result.epochs_run, "value": _shown(result.losses[-1])}
    raise ValueError(f"{measure!r} is not a run measure")
