"""A tiny translator: a GRU encoder–decoder that turns English number words into Korean syllables.

The encoder reads the English words one by one; its last hidden state, the *context vector*, is
the only thing the decoder gets to know about the input. The decoder starts from that state and
writes one syllable per step. In training it reads the correct previous syllable (teacher
forcing); when translating it reads back its own previous choice (greedy decoding).

It trains through the project's one trainer (rnn_core/training_loop.py): a stateless shuffle
seeded by (seed, epoch), Keras's Adam and sparse categorical cross-entropy with the padding left
unscored, and a report REPORTS_PER_EPOCH times an epoch, here with the exact-match accuracy on the
validation numbers so the page can draw a live accuracy curve.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.backend import keras
from rnn_core.number_words import (
    END,
    MAX_TEXT,
    SOURCE_TOKENS,
    START,
    TARGET_ID,
    TARGET_LENGTH,
    TARGET_TOKENS,
    Pairs,
    decode_target,
    encode_source,
    korean,
    make_pairs,
    split_numbers,
)
from rnn_core.parameters import formula
from rnn_core.settings import SettingError, check_bounds, setting
from rnn_core.training_loop import FitOptions, fit_in_chunks

EMBEDDING = 32  # length of the vector each word or syllable id is turned into
EPOCHS = 4  # passes over the 8,000 training numbers: validation exact match passes 99 % during the third
BATCH_SIZE = 64  # numbers per weight update
LEARNING_RATE = 0.005  # Adam's step size
REPORTS_PER_EPOCH = 5  # progress reports (with the validation accuracy) per epoch


@dataclass(frozen=True)
class TranslatorSettings:
    """What defines one trained translator; identical settings share one run on the server."""

    units: int = setting(64, low=8, high=128)  # size of the hidden state, and so of the context vector
    seed: int = setting(0, low=0, high=9999)  # seeds the initial weights and the order of the batches


# The weights in the order Keras lists them for the model below (a test checks the paths).
WEIGHT_NAMES = (
    "source_embedding",  # (V_en, e): one vector per English word id
    "target_embedding",  # (V_ko, e): one vector per Korean token id
    "encoder_kernel",  # (e, 3u): input weights of the update gate z, reset gate r and candidate h~
    "encoder_recurrent_kernel",  # (u, 3u): the same three, applied to the previous state
    "encoder_bias",  # (2, 3u): input and recurrent biases (Keras's reset_after=True convention)
    "decoder_kernel",
    "decoder_recurrent_kernel",
    "decoder_bias",
    "head_kernel",  # (u, V_ko): hidden state → a score for every Korean token
    "head_bias",  # (V_ko,)
)


@dataclass(frozen=True, eq=False)
class Translator:
    """A trained (or untrained) translator as plain arrays, run step by step in NumPy.

    Translating needs no TensorFlow: the page opens with the shipped weights at once, and every
    number it shows comes from these arrays. The Keras model with the same weights
    (`keras_translator`) is what trains, and the tests check the two agree.
    """

    settings: TranslatorSettings
    weights: tuple[np.ndarray, ...]  # in WEIGHT_NAMES order, read-only

    def __getitem__(self, name: str) -> np.ndarray:
        return self.weights[WEIGHT_NAMES.index(name)]


def keras_translator(settings: TranslatorSettings, weights=None):
    """The encoder–decoder as a Keras functional model with seeded initializers; `weights` loads a trained one.

    Inputs: source word ids (batch, source length), 0-padded, and the decoder's input (batch,
    target length): <s> then the correct syllables so far (teacher forcing). Output: the
    probability of every Korean token at every target step.
    """
    k = keras()
    units, seed = settings.units, settings.seed
    source = k.Input(shape=(None,), dtype="int32", name="source")
    decoder_input = k.Input(shape=(None,), dtype="int32", name="decoder_input")
    source_embedding = k.layers.Embedding(
        len(SOURCE_TOKENS),
        EMBEDDING,
        mask_zero=True,  # padding is skipped, so the context vector is the state after the last real word
        embeddings_initializer=k.initializers.RandomUniform(-0.05, 0.05, seed=seed),
        name="source_embedding",
    )
    encoder = k.layers.GRU(
        units,
        return_state=True,
        kernel_initializer=k.initializers.GlorotUniform(seed=seed + 1),
        recurrent_initializer=k.initializers.Orthogonal(seed=seed + 2),
        name="encoder",
    )
    target_embedding = k.layers.Embedding(
        len(TARGET_TOKENS),
        EMBEDDING,
        embeddings_initializer=k.initializers.RandomUniform(-0.05, 0.05, seed=seed + 3),
        name="target_embedding",
    )
    decoder = k.layers.GRU(
        units,
        return_sequences=True,
        kernel_initializer=k.initializers.GlorotUniform(seed=seed + 4),
        recurrent_initializer=k.initializers.Orthogonal(seed=seed + 5),
        name="decoder",
    )
    head = k.layers.Dense(
        len(TARGET_TOKENS),
        activation="softmax",
        kernel_initializer=k.initializers.GlorotUniform(seed=seed + 6),
        name="next_syllable",
    )
    _, context = encoder(source_embedding(source))
    decoded = decoder(target_embedding(decoder_input), initial_state=context)
    model = k.Model([source, decoder_input], head(decoded), name="translator")
    if weights is not None:
        model.set_weights(list(weights))
    return model


def initial_translator(settings: TranslatorSettings) -> Translator:
    """The untrained translator: Keras's seeded initial weights."""
    return Translator(settings, frozen_weights(keras_translator(settings)))


def frozen_weights(model) -> tuple[np.ndarray, ...]:
    arrays = []
    for array in model.get_weights():
        array = np.array(array, dtype=np.float32, copy=True)
        array.flags.writeable = False
        arrays.append(array)
    return tuple(arrays)


# ----- translating, one step at a time in NumPy ------------------------------------------------------


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def gru_step(x: np.ndarray, h: np.ndarray, kernel, recurrent_kernel, bias) -> np.ndarray:
    """One step of Keras's GRU cell (reset_after=True): the update gate z mixes the old state and a candidate.

    z = σ(x W_z + b_z + h U_z + c_z),  r = σ(x W_r + b_r + h U_r + c_r),
    h~ = tanh(x W_h + b_h + r ⊙ (h U_h + c_h)),  h' = z ⊙ h + (1 − z) ⊙ h~
    """
    u = h.shape[-1]
    from_input = x @ kernel + bias[0]
    from_state = h @ recurrent_kernel + bias[1]
    z = _sigmoid(from_input[:, :u] + from_state[:, :u])
    r = _sigmoid(from_input[:, u : 2 * u] + from_state[:, u : 2 * u])
    candidate = np.tanh(from_input[:, 2 * u :] + r * from_state[:, 2 * u :])
    return z * h + (1.0 - z) * candidate


def encode(translator: Translator, source: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Read 0-padded source ids (n, L): the hidden state after every word (n, L, u) and the context vector (n, u).

    At a padding position the state is carried over unchanged, as Keras does for masked steps.
    """
    source = np.asarray(source)
    h = np.zeros((source.shape[0], translator.settings.units), dtype=np.float32)
    states = []
    for step in range(source.shape[1]):
        x = translator["source_embedding"][source[:, step]]
        new = gru_step(
            x, h, translator["encoder_kernel"], translator["encoder_recurrent_kernel"], translator["encoder_bias"]
        )
        h = np.where((source[:, step] != 0)[:, None], new, h)
        states.append(h)
    return np.stack(states, axis=1), h


def decode_step(translator: Translator, previous: np.ndarray, h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One decoder step: read the previous token ids (n,); return next-token probabilities (n, V_ko), new state."""
    x = translator["target_embedding"][np.asarray(previous)]
    h = gru_step(x, h, translator["decoder_kernel"], translator["decoder_recurrent_kernel"], translator["decoder_bias"])
    scores = h @ translator["head_kernel"] + translator["head_bias"]
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))  # softmax, shifted so exp cannot overflow
    return scores / scores.sum(axis=-1, keepdims=True), h


def greedy_ids(translator: Translator, source: np.ndarray, steps: int = TARGET_LENGTH) -> np.ndarray:
    """For each row of source ids, the syllable ids the decoder writes feeding back its own choices."""
    _, h = encode(translator, source)
    token = np.full(np.asarray(source).shape[0], TARGET_ID[START])
    written = []
    for _ in range(steps):
        probabilities, h = decode_step(translator, token, h)
        token = np.argmax(probabilities, axis=-1)
        written.append(token)
    return np.stack(written, axis=1)


def translate_ids(translator: Translator, ids_list) -> list[str]:
    """Korean text for each list of source ids."""
    return [decode_target(row) for row in greedy_ids(translator, encode_source(ids_list))]


def exact_match(translator: Translator, pairs: Pairs) -> float:
    """Share of numbers whose whole translation is right, syllable for syllable."""
    written = greedy_ids(translator, pairs.source)
    return float(np.mean([decode_target(row) == korean(int(n)) for row, n in zip(written, pairs.numbers, strict=True)]))


@dataclass(frozen=True)
class StepTable:
    """The decoder writing one syllable at a time: what it read, what it wrote, its top candidates."""

    frame: pd.DataFrame  # step, read, wrote, candidate_1..3, probability_1..3
    states: np.ndarray  # (steps + 1, units): the decoder's state before step 1 (the context vector) and after each step
    output: str  # the translation (syllables before </s>)


def step_table(translator: Translator, source_ids, *, forced: str | None = None, top: int = 3) -> StepTable:
    """Decode one input step by step; `forced` feeds the given syllables instead of its own (teacher forcing).

    Decoding stops after </s> (or after TARGET_LENGTH steps). With `forced`, step i reads the
    (i-1)-th syllable of `forced`, whatever the decoder wrote before.
    """
    _, state = encode(translator, encode_source([list(source_ids)]))
    states = [state[0]]
    previous = TARGET_ID[START]
    forced_ids = [TARGET_ID[s] for s in forced] + [TARGET_ID[END]] if forced is not None else None
    steps = TARGET_LENGTH if forced_ids is None else len(forced_ids)
    rows, written = [], []
    for step in range(steps):
        probabilities, state = decode_step(translator, np.array([previous]), state)
        probabilities = probabilities[0]
        states.append(state[0])
        best = np.argsort(-probabilities, kind="stable")[:top]
        choice = int(best[0])
        row = {"step": step + 1, "read": TARGET_TOKENS[previous], "wrote": TARGET_TOKENS[choice]}
        for rank, token in enumerate(best, start=1):
            row[f"candidate_{rank}"] = TARGET_TOKENS[int(token)]
            row[f"probability_{rank}"] = float(probabilities[token])
        rows.append(row)
        written.append(choice)
        previous = forced_ids[step] if forced_ids is not None else choice
        if forced_ids is None and choice == TARGET_ID[END]:
            break
    return StepTable(pd.DataFrame(rows), np.stack(states), decode_target(written))


def context_quiz_options(words: int, units: int) -> dict[str, int]:
    """The context-vector quiz's options, each a different number: the answer (`units`, the last hidden state)
    and two misreadings, one state per word (words × units) and one number per word (words).

    When two of them coincide (one word: words × units = units; words = units), the next misreading,
    two states (2 × units), takes the free place, so no two options show the same number.
    """
    candidates = {"words_times_units": words * units, "units": units, "words": words, "twice_units": 2 * units}
    chosen = {"units"}
    for name in candidates:  # in order of preference
        if len(chosen) == 3:
            break
        if candidates[name] not in {candidates[c] for c in chosen}:
            chosen.add(name)
    shown_order = ("words_times_units", "twice_units", "units", "words")  # the answer never comes first
    return {name: candidates[name] for name in shown_order if name in chosen}


def encoder_frame(translator: Translator, source_ids, words) -> tuple[pd.DataFrame, np.ndarray]:
    """The encoder's hidden state after each word as long rows (step, word, unit, value), and the context vector."""
    states, context = encode(translator, encode_source([list(source_ids)], length=len(source_ids)))
    states = states[0, : len(source_ids)]
    rows = [
        (step + 1, f"{step + 1}. {word}", unit, float(states[step, unit]))
        for step, word in enumerate(words)
        for unit in range(states.shape[1])
    ]
    return pd.DataFrame(rows, columns=["step", "word", "unit", "value"]), context[0]


def mistakes_frame(translator: Translator, pairs: Pairs) -> pd.DataFrame:
    """Every number the model gets wrong: number, english, expected, written."""
    written = [decode_target(row) for row in greedy_ids(translator, pairs.source)]
    rows = [
        (int(n), " ".join(SOURCE_TOKENS[i] for i in src if i), korean(int(n)), w)
        for n, src, w in zip(pairs.numbers, pairs.source, written, strict=True)
        if w != korean(int(n))
    ]
    return pd.DataFrame(rows, columns=["number", "english", "expected", "written"])


# ----- training ------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class TranslatorResult:
    """A run so far or at its end; immutable, so many sessions can read one safely."""

    settings: TranslatorSettings
    history: pd.DataFrame  # epoch (fractional), seconds, loss, validation_accuracy: one row per report
    status: str  # "running", "finished" or "stopped"
    weights: tuple[np.ndarray, ...]  # the model's weights at the last report (read-only arrays)

    @property
    def epochs_run(self) -> float:
        return float(self.history["epoch"].iloc[-1]) if len(self.history) else 0.0

    @property
    def validation_accuracy(self) -> float:
        return float(self.history["validation_accuracy"].iloc[-1]) if len(self.history) else float("nan")

    def stopped(self) -> TranslatorResult:
        return (
            self if self.status != "running" else TranslatorResult(self.settings, self.history, "stopped", self.weights)
        )


def train_translator(
    settings: TranslatorSettings,
    *,
    epochs: int = EPOCHS,
    on_chunk_end: Callable[[TranslatorResult], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> TranslatorResult:
    """Train from scratch with teacher forcing; report loss and validation accuracy REPORTS_PER_EPOCH times an epoch.

    It trains through the project's one trainer (rnn_core/training_loop.py) with the masked
    cross-entropy: padding after </s> is not scored. The decoder reads the correct previous
    syllable at every step, and the order of the numbers depends only on (seed, epoch).
    """
    started = time.perf_counter()
    split = split_numbers()
    train_pairs = make_pairs(split["train"])
    validation_pairs = make_pairs(split["validation"])
    model = keras_translator(settings)
    rows: list[tuple] = []
    weights = [frozen_weights(model)]

    def snapshot(status: str) -> TranslatorResult:
        history = pd.DataFrame(rows, columns=["epoch", "seconds", "loss", "validation_accuracy"])
        return TranslatorResult(settings, history, status, weights[0])

    def report(done: float, losses: tuple[float, ...]) -> None:
        weights[0] = frozen_weights(model)
        accuracy = exact_match(Translator(settings, weights[0]), validation_pairs)
        rows.append((done, time.perf_counter() - started, losses[-1], accuracy))
        if on_chunk_end is not None:
            on_chunk_end(snapshot("running"))

    record = fit_in_chunks(
        model,
        (train_pairs.source, train_pairs.decoder_input),
        train_pairs.target,
        epochs=epochs,
        learning_rate=LEARNING_RATE,
        options=FitOptions(batch_size=BATCH_SIZE, loss="masked_crossentropy"),
        seed=settings.seed,
        reports_per_epoch=REPORTS_PER_EPOCH,
        on_chunk_end=report,
        should_stop=should_stop,
    )
    # A non-finite loss ends the run early, as Stop does; the history shows where.
    return snapshot("finished" if record.status == "finished" else "stopped")


# ----- the page's settings and what it shows about a model -------------------------------------------

DEFAULT_TEXT = "four thousand one hundred twenty one"  # 4121, one of the test numbers


@dataclass(frozen=True)
class TranslateSettings:
    """The translator page's view: the English text to translate and the model that translates it."""

    text: str = setting(DEFAULT_TEXT)  # English number words (or digits), at most MAX_TEXT characters
    units: int = setting(64, low=8, high=128)  # the model's hidden-state size (as TranslatorSettings)
    seed: int = setting(0, low=0, high=9999)  # the model's seed (as TranslatorSettings)

    def __post_init__(self):
        check_bounds(self)
        if len(self.text) > MAX_TEXT:
            raise SettingError(
                "text", "text_too_long", f"text is longer than {MAX_TEXT} characters", max_chars=MAX_TEXT
            )

    @property
    def model(self) -> TranslatorSettings:
        return TranslatorSettings(units=self.units, seed=self.seed)


def teacher_forcing_frame(translator: Translator, source_ids, expected: str) -> pd.DataFrame:
    """The same input decoded twice: reading the correct previous syllable, and reading its own.

    Columns: step, correct, forced_read, forced_wrote, own_read, own_wrote.
    """
    forced = step_table(translator, source_ids, forced=expected).frame
    own = step_table(translator, source_ids).frame
    correct = [*expected, END]
    rows = []
    for step in range(max(len(forced), len(own))):
        rows.append(
            {
                "step": step + 1,
                "correct": correct[step] if step < len(correct) else "",
                "forced_read": forced["read"].iloc[step] if step < len(forced) else "",
                "forced_wrote": forced["wrote"].iloc[step] if step < len(forced) else "",
                "own_read": own["read"].iloc[step] if step < len(own) else "",
                "own_wrote": own["wrote"].iloc[step] if step < len(own) else "",
            }
        )
    return pd.DataFrame(rows)


def parameter_rows(translator: Translator) -> pd.DataFrame:
    """Each layer's parameters by formula (as on the Parameters page) beside the size of its weight arrays."""
    units = translator.settings.units
    gru_symbols, gru_numbers, gru_count = formula("gru", units, EMBEDDING)
    source_vocabulary, target_vocabulary = len(SOURCE_TOKENS), len(TARGET_TOKENS)
    rows = [
        ("source_embedding", "V_en × d", f"{source_vocabulary} × {EMBEDDING}", source_vocabulary * EMBEDDING),
        ("encoder", gru_symbols, gru_numbers, gru_count),
        ("target_embedding", "V_ko × d", f"{target_vocabulary} × {EMBEDDING}", target_vocabulary * EMBEDDING),
        ("decoder", gru_symbols, gru_numbers, gru_count),
        (
            "next_syllable",
            "u × V_ko + V_ko",
            f"{units} × {target_vocabulary} + {target_vocabulary}",
            units * target_vocabulary + target_vocabulary,
        ),
    ]
    frame = pd.DataFrame(rows, columns=["layer", "formula", "numbers", "count"])
    arrays = {
        "source_embedding": ("source_embedding",),
        "encoder": ("encoder_kernel", "encoder_recurrent_kernel", "encoder_bias"),
        "target_embedding": ("target_embedding",),
        "decoder": ("decoder_kernel", "decoder_recurrent_kernel", "decoder_bias"),
        "next_syllable": ("head_kernel", "head_bias"),
    }
    frame["in_weights"] = [sum(translator[name].size for name in arrays[layer]) for layer in frame["layer"]]
    return frame
