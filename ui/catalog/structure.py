"""Strings of the structure page."""

TEXT = {
    "structure.intro": {
        "en": (
            "An RNN reads a sequence one value at a time and feeds each output back into itself. Below, a real Keras "
            "layer (`SimpleRNN`, `LSTM` or `GRU`, as chosen) built with a fixed seed does the computing, and the page "
            "redoes every step in NumPy from the layer's own weights, so you can see exactly which numbers the layer multiplies and adds."
        ),
        "ko": (
            "RNN은 시퀀스를 한 값씩 읽으면서 매번 자신의 출력을 다시 자기 입력으로 돌려받습니다. 아래에서는 고정된 시드로 만든 "
            "실제 Keras 레이어(고른 대로 `SimpleRNN`, `LSTM`, `GRU`)가 계산을 하고, 이 페이지는 그 레이어의 가중치를 꺼내 "
            "NumPy로 모든 시점을 다시 계산합니다. 레이어가 어떤 숫자를 곱하고 더하는지 그대로 확인할 수 있습니다."
        ),
    },
    "structure.seq": {"en": "Input sequence x₁, x₂, …", "ko": "입력 시퀀스 x₁, x₂, …"},
    "structure.seq_help": {
        "en": "Numbers separated by commas: 3 to 100 values, each between -100 and 100.",
        "ko": "쉼표로 구분한 숫자 3~100개를 넣습니다. 각 값은 -100에서 100 사이여야 합니다.",
    },
    "structure.activation": {"en": "Activation f", "ko": "활성화 함수 f"},
    "structure.units": {"en": "Units", "ko": "유닛 수"},
    "structure.seed": {"en": "Seed", "ko": "시드"},
    "structure.step": {
        "en": "Time step t (1 to {length})",
        "ko": "시점 t (1~{length})",
    },
    "structure.unit": {"en": "unit", "ko": "유닛"},
    "structure.time_step": {
        "en": "time step t",
        "ko": "시점 t",
    },
    # The folded cell and the unrolled chain.
    "structure.diagram.title": {"en": "One cell, folded and unrolled", "ko": "하나의 셀: 접은 모습과 펼친 모습"},
    "structure.diagram.notice": {
        "en": "Both drawings are the same network. The unrolled chain draws one copy of the cell per step ({length} steps; in a long chain the steps far from the chosen one are left out and marked …), and every copy uses the same W_x, W_h and b. The highlighted cell is the step chosen on the slider.",
        "ko": "두 그림은 같은 신경망입니다. 펼친 사슬은 시점마다 셀을 하나씩 그립니다({length}시점이며, 사슬이 길면 고른 시점에서 먼 시점은 …로 줄여 그립니다). 모든 셀은 같은 W_x, W_h, b를 씁니다. 색칠된 셀이 슬라이더로 고른 시점입니다.",
    },
    # The step-through.
    "structure.step.title": {
        "en": "Step t = {step} of {length}, number by number",
        "ko": "{length}시점 중 t = {step}: 숫자 하나하나 보기",
    },
    "structure.step.x": {
        "en": "At this step the cell reads the input $x_{{{step}}} = {x}$ and its own previous output $h_{{{previous}}}$. One column per unit: reading down, the three parts are added into the pre-activation $z_{{{step}}}$, and the activation turns it into $h_{{{step}}} = f(z_{{{step}}})$.",
        "ko": "이 시점에서 셀은 입력 $x_{{{step}}} = {x}$ 하나와 자신의 이전 출력 $h_{{{previous}}}$를 함께 읽습니다. 한 열이 유닛 하나입니다. 위에서 아래로 읽으면, 세 항을 더한 값이 활성화 전 값 $z_{{{step}}}$이고, 활성화 함수가 이를 $h_{{{step}}} = f(z_{{{step}}})$로 바꿉니다.",
    },
    "structure.col.h_prev": {"en": "hₜ₋₁", "ko": "hₜ₋₁"},
    "structure.col.input_part": {"en": "xₜ·Wₓ", "ko": "xₜ·Wₓ"},
    "structure.col.recurrent_part": {"en": "hₜ₋₁·Wₕ", "ko": "hₜ₋₁·Wₕ"},
    "structure.col.bias": {"en": "b", "ko": "b"},
    "structure.col.pre_activation": {"en": "zₜ", "ko": "zₜ"},
    "structure.col.h": {"en": "hₜ = f(zₜ)", "ko": "hₜ = f(zₜ)"},
    "structure.difference": {"en": "Largest |NumPy h_T − Keras h_T|", "ko": "|NumPy h_T − Keras h_T|의 최댓값"},
    "structure.difference_help": {
        "en": "h_T from the NumPy pass above against the final state the Keras layer returns for the whole sequence. NumPy works in float64 and Keras in float32, whose rounding error is about 10⁻⁷ of the size of a value: with values near 1 the gap is around 1e-7, with inputs in the tens (and ReLU) it can reach 1e-5. A gap of that order is rounding, not a different formula.",
        "ko": "위의 NumPy 계산으로 얻은 h_T와, 같은 시퀀스를 Keras 레이어에 넣었을 때 돌려받은 마지막 상태를 비교한 값입니다. NumPy는 float64, Keras는 float32로 계산하는데 float32의 반올림 오차는 값 크기의 약 10⁻⁷배입니다. 값이 1 안팎이면 차이는 1e-7 정도이고, 입력이 수십이면(특히 ReLU) 1e-5까지 커질 수 있습니다. 그 정도 차이는 반올림 오차이지 공식이 다르다는 뜻이 아닙니다.",
    },
    "structure.step.notice.tanh": {
        "en": "In every column the three middle rows add up to zₜ, and tanh maps zₜ into (-1, 1). Near zero tanh(z) ≈ z, so small values pass through almost unchanged.",
        "ko": "각 열에서 가운데 세 행을 더하면 zₜ가 되고, tanh는 zₜ를 (-1, 1) 범위의 값으로 바꿉니다. 0 근처에서는 tanh(z) ≈ z이므로 작은 값은 거의 그대로 통과합니다.",
    },
    "structure.step.notice.relu": {
        "en": "In every column the three middle rows add up to zₜ. ReLU keeps a positive zₜ as it is and turns a negative one into exactly 0; nothing caps large values, which is why feedback can make ReLU states grow.",
        "ko": "각 열에서 가운데 세 행을 더하면 zₜ가 됩니다. ReLU는 양수 zₜ는 그대로 두고 음수는 정확히 0으로 만듭니다. 큰 값을 막는 상한이 없어서, 되먹임을 거치며 ReLU의 상태가 계속 커질 수 있습니다.",
    },
    "structure.step.notice.sigmoid": {
        "en": "In every column the three middle rows add up to zₜ, and sigmoid maps zₜ into (0, 1). zₜ = 0 gives exactly 0.5: with an all-zero input (and b = 0) every unit of h₁ is 0.5. From step 2 on that 0.5 is fed back through W_h, so later hₜ are in general no longer 0.5.",
        "ko": "각 열에서 가운데 세 행을 더하면 zₜ가 되고, sigmoid는 zₜ를 (0, 1) 범위의 값으로 바꿉니다. zₜ = 0이면 정확히 0.5이므로, 입력이 모두 0이면(b = 0) h₁은 모든 유닛에서 0.5입니다. 2시점부터는 이 0.5가 W_h를 거쳐 되먹여지므로, 그 뒤의 hₜ는 대개 0.5가 아닙니다.",
    },
    "structure.bars.notice": {
        "en": "Per unit: grey is hₜ₋₁, handed over by the previous step; orange is the sum zₜ; purple is hₜ, what leaves after f.",
        "ko": "유닛마다 회색은 이전 시점이 넘겨준 hₜ₋₁, 주황색은 합 zₜ, 보라색은 f를 거쳐 나가는 hₜ입니다.",
    },
    "structure.paths.notice": {
        "en": "Each line is one unit's hₜ, drawn from t = 1 (before it, h₀ = 0). Through the feedback loop each hₜ can carry something of every earlier input. The dashed line marks the step shown above.",
        "ko": "선 하나가 유닛 하나의 hₜ이며 t = 1부터 그렸습니다(그 앞의 h₀는 0입니다). 되먹임 고리를 거치므로 각 hₜ에는 앞선 모든 입력의 흔적이 담길 수 있습니다. 점선은 위에서 보고 있는 시점입니다.",
    },
    "structure.weights.title": {
        "en": "The layer's weights W_x, W_h and b ({units} units)",
        "ko": "레이어의 가중치 W_x, W_h, b (유닛 {units}개)",
    },
    "structure.weights.notice": {
        "en": "b is all zeros because Keras starts biases at zero, and W_h starts as an orthogonal matrix; training would move both. The seed fixes these values, so the same seed always gives the same layer.",
        "ko": "Keras는 편향을 0으로 초기화하므로 b는 모두 0이고, W_h는 직교 행렬로 시작합니다. 학습하면 둘 다 바뀝니다. 시드가 이 값들을 정하므로 같은 시드는 언제나 같은 레이어를 만듭니다.",
    },
    # Quizzes.
    "structure.quiz.initial.q": {
        "en": "Before the first step there is no previous output. What does the layer use as h₀?",
        "ko": "첫 시점 전에는 이전 출력이 없습니다. 레이어는 h₀로 무엇을 쓸까요?",
    },
    "structure.quiz.initial.zeros": {"en": "A vector of zeros", "ko": "0으로 채운 벡터"},
    "structure.quiz.initial.random": {"en": "Random numbers fixed by the seed", "ko": "시드로 정해진 난수"},
    "structure.quiz.initial.x1": {"en": "A copy of x₁", "ko": "x₁을 복사한 값"},
    "structure.quiz.initial.why": {
        "en": "Unless you pass an `initial_state`, Keras starts every sequence from h₀ = 0. Move the slider to step 1: the hₜ₋₁ column is all zeros, so h₁ = f(x₁·W_x + b).",
        "ko": "`initial_state`를 따로 넘기지 않으면 Keras는 모든 시퀀스를 h₀ = 0에서 시작합니다. 슬라이더를 1시점으로 옮겨 보세요. hₜ₋₁ 열이 모두 0이므로 h₁ = f(x₁·W_x + b)입니다.",
    },
    "structure.quiz.range.q": {
        "en": "With f = {activation}, in which range must every value of hₜ lie?",
        "ko": "f = {activation}일 때 hₜ의 값은 모두 어느 범위 안에 있어야 할까요?",
    },
    "structure.quiz.range.why": {
        "en": "tanh gives (-1, 1), sigmoid (0, 1) and ReLU [0, ∞). In the current table h runs from {low} to {high}. The table rounds to four decimals, so a value shown as ±1.0000 only looks like the edge; with a very large |z| even the floating-point number itself rounds onto it, which the exact function never reaches.",
        "ko": "tanh는 (-1, 1), sigmoid는 (0, 1), ReLU는 [0, ∞)입니다. 지금 표에서 h는 {low}부터 {high}까지입니다. 표는 소수 넷째 자리에서 반올림하므로 ±1.0000으로 보이는 값도 경계처럼 보일 뿐입니다. |z|가 아주 크면 부동소수점 수 자체가 경계값으로 반올림되기도 하지만, 함수의 정확한 값은 경계에 닿지 않습니다.",
    },
    "structure.quiz.translation.q": {
        "en": "A translator reads a 5-word Korean sentence and writes a 7-word English one. Which mode fits?",
        "ko": "번역기가 다섯 단어로 된 한국어 문장을 읽고 일곱 단어로 된 영어 문장을 씁니다. 어떤 방식이 맞을까요?",
    },
    "structure.quiz.translation.why": {
        "en": "The notes call translation many-to-many (n:m, with n ≠ m). This page's “Many-to-many” tab is only the aligned case n = m, one output per input step, so the tab that fits is the encoder–decoder: the lengths differ, and the first English word can depend on the last Korean one, so the whole sentence is read first (encoder) and the translation is written from its final state (decoder).",
        "ko": "노트에서는 번역을 다대다(n:m, n ≠ m)라고 부릅니다. 이 페이지의 ‘다대다’ 탭은 입력 시점마다 출력이 하나씩 나오는 n = m인 경우만 보여 주므로, 맞는 탭은 인코더–디코더입니다. 입력과 출력의 길이가 다르고 영어 첫 단어가 한국어 마지막 단어에 따라 달라질 수 있어서, 문장 전체를 먼저 읽고(인코더) 그 마지막 상태에서 번역을 써 나갑니다(디코더).",
    },
    # Input length is free.
    "structure.lengths.title": {"en": "The input length is free", "ko": "입력 길이에는 제한이 없습니다"},
    "structure.lengths.intro": {
        "en": "The same layer, with the same weights, reads your sequence cut or extended to 3, 5 and 10 values. A short sequence is continued with its last difference (0.0, 0.1, 0.2 becomes 0.0, 0.1, …, 0.9).",
        "ko": "같은 레이어가 같은 가중치로, 입력 시퀀스를 값 3개, 5개, 10개로 자르거나 늘려서 읽습니다. 짧은 시퀀스는 마지막 두 값의 차이만큼씩 이어 붙입니다(0.0, 0.1, 0.2는 0.0, 0.1, …, 0.9가 됩니다).",
    },
    "structure.lengths.length": {"en": "Length T", "ko": "길이 T"},
    "structure.lengths.input_shape": {
        "en": "Input shape",
        "ko": "입력 형태",
    },
    # Chart words (the step bars and the paths of h_t).
    "structure.chart.value": {"en": "value", "ko": "값"},
    "structure.chart.quantity": {"en": "quantity", "ko": "구분"},
    "structure.chart.h": {"en": "hₜ", "ko": "hₜ"},
    "structure.lengths.all_states_shape": {"en": "All hₜ (return_sequences)", "ko": "모든 hₜ (return_sequences)"},
    "structure.lengths.final_state_shape": {"en": "Last h_T (return_state)", "ko": "마지막 h_T (return_state)"},
    "structure.lengths.parameters": {"en": "Parameters", "ko": "파라미터 수"},
    "structure.lengths.max_difference": {"en": "Largest |NumPy − Keras|", "ko": "|NumPy − Keras| 최댓값"},
    "structure.lengths.notice": {
        "en": "Only the time axis changes. h_T keeps the shape (1, {units}) and the layer keeps its {parameters} parameters at every length, because one cell is reused at each step instead of one weight per position.",
        "ko": "바뀌는 것은 시간 축뿐입니다. 길이가 달라도 h_T의 형태는 (1, {units}), 파라미터는 {parameters}개 그대로입니다. 위치마다 가중치를 따로 두지 않고 하나의 셀을 매 시점 다시 쓰기 때문입니다.",
    },
    # Sequence modes.
    "structure.modes.title": {"en": "Sequence modes", "ko": "시퀀스 입출력 방식"},
    "structure.modes.intro": {
        "en": "How many steps go in and how many come out depends on how the layer is wired. Each tab builds its model in Keras when the page loads and reads the shapes back from it.",
        "ko": "몇 시점을 넣고 몇 시점을 꺼낼지는 레이어를 어떻게 연결하느냐에 달려 있습니다. 각 탭의 모델은 페이지가 열릴 때 Keras로 실제로 만들고, 형태도 그 모델에서 읽어 옵니다.",
    },
    "structure.mode.one_to_one": {"en": "One-to-one", "ko": "일대일"},
    "structure.mode.one_to_many": {"en": "One-to-many", "ko": "일대다"},
    "structure.mode.many_to_one": {"en": "Many-to-one", "ko": "다대일"},
    "structure.mode.many_to_many": {"en": "Many-to-many", "ko": "다대다"},
    "structure.mode.encoder_decoder": {"en": "Encoder–decoder", "ko": "인코더–디코더"},
    "structure.mode.encoder": {"en": "encoder", "ko": "인코더"},
    "structure.mode.decoder": {"en": "decoder", "ko": "디코더"},
    "structure.mode.shapes": {
        "en": (
            "**Read from the built model**\n\n"
            "- `model.inputs`: {model_input}\n"
            "- `model.output_shape`: {model_output}\n"
            "- a sample batch {batch_input} → {batch_output}\n"
            "- parameters: {parameters}"
        ),
        "ko": (
            "**만든 모델에서 읽은 값**\n\n"
            "- `model.inputs`: {model_input}\n"
            "- `model.output_shape`: {model_output}\n"
            "- 예시 배치 {batch_input} → {batch_output}\n"
            "- 파라미터 수: {parameters}"
        ),
    },
    "structure.mode.one_to_one.about": {
        "en": "One input, one output: really an ordinary feed-forward network. It is the baseline the other modes extend.",
        "ko": "입력 하나, 출력 하나입니다. 사실상 평범한 순방향 신경망이며, 나머지 방식의 출발점입니다.",
    },
    "structure.mode.one_to_many.about": {
        "en": "One input, a sequence out: for example, a caption for one image, or a melody continued from one note. Here `RepeatVector` hands the same x to the cell at every step (the dashed arrows).",
        "ko": "입력 하나에서 시퀀스가 나옵니다. 이미지 한 장으로 설명 문장을 만들거나, 음 하나에서 멜로디를 이어 가는 경우입니다. 여기서는 `RepeatVector`가 같은 x를 매 시점 셀에 넣어 줍니다(점선 화살표).",
    },
    "structure.mode.many_to_one.about": {
        "en": "A sequence in, one output: the sentiment of a sentence, or the notes' task of reading 0.0, 0.1, 0.2 and predicting 0.3. With `return_sequences=False` only the last h reaches the Dense layer.",
        "ko": "시퀀스를 넣고 값 하나를 꺼냅니다. 문장의 감성 분석이나, 노트의 예제처럼 0.0, 0.1, 0.2를 읽고 0.3을 예측하는 일이 여기에 속합니다. `return_sequences=False`이면 마지막 h만 Dense 레이어로 갑니다.",
    },
    "structure.mode.many_to_many.about": {
        "en": "A sequence in, a sequence of the same length out (n = m): one answer per step, such as the part of speech of each word. With `return_sequences=True` every hₜ is kept. Translation, which the notes also call many-to-many (n:m), has different lengths: see the encoder–decoder tab.",
        "ko": "시퀀스를 넣고 같은 길이의 시퀀스를 꺼냅니다(n = m). 단어마다 품사를 붙이는 것처럼 시점마다 답이 하나씩 나옵니다. `return_sequences=True`이면 모든 hₜ가 남습니다. 노트에서 다대다(n:m)라고 부르는 번역은 길이가 달라서 인코더–디코더 탭에서 다룹니다.",
    },
    "structure.mode.encoder_decoder.about": {
        "en": "A sequence in, a sequence of another length out, as in machine translation (Papago, for one). The encoder reads the whole sentence into its last hidden state; `return_state=True` hands that state to the decoder as its starting h, and the decoder writes the translation one word at a time. In the snippet the source is 5 token ids and the decoder reads 4 target tokens. During training those are the correct previous words of the reference translation, not the decoder's own guesses (this is called teacher forcing). `Embedding` turns each id into 8 numbers, and the softmax gives a probability for each of 50 token ids.",
        "ko": "시퀀스를 넣고 길이가 다른 시퀀스를 꺼냅니다. 파파고 같은 기계 번역이 대표적입니다. 인코더가 문장 전체를 읽어 마지막 은닉 상태에 담고, `return_state=True`로 그 상태를 디코더의 시작 h로 넘기면, 디코더가 번역을 한 단어씩 써 나갑니다. 코드에서 원문은 토큰 id 5개이고, 디코더는 목표 문장의 토큰 4개를 읽습니다. 학습할 때는 디코더가 스스로 만든 단어 대신 정답 번역의 바로 앞 단어들을 넣어 주는데, 이를 교사 강요라고 합니다. `Embedding`은 id마다 숫자 8개짜리 벡터를 만들고, softmax는 토큰 id 50개 각각의 확률을 냅니다.",
    },
    "structure.mode.one_to_one.notice": {
        "en": "The input still has a time axis, of length 1: with a single step, W_h only ever multiplies h₀ = 0.",
        "ko": "입력에도 길이 1짜리 시간 축이 있습니다. 시점이 하나뿐이라 W_h는 h₀ = 0에만 곱해집니다.",
    },
    "structure.mode.one_to_many.notice": {
        "en": "The input (batch, 1) has no time axis; RepeatVector adds one of length 4, so 4 steps come out.",
        "ko": "입력 `(batch, 1)`에는 시간 축이 없습니다. `RepeatVector`가 길이 4인 시간 축을 만들어서 4시점이 출력됩니다.",
    },
    "structure.mode.many_to_one.notice": {
        "en": "The time axis disappears: (batch, 3, 1) becomes (batch, 1), because only h₃ goes on to Dense.",
        "ko": "시간 축이 사라집니다. h₃만 Dense로 넘어가기 때문에 `(batch, 3, 1)`이 `(batch, 1)`이 됩니다.",
    },
    "structure.mode.many_to_many.notice": {
        "en": "The time axis survives: Dense is applied to each hₜ on its own, so 4 steps in give 4 steps out.",
        "ko": "시간 축이 그대로 남습니다. Dense가 각 hₜ에 따로 적용되어 4시점을 넣으면 4시점이 나옵니다.",
    },
    "structure.mode.encoder_decoder.notice": {
        "en": "The two inputs have different lengths (5 and 4), and each target step gets a probability for each of the 50 token ids: the output length does not have to match the input's.",
        "ko": "두 입력의 길이가 5와 4로 다르고, 목표 문장의 시점마다 토큰 id 50개 각각의 확률이 나옵니다. 출력 길이가 입력 길이와 같을 필요가 없습니다.",
    },
}
