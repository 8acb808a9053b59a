"""Strings of the downloadable notebooks (rnn_core/notebook.py) and their download buttons.

The builders fill in the `{placeholders}`; these texts become the notebooks' markdown cells, so
they say what the notebook's code does, true for every setting it is written with.
"""

TEXT = {
    # The button on each page
    "notebook.common.download": {"en": "Notebook (.ipynb)", "ko": "노트북 (.ipynb)"},
    "notebook.common.download_help": {
        "en": "A Jupyter notebook that reproduces this view with plain Keras: the same data, model, seeds and order of the samples. It needs NumPy, Keras 3 with TensorFlow, and matplotlib for the graphs.",
        "ko": "이 화면을 Keras 코드만으로 재현하는 Jupyter 노트북입니다. 데이터, 모델, 시드, 샘플 순서가 모두 같습니다. NumPy, TensorFlow 기반 Keras 3가 필요하고, 그래프를 그리려면 matplotlib도 필요합니다.",
    },
    # Cells every notebook has
    "notebook.common.generated": {
        "en": "Written by RNN Lab for the settings below. Run the cells from top to bottom; it needs NumPy and Keras 3 with the TensorFlow backend, and draws its graphs with matplotlib where it is installed (otherwise it prints the numbers).",
        "ko": "RNN Lab이 아래 설정으로 만든 노트북입니다. 위에서부터 차례로 셀을 실행하세요. NumPy와 TensorFlow 백엔드를 쓰는 Keras 3가 필요합니다. matplotlib이 설치되어 있으면 그래프를 그리고, 없으면 숫자를 출력합니다.",
    },
    "notebook.common.settings": {"en": "## Settings", "ko": "## 설정"},
    "notebook.common.no_matplotlib": {
        "en": "matplotlib is not installed, so here are the numbers instead of the graph (pip install matplotlib draws it).",
        "ko": "matplotlib이 설치되어 있지 않아 그래프 대신 숫자를 출력합니다. pip install matplotlib 명령으로 설치하면 그래프를 그립니다.",
    },
    # The training page
    "notebook.training.title": {
        "en": "# RNN Lab · training: {model} on {task}",
        "ko": "# RNN Lab · 학습: {task}, {model}",
    },
    "notebook.training.task.arith": {"en": "the sequence rising by 0.1", "ko": "0.1씩 커지는 수열"},
    "notebook.training.task.sine": {"en": "a sine wave", "ko": "사인파"},
    "notebook.training.task.noisy_sine": {"en": "a sine wave with noise", "ko": "잡음 섞인 사인파"},
    "notebook.training.task.custom": {"en": "your own sequence", "ko": "직접 넣은 수열"},
    "notebook.training.data": {
        "en": "## Data\n\nThe data is {task}. Each sample is a window of {window} consecutive values, and its target is the value right after the window, as on the training page.",
        "ko": "## 데이터\n\n데이터는 {task}입니다. 샘플 하나는 연속한 값 {window}개로 된 윈도이고, 목표값은 그 윈도 바로 다음 값입니다. 학습 페이지와 같습니다.",
    },
    "notebook.training.model": {
        "en": "## Model\n\n{cell}({units}) reads the window and Dense(1) predicts the next value. The initializers carry the page's seeds (GlorotUniform with seed {seed} for the input kernel, Orthogonal with seed {seed1} for the recurrent kernel, GlorotUniform with seed {seed2} for Dense), so the model starts from exactly the page's weights.",
        "ko": "## 모델\n\n{cell}({units}) 레이어가 윈도를 읽고 Dense(1)이 다음 값을 예측합니다. 초기화 함수에는 페이지와 같은 시드를 넣습니다. 입력 가중치는 GlorotUniform(시드 {seed}), 순환 가중치는 Orthogonal(시드 {seed1}), Dense는 GlorotUniform(시드 {seed2})이므로 모델은 페이지와 똑같은 가중치에서 출발합니다.",
    },
    "notebook.training.fit": {
        "en": "## Training\n\nAdam and mean squared error, batches of {batch} samples, {epochs} epochs. The page visits the samples in a new order every epoch, drawn from the seed and the epoch's number alone with `tf.random.stateless_uniform`. The loop below hands `model.fit` the samples in that order, one epoch per call, with `shuffle=False`, so every batch and every weight update is the page's and the losses are the page's. Like the page, it stops after an epoch whose loss is NaN or infinite.",
        "ko": "## 학습\n\nAdam과 평균제곱오차로, 배치마다 샘플 {batch}개씩 {epochs}에포크 동안 학습합니다. 페이지는 에포크마다 샘플 순서를 새로 정하며, 이 순서는 `tf.random.stateless_uniform`으로 시드와 에포크 번호만 써서 정합니다. 아래 반복문은 에포크마다 `model.fit`을 한 번 호출해 샘플을 그 순서대로 넘기므로(`shuffle=False`) 배치와 가중치 갱신이 모두 페이지와 같고, 손실도 같습니다. 페이지처럼 손실이 NaN이나 무한대가 된 에포크에서 멈춥니다.",
    },
    "notebook.training.compare": {
        "en": "Compare is on: {names} are each trained on the same data, in the same order, from the same seed.",
        "ko": "비교가 켜져 있습니다. 활성화 함수 {names} 각각을 같은 데이터, 같은 순서, 같은 시드로 학습합니다.",
    },
    "notebook.training.chart": {
        "en": "## Loss\n\nThe training loss of every epoch on a log scale, as the page draws it: equal steps down mean equal factors.",
        "ko": "## 손실\n\n에포크별 학습 손실을 페이지처럼 로그 눈금으로 그립니다. 같은 간격만큼 내려가면 같은 비율로 줄었다는 뜻입니다.",
    },
    "notebook.training.page_run": {
        "en": "## The page's run\n\nThe page's run of these settings ended with these final losses: {losses}. The cell below prints this notebook's next to them.",
        "ko": "## 페이지의 학습 결과\n\n페이지에서 이 설정으로 학습했을 때의 최종 손실은 다음과 같습니다: {losses}. 아래 셀은 이 노트북의 최종 손실을 그 옆에 출력합니다.",
    },
    "notebook.training.same": {"en": "same as the page", "ko": "페이지와 같음"},
    "notebook.training.differs": {"en": "differs from the page", "ko": "페이지와 다름"},
    # The parameters page
    "notebook.parameters.title": {"en": "# RNN Lab · parameters: {model}", "ko": "# RNN Lab · 파라미터: {model}"},
    "notebook.parameters.model": {
        "en": "## Model\n\nThe model of the parameters page, built as the page builds it (same layer names, seeds and options). `model.summary()` prints the table the page shows.",
        "ko": "## 모델\n\n파라미터 페이지의 모델을 페이지와 같은 방식(레이어 이름, 시드, 옵션)으로 만듭니다. `model.summary()`는 페이지에 보이는 표를 출력합니다.",
    },
    "notebook.parameters.counts": {
        "en": "## Where the counts come from\n\nKeras's own `count_params()` next to the formula, with u = {units} units and d = {features} features.",
        "ko": "## 파라미터 수는 어디서 나올까\n\nKeras의 `count_params()` 값과 공식으로 계산한 값을 나란히 놓습니다. 유닛 u = {units}, 특성 d = {features}입니다.",
    },
    "notebook.parameters.timesteps": {
        "en": "Try it: change `timesteps` in the settings cell and run the cells again. The counts stay the same, because the same cell, with the same weights, is applied at every time step.",
        "ko": "직접 해 보세요. 설정 셀에서 `timesteps`를 바꾸고 셀을 다시 실행해도 파라미터 수는 변하지 않습니다. 같은 셀이 같은 가중치로 모든 시점에 적용되기 때문입니다.",
    },
    # The gradients page (sections 1 and 2)
    "notebook.gradients.title": {
        "en": "# RNN Lab · gradient problems: gain {gain}, {steps} steps",
        "ko": "# RNN Lab · 기울기 문제: 배율 {gain}, {steps}시점",
    },
    "notebook.gradients.weights": {
        "en": "## 1. The feedback loop\n\nThe weights and inputs are made exactly as the page makes them, from the same seed.",
        "ko": "## 1. 되먹임 고리\n\n가중치와 입력을 페이지와 똑같이, 같은 시드로 만듭니다.",
    },
    "notebook.gradients.measure": {
        "en": "## 2. Gradients through time\n\nThe cell below runs a real Keras `SimpleRNN` cell step by step on these weights: its states give ‖h_t‖ (section 1 of the page), and `tf.GradientTape` gives ‖∂h_T/∂h_t‖ (section 2), next to the bound (σ_max(W_h)·γ)^(T−t). The page itself computes section 2 in NumPy; its text, repeated below, says how the two are compared.",
        "ko": "## 2. 시간을 거슬러 전해지는 기울기\n\n아래 셀은 이 가중치를 넣은 실제 Keras `SimpleRNN` 셀을 한 시점씩 실행합니다. 각 시점의 은닉 상태로 ‖h_t‖를 구하고(페이지의 1번 항목), `tf.GradientTape`으로 ‖∂h_T/∂h_t‖를 구해(2번 항목) 상한 (σ_max(W_h)·γ)^(T−t)와 나란히 놓습니다. 페이지는 2번 항목을 NumPy로 계산하며, 두 방법을 어떻게 비교하는지는 아래에 옮긴 페이지 설명에 있습니다.",
    },
    "notebook.gradients.chart": {
        "en": "## Graphs\n\nLeft: ‖h_t‖ at every step. Right: ‖∂h_T/∂h_t‖ against the distance T − t, with the bound dashed. Both on a log scale.",
        "ko": "## 그래프\n\n왼쪽은 각 시점의 ‖h_t‖, 오른쪽은 거리 T − t에 따른 ‖∂h_T/∂h_t‖이며 점선이 상한입니다. 두 그래프 모두 로그 눈금입니다.",
    },
}
