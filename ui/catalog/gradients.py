"""Strings of the gradients page."""

TEXT = {
    "gradients.intro": {
        "en": "A simple RNN feeds its state back through the same matrix W_h at every step. Whatever passes through that loop is multiplied by it again and again: the state on the way forward, the gradient on the way back. Sections 1 and 2 run that recurrence and its backward pass in NumPy with a layer's weights; sections 3 to 5 measure real Keras layers (gradients by `tf.GradientTape`, and real training runs), next to the theory that predicts them.",
        "ko": "단순 RNN은 매 시점 같은 행렬 W_h를 거쳐 상태를 자기 자신에게 되먹입니다. 이 고리를 지나는 것은 W_h에 거듭 곱해집니다. 순방향에서는 상태가, 역방향에서는 기울기가 그렇습니다. 1, 2번 항목은 레이어의 가중치로 이 점화식과 그 역전파를 NumPy에서 계산하고, 3~5번 항목은 실제 Keras 레이어에서 측정합니다(`tf.GradientTape`으로 구한 기울기와 실제 학습). 그리고 그 결과를 예측하는 이론과 나란히 놓습니다.",
    },
    # Controls
    "gradients.activation": {"en": "Activation (trained in section 3)", "ko": "활성화 함수 (3번 항목에서 학습)"},
    "gradients.gain": {
        "en": "Gain g (σ_max(W_h) = g)",
        "ko": "배율 g (σ_max(W_h) = g)",
    },
    "gradients.steps": {"en": "Steps T", "ko": "시점 수 T"},
    "gradients.units": {"en": "Units", "ko": "유닛 수"},
    "gradients.seed": {"en": "Seed", "ko": "시드"},
    "gradients.input": {"en": "Input x_t", "ko": "입력 x_t"},
    "gradients.input.zeros": {"en": "zeros", "ko": "모두 0"},
    "gradients.input.constant": {"en": "constant 1", "ko": "상수 1"},
    "gradients.input.random": {"en": "random", "ko": "무작위"},
    "gradients.init": {"en": "W_h starts as", "ko": "W_h 초기값"},
    "gradients.init.orthogonal": {"en": "orthogonal", "ko": "직교 행렬"},
    "gradients.init.identity": {
        "en": "identity (as in IRNN)",
        "ko": "단위 행렬 (IRNN 방식)",
    },
    "gradients.lag": {"en": "Lag (sections 3 and 4)", "ko": "시차 (3·4번 항목)"},
    "gradients.lag_help": {
        "en": "The length of the long-lag task's sequences: the marked value is the first input, lag − 1 steps before the last one.",
        "ko": "장기 시차 과제의 시퀀스 길이입니다. 표시된 값은 첫 입력으로, 마지막 입력보다 (시차 − 1)시점 앞에 있습니다.",
    },
    "gradients.presets": {"en": "Try a preset", "ko": "미리 정해 둔 설정"},
    "gradients.preset.vanishing": {"en": "Vanishing", "ko": "기울기 소실"},
    "gradients.preset.exploding": {"en": "Exploding", "ko": "기울기 폭주"},
    "gradients.preset.overflow": {"en": "ReLU overflow", "ko": "ReLU 오버플로"},
    "gradients.preset.irnn": {"en": "IRNN", "ko": "IRNN"},
    "gradients.preset.defaults": {"en": "Defaults", "ko": "기본값"},
    # Axes and shared words
    "gradients.axis.step": {"en": "step t", "ko": "시점 t"},
    "gradients.axis.distance": {"en": "distance T − t (steps back)", "ko": "거리 T − t (거슬러 올라간 시점 수)"},
    "gradients.axis.gradient": {"en": "gradient norm (log scale)", "ko": "기울기 크기 (로그 눈금)"},
    "gradients.axis.input_step": {"en": "input step t (1 = the marked value)", "ko": "입력 시점 t (1 = 표시된 값)"},
    "gradients.axis.epoch": {"en": "epoch", "ko": "에포크"},
    "gradients.axis.loss": {"en": "training loss (log scale)", "ko": "학습 손실 (로그 눈금)"},
    "gradients.axis.lag": {
        "en": "lag (steps between the value and the answer)",
        "ko": "시차 (값과 정답 사이의 시점 수)",
    },
    "gradients.axis.error": {"en": "test error ÷ variance (1 = forgot)", "ko": "테스트 오차 ÷ 분산 (1 = 잊어버림)"},
    "gradients.bound": {"en": "Pascanu bound", "ko": "Pascanu 상한"},
    "gradients.chance": {
        "en": "guessing the mean",
        "ko": "평균으로 추측할 때",
    },
    "gradients.overflow_label": {"en": "overflow → ∞", "ko": "오버플로 → ∞"},
    "gradients.undrawable.inf": {
        "en": "{activation}: infinite (float32 overflow, beyond ≈ 3.4 × 10³⁸), first at {at}",
        "ko": "{activation}: 무한대 (float32 오버플로, 약 3.4 × 10³⁸ 초과), 처음 나타난 곳: {at}",
    },
    "gradients.undrawable.nan": {
        "en": "{activation}: NaN (not a number, e.g. ∞ − ∞ after an overflow), first at {at}",
        "ko": "{activation}: NaN (숫자가 아님, 예: 오버플로 뒤의 ∞ − ∞), 처음 나타난 곳: {at}",
    },
    "gradients.undrawable.zero": {
        "en": "{activation}: exactly 0 (every unit switched off, or smaller than float32 can hold), first at {at}",
        "ko": "{activation}: 정확히 0 (모든 유닛이 꺼졌거나 float32로 나타낼 수 없을 만큼 작음), 처음 나타난 곳: {at}",
    },
    # 1. Feedback stability
    "gradients.stability.title": {
        "en": "1 · Feedback stability: does the state stay bounded?",
        "ko": "1 · 되먹임 안정성: 상태는 유계인가?",
    },
    "gradients.stability.intro": {
        "en": "The same recurrence runs for tanh, ReLU and sigmoid with the same weights and inputs. W_h is the gain g times an orthogonal matrix (Keras's default start) or times the identity (the IRNN start), as chosen above; either way it stretches every direction by exactly g. The state starts as a random vector of length 1.",
        "ko": "tanh, ReLU, sigmoid에 같은 가중치와 같은 입력으로 같은 점화식을 돌립니다. W_h는 위에서 고른 대로 직교 행렬(Keras의 기본 초기값)이나 단위 행렬(IRNN의 초기값)에 배율 g를 곱한 것이라, 어느 쪽이든 모든 방향을 정확히 g배 늘립니다. 상태는 길이 1인 무작위 벡터에서 출발합니다.",
    },
    "gradients.stability.undrawable": {
        "en": "Not drawn on the log scale (the step where it first happens):",
        "ko": "로그 눈금에 그릴 수 없는 값 (처음 나타난 시점):",
    },
    "gradients.stability.notice": {
        "en": "tanh keeps every unit in (−1, 1) and sigmoid in (0, 1), so their ‖h_t‖ can never pass √units = {ceiling}: they are bounded. {relu} {mechanism}",
        "ko": "tanh는 모든 유닛을 (−1, 1) 안에, sigmoid는 (0, 1) 안에 가두므로 ‖h_t‖가 √유닛 수 = {ceiling}보다 커질 수 없습니다. 즉 유계입니다. {relu} {mechanism}",
    },
    "gradients.stability.relu.nan": {
        "en": "ReLU has no ceiling, and here its ‖h_t‖ kept growing until it passed float32's largest number (≈ 3.4 × 10³⁸): it overflowed to ∞ at step {infinite}. From step {nan} on it is NaN (not a number), so after {steps} steps ‖h_t‖ is NaN: {cause}",
        "ko": "ReLU에는 상한이 없어, 여기서는 ‖h_t‖가 계속 커지다가 float32의 최댓값(약 3.4 × 10³⁸)을 넘어 {infinite}시점에서 ∞로 오버플로했습니다. {nan}시점부터는 NaN(숫자가 아님)이므로 {steps}시점 뒤 ‖h_t‖는 NaN입니다. {cause}",
    },
    "gradients.stability.relu.cause.inf_times_zero": {
        "en": "the next product h_t·W_h multiplies that ∞ by the entries of W_h that are 0, and ∞ × 0 has no value.",
        "ko": "다음 곱 h_t·W_h에서 이 ∞가 W_h의 0인 성분과 곱해지는데, ∞ × 0은 값이 정해지지 않기 때문입니다.",
    },
    "gradients.stability.relu.cause.inf_minus_inf": {
        "en": "the next product h_t·W_h adds terms of +∞ and −∞ (W_h has entries of both signs), and ∞ − ∞ has no value.",
        "ko": "다음 곱 h_t·W_h에서 +∞인 항과 −∞인 항이 더해지는데(W_h에는 양수 성분과 음수 성분이 함께 있습니다), ∞ − ∞는 값이 정해지지 않기 때문입니다.",
    },
    "gradients.stability.relu.infinite": {
        "en": "ReLU has no ceiling, and here its ‖h_t‖ kept growing until it passed float32's largest number (≈ 3.4 × 10³⁸): it overflowed to ∞ at step {infinite}, and after {steps} steps ‖h_t‖ is ∞.",
        "ko": "ReLU에는 상한이 없어, 여기서는 ‖h_t‖가 계속 커지다가 float32의 최댓값(약 3.4 × 10³⁸)을 넘어 {infinite}시점에서 ∞로 오버플로했고, {steps}시점 뒤 ‖h_t‖는 ∞입니다.",
    },
    "gradients.stability.relu.grows": {
        "en": "ReLU has no ceiling, and here its ‖h_t‖ grows from {start} to {relu} over {steps} steps.",
        "ko": "ReLU에는 상한이 없어, 여기서는 ‖h_t‖가 {steps}시점 동안 {start}에서 {relu}까지 커집니다.",
    },
    "gradients.stability.relu.steady": {
        "en": "ReLU has no ceiling, but here its ‖h_t‖ stays within a factor of 2 of where it started: it goes from {start} to {relu} over {steps} steps.",
        "ko": "ReLU에는 상한이 없지만 여기서는 ‖h_t‖가 처음 값의 절반과 2배 사이에 머뭅니다. {steps}시점 동안 {start}에서 시작해 {relu}에 이릅니다.",
    },
    "gradients.stability.relu.varies": {
        "en": "ReLU has no ceiling, and here the input pushes its ‖h_t‖ around: over {steps} steps it moves between {low} and {high}, starting at {start} and ending at {relu}.",
        "ko": "ReLU에는 상한이 없고, 여기서는 입력이 ‖h_t‖를 흔듭니다. {steps}시점 동안 ‖h_t‖는 {low}에서 {high} 사이를 오가며, {start}에서 시작해 {relu}에 이릅니다.",
    },
    "gradients.stability.relu.shrinks": {
        "en": "ReLU has no ceiling, but a ceiling only matters for a state that grows: here its ‖h_t‖ shrinks from {start} to {relu} over {steps} steps.",
        "ko": "ReLU에는 상한이 없지만, 상한이 중요한 것은 상태가 커질 때뿐입니다. 여기서는 ‖h_t‖가 {steps}시점 동안 {start}에서 {relu}까지 줄어듭니다.",
    },
    "gradients.stability.relu.off": {
        "en": "ReLU's ‖h_t‖ is exactly 0 from step {off} to the last step {steps}: every unit is 0, switched off by a negative pre-activation or shrunk below what float32 can hold, and none comes back on.",
        "ko": "ReLU의 ‖h_t‖는 {off}시점부터 마지막 {steps}시점까지 정확히 0입니다. 모든 유닛이 활성화 전 값이 음수라 꺼졌거나 float32로 나타낼 수 없을 만큼 작아져 0이 되었고, 다시 켜지는 유닛이 없습니다.",
    },
    "gradients.stability.mechanism.orthogonal": {
        "en": "With an orthogonal W_h, h_t·W_h is exactly g = {gain} times as long as h_t; the input is added to it, and ReLU then sets the negative units of the sum to 0, which can only shorten it.",
        "ko": "W_h가 직교 행렬이면 h_t·W_h의 길이는 정확히 h_t의 g = {gain}배입니다. 여기에 입력이 더해지고, ReLU가 그 합에서 음수인 유닛을 0으로 만드는데, 이는 길이를 줄일 수는 있어도 늘리지는 못합니다.",
    },
    "gradients.stability.mechanism.identity.grows": {
        "en": "With W_h = g·I no unit feeds another: a unit that is on is multiplied by g = {gain} at every step before the input is added, so it grows like gᵗ and overflows once that passes float32's largest number.",
        "ko": "W_h = g·I이면 유닛끼리 서로 섞이지 않습니다. 켜진 유닛은 입력이 더해지기 전에 매 시점 g = {gain}배가 되므로 gᵗ처럼 커지고, 그 값이 float32의 최댓값을 넘으면 오버플로합니다.",
    },
    "gradients.stability.mechanism.identity.keeps": {
        "en": "With W_h = g·I no unit feeds another, and with g = 1 a unit that is on keeps what it held; only the input changes it, step after step.",
        "ko": "W_h = g·I이면 유닛끼리 서로 섞이지 않고, g = 1이면 켜진 유닛은 가진 값을 그대로 유지합니다. 값을 바꾸는 것은 매 시점 더해지는 입력뿐입니다.",
    },
    "gradients.stability.mechanism.identity.shrinks": {
        "en": "With W_h = g·I no unit feeds another: a unit that is on is multiplied by g = {gain} at every step, so what it held shrinks like gᵗ and only the input can keep it up.",
        "ko": "W_h = g·I이면 유닛끼리 서로 섞이지 않습니다. 켜진 유닛은 매 시점 g = {gain}배가 되므로 가진 값은 gᵗ처럼 줄어들고, 입력만이 그 값을 유지할 수 있습니다.",
    },
    # 2. Gradient through time
    "gradients.through_time.title": {
        "en": "2 · Gradient through time, against the theory",
        "ko": "2 · 시간을 거슬러 전해지는 기울기와 이론",
    },
    "gradients.through_time.intro": {
        "en": "Backpropagated through section 1's run (the same weights and states) in NumPy, in float32 as TensorFlow computes it; the results agree with `tf.GradientTape` through a real Keras `SimpleRNN` with these weights (the app's tests compare the two). Backpropagation multiplies one Jacobian per step, diag(f′)·W_hᵀ, so Pascanu, Mikolov & Bengio (2013) bound the product as below. ‖·‖ is the spectral norm (the largest singular value), the norm for which the bound holds as written, and γ is the largest |f′|.",
        "ko": "1번 항목의 실행(같은 가중치와 상태)을 NumPy에서 TensorFlow처럼 float32로 역전파해 구합니다. 이 값은 같은 가중치를 넣은 실제 Keras `SimpleRNN`에서 `tf.GradientTape`으로 잰 값과 일치합니다(앱의 테스트가 둘을 비교합니다). 역전파는 시점마다 야코비 행렬 diag(f′)·W_hᵀ를 하나씩 곱하므로, Pascanu, Mikolov, Bengio(2013)는 그 곱에 아래와 같은 상한을 줍니다. 여기서 ‖·‖는 스펙트럼 노름(가장 큰 특이값)으로 이 식이 그대로 성립하는 노름이고, γ는 |f′|의 최댓값입니다.",
    },
    "gradients.regime.vanishing": {
        "en": "< 1: vanishing guaranteed",
        "ko": "< 1: 반드시 소실",
    },
    "gradients.regime.neutral": {
        "en": "= 1: cannot explode; can still vanish",
        "ko": "= 1: 폭주는 불가능, 소실은 가능",
    },
    "gradients.regime.exploding_possible": {
        "en": "> 1: can explode, not certain",
        "ko": "> 1: 폭주 가능 (확실하지는 않음)",
    },
    "gradients.through_time.state_title": {
        "en": "**‖∂h_T/∂h_t‖** (solid, measured spectral norm) and its bound (σ_max·γ)^(T−t) (dashed)",
        "ko": "**‖∂h_T/∂h_t‖** (실선, 측정한 스펙트럼 노름)와 상한 (σ_max·γ)^(T−t) (점선)",
    },
    "gradients.through_time.input_title": {
        "en": "**|∂L/∂x_t|** for the read-out L = mean(h_T): what each input can still teach",
        "ko": "**|∂L/∂x_t|** (L = mean(h_T)일 때): 각 입력에서 아직 배울 수 있는 양",
    },
    "gradients.through_time.undrawable": {
        "en": "Not drawn on the log scale (the distance T − t where it first happens):",
        "ko": "로그 눈금에 그릴 수 없는 값 (처음 나타난 거리 T − t):",
    },
    "gradients.through_time.after_overflow": {
        "en": "{activation}'s forward state overflowed at step {step}, so its gradients at distances below {distance} are computed from inf/NaN states: they show what float32 arithmetic does, not a meaningful gradient. Set the steps below {step} to see its gradient before the overflow.",
        "ko": "{activation}의 순방향 상태가 {step}시점에서 오버플로했으므로, 거리 {distance}보다 가까운 곳의 기울기는 inf/NaN 상태로 계산된 것입니다. 의미 있는 기울기가 아니라 float32 연산이 내놓은 값일 뿐입니다. 오버플로 전의 기울기를 보려면 시점 수를 {step}보다 작게 하세요.",
    },
    "gradients.through_time.notice_saturated": {
        "en": "No solid line crosses its dashed bound. {distance} steps back, tanh's gradient is {tanh} and sigmoid's {sigmoid}: here tanh's is the smaller one. Its units are driven into saturation (|h| near 1, where tanh′ ≈ 0), so it stays far below its bound; γ = 1 is only the best case.",
        "ko": "어떤 실선도 자기 점선 위로 올라가지 않습니다. {distance}시점 거슬러 올라가면 tanh의 기울기는 {tanh}, sigmoid의 기울기는 {sigmoid}이고, 여기서는 tanh 쪽이 더 작습니다. 유닛이 포화 영역(|h|가 1에 가까워 tanh′ ≈ 0인 곳)으로 밀려나 상한보다 한참 아래에 머물기 때문입니다. γ = 1은 가장 좋은 경우일 뿐입니다.",
    },
    "gradients.through_time.notice": {
        "en": "No solid line crosses its dashed bound. {distance} steps back, tanh's gradient is {tanh} and sigmoid's {sigmoid}: sigmoid's derivative is at most 1/4, so every step back can shrink its gradient four times more than tanh's.",
        "ko": "어떤 실선도 자기 점선 위로 올라가지 않습니다. {distance}시점 거슬러 올라가면 tanh의 기울기는 {tanh}, sigmoid의 기울기는 {sigmoid}입니다. sigmoid의 도함수 값은 최대 1/4이라, 한 시점 거슬러 갈 때마다 기울기가 tanh보다 네 배 더 줄어들 수 있습니다.",
    },
    # 3. Across training
    "gradients.training.title": {
        "en": "3 · Across training: which steps still teach the network?",
        "ko": "3 · 학습하는 동안: 신경망은 어느 시점의 입력에서 아직 배우는가?",
    },
    "gradients.training.intro": {
        "en": "A SimpleRNN ({activation}, gain {gain}, W_h {init}) trains on the long-lag task of section 4 with lag {lag}: remember the first, marked value of the sequence and give it back at the end. After each epoch, the loss gradient reaching every input step is measured on a fixed batch.",
        "ko": "SimpleRNN({activation}, 배율 {gain}, W_h 초기값 {init})이 4번 항목의 장기 시차 과제를 시차 {lag}에서 학습합니다. 시퀀스 맨 앞에 표시된 값을 기억했다가 마지막에 돌려주는 과제입니다. 에포크마다 고정된 배치에서 각 입력 시점에 닿는 손실의 기울기를 측정합니다.",
    },
    "gradients.training.running": {
        "en": "Training a SimpleRNN on the long-lag task…",
        "ko": "장기 시차 과제로 SimpleRNN을 학습하고 있습니다…",
    },
    "gradients.training.diverged": {
        "en": "Training diverged: the loss is NaN or infinite from epoch {epoch} on, and so are the gradients; the heatmap and the loss curve leave those epochs out. Lower the gain, or pick tanh or the orthogonal start.",
        "ko": "학습이 발산했습니다. 에포크 {epoch}부터 손실이 NaN 또는 무한대이고 기울기도 마찬가지라, 히트맵과 손실 곡선에서 그 에포크들은 뺐습니다. 배율을 낮추거나 tanh나 직교 행렬 초기값을 골라 보세요.",
    },
    "gradients.training.notice": {
        "en": "After the last epoch, the gradient reaching step 1 (the marked value) is {ratio} times the one reaching the last step. Only step 1 matters here: the later inputs are noise the answer does not depend on, so dark later columns are expected, while a dark column 1 means the network can no longer learn from the value it must remember. Final training loss {loss}; guessing the mean scores about 0.33.",
        "ko": "마지막 에포크에서 1번 시점(표시된 값)에 닿는 기울기는 마지막 시점에 닿는 기울기의 {ratio}배입니다. 여기서 중요한 것은 1번 시점뿐입니다. 나머지 입력은 정답과 상관없는 잡음이므로 뒤쪽 열이 어두운 것은 당연하고, 1번 열이 어두우면 신경망이 기억해야 할 값에서 더는 배우지 못한다는 뜻입니다. 최종 학습 손실은 {loss}이고, 평균으로 추측하면 약 0.33입니다.",
    },
    # 4. Long-term dependency
    "gradients.long_term.title": {
        "en": "4 · Long-term dependency: who still remembers?",
        "ko": "4 · 장기 의존성: 어느 모델이 아직 기억하는가?",
    },
    "gradients.long_term.intro": {
        "en": "The task: a sequence of random values in [−1, 1], the first one marked on a second input channel; after the last step the model must give back that first value. The longer the lag, the further back the answer lies. Every model gets the same budget ({epochs} epochs of {samples} sequences, Adam {lr}, {units} units). The error is divided by the answer's variance, so 1 means the model forgot and simply guesses the mean.",
        "ko": "과제: [−1, 1] 사이의 무작위 값으로 된 시퀀스에서 첫 값이 두 번째 입력 채널로 표시되어 있고, 모델은 마지막 시점 뒤에 그 첫 값을 돌려줘야 합니다. 시차가 길수록 정답이 더 먼 과거에 있습니다. 모든 모델에 같은 학습량(시퀀스 {samples}개로 {epochs}에포크, Adam {lr}, 유닛 {units}개)을 줍니다. 오차를 정답의 분산으로 나눴으므로, 1이면 모델이 값을 잊고 평균으로 추측하는 수준입니다.",
    },
    "gradients.long_term.missing": {
        "en": "The precomputed sweep (rnn_core/lag_sweep.csv) is missing. Regenerate it with `python -m rnn_core.lag_sweep`.",
        "ko": "미리 계산한 결과 파일(rnn_core/lag_sweep.csv)이 없습니다. `python -m rnn_core.lag_sweep`으로 다시 만드세요.",
    },
    "gradients.long_term.notice": {
        "en": "Median of {seeds} seeds, {units} units. A model holds a lag when its error stays below 0.5, half of guessing the mean, at that lag and every shorter one. {held}",
        "ko": "시드 {seeds}개의 중앙값, 유닛 {units}개입니다. 어떤 시차와 그보다 짧은 모든 시차에서 오차가 0.5(평균으로 추측할 때의 절반) 아래이면 그 시차를 버틴다고 봅니다. {held}",
    },
    "gradients.model.simplernn": {"en": "SimpleRNN (tanh)", "ko": "SimpleRNN (tanh)"},
    "gradients.model.irnn": {"en": "IRNN (ReLU, W_h = I)", "ko": "IRNN (ReLU, W_h = I)"},
    "gradients.model.lstm": {
        "en": "LSTM (chrono start: forget gate open, input gate closed)",
        "ko": "LSTM (chrono 초기화: 망각 게이트는 열고 입력 게이트는 닫은 채 시작)",
    },
    "gradients.model.gru": {
        "en": "GRU (update gate starts near 1, which keeps the state)",
        "ko": "GRU (상태를 유지하도록 갱신 게이트를 1 가까이 두고 시작)",
    },
    "gradients.model.lstm_default": {"en": "LSTM (Keras default gates)", "ko": "LSTM (Keras 기본 게이트)"},
    "gradients.live.model": {"en": "Run it yourself: model", "ko": "직접 돌려 보기: 모델"},
    "gradients.live.run": {"en": "Train at lag {lag}", "ko": "시차 {lag}에서 학습"},
    "gradients.live.progress": {"en": "Training: epoch {done} of {total}", "ko": "학습 중: 에포크 {done} / {total}"},
    "gradients.live.source": {"en": "your run", "ko": "직접 돌린 결과"},
    # 5. Remedies
    "gradients.remedies.title": {"en": "5 · Remedies", "ko": "5 · 해결책"},
    "gradients.clipping.title": {"en": "#### Gradient clipping", "ko": "#### 기울기 클리핑"},
    "gradients.clipping.intro": {
        "en": "An exploding setting: a ReLU SimpleRNN with W_h = {gain} × orthogonal on the recall task (lag {lag}), trained with plain SGD at learning rate {lr}. The same model, data and seed three times: no clipping, `clipnorm={clipnorm}` (each weight's gradient is scaled down to norm ≤ {clipnorm}, each weight on its own) and `clipvalue={clipvalue}` (each component is cut to ±{clipvalue}).",
        "ko": "폭주하는 설정: W_h = {gain} × 직교 행렬인 ReLU SimpleRNN을 장기 시차 과제(시차 {lag})에서 학습률 {lr}의 순수 SGD로 학습합니다. 같은 모델, 데이터, 시드로 세 번 돌립니다. 클리핑 없음, `clipnorm={clipnorm}`(가중치마다 따로 기울기의 노름을 {clipnorm} 이하로 줄임), `clipvalue={clipvalue}`(각 성분을 ±{clipvalue} 안으로 자름)입니다.",
    },
    "gradients.clipping.running": {
        "en": "Training three times (no clipping, clipnorm, clipvalue)…",
        "ko": "세 번 학습하고 있습니다 (클리핑 없음, clipnorm, clipvalue)…",
    },
    "gradients.clip.none": {"en": "no clipping", "ko": "클리핑 없음"},
    "gradients.clip.clipnorm": {"en": "clipnorm", "ko": "clipnorm"},
    "gradients.clip.clipvalue": {"en": "clipvalue", "ko": "clipvalue"},
    "gradients.clipping.nan": {
        "en": "{option}: the loss is NaN from epoch {epoch} on. Huge gradients threw the weights to infinity, and from there every number is NaN; it is missing from the chart for that reason.",
        "ko": "{option}: 에포크 {epoch}부터 손실이 NaN입니다. 거대한 기울기가 가중치를 무한대로 날려 보냈고, 그 뒤로는 모든 수가 NaN이라 그래프에 그려지지 않습니다.",
    },
    "gradients.clipping.inf": {
        "en": "{option}: the loss overflowed to infinity at epoch {epoch}; it is missing from the chart from there.",
        "ko": "{option}: 에포크 {epoch}에서 손실이 오버플로해 무한대가 되었습니다. 그 뒤로는 그래프에 그려지지 않습니다.",
    },
    "gradients.clipping.zero": {
        "en": "{option}: the loss is exactly 0 from epoch {epoch}.",
        "ko": "{option}: 에포크 {epoch}부터 손실이 정확히 0입니다.",
    },
    "gradients.clipping.notice": {
        "en": "Same model, same data: only the clipping differs. Clipping turns the huge first gradients into bounded updates (final loss: clipnorm {clipnorm}, clipvalue {clipvalue}). {learned} Clipping limits the size of an update, and it can change its direction too: clipvalue cuts each component on its own ((10, 0.01) becomes (0.1, 0.01)), and Keras's clipnorm rescales each weight's gradient separately. Only `global_clipnorm` scales the whole update by one factor and keeps its direction.",
        "ko": "모델도 데이터도 같고 클리핑만 다릅니다. 클리핑은 처음의 거대한 기울기를 크기가 제한된 갱신으로 바꿉니다(최종 손실: clipnorm {clipnorm}, clipvalue {clipvalue}). {learned} 클리핑은 갱신 폭을 제한하며 갱신 방향을 바꿀 수도 있습니다. clipvalue는 성분마다 따로 자르고((10, 0.01)은 (0.1, 0.01)이 됩니다), Keras의 clipnorm은 가중치마다 따로 크기를 줄입니다. 갱신 전체에 같은 수를 곱해 방향을 지키는 것은 `global_clipnorm`뿐입니다.",
    },
    "gradients.lstm.title": {
        "en": "#### The LSTM's cell state: an additive path",
        "ko": "#### LSTM의 셀 상태: 더하기로 이어지는 길",
    },
    "gradients.lstm.c_prev": {"en": "cₜ₋₁\ncell state", "ko": "cₜ₋₁\n셀 상태"},
    "gradients.lstm.c_next": {"en": "cₜ", "ko": "cₜ"},
    "gradients.lstm.forget": {"en": "forget gate\nfₜ = σ(…)", "ko": "망각 게이트\nfₜ = σ(…)"},
    "gradients.lstm.write": {"en": "input gate × candidate\niₜ ⊙ c̃ₜ", "ko": "입력 게이트 × 후보\niₜ ⊙ c̃ₜ"},
    "gradients.lstm.inputs": {"en": "xₜ, hₜ₋₁", "ko": "xₜ, hₜ₋₁"},
    "gradients.lstm.output": {"en": "output gate\n⊙ oₜ", "ko": "출력 게이트\n⊙ oₜ"},
    "gradients.lstm.h_next": {"en": "hₜ", "ko": "hₜ"},
    "gradients.lstm.highway": {
        "en": "only × fₜ and +",
        "ko": "× fₜ와 +만",
    },
    "gradients.lstm.lines": {
        "en": "1. The cell state runs along the orange path with only an element-wise multiplication by the forget gate and an addition: no W_h and no squashing function on the way.\n2. So along that path ∂c_t/∂c_{t−1} = f_t: while the forget gate stays near 1, the gradient crosses many steps almost unchanged, instead of being multiplied by diag(f′)·W_hᵀ at every step.\n3. The gate is learned, so the network decides what to keep, and it learns long lags far more easily if the gate starts open. Keras's default forget bias starts it at f ≈ 0.73; a gate that stayed there would pass on 0.73¹⁰⁰ ≈ 2 × 10⁻¹⁴ over 100 steps. Compare the two LSTM lines in the sweep above.",
        "ko": "1. 셀 상태는 주황색 길을 따라 망각 게이트와의 원소별 곱셈과 덧셈만 거칩니다. 도중에 W_h도, 값을 일정 범위로 줄이는 활성화 함수도 없습니다.\n2. 그래서 이 길에서는 ∂c_t/∂c_{t−1} = f_t입니다. 망각 게이트가 1에 가까운 동안 기울기는 매 시점 diag(f′)·W_hᵀ에 곱해지는 대신 거의 그대로 여러 시점을 건너갑니다.\n3. 게이트는 학습되므로 무엇을 남길지는 신경망이 정합니다. 다만 게이트가 열린 채로 시작해야 긴 시차를 훨씬 쉽게 배웁니다. Keras 기본 망각 편향으로는 처음에 f ≈ 0.73이고, 게이트가 그대로 머문다면 100시점 동안 0.73¹⁰⁰ ≈ 2 × 10⁻¹⁴만 전해집니다. 위 실험의 두 LSTM 선을 비교해 보세요.",
    },
    "gradients.irnn": {
        "en": "#### IRNN: ReLU with an identity start\nLe, Jaitly & Hinton (2015) start a ReLU SimpleRNN with W_h = I and b = 0. Wherever a unit is on, the step-to-step Jacobian is then exactly the identity, so at the start the gradient neither shrinks nor grows (try the **IRNN** preset: ReLU's line in section 2 lies on its bound of 1 wherever units stay on). With W_h = g·I and g above 1, units that stay on grow like gᵗ: at g = 1.5 over 100 steps (the **Exploding** preset) the state gets huge but stays finite (1.5¹⁰⁰ ≈ 4 × 10¹⁷); it overflows only once gᵗ passes float32's largest number, about 3.4 × 10³⁸, as at g = 2 over 200 steps (the **ReLU overflow** preset) while units stay on. On our recall task with this small budget, IRNN does not beat a tanh SimpleRNN (the brown line above).",
        "ko": "#### IRNN: 단위 행렬로 시작하는 ReLU\nLe, Jaitly, Hinton(2015)은 ReLU SimpleRNN을 W_h = I, b = 0으로 시작합니다. 켜진 유닛에서는 시점 사이의 야코비 행렬이 정확히 단위 행렬이므로, 처음에는 기울기가 줄지도 커지지도 않습니다(**IRNN** 버튼을 눌러 보세요. 유닛이 켜져 있는 동안 2번 항목의 ReLU 선이 상한선 1과 겹칩니다). W_h = g·I에서 g가 1보다 크면 켜진 유닛은 gᵗ처럼 커집니다. g = 1.5로 100시점(**기울기 폭주** 버튼)이면 상태가 매우 커지지만 유한합니다(1.5¹⁰⁰ ≈ 4 × 10¹⁷). gᵗ가 float32의 최댓값(약 3.4 × 10³⁸)을 넘어야 오버플로하며, 유닛이 켜져 있는 한 g = 2로 200시점(**ReLU 오버플로** 버튼)이 그런 경우입니다. 이 장기 시차 과제와 적은 학습량에서는 IRNN이 tanh SimpleRNN보다 낫지 않습니다(위 그래프의 갈색 선).",
    },
    "gradients.myth.title": {"en": "#### A common misconception", "ko": "#### 흔한 오해"},
    "gradients.myth.claim": {
        "en": "“Gradient clipping fixes the gradient problem of RNNs.”",
        "ko": "“기울기 클리핑을 하면 RNN의 기울기 문제가 해결된다.”",
    },
    "gradients.myth.when": {"en": "gradient", "ko": "기울기"},
    "gradients.myth.before": {"en": "measured (section 2)", "ko": "측정값 (2번 항목)"},
    "gradients.myth.after": {
        "en": "× the clipnorm factor (illustration)",
        "ko": "clipnorm 인수를 곱한 값 (예시)",
    },
    "gradients.myth.ratio": {"en": "step 1 ÷ step T", "ko": "1번 시점 ÷ T번 시점"},
    "gradients.myth.answer": {
        "en": "Only half true. Clipping shrinks a gradient that is too large; it cannot enlarge one that is too small. Keras clips each weight's gradient after backpropagation has finished, so the gradients reaching each step (∂L/∂h_t, ∂L/∂x_t) are never touched, and clipnorm multiplies a weight's whole gradient, the sum of every step's contribution, by one number: the share that comes from step 1 stays exactly as small. The table illustrates this with the {activation} gradients of section 2 ({steps} steps): multiplied by the same factor, their ratio does not move. Exploding gradients are tamed by clipping; vanished ones need a different path for the gradient (LSTM, GRU) or a better start (IRNN, orthogonal W_h).",
        "ko": "절반만 맞습니다. 클리핑은 너무 큰 기울기를 줄일 뿐, 너무 작은 기울기를 키우지는 못합니다. Keras는 역전파가 끝난 뒤 가중치마다 기울기를 자르므로 각 시점에 닿는 기울기(∂L/∂h_t, ∂L/∂x_t)는 건드리지 않습니다. 또 clipnorm은 모든 시점의 기여를 더한 가중치 기울기 전체에 같은 수를 곱하므로, 1번 시점에서 온 몫은 똑같이 작게 남습니다. 위 표는 2번 항목의 {activation} 기울기({steps}시점)로 이를 보여 주는 예시입니다. 같은 수를 곱하면 비율은 변하지 않습니다. 폭주하는 기울기는 클리핑으로 다스릴 수 있지만, 소실된 기울기에는 기울기가 지나갈 다른 길(LSTM, GRU)이나 더 나은 초기값(IRNN, 직교 W_h)이 필요합니다.",
    },
    # Quizzes
    "gradients.quiz.overflow.q": {
        "en": "Predict first: with ReLU, W_h = 2·I (the identity start scaled by 2), {units} units, {input} input and 200 steps, what does ‖h_t‖ do? (Then press the ReLU overflow preset to see it.)",
        "ko": "먼저 예상해 보세요: ReLU, W_h = 2·I(단위 행렬 초기값에 2를 곱한 것), 유닛 {units}개, 입력 {input}, 200시점이면 ‖h_t‖는 어떻게 될까요? (그다음 ReLU 오버플로 버튼을 눌러 확인해 보세요.)",
    },
    "gradients.quiz.overflow.bounded": {
        "en": "It stays bounded, like tanh",
        "ko": "tanh처럼 유계입니다",
    },
    "gradients.quiz.overflow.grows": {
        "en": "It grows large but stays finite",
        "ko": "크게 자라지만 유한합니다",
    },
    "gradients.quiz.overflow.overflow": {
        "en": "It overflows float32 to ∞",
        "ko": "float32 범위를 넘어 ∞가 됩니다",
    },
    "gradients.quiz.regime.q": {
        "en": "At the current gain g = {gain}, what does the Pascanu bound say about sigmoid's gradient?",
        "ko": "지금 배율 g = {gain}에서 Pascanu 상한은 sigmoid의 기울기에 대해 무엇을 말할까요?",
    },
    "gradients.quiz.regime.why": {
        "en": "For sigmoid γ = 1/4, so σ_max·γ = g/4 = {factor}, which stays below 1 on this page (g ≤ 2): the bound guarantees that sigmoid's gradient through W_h vanishes. The guarantee needs σ_max(W_h) < 4; a W_h stretched beyond 4 (training can do that) takes it away.",
        "ko": "sigmoid는 γ = 1/4이므로 σ_max·γ = g/4 = {factor}입니다. g가 2 이하인 이 페이지에서는 언제나 1보다 작으므로, 상한에 따라 W_h를 거치는 sigmoid의 기울기는 반드시 소실됩니다. 이 보장은 σ_max(W_h) < 4일 때만 성립하며, 학습으로 σ_max(W_h)가 4를 넘으면 더는 보장되지 않습니다.",
    },
    "gradients.quiz.clipping.q": {
        "en": "The gradient reaching step 1 is 10⁻⁸ of the one reaching step T. You switch on clipnorm. What happens to that ratio?",
        "ko": "1번 시점에 닿는 기울기가 T번 시점의 10⁻⁸입니다. clipnorm을 켜면 이 비율은 어떻게 될까요?",
    },
    "gradients.quiz.clipping.same": {
        "en": "It stays 10⁻⁸",
        "ko": "그대로 10⁻⁸입니다",
    },
    "gradients.quiz.clipping.restored": {
        "en": "It moves towards 1",
        "ko": "1에 가까워집니다",
    },
    "gradients.quiz.clipping.zero": {
        "en": "It becomes exactly 0",
        "ko": "정확히 0이 됩니다",
    },
    "gradients.quiz.clipping.why": {
        "en": "clipnorm acts on each weight's gradient after backpropagation has finished. The gradients reaching each step are computed before it and never touched, so the ratio stays 10⁻⁸; and rescaling a weight's gradient scales every step's contribution to it by the same number. See the table in section 5.",
        "ko": "clipnorm은 역전파가 끝난 뒤 가중치마다 기울기를 조정합니다. 각 시점에 닿는 기울기는 그 전에 계산되고 건드려지지 않으므로 비율은 그대로 10⁻⁸입니다. 또 가중치 기울기의 크기를 바꾸면 그 안에 든 모든 시점의 기여가 같은 수만큼 바뀝니다. 5번 항목의 표를 보세요.",
    },
    "gradients.axis.state_norm": {
        "en": "‖h_t‖",
        "ko": "‖h_t‖",
    },
    "gradients.axis.state_gradient": {
        "en": "‖∂h_T/∂h_t‖",
        "ko": "‖∂h_T/∂h_t‖",
    },
    "gradients.axis.input_gradient": {
        "en": "|∂L/∂x_t|",
        "ko": "|∂L/∂x_t|",
    },
    "gradients.axis.log_gradient": {
        "en": "log₁₀ ‖∂L/∂x_t‖",
        "ko": "log₁₀ ‖∂L/∂x_t‖",
    },
    "gradients.axis.activation": {
        "en": "activation",
        "ko": "활성화 함수",
    },
    "gradients.axis.series": {
        "en": "line",
        "ko": "선",
    },
    "gradients.axis.value": {
        "en": "value",
        "ko": "값",
    },
    "gradients.axis.model": {
        "en": "model",
        "ko": "모델",
    },
    "gradients.axis.source": {
        "en": "source",
        "ko": "출처",
    },
    "gradients.axis.worst": {
        "en": "worst seed's error",
        "ko": "가장 나쁜 시드의 오차",
    },
    "gradients.axis.clipping": {
        "en": "clipping",
        "ko": "클리핑",
    },
    "gradients.long_term.held": {
        "en": "{model}: up to lag {lag}.",
        "ko": "{model}: 시차 {lag}까지.",
    },
    "gradients.long_term.held_all": {
        "en": "{model}: every lag tested (up to {lag}).",
        "ko": "{model}: 시험한 모든 시차(최대 {lag}).",
    },
    "gradients.long_term.held_none": {
        "en": "{model}: not even lag {lag}.",
        "ko": "{model}: 시차 {lag}도 버티지 못합니다.",
    },
    "gradients.long_term.default_worse": {
        "en": "On this budget the LSTM with Keras's default gates did worse than the tanh SimpleRNN (lag {lstm_default} against {simplernn}): the additive cell state carries the gradient only while the forget gate stays open, and the default start (f ≈ 0.73) does not hold it open.",
        "ko": "이 학습량에서는 Keras 기본 게이트를 쓴 LSTM이 tanh SimpleRNN보다 못했습니다(시차 {lstm_default} 대 {simplernn}). 더하기로 이어지는 셀 상태가 기울기를 전하는 것은 망각 게이트가 열려 있는 동안뿐인데, 기본 초기값(f ≈ 0.73)으로는 게이트가 충분히 열려 있지 않습니다.",
    },
    "gradients.col.model": {
        "en": "Model",
        "ko": "모델",
    },
    "gradients.col.lag": {
        "en": "Lag",
        "ko": "시차",
    },
    "gradients.col.units": {
        "en": "Units",
        "ko": "유닛 수",
    },
    "gradients.col.seed": {
        "en": "Seed",
        "ko": "시드",
    },
    "gradients.col.error": {
        "en": "Error ÷ variance",
        "ko": "오차 ÷ 분산",
    },
    "gradients.clipping.not_learned": {
        "en": "But clipping only stopped the NaN; it did not make the network learn: guessing the mean scores about {chance}, and neither clipped run ends below half of that.",
        "ko": "다만 클리핑은 NaN을 막았을 뿐 신경망이 배우게 하지는 못했습니다. 평균으로 추측하면 약 {chance}인데, 클리핑한 두 실행 모두 그 절반 아래로 내려가지 못했습니다.",
    },
    "gradients.clipping.learned": {
        "en": "{option} ended below half of guessing the mean (about {chance}), so there the network did learn something.",
        "ko": "{option} 쪽은 평균으로 추측할 때(약 {chance})의 절반 아래로 끝났으므로, 이 경우 신경망이 무언가를 배웠습니다.",
    },
    "gradients.quiz.overflow.why.overflow": {
        "en": "Wherever a unit is on, ReLU passes 2·h on unchanged, plus the input's share, so those units roughly double every step; 2¹²⁸ ≈ 3.4 × 10³⁸ is float32's largest number. Here ‖h_t‖ first became ∞ at step {step}.",
        "ko": "켜진 유닛에서 ReLU는 2·h에 입력의 몫을 더한 값을 그대로 통과시키므로, 그 유닛들은 매 시점 대략 두 배가 됩니다. float32의 최댓값은 2¹²⁸ ≈ 3.4 × 10³⁸입니다. 여기서는 {step}시점에서 ‖h_t‖가 처음 ∞가 되었습니다.",
    },
    "gradients.quiz.overflow.why.grows": {
        "en": "Units that stay on double at every step, but here they do not stay on long enough: within 200 steps ‖h_t‖ peaks at {peak}, large yet far below float32's limit (≈ 3.4 × 10³⁸).",
        "ko": "켜진 유닛은 매 시점 두 배가 되지만, 여기서는 유닛이 오래 켜져 있지 않습니다. 200시점 안에서 ‖h_t‖의 최댓값은 {peak}입니다. 크지만 float32의 한계(약 3.4 × 10³⁸)에는 한참 못 미칩니다.",
    },
    "gradients.quiz.overflow.why.off": {
        "en": "With W_h = 2·I each unit feeds only itself. Here ReLU had cut every unit to exactly 0 by step {step} (their pre-activations were negative), and this input never pushes them back above 0, so 2·0 = 0 from then on: ‖h_t‖ never passes {peak}.",
        "ko": "W_h = 2·I이면 각 유닛은 자기 자신에게만 되먹입니다. 여기서는 {step}시점까지 ReLU가 모든 유닛을 정확히 0으로 만들었고(활성화 전 값이 음수였기 때문입니다), 이 입력은 유닛을 다시 0 위로 올리지 못하므로 그 뒤로는 2·0 = 0입니다. ‖h_t‖는 {peak}보다 커지지 않습니다.",
    },
    "gradients.quiz.overflow.why.bounded": {
        "en": "Units double only while they are on; here ReLU switches them off often enough that within 200 steps ‖h_t‖ never passes {peak}.",
        "ko": "유닛은 켜져 있는 동안에만 두 배가 됩니다. 여기서는 ReLU가 유닛을 자주 꺼서 200시점 안에 ‖h_t‖가 {peak}보다 커지지 않습니다.",
    },
    "gradients.clipping.still_nan": {
        "en": "{option} still diverged: each update was bounded, but at this learning rate bounded updates can still add up.",
        "ko": "{option} 쪽은 그래도 발산했습니다. 갱신마다 크기는 제한되었지만, 이 학습률에서는 제한된 갱신도 쌓이면 발산할 수 있습니다.",
    },
}
