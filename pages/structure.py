"""Structure: how an RNN cell is wired, proved number by number on a real Keras SimpleRNN.

The folded cell and its unrolled chain; a step-through whose every number comes from a NumPy pass
over the Keras layer's own weights; the same layer on inputs of different lengths; and the five
sequence modes, each built for real. The time step counts from 1 (like x₁, h₁) on the slider and
in the URL: `?seq=0,0.1,0.2&activation=tanh&units=3&step=2` shows the second step.
"""


from rnn_core.cell import StructureSettings
from ui.layout import page_header
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings
from ui.views.sections import computing_spinner
from ui.views.structure import (
    PAGE,
    cached_mode_shapes,
    cached_step_through,
    diagram_section,
    draw_controls,
    lengths_section,
    modes_section,
    step_quizzes,
    step_section,
)

page_header("nav.structure", "structure.intro")
settings, problems = use_settings(StructureSettings, PAGE, draw_controls)
show_problems(problems)
sync_url(settings)
share_link(PAGE)

diagram_section(settings)  # the folded cell and the unrolled chain x₁→h₁, x₂+h₁→h₂, …
with computing_spinner():
    result, lengths = cached_step_through(settings.activation, settings.units, settings.seed, settings.seq)
    shapes = cached_mode_shapes()
step_quizzes(settings, result)  # asked before the step's numbers that answer them
step_section(settings, result)  # every number of one step, from the Keras layer's own weights
lengths_section(settings, lengths)  # the same layer on other lengths: same parameters, other shapes
modes_section(shapes)  # 1:m, n:1, n:m, each built for real
