"""Structure: how an RNN cell is wired, proved number by number on a real Keras SimpleRNN.

Four sections, one at a time: the folded cell and its unrolled chain; a step-through whose every
number comes from a NumPy pass over the Keras layer's own weights; the same layer on inputs of
different lengths; and the sequence modes, each built for real. The time step counts from 1 (like
x₁, h₁) on the slider and in the URL: `?section=step&seq=0,0.1,0.2&activation=tanh&units=3&step=2`
shows the second step.
"""

import streamlit as st

from rnn_core.cell import StructureSettings
from ui.i18n import t
from ui.layout import page_header
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings
from ui.views import step_player
from ui.views.sections import PARAM, computing_spinner, pick_section
from ui.views.structure import (
    PAGE,
    cached_mode_shapes,
    cached_step_through,
    diagram_section,
    draw_controls,
    lengths_section,
    modes_section,
    step_section,
    structure_gates,
)

SECTIONS = ("cell", "step", "lengths", "memory", "modes")


def no_controls(_key) -> None:
    """The sequence modes are fixed examples: no control of this page changes them."""


def section(name: str) -> None:
    """One section under the controls it reads; a change to them reruns only this."""
    settings, problems = use_settings(StructureSettings, PAGE, no_controls if name == "modes" else draw_controls)
    show_problems(problems)
    sync_url(settings, extra={PARAM: name})
    if settings.cell != "simplernn" and name in ("cell", "step"):
        structure_gates.gated_section(settings)  # LSTM or GRU, gate by gate, from the layer's own weights
    elif name == "memory":
        structure_gates.memory_lane_section(settings)  # how much of x₁ reaches step t, in all three cells
    elif name == "cell":
        with computing_spinner():
            result, _ = cached_step_through(settings.activation, settings.units, settings.seed, settings.seq)
        # The folded cell and the unrolled chain x₁→h₁, x₂+h₁→h₂, … under the controls, then the questions on h₀
        # (folded in the diagram until answered) and on hₜ's range, then the update rule that answers them.
        diagram_section(settings, result)
    elif name == "modes":
        modes_section(cached_mode_shapes())  # 1:m, n:1, n:m, each built for real
    else:
        with computing_spinner():
            result, lengths = cached_step_through(settings.activation, settings.units, settings.seed, settings.seq)
        if name == "step":
            step_section(settings, result)  # every number of one step, from the Keras layer's own weights
        else:
            if settings.cell != "simplernn":
                st.caption(t("gates.lengths_simplernn"))
            lengths_section(settings, lengths)  # the same layer on other lengths: same parameters, other shapes
    share_link(PAGE)


page_header("nav.structure", "structure.intro")
# A fragment: a change to a section's controls reruns only it; while the step-through plays, on a timer.
st.fragment(run_every=step_player.interval())(section)(
    pick_section(PAGE, SECTIONS, lambda name: t(f"structure.section.{name}"))
)
