"""Strings of the parameters page."""

TEXT = {
    "parameters.title": {"en": "Parameters and shapes", "ko": "파라미터와 형태"},
    "parameters.intro": {
        "en": "Pick a recurrent layer and its settings. A real Keras model is built on the spot, and every number below is read from it: the parameter counts, the weight shapes, and the tensors the layer returns.",
        "ko": "순환 레이어와 설정을 고르세요. 그 자리에서 실제 Keras 모델을 만들고, 아래의 모든 숫자(파라미터 수, 가중치 형태, 레이어가 돌려주는 텐서)를 그 모델에서 직접 읽어 옵니다.",
    },
    # Controls
    "parameters.cell": {"en": "Recurrent layer", "ko": "순환 레이어"},
    "parameters.units": {"en": "`units` (u)", "ko": "`units` (u)"},
    "parameters.units.help": {
        "en": "Units (neurons) in the layer, which is also the size of its state vector.",
        "ko": "레이어의 유닛(뉴런) 수이자 은닉 상태 벡터의 크기입니다.",
    },
    "parameters.features": {"en": "Input features (d)", "ko": "입력 특성 수 (d)"},
    "parameters.features.help": {
        "en": "How many numbers enter at each time step: 1 for the notes' single series.",
        "ko": "시점마다 들어가는 숫자의 개수입니다. 노트처럼 수열 하나면 1입니다.",
    },
    "parameters.timesteps": {
        "en": "Time steps",
        "ko": "시점 수",
    },
    "parameters.timesteps.help": {
        "en": "Length of each input window, e.g. 3 for [0.0, 0.1, 0.2].",
        "ko": "입력 윈도 하나의 길이입니다. 예를 들어 [0.0, 0.1, 0.2]라면 3입니다.",
    },
    "parameters.return_sequences": {"en": "`return_sequences`", "ko": "`return_sequences`"},
    "parameters.return_sequences.help": {
        "en": "On: the output of every time step. Off: only the last one.",
        "ko": "켜면 모든 시점의 출력을, 끄면 마지막 시점의 출력 하나만 돌려줍니다.",
    },
    "parameters.return_state": {"en": "`return_state`", "ko": "`return_state`"},
    "parameters.return_state.help": {
        "en": "Also return the final state as extra tensors: h for SimpleRNN and GRU; h and the cell state c for LSTM.",
        "ko": "마지막 상태도 별도 텐서로 함께 돌려줍니다. SimpleRNN과 GRU는 은닉 상태 h, LSTM은 h와 셀 상태 c입니다.",
    },
    "parameters.activation": {"en": "Activation", "ko": "활성화 함수"},
    "parameters.activation.help": {
        "en": "SimpleRNN: the activation of the state. LSTM: used on the candidate and again on the cell state before the output gate (h = o · activation(c)), so with ReLU h has no bound. GRU: the candidate's activation. The gates keep sigmoid.",
        "ko": "SimpleRNN에서는 상태에 쓰는 활성화 함수입니다. LSTM에서는 후보 값에 쓰이고, 출력 직전 셀 상태에도 한 번 더 쓰입니다(h = o · activation(c)). 그래서 ReLU를 고르면 h에 상한이 없습니다. GRU에서는 후보 값에 쓰입니다. 게이트는 모두 그대로 sigmoid를 씁니다.",
    },
    "parameters.dense": {
        "en": "Dense(1) head on top",
        "ko": "위에 Dense(1) 출력 레이어 두기",
    },
    "parameters.preset.example1": {"en": "Notes example 1", "ko": "노트 예제 1"},
    "parameters.preset.example2": {"en": "Notes example 2", "ko": "노트 예제 2"},
    "parameters.preset.help.example1": {
        "en": "SimpleRNN(units=10) on 4 time steps × 1 feature, then Dense(1)",
        "ko": "SimpleRNN(units=10), 4시점 × 특성 1개, 그 위에 Dense(1)",
    },
    "parameters.preset.help.example2": {
        "en": "SimpleRNN(units=20) on 3 time steps × 1 feature, then Dense(1): 440 + 21 = 461",
        "ko": "SimpleRNN(units=20), 3시점 × 특성 1개, 그 위에 Dense(1): 440 + 21 = 461",
    },
    "parameters.presets": {"en": "Models from the study notes", "ko": "학습 노트의 모델"},
    # Summary
    "parameters.summary.header": {"en": "Model summary", "ko": "모델 요약"},
    "parameters.metric.recurrent": {"en": "{layer} parameters", "ko": "{layer} 파라미터"},
    "parameters.metric.head": {"en": "Dense(1) parameters", "ko": "Dense(1) 파라미터"},
    "parameters.metric.total": {"en": "Total", "ko": "합계"},
    "parameters.summary.total_row": {"en": "Total", "ko": "합계"},
    "parameters.notice.summary": {
        "en": "The same table `model.summary()` prints. `None` is the batch size, left open. {head}",
        "ko": "`model.summary()`가 출력하는 표와 같습니다. `None`은 정해지지 않은 배치 크기입니다. {head}",
    },
    "parameters.notice.summary.no_head": {
        "en": "With the Dense(1) head off, the model ends at {cell}: its output is the model's output, and the total is {cell}'s count alone.",
        "ko": "Dense(1) 출력 레이어가 꺼져 있으므로 모델은 {cell}에서 끝납니다. {cell}의 출력이 곧 모델의 출력이고, 합계는 {cell}의 파라미터 수 그대로입니다.",
    },
    "parameters.notice.summary.head_last": {
        "en": "Dense(1) reads only the last step's output (u values) and has u + 1 = {head} parameters. Turn `return_sequences` on and it is applied at every time step, yet its count stays u + 1.",
        "ko": "Dense(1)은 마지막 시점의 출력(값 u개)만 읽고 파라미터는 u + 1 = {head}개입니다. `return_sequences`를 켜면 Dense(1)이 시점마다 적용되지만 파라미터는 여전히 u + 1개입니다.",
    },
    "parameters.notice.summary.head_sequences": {
        "en": "With `return_sequences` on, Dense(1) is applied at every time step, yet its count stays u + 1 = {head}: the same weights serve every step.",
        "ko": "`return_sequences`가 켜져 있어 Dense(1)이 시점마다 적용되지만 파라미터는 여전히 u + 1 = {head}개입니다. 모든 시점이 같은 가중치를 쓰기 때문입니다.",
    },
    # Column labels
    "parameters.col.layer": {"en": "Layer", "ko": "레이어"},
    "parameters.col.type": {"en": "Type", "ko": "종류"},
    "parameters.col.output_shape": {"en": "Output shape", "ko": "출력 형태"},
    "parameters.col.params": {"en": "Parameters", "ko": "파라미터 수"},
    "parameters.col.weight": {"en": "Weight", "ko": "가중치"},
    "parameters.col.shape": {
        "en": "Shape",
        "ko": "형태",
    },
    "parameters.col.formula": {"en": "Formula", "ko": "공식"},
    "parameters.col.numbers": {
        "en": "With your numbers",
        "ko": "현재 값을 넣은 식",
    },
    "parameters.col.formula_count": {
        "en": "Formula gives",
        "ko": "공식으로 센 개수",
    },
    "parameters.col.keras_count": {
        "en": "Keras counts",
        "ko": "Keras가 센 개수",
    },
    "parameters.col.return_sequences": {"en": "return_sequences", "ko": "return_sequences"},
    "parameters.col.return_state": {"en": "return_state", "ko": "return_state"},
    "parameters.col.tensor": {"en": "Returned tensor", "ko": "반환 텐서"},
    "parameters.col.current": {"en": "Your settings", "ko": "현재 설정"},
    "parameters.col.check": {"en": "Check", "ko": "확인 항목"},
    "parameters.col.max_abs_difference": {"en": "Largest difference", "ko": "최대 차이"},
    "parameters.col.equal": {"en": "Equal", "ko": "같음"},
    # Where the parameters come from
    "parameters.where.header": {
        "en": "Where every parameter comes from",
        "ko": "파라미터가 나오는 곳",
    },
    "parameters.where.intro": {
        "en": "A recurrent layer owns three weights: `kernel` multiplies the input x_t, `recurrent_kernel` multiplies the previous state h_(t-1), and `bias` is added. LSTM keeps 4 copies side by side (three gates and a candidate), GRU 3 (two gates and a candidate), SimpleRNN 1. Here u = {units} and d = {features}. In the notes' SimpleRNN(20), the last 20 of the 440 are sometimes read as connections for each unit's output: they are the 20 biases, one per unit, and the output itself has no weights of its own.",
        "ko": "순환 레이어에는 가중치가 세 개 있습니다. `kernel`은 입력 x_t에, `recurrent_kernel`은 이전 상태 h_(t-1)에 곱해지고, `bias`는 더해집니다. LSTM은 4벌(게이트 셋과 후보 값), GRU는 3벌(게이트 둘과 후보 값), SimpleRNN은 1벌을 나란히 둡니다. 지금은 u = {units}, d = {features}입니다. 노트의 SimpleRNN(20)에서 440개 중 마지막 20개를 각 유닛의 출력 연결로 읽기 쉬운데, 이 20개는 유닛마다 하나씩 있는 편향입니다. 출력 자체에는 따로 가중치가 없습니다.",
    },
    "parameters.where.check": {
        "en": "Formula and model agree on every layer.",
        "ko": "모든 레이어에서 공식과 모델의 개수가 일치합니다.",
    },
    "parameters.where.mismatch": {
        "en": "The formula and the model disagree: please report this.",
        "ko": "공식과 모델의 개수가 다릅니다. 알려 주세요.",
    },
    "parameters.where.gru_note": {
        "en": "GRU in Keras defaults to `reset_after=True`, which keeps two bias vectors (one for the input, one for the recurrent part) for each of its three blocks, the two gates and the candidate: 3u(d + u) + 6u. With `reset_after=False`, as in the original paper, there is one per block: 3u(d + u + 1) = {count} (counted by a Keras GRU built that way).",
        "ko": "Keras의 GRU는 기본값 `reset_after=True`에서 세 블록(게이트 둘과 후보 값)마다 편향 벡터를 두 개(입력용, 순환용)씩 둡니다: 3u(d + u) + 6u. 원 논문처럼 `reset_after=False`로 만들면 블록마다 하나라서 3u(d + u + 1) = {count}개입니다(그렇게 만든 Keras GRU로 센 값).",
    },
    "parameters.notice.where": {
        "en": "Time steps never appear in a formula: the same weights are reused at every step. The u² term comes from `recurrent_kernel` (u × u for SimpleRNN, u × 4u for LSTM, u × 3u for GRU), so once u is much larger than d, doubling u roughly quadruples the count; while u is small next to d, it roughly doubles it.",
        "ko": "시점 수는 어떤 공식에도 나오지 않습니다. 모든 시점에서 같은 가중치를 다시 쓰기 때문입니다. u²항은 `recurrent_kernel`(SimpleRNN은 u × u, LSTM은 u × 4u, GRU는 u × 3u)에서 나오므로, u가 d보다 훨씬 크면 u를 두 배로 늘릴 때 개수가 약 네 배가 되고, u가 d에 비해 작으면 약 두 배가 됩니다.",
    },
    # Outputs
    "parameters.outputs.header": {"en": "What the layer returns", "ko": "레이어가 돌려주는 값"},
    "parameters.outputs.intro": {
        "en": "The same {cell}({units}) (same weights) built four ways and run on a sample batch of {batch} sequences ({timesteps} steps × {features} features). The shapes are those of the real tensors.",
        "ko": "가중치까지 똑같은 {cell}({units}) 레이어를 네 가지 방식으로 만들어 시퀀스 {batch}개짜리 샘플 배치({timesteps}시점 × 특성 {features}개)에 실행했습니다. 형태는 실제로 나온 텐서의 형태입니다.",
    },
    "parameters.check.final_output_is_last_step": {
        "en": "output of return_sequences=False vs. last step of the return_sequences=True output",
        "ko": "return_sequences=False의 출력 vs. return_sequences=True 출력의 마지막 시점",
    },
    "parameters.check.state_is_last_output": {
        "en": "returned state vs. last step of the output",
        "ko": "반환된 상태 vs. 출력의 마지막 시점",
    },
    "parameters.check.state_h_is_last_output": {
        "en": "returned state_h (h) vs. last step of the output",
        "ko": "반환된 state_h (h) vs. 출력의 마지막 시점",
    },
    "parameters.check.state_c_is_last_output": {
        "en": "returned state_c (c) vs. last step of the output",
        "ko": "반환된 state_c (c) vs. 출력의 마지막 시점",
    },
    "parameters.outputs.fact.state": {
        "en": "For SimpleRNN and GRU the returned state **is** the last output: `return_state` adds no new "
        "information, only a second handle on it (useful to start another RNN from it).",
        "ko": "SimpleRNN과 GRU가 돌려주는 상태는 마지막 출력과 **똑같습니다**. `return_state`는 새 정보를 "
        "더하지 않고 같은 값을 한 번 더 건네줄 뿐입니다 (다른 RNN의 초기 상태로 넘길 때 편리합니다).",
    },
    "parameters.outputs.fact.lstm": {
        "en": "LSTM returns three tensors: the output, h (equal to the last output) and c, the cell state. The output does not contain c directly: it only shows through the output gate, as h = o · activation(c).",
        "ko": "LSTM은 텐서 세 개를 돌려줍니다: 출력, h(마지막 출력과 같음), 그리고 셀 상태 c입니다. c는 출력에 그대로 나오지 않고 출력 게이트를 거쳐 h = o · activation(c)의 형태로만 드러납니다.",
    },
    "parameters.outputs.sequential.title": {
        "en": "`return_state=True` and a layer after it need the functional API",
        "ko": "`return_state=True` 뒤에 레이어를 두려면 함수형 API가 필요합니다",
    },
    "parameters.outputs.sequential.text": {
        "en": "The layer now returns a list of tensors. `Sequential([Input, {cell}(return_state=True)])` on its own still builds; the trouble starts when a later layer must take that list, because Sequential hands the whole list on. This is the error Keras 3 raises for `Sequential([Input, {cell}(return_state=True), Dense(1)])`:",
        "ko": "이제 레이어가 텐서 목록을 돌려줍니다. `Sequential([Input, {cell}(return_state=True)])`까지는 그대로 만들어집니다. 문제는 그 뒤 레이어가 이 목록을 받아야 할 때 생깁니다. Sequential은 목록을 통째로 다음 레이어에 넘기기 때문입니다. `Sequential([Input, {cell}(return_state=True), Dense(1)])`로 모델을 만들면 Keras 3는 이런 오류를 냅니다:",
    },
    "parameters.outputs.stacking.title": {
        "en": "Stacking needs `return_sequences=True` below",
        "ko": "레이어를 쌓으려면 아래 레이어에 `return_sequences=True`가 필요합니다",
    },
    "parameters.outputs.stacking.text": {
        "en": "A recurrent layer reads a sequence (3 axes). Without `return_sequences=True` the lower layer hands over only its last output (2 axes), and Keras 3 says:",
        "ko": "순환 레이어는 시퀀스(축 3개)를 읽습니다. 아래 레이어에 `return_sequences=True`가 없으면 마지막 출력(축 2개)만 넘어가서 Keras 3는 이렇게 알립니다:",
    },
    "parameters.outputs.stacking.ok": {
        "en": "With `return_sequences=True` on the lower layer the stack builds, and its output shape is {shape}.",
        "ko": "아래 레이어에 `return_sequences=True`를 주면 문제없이 쌓이고, 출력 형태는 {shape}입니다.",
    },
    "parameters.outputs.no_error": {
        "en": "This version of Keras built it without an error.",
        "ko": "이 버전의 Keras에서는 오류 없이 만들어졌습니다.",
    },
    "parameters.notice.outputs": {
        "en": "`return_sequences` adds the time axis; `return_state` adds tensors. Neither changes the parameter count.",
        "ko": "`return_sequences`는 시간 축을 더하고 `return_state`는 텐서를 더합니다. 둘 다 파라미터 수는 "
        "바꾸지 않습니다.",
    },
    # Code
    "parameters.code.header": {"en": "The Keras 3 code", "ko": "Keras 3 코드"},
    "parameters.code.sequential": {
        "en": "A Sequential model is enough here. Copy the code with the button in its corner.",
        "ko": "여기서는 Sequential 모델로 충분합니다. 오른쪽 위 버튼으로 코드를 복사하세요.",
    },
    "parameters.code.functional": {
        "en": "`return_state=True` returns several tensors; the functional API names each one so the next layer takes the one it needs, so this model uses it. Copy the code with the button in its corner.",
        "ko": "`return_state=True`는 텐서를 여러 개 돌려줍니다. 함수형 API에서는 각 텐서에 이름을 붙여 다음 레이어가 필요한 것만 받게 할 수 있으므로, 이 모델은 함수형 API를 씁니다. 오른쪽 위 버튼으로 코드를 복사하세요.",
    },
    "parameters.code.functional_no_head": {
        "en": "`return_state=True` returns several tensors; the functional API names each one, and this model returns them all as its outputs. Copy the code with the button in its corner.",
        "ko": "`return_state=True`는 텐서를 여러 개 돌려줍니다. 함수형 API는 각 텐서에 이름을 붙이고, 이 모델은 그 텐서를 모두 출력으로 돌려줍니다. 오른쪽 위 버튼으로 코드를 복사하세요.",
    },
    "parameters.code.comment.functional_no_head": {
        "en": "return_state=True returns several tensors; the functional API names each one, and the model returns them all",
        "ko": "return_state=True는 텐서를 여러 개 돌려줍니다. 함수형 API는 각 텐서에 이름을 붙이고, 모델은 그 텐서를 모두 돌려줍니다",
    },
    "parameters.code.comment.input": {
        "en": "(time steps, features); the batch size stays open",
        "ko": "(시점 수, 특성 수). 배치 크기는 정하지 않습니다",
    },
    "parameters.code.comment.functional": {
        "en": "return_state=True returns several tensors; the functional API names each one, so the next layer takes the one it needs",
        "ko": "return_state=True는 텐서를 여러 개 돌려주므로, 함수형 API로 각각 이름을 붙여 다음 레이어가 필요한 것만 받게 합니다",
    },
    "parameters.notice.code": {
        "en": "`keras.Input(shape=…)` is how Keras 3 declares the input. The older `input_shape=` argument on the first layer is still accepted, with a warning that recommends `Input`.",
        "ko": "Keras 3에서는 입력을 `keras.Input(shape=…)`으로 선언합니다. 첫 레이어에 예전처럼 `input_shape=`를 넘겨도 받아들이지만, `Input`을 쓰라는 경고가 나옵니다.",
    },
    # Charts
    "parameters.charts.header": {"en": "Charts", "ko": "그래프"},
    "parameters.chart.count.title": {
        "en": "Recurrent layer's parameters against units (d = {features})",
        "ko": "유닛 수에 따른 순환 레이어의 파라미터 수 (d = {features})",
    },
    "parameters.chart.units": {
        "en": "units (u)",
        "ko": "유닛 수 (u)",
    },
    "parameters.chart.params": {"en": "parameters", "ko": "파라미터 수"},
    "parameters.chart.cell": {"en": "layer", "ko": "레이어"},
    "parameters.chart.keras": {"en": "Keras count_params()", "ko": "Keras count_params()"},
    "parameters.notice.count_chart": {
        "en": "Lines: the formulas. Dots: `count_params()` of Keras layers built at u = {units}, the big one is yours. At the same u, LSTM always has exactly 4× the SimpleRNN weights.",
        "ko": "선은 공식, 점은 u = {units}에서 실제로 만든 Keras 레이어의 `count_params()`이고 큰 점이 현재 설정입니다. 같은 u에서 LSTM의 파라미터 수는 언제나 SimpleRNN의 정확히 4배입니다.",
    },
    "parameters.chart.activations.title": {"en": "Activation functions", "ko": "활성화 함수"},
    "parameters.chart.value": {"en": "f(x)", "ko": "f(x)"},
    "parameters.chart.derivative": {"en": "f′(x)", "ko": "f′(x)"},
    "parameters.chart.activation": {"en": "activation", "ko": "활성화 함수"},
    "parameters.chart.why_bound": {
        "en": "Why the bound matters: backpropagation through time multiplies one f′ per step, so with sigmoid (f′ ≤ 1/4) this factor alone shrinks a gradient at least 4× per step, while tanh and ReLU allow up to 1. The gradients page shows what that does over many steps.",
        "ko": "상한이 중요한 이유: 시간에 따른 역전파는 시점마다 f′를 한 번씩 곱합니다. sigmoid는 f′ ≤ 1/4이므로 이 인수만 보면 기울기가 시점마다 최소 4배씩 줄어들고, tanh와 ReLU는 최대 1까지 허용합니다. 여러 시점에 걸쳐 어떻게 되는지는 기울기 문제 페이지에서 볼 수 있습니다.",
    },
    "parameters.notice.activation_chart": {
        "en": "tanh and sigmoid flatten out for large |x| (derivative near 0); ReLU keeps derivative 1 for every positive x but is unbounded, which is why the notes warn it can overflow in a recurrent loop.",
        "ko": "tanh와 sigmoid는 |x|가 커지면 평평해집니다(도함수 값이 0에 가까워집니다). ReLU는 양수 구간에서 도함수 값이 늘 1이지만 값에 상한이 없어서, 노트의 경고처럼 순환 구조에서 값이 계속 커져 오버플로할 수 있습니다.",
    },
    # Quizzes
    "parameters.quiz.header": {"en": "Predict, then check", "ko": "예상한 뒤 확인하기"},
    "parameters.quiz.intro": {
        "en": "Answer before you read on: the sections below show where each answer comes from.",
        "ko": "아래를 읽기 전에 먼저 답해 보세요. 각 답이 어디서 나오는지는 아래 항목에서 볼 수 있습니다.",
    },
    "parameters.quiz.count.question": {
        "en": "How many parameters will {cell}({units}) have on {features} input feature(s)?",
        "ko": "입력 특성이 {features}개일 때 {cell}({units})의 파라미터는 몇 개일까요?",
    },
    "parameters.quiz.count.explanation": {
        "en": "A Keras {cell}({units}) built on {features} feature(s) reports {answer}: {formula} = {numbers}.",
        "ko": "특성 {features}개로 만든 Keras {cell}({units})의 파라미터 수는 {answer}개입니다: {formula} = {numbers}.",
    },
    "parameters.quiz.shape.question": {
        "en": "With `return_sequences=True`, what shape is the output for the sample batch ({batch} sequences, {timesteps} steps, {features} feature(s)) with {units} units?",
        "ko": "`return_sequences=True`일 때, 유닛이 {units}개인 레이어에 샘플 배치(시퀀스 {batch}개, {timesteps}시점, 특성 {features}개)를 넣으면 출력 형태는 무엇일까요?",
    },
    "parameters.quiz.shape.explanation": {
        "en": "The real tensor is {answer}: (batch, time steps, units). The features are already mixed into the units by `kernel`.",
        "ko": "실제 텐서는 {answer}입니다: (배치 크기, 시점 수, 유닛 수). 입력 특성은 이미 `kernel`을 거쳐 유닛으로 섞였습니다.",
    },
    "parameters.quiz.timesteps.question": {
        "en": "{cell}({units}) has {count} parameters on {timesteps} time steps. How many on {doubled} time steps?",
        "ko": "{cell}({units})의 파라미터는 {timesteps}시점에서 {count}개입니다. {doubled}시점이면 몇 개일까요?",
    },
    "parameters.quiz.timesteps.explanation": {
        "en": "Keras reports {answer} for {doubled} steps: the same weights serve every step, so a longer window costs computation, not parameters.",
        "ko": "{doubled}시점에서도 Keras는 {answer}개라고 셉니다. 모든 시점이 같은 가중치를 쓰므로 윈도가 길어지면 계산량은 늘어도 파라미터는 늘지 않습니다.",
    },
    "parameters.chart.x": {
        "en": "x",
        "ko": "x",
    },
}
