"""Strings of the structure page's gated cells (LSTM, GRU) and its memory lane."""

TEXT = {
    # The cell choice, beside the structure page's controls.
    "gates.cell": {"en": "Cell", "ko": "셀"},
    "gates.cell_help": {
        "en": "SimpleRNN, or the gated LSTM and GRU: each is a real Keras layer built with the seed above.",
        "ko": "SimpleRNN과, 게이트가 있는 LSTM·GRU 가운데 하나를 고릅니다. 모두 위의 시드로 만든 실제 Keras 레이어입니다.",
    },
    "gates.reset_after": {"en": "GRU: reset_after", "ko": "GRU: reset_after"},
    "gates.reset_after_help": {
        "en": (
            "Keras's default True applies the reset gate to the recurrent product (two bias rows, as cuDNN does); "
            "False applies it to h₍ₜ₋₁₎ before the product, as in Cho et al. 2014 (arXiv v3), with one bias row."
        ),
        "ko": (
            "Keras 기본값 True는 리셋 게이트를 순환 곱셈의 결과에 곱합니다(편향 두 줄, cuDNN과 같은 방식). "
            "False는 곱셈 전에 h₍ₜ₋₁₎에 곱합니다(편향 한 줄, Cho et al. 2014 arXiv v3의 방식)."
        ),
    },
    # Names of the quantities (one term per concept).
    "gates.name.i": {"en": "input gate", "ko": "입력 게이트"},
    "gates.name.f": {"en": "forget gate", "ko": "망각 게이트"},
    "gates.name.o": {"en": "output gate", "ko": "출력 게이트"},
    "gates.name.z": {"en": "update gate", "ko": "갱신 게이트"},
    "gates.name.r": {"en": "reset gate", "ko": "리셋 게이트"},
    "gates.name.candidate": {"en": "candidate", "ko": "후보"},
    "gates.name.c": {"en": "cell state", "ko": "셀 상태"},
    "gates.name.h": {"en": "hidden state", "ko": "은닉 상태"},
    "gates.name.input": {"en": "input", "ko": "입력"},
    # Column headers: the symbols of Keras's equations.
    "gates.col.h_prev": {"en": "hₜ₋₁", "ko": "hₜ₋₁"},
    "gates.col.c_prev": {"en": "cₜ₋₁", "ko": "cₜ₋₁"},
    "gates.col.i": {"en": "iₜ", "ko": "iₜ"},
    "gates.col.f": {"en": "fₜ", "ko": "fₜ"},
    "gates.col.o": {"en": "oₜ", "ko": "oₜ"},
    "gates.col.z": {"en": "zₜ", "ko": "zₜ"},
    "gates.col.r": {"en": "rₜ", "ko": "rₜ"},
    "gates.col.candidate.lstm": {"en": "c̃ₜ", "ko": "c̃ₜ"},
    "gates.col.candidate.gru": {"en": "h̃ₜ", "ko": "h̃ₜ"},
    "gates.col.c": {"en": "cₜ", "ko": "cₜ"},
    "gates.col.h": {"en": "hₜ", "ko": "hₜ"},
    # Unicode has no subscript f, c or z: every pre-activation is written a_<gate> alike.
    "gates.col.a_i": {"en": "a_i", "ko": "a_i"},
    "gates.col.a_f": {"en": "a_f", "ko": "a_f"},
    "gates.col.a_c": {"en": "a_c", "ko": "a_c"},
    "gates.col.a_o": {"en": "a_o", "ko": "a_o"},
    "gates.col.a_z": {"en": "a_z", "ko": "a_z"},
    "gates.col.a_r": {"en": "a_r", "ko": "a_r"},
    "gates.col.a_h": {"en": "a_h", "ko": "a_h"},
    # The step-through of a gated cell.
    "gates.title": {
        "en": "Inside {cell}: step t = {step} of {length}, gate by gate",
        "ko": "{cell} 내부를 게이트별로: {length}시점 중 t = {step}",
    },
    "gates.intro.lstm": {
        "en": (
            "At step t the LSTM reads $x_{{{step}}} = {x}$ and its previous hidden state $h_{{{previous}}}$, and from "
            "them computes four blocks in Keras's order: the input gate i, the forget gate f, the candidate c̃ and the "
            "output gate o. The gates use `recurrent_activation` = sigmoid, so they lie between 0 and 1; the candidate "
            "uses `activation` = {activation}."
        ),
        "ko": (
            "시점 t에서 LSTM은 $x_{{{step}}} = {x}$와 이전 은닉 상태 $h_{{{previous}}}$를 읽고, Keras의 순서대로 네 "
            "블록을 계산합니다: 입력 게이트 i, 망각 게이트 f, 후보 c̃, 출력 게이트 o. 게이트는 `recurrent_activation` = "
            "sigmoid를 쓰므로 0과 1 사이에 있고, 후보의 활성화 함수는 `activation` = {activation}입니다."
        ),
    },
    "gates.intro.gru": {
        "en": (
            "At step t the GRU reads $x_{{{step}}} = {x}$ and its previous hidden state $h_{{{previous}}}$, and "
            "computes three blocks in Keras's order: the update gate z, the reset gate r (both with "
            "`recurrent_activation` = sigmoid, between 0 and 1) and the candidate h̃ (with `activation` = {activation})."
        ),
        "ko": (
            "시점 t에서 GRU는 $x_{{{step}}} = {x}$와 이전 은닉 상태 $h_{{{previous}}}$를 읽고, Keras의 순서대로 세 "
            "블록을 계산합니다: 갱신 게이트 z, 리셋 게이트 r(둘 다 `recurrent_activation` = sigmoid라 0과 1 사이), "
            "후보 h̃(`activation` = {activation})."
        ),
    },
    # What each gate does: it answers the "which gate would you shut" quiz, so it is shown with that quiz's answer.
    "gates.role.lstm": {
        "en": (
            "The cell state c carries the memory: the forget gate decides how much of the old c stays, the input gate "
            "how much of the candidate is added."
        ),
        "ko": "기억을 나르는 것은 셀 상태 c입니다. 망각 게이트는 이전 c를 얼마나 남길지, 입력 게이트는 후보를 얼마나 더할지 정합니다.",
    },
    "gates.role.gru": {
        "en": "The new state mixes old and new: z near 1 keeps the old state, z near 0 replaces it with the candidate.",
        "ko": "새 은닉 상태는 이전 상태와 후보를 섞은 것입니다. z가 1에 가까우면 이전 상태를 유지하고, 0에 가까우면 후보로 바꿉니다.",
    },
    "gates.reset.true": {
        "en": "With `reset_after=True` (Keras's default) r multiplies the recurrent product h₍ₜ₋₁₎·U_h + b′_h.",
        "ko": "`reset_after=True`(Keras 기본값)에서는 r이 순환 곱셈의 결과 h₍ₜ₋₁₎·U_h + b′_h에 곱해집니다.",
    },
    "gates.reset.false": {
        "en": "With `reset_after=False` (Cho et al. 2014, arXiv v3) r multiplies h₍ₜ₋₁₎ before the product with U_h.",
        "ko": "`reset_after=False`(Cho et al. 2014, arXiv v3)에서는 r이 U_h와 곱하기 전에 h₍ₜ₋₁₎에 곱해집니다.",
    },
    "gates.numbers": {
        "en": (
            "One column per unit. The first table holds this step's gates and states; the second the sums inside "
            "each block, before σ or {activation}."
        ),
        "ko": (
            "열 하나가 유닛 하나입니다. 첫 표는 이 시점의 게이트와 상태, 둘째 표는 각 블록 안의 합(σ나 {activation}에 "
            "넣기 전)입니다."
        ),
    },
    "gates.difference": {"en": "Largest |NumPy − Keras|", "ko": "|NumPy − Keras| 최댓값"},
    "gates.difference_help": {
        "en": (
            "The NumPy pass against the Keras layer's own output: every hₜ (return_sequences) and the returned final "
            "state(s) (return_state: h_T, and c_T for LSTM)."
        ),
        "ko": (
            "NumPy 계산을 Keras 레이어의 출력과 비교한 값입니다. 모든 hₜ(return_sequences)와 마지막에 돌려받은 "
            "상태(return_state: h_T, LSTM은 c_T도)를 비교합니다."
        ),
    },
    "gates.notice.lstm": {
        "en": (
            "At this step unit {unit} keeps {forget} of its old cell state (f) and adds {input} of its candidate (i); "
            "its output gate lets {output} of {activation}(c) out as h."
        ),
        "ko": (
            "이 시점에서 {unit}번 유닛은 이전 셀 상태의 {forget}만큼을 남기고(f), 후보의 {input}만큼을 더하며(i), 출력 "
            "게이트로 {activation}(c)의 {output}만큼을 h로 내보냅니다."
        ),
    },
    "gates.notice.gru": {
        "en": "At this step unit {unit} has z = {z}: its new hidden state is {keep} × old state + {new} × candidate.",
        "ko": "이 시점에서 {unit}번 유닛의 z = {z}입니다. 새 은닉 상태는 {keep} × 이전 상태 + {new} × 후보입니다.",
    },
    "gates.chart.title": {"en": "Step t = {step}, per unit", "ko": "시점 t = {step}, 유닛별"},
    "gates.chart.unit": {"en": "unit", "ko": "유닛"},
    "gates.chart.path_title": {"en": "Gates over the whole sequence", "ko": "시퀀스 전체의 게이트 값"},
    "gates.chart.step": {"en": "time step t", "ko": "시점 t"},
    # The diagram.
    "gates.diagram.title": {"en": "The cell with this step's numbers", "ko": "이 시점의 값을 표시한 셀"},
    "gates.diagram.caption": {
        "en": "Every arrow carries one vector of this step, one number per unit (rounded to 2 decimals).",
        "ko": "화살표마다 이 시점의 벡터 하나가 실려 있습니다. 유닛마다 값 하나이며, 소수 둘째 자리까지 반올림했습니다.",
    },
    # The weight split.
    "gates.weights.title": {
        "en": "Where each block's weights sit in Keras's fused arrays",
        "ko": "Keras가 합쳐 둔 배열에서 각 블록의 가중치가 있는 자리",
    },
    "gates.weights.intro": {
        "en": (
            "Keras keeps the {count} blocks ({order}) side by side in three arrays: `kernel` {kernel}, "
            "`recurrent_kernel` {recurrent} and `bias` {bias}. The NumPy pass cuts them at every {units} columns."
        ),
        "ko": (
            "Keras는 {count}개 블록({order})을 배열 세 개에 나란히 둡니다: `kernel` {kernel}, `recurrent_kernel` "
            "{recurrent}, `bias` {bias}. NumPy 계산은 이 배열들을 {units}열마다 자릅니다."
        ),
    },
    "gates.weights.bias_rows": {
        "en": "`reset_after=True`: bias row 0 is added to the input part, row 1 to the recurrent part.",
        "ko": "`reset_after=True`: `bias`의 0행은 입력 쪽에, 1행은 순환 쪽에 더해집니다.",
    },
    "gates.weights.block": {"en": "block", "ko": "블록"},
    "gates.weights.weight": {"en": "weight", "ko": "가중치"},
    "gates.weights.columns": {"en": "columns", "ko": "열"},
    "gates.weights.shape": {"en": "shape", "ko": "형태"},
    "gates.weights.link": {
        "en": "Parameters: where every parameter comes from",
        "ko": "파라미터: 각 파라미터가 어디서 오는가",
    },
    # Quizzes, each answered by the live cell.
    "gates.quiz.retention.q": {
        "en": (
            "Unit {unit}'s forget gate is f = {forget} at this step. If f stayed there for {steps} steps and the "
            "input gate stayed shut, how much of the cell state would be left?"
        ),
        "ko": (
            "이 시점에서 {unit}번 유닛의 망각 게이트는 f = {forget}입니다. f가 {steps}개 시점 동안 그대로이고 입력 "
            "게이트가 닫혀 있으면, 셀 상태는 얼마나 남을까요?"
        ),
    },
    "gates.quiz.retention.over_half": {"en": "more than half", "ko": "절반 넘게"},
    "gates.quiz.retention.tenth_to_half": {"en": "between 1/10 and 1/2", "ko": "1/10에서 1/2 사이"},
    "gates.quiz.retention.hundredth_to_tenth": {"en": "between 1/100 and 1/10", "ko": "1/100에서 1/10 사이"},
    "gates.quiz.retention.under_hundredth": {"en": "less than 1/100", "ko": "1/100 미만"},
    "gates.quiz.retention.why": {
        "en": (
            "Each step multiplies c by f, so after {steps} steps {forget}^{steps} = {kept} is left. A forget gate that "
            "looks close to 1 still empties the memory over many steps."
        ),
        "ko": (
            "시점마다 c에 f가 곱해지므로 {steps}개 시점 뒤에는 {forget}^{steps} = {kept}만 남습니다. 1에 가까워 "
            "보이는 망각 게이트도 시점이 쌓이면 기억을 비웁니다."
        ),
    },
    "gates.quiz.close.q.lstm": {
        "en": "Which gate would you shut (set to 0) at this step so that cₜ no longer depends on cₜ₋₁?",
        "ko": "이 시점에서 어느 게이트를 닫아야(0으로 두어야) cₜ가 더 이상 cₜ₋₁에 의존하지 않을까요?",
    },
    "gates.quiz.close.q.gru": {
        "en": "Which gate would you shut (set to 0) at this step so that hₜ becomes exactly the candidate h̃ₜ?",
        "ko": "이 시점에서 어느 게이트를 닫아야(0으로 두어야) hₜ가 후보 h̃ₜ와 똑같아질까요?",
    },
    "gates.quiz.close.why.lstm": {
        "en": (
            "Recomputed at this step with each gate shut: only f = 0 gives the same cₜ = iₜ ⊙ c̃ₜ = {value} whatever "
            "cₜ₋₁ was. Shutting i or o leaves f ⊙ cₜ₋₁ in place."
        ),
        "ko": (
            "이 시점을 게이트 하나씩 닫고 다시 계산해 보면, f = 0일 때만 cₜ₋₁이 무엇이든 cₜ가 "
            "iₜ ⊙ c̃ₜ = {value}, 곧 같은 값이 됩니다. i나 o를 닫아도 f ⊙ cₜ₋₁은 그대로 남습니다."
        ),
    },
    "gates.quiz.close.why.gru": {
        "en": (
            "Recomputed at this step with each gate shut: z = 0 gives hₜ = h̃ₜ = {value}, the old state written over. "
            "Shutting r only changes the candidate; z ⊙ hₜ₋₁ stays."
        ),
        "ko": (
            "이 시점을 게이트 하나씩 닫고 다시 계산해 보면, z = 0일 때 hₜ = h̃ₜ = {value}, 곧 이전 상태를 후보가 덮어씁니다. "
            "r을 닫으면 후보만 바뀌고 z ⊙ hₜ₋₁은 남습니다."
        ),
    },
    "gates.quiz.pull.q": {
        "en": "Unit {unit} has the largest update gate here, z = {z}. Is its hₜ nearer to hₜ₋₁ or to the candidate h̃ₜ?",
        "ko": "이 시점에서 갱신 게이트가 가장 큰 유닛은 {unit}번, z = {z}입니다. 이 유닛의 hₜ는 hₜ₋₁과 후보 h̃ₜ 중 어디에 더 가까울까요?",
    },
    "gates.quiz.pull.h_prev": {"en": "nearer hₜ₋₁ (the old state)", "ko": "hₜ₋₁(이전 상태)에 더 가깝습니다"},
    "gates.quiz.pull.candidate": {"en": "nearer h̃ₜ (the candidate)", "ko": "h̃ₜ(후보)에 더 가깝습니다"},
    "gates.quiz.pull.why": {
        "en": (
            "hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ₜ puts hₜ a fraction 1 − z of the way from hₜ₋₁ to h̃ₜ: here |hₜ − hₜ₋₁| = "
            "{to_previous} and |hₜ − h̃ₜ| = {to_candidate}. z above 1/2 keeps hₜ nearer the old state."
        ),
        "ko": (
            "hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ₜ이므로 hₜ는 hₜ₋₁에서 h̃ₜ 쪽으로 1 − z만큼 간 자리에 있습니다. 여기서 "
            "|hₜ − hₜ₋₁| = {to_previous}, |hₜ − h̃ₜ| = {to_candidate}입니다. z가 1/2보다 크면 hₜ는 이전 상태에 더 가깝습니다."
        ),
    },
    # The memory lane.
    "gates.lane.title": {
        "en": "Memory lane: how much of the first step survives",
        "ko": "기억의 흔적: 첫 시점이 얼마나 남는가",
    },
    "gates.lane.intro": {
        "en": (
            "One sequence of the recall task (random values, the first one marked) runs through an untrained "
            "SimpleRNN, LSTM and GRU with {units} units and seed {seed} (tanh, as on the gradient problems page). For every step t the "
            "chart shows ‖∂hₜ/∂x₁‖, measured with `tf.GradientTape`: how strongly x₁ still moves the hidden state. For "
            "the LSTM it also shows ‖∂cₜ/∂c₁‖ and the running product of its forget gates ∏f. The y axis is logarithmic."
        ),
        "ko": (
            "장기 시차 과제의 시퀀스 하나(첫 값에 표시를 단 무작위 값들)를 학습하지 않은 SimpleRNN, LSTM, GRU(유닛 {units}개, 시드 "
            "{seed}, 기울기 문제 페이지처럼 tanh)에 통과시킵니다. 그래프는 시점 t마다 `tf.GradientTape`로 잰 ‖∂hₜ/∂x₁‖, 곧 "
            "x₁이 아직 은닉 상태를 얼마나 움직이는지를 보여 줍니다. LSTM은 ‖∂cₜ/∂c₁‖과 망각 게이트의 누적곱 ∏f도 "
            "함께 그립니다. 세로축은 로그 눈금입니다."
        ),
    },
    "gates.lane.length": {"en": "Sequence length", "ko": "시퀀스 길이"},
    "gates.lane.forget": {"en": "Gate biases at the start", "ko": "게이트 편향의 초기값"},
    "gates.lane.forget.keras": {"en": "Keras default (b_f = 1)", "ko": "Keras 기본값 (b_f = 1)"},
    "gates.lane.forget.chrono": {"en": "chrono (set to keep memory)", "ko": "chrono (기억을 유지하도록 설정)"},
    "gates.lane.forget_help": {
        "en": (
            "By Keras's default the LSTM's forget bias starts at 1 (`unit_forget_bias=True`, f ≈ 0.73) and the GRU's biases at 0. The chrono "
            "start (Tallec & Ollivier 2018), used on the gradient problems page, draws b_f = log(u) with u between 1 and the "
            "length − 1 (the input gate's bias at −log u), and the GRU's update-gate bias the same way."
        ),
        "ko": (
            "Keras 기본값에서 LSTM의 망각 게이트 편향은 1(`unit_forget_bias=True`, f ≈ 0.73), GRU의 편향은 0에서 시작합니다. "
            "기울기 문제 페이지가 쓰는 chrono 초기화(Tallec & Ollivier 2018)는 u를 1과 길이 − 1 사이에서 균등하게 뽑아 "
            "b_f = log(u)로 두고(입력 게이트 편향은 −log u), GRU의 갱신 게이트 편향도 같은 방식으로 둡니다."
        ),
    },
    "gates.lane.spinner": {
        "en": "Measuring gradients through three cells…",
        "ko": "세 셀의 기울기를 재는 중…",
    },
    "gates.lane.chart_title": {"en": "What is left of x₁ at step t", "ko": "시점 t에 남아 있는 x₁의 흔적"},
    "gates.lane.value": {"en": "norm (log scale)", "ko": "노름 (로그 눈금)"},
    "gates.lane.series.simplernn.input_reach": {"en": "SimpleRNN ‖∂hₜ/∂x₁‖", "ko": "SimpleRNN ‖∂hₜ/∂x₁‖"},
    "gates.lane.series.lstm.input_reach": {"en": "LSTM ‖∂hₜ/∂x₁‖", "ko": "LSTM ‖∂hₜ/∂x₁‖"},
    "gates.lane.series.gru.input_reach": {"en": "GRU ‖∂hₜ/∂x₁‖", "ko": "GRU ‖∂hₜ/∂x₁‖"},
    "gates.lane.series.lstm.cell_state_reach": {"en": "LSTM ‖∂cₜ/∂c₁‖", "ko": "LSTM ‖∂cₜ/∂c₁‖"},
    "gates.lane.series.lstm.forget_product": {"en": "LSTM ∏f", "ko": "LSTM ∏f"},
    "gates.lane.gone": {"en": "10⁻⁶: near float32 round-off", "ko": "10⁻⁶: float32 반올림 오차 수준"},
    "gates.lane.undrawn": {
        "en": "{count} values are exactly 0 (or not finite) and cannot sit on a log scale; they are not drawn.",
        "ko": "{count}개 값은 정확히 0이거나 유한하지 않아 로그 눈금에 놓을 수 없으므로 그리지 않았습니다.",
    },
    "gates.lane.notice.lstm_keeps": {
        "en": (
            "After {length} steps the LSTM still carries {lstm} of x₁, the SimpleRNN {simplernn} and the GRU {gru}: "
            "the LSTM keeps {factor}× more than the SimpleRNN. Its forget gates multiply to ∏f = {product}."
        ),
        "ko": (
            "{length}개 시점 뒤에도 LSTM에는 x₁의 흔적이 {lstm} 남아 있고, SimpleRNN에는 {simplernn}, GRU에는 "
            "{gru} 남아 있습니다. LSTM이 SimpleRNN보다 {factor}배 더 많이 간직합니다. 망각 게이트의 누적곱은 ∏f = {product}입니다."
        ),
    },
    "gates.lane.notice.simplernn_keeps": {
        "en": (
            "After {length} steps the LSTM carries {lstm} of x₁, the SimpleRNN {simplernn} and the GRU {gru}: here "
            "the SimpleRNN keeps {factor}× more than the LSTM (∏f = {product}). How much an untrained LSTM keeps "
            "depends on its starting gates and the length: compare the other start and other lengths."
        ),
        "ko": (
            "{length}개 시점 뒤에 LSTM에는 x₁의 흔적이 {lstm}, SimpleRNN에는 {simplernn}, GRU에는 {gru} 남아 "
            "있습니다. 여기서는 SimpleRNN이 LSTM보다 {factor}배 더 많이 간직합니다(∏f = {product}). 학습 전 LSTM이 "
            "얼마나 간직하는지는 게이트 초기값과 길이에 달려 있습니다. 다른 초기값과 다른 길이로 비교해 보세요."
        ),
    },
    "gates.lane.notice.about_same": {
        "en": (
            "After {length} steps the LSTM and the SimpleRNN keep about as much of x₁ (they differ by {factor}×, "
            "under 10×: LSTM {lstm}, SimpleRNN {simplernn}, GRU {gru}; ∏f = {product}). How much an untrained LSTM keeps "
            "depends on its starting gates and the length: compare the other start and other lengths."
        ),
        "ko": (
            "{length}개 시점 뒤에 LSTM과 SimpleRNN이 간직하는 x₁의 흔적은 비슷합니다(차이 {factor}배로 10배 미만, "
            "LSTM {lstm}, SimpleRNN {simplernn}, GRU {gru}, ∏f = {product}). 학습 전 LSTM이 얼마나 간직하는지는 "
            "게이트 초기값과 길이에 달려 있습니다. 다른 초기값과 다른 길이로 비교해 보세요."
        ),
    },
    "gates.lane.notice.all_gone": {
        "en": (
            "After {length} steps all three have lost x₁ below 10⁻⁶ (LSTM {lstm}, SimpleRNN {simplernn}, GRU {gru}): "
            "with these starting gates ∏f = {product}. Compare the other gate start."
        ),
        "ko": (
            "{length}개 시점 뒤에는 세 셀 모두 x₁의 흔적이 10⁻⁶ 아래로 사라졌습니다(LSTM {lstm}, SimpleRNN "
            "{simplernn}, GRU {gru}). 이 게이트 초기값에서 ∏f = {product}입니다. 다른 초기값과 비교해 보세요."
        ),
    },
    "gates.lane.link_intro": {
        "en": "The gradient problems page trains these cells on this same task at several lags and compares what each learns.",
        "ko": "기울기 문제 페이지는 이 셀들을 같은 과제로 여러 시차에서 학습시키고, 각 셀이 무엇을 배우는지 비교합니다.",
    },
    "gates.lane.link": {
        "en": "Gradient problems · 4 (long-term dependency)",
        "ko": "기울기 문제 · 4번 항목 (장기 의존성)",
    },
    "gates.quiz.lane.q": {
        "en": "Before you look: after {length} steps with these starting gates, which cell still carries the most of x₁?",
        "ko": "보기 전에 예상해 보세요. 이 게이트 초기값으로 {length}개 시점이 지나면 x₁의 흔적이 가장 많이 남는 셀은 무엇일까요?",
    },
    "gates.quiz.lane.why": {
        "en": "Measured at step {length}: SimpleRNN {simplernn}, LSTM {lstm}, GRU {gru} (‖∂hₜ/∂x₁‖).",
        "ko": "시점 {length}에서 잰 값: SimpleRNN {simplernn}, LSTM {lstm}, GRU {gru} (‖∂hₜ/∂x₁‖).",
    },
    "gates.lengths_simplernn": {
        "en": "This section uses a SimpleRNN with the same units and seed. What it shows holds for LSTM and GRU too: the same weights read a sequence of any length.",
        "ko": "이 항목은 유닛 수와 시드가 같은 SimpleRNN으로 보여 줍니다. 같은 가중치로 어떤 길이의 시퀀스든 읽는다는 점은 LSTM과 GRU에서도 똑같습니다.",
    },
}
