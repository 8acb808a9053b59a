"""A tiny translator: a GRU encoder–decoder that turns English number words into Korean syllables.

The encoder reads the English words one by one; its last hidden state, the *context vector*, is
the only thing the decoder gets to know about the input. The decoder starts from that state and
writes one syllable per step. In training it reads the correct previous syllable (teacher
forcing); when translating it reads back its own previous choice (greedy decoding).

Training follows rnn_core/training.py: many epochs per compiled call, a stateless shuffle seeded
by (seed, epoch), Adam through `single_device`, and a callback after every epoch, here with the
exact-match accuracy on the validation numbers so the page can draw a live accuracy curve.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.backend import keras, single_device, tensorflow
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

EMBEDDING = 32  # length of the vector each word or syllable id is turned into
EPOCHS = 6  # passes over the 8,000 training numbers (validation reaches ~100 % after about 4)
BATCH_SIZE = 64  # numbers per weight update
LEARNING_RATE = 0.005  # Adam's step size
REPORTS_PER_EPOCH = 5  # progress reports (with the validation accuracy) per epoch


@dataclass(frozen=True)
class TranslatorSettings:
    """What defines one trained translator; identical settings share one run on the server."""

    units: int = setting(64, low=8, high=128)  # size of the hidden state, and so of the context vector
    seed: int = setting(0, low=0, high=9999)  # seeds the initial weights and the order of the batches


@dataclass(frozen=True)
class Translator:
    """A built model and the views of it that translating needs; read-only once built."""

    settings: TranslatorSettings
    model: object  # keras.Model([source, decoder_input]) → next-syllable probabilities (teacher forcing)
    encoder: object  # keras.Model(source) → (hidden state after every word, context vector)
    decoder_step: object  # keras.Model([one syllable id, state]) → (probabilities, next state)
    encode: Callable  # `encoder` compiled once (tf.function): an eager Keras call costs ~100× more per step
    step: Callable  # `decoder_step` compiled once, likewise


def build_translator(settings: TranslatorSettings, weights=None) -> Translator:
    """The encoder–decoder with seeded initializers; `weights` (a list of arrays) loads a trained one."""
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
    encoder_gru = k.layers.GRU(
        units,
        return_sequences=True,
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
    decoder_gru = k.layers.GRU(
        units,
        return_sequences=True,
        return_state=True,
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
    encoder_states, context = encoder_gru(source_embedding(source))
    decoded, _ = decoder_gru(target_embedding(decoder_input), initial_state=context)
    model = k.Model([source, decoder_input], head(decoded), name="translator")

    # The same layers, wired for translating one step at a time.
    encoder = k.Model(source, [encoder_states, context], name="encoder_only")
    token = k.Input(shape=(1,), dtype="int32", name="previous_syllable")
    state = k.Input(shape=(units,), name="state")
    step_output, next_state = decoder_gru(target_embedding(token), initial_state=state)
    decoder_step = k.Model([token, state], [head(step_output), next_state], name="decoder_step")
    if weights is not None:
        model.set_weights(list(weights))
    tf = tensorflow()
    encode = tf.function(
        lambda ids: encoder(ids, training=False), input_signature=[tf.TensorSpec([None, None], tf.int32)]
    )
    step = tf.function(
        lambda ids, h: decoder_step([ids, h], training=False),
        input_signature=[tf.TensorSpec([None, 1], tf.int32), tf.TensorSpec([None, units], tf.float32)],
    )
    return Translator(settings, model, encoder, decoder_step, encode, step)


def frozen_weights(model) -> tuple[np.ndarray, ...]:
    arrays = []
    for array in model.get_weights():
        array = np.array(array, copy=True)
        array.flags.writeable = False
        arrays.append(array)
    return tuple(arrays)


# ----- translating ---------------------------------------------------------------------------------


def greedy_ids(translator: Translator, source: np.ndarray, steps: int = TARGET_LENGTH) -> np.ndarray:
    """For each row of source ids, the syllable ids the decoder writes feeding back its own choices."""
    _, state = translator.encode(source)
    token = np.full((source.shape[0], 1), TARGET_ID[START], dtype="int32")
    written = []
    for _ in range(steps):
        probabilities, state = translator.step(token, state)
        token = np.argmax(np.asarray(probabilities)[:, 0, :], axis=-1).astype("int32")[:, None]
        written.append(token[:, 0])
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
    source = encode_source([list(source_ids)])
    _, state = translator.encode(source)
    state = np.asarray(state)
    states = [state[0]]
    previous = TARGET_ID[START]
    forced_ids = [TARGET_ID[s] for s in forced] + [TARGET_ID[END]] if forced is not None else None
    steps = TARGET_LENGTH if forced_ids is None else len(forced_ids)
    rows, written = [], []
    for step in range(steps):
        probabilities, state = translator.step(np.array([[previous]], dtype="int32"), state)
        probabilities, state = np.asarray(probabilities)[0, 0], np.asarray(state)
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


def encoder_frame(translator: Translator, source_ids, words) -> tuple[pd.DataFrame, np.ndarray]:
    """The encoder's hidden state after each word as long rows (step, word, unit, value), and the context vector."""
    states, context = translator.encode(encode_source([list(source_ids)], length=len(source_ids)))
    states = np.asarray(states)[0, : len(source_ids)]
    rows = [
        (step + 1, f"{step + 1}. {word}", unit, float(states[step, unit]))
        for step, word in enumerate(words)
        for unit in range(states.shape[1])
    ]
    return pd.DataFrame(rows, columns=["step", "word", "unit", "value"]), np.asarray(context)[0]


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
    """Train from scratch with teacher forcing; report loss and validation accuracy REPORTS_PER_EPOCH times an epoch."""
    k, tf = keras(), tensorflow()
    started = time.perf_counter()
    split = split_numbers()
    train_pairs = make_pairs(split["train"])
    validation_pairs = make_pairs(split["validation"])
    translator = build_translator(settings)
    model = translator.model
    optimizer = single_device(k.optimizers.Adam(learning_rate=LEARNING_RATE))
    variables = model.trainable_variables
    optimizer.build(variables)
    source = tf.constant(train_pairs.source)
    decoder_input = tf.constant(train_pairs.decoder_input)
    target = tf.constant(train_pairs.target)
    count = int(source.shape[0])
    batches = -(-count // BATCH_SIZE)
    seed = settings.seed

    @tf.function
    def run_batches(epoch, first, last):
        # Batches first..last-1 of one epoch, with teacher forcing: the decoder reads the correct
        # previous syllable at every step. The order of the numbers depends only on (seed, epoch).
        order = tf.argsort(tf.random.stateless_uniform([count], seed=tf.stack([seed, epoch])))
        total, weight = tf.constant(0.0), tf.constant(0.0)
        for batch in tf.range(first, last):
            rows = order[batch * BATCH_SIZE : (batch + 1) * BATCH_SIZE]
            wanted = tf.gather(target, rows)
            mask = tf.cast(wanted != 0, tf.float32)  # padding after </s> is not scored
            with tf.GradientTape() as tape:
                probabilities = model([tf.gather(source, rows), tf.gather(decoder_input, rows)], training=True)
                losses = k.losses.sparse_categorical_crossentropy(wanted, probabilities)
                loss = tf.reduce_sum(losses * mask) / tf.reduce_sum(mask)
            gradients = tape.gradient(loss, variables)
            optimizer.apply_gradients(zip(gradients, variables, strict=True))
            total += loss * tf.reduce_sum(mask)
            weight += tf.reduce_sum(mask)
        return total / weight

    rows: list[tuple] = []

    def snapshot(status: str) -> TranslatorResult:
        history = pd.DataFrame(rows, columns=["epoch", "seconds", "loss", "validation_accuracy"])
        return TranslatorResult(settings, history, status, frozen_weights(model))

    bounds = np.linspace(0, batches, REPORTS_PER_EPOCH + 1).round().astype(int)
    for epoch in range(epochs):
        for part, (first, last) in enumerate(zip(bounds[:-1], bounds[1:], strict=True)):
            loss = float(run_batches(tf.constant(epoch), tf.constant(first), tf.constant(last)))
            accuracy = exact_match(translator, validation_pairs)
            rows.append((epoch + (part + 1) / REPORTS_PER_EPOCH, time.perf_counter() - started, loss, accuracy))
            if on_chunk_end is not None:
                on_chunk_end(snapshot("running"))
            finished = epoch + 1 == epochs and part + 1 == REPORTS_PER_EPOCH
            if should_stop is not None and not finished and should_stop():
                return snapshot("stopped")
    return snapshot("finished")


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
    """Each layer's parameters by formula (as on the Parameters page) beside Keras's count_params()."""
    units = translator.settings.units
    gru_symbols, gru_numbers, gru_count = formula("gru", units, EMBEDDING)
    source_vocabulary, target_vocabulary = len(SOURCE_TOKENS), len(TARGET_TOKENS)
    rows = [
        ("source_embedding", "V_en × e", f"{source_vocabulary} × {EMBEDDING}", source_vocabulary * EMBEDDING),
        ("encoder", gru_symbols, gru_numbers, gru_count),
        ("target_embedding", "V_ko × e", f"{target_vocabulary} × {EMBEDDING}", target_vocabulary * EMBEDDING),
        ("decoder", gru_symbols, gru_numbers, gru_count),
        (
            "next_syllable",
            "u × V_ko + V_ko",
            f"{units} × {target_vocabulary} + {target_vocabulary}",
            units * target_vocabulary + target_vocabulary,
        ),
    ]
    frame = pd.DataFrame(rows, columns=["layer", "formula", "numbers", "count"])
    frame["keras"] = [translator.model.get_layer(name).count_params() for name in frame["layer"]]
    return frame
