"""Strings of the overview page."""

TEXT = {
    "overview.what": {
        "en": (
            "A **recurrent neural network** (RNN) reads a sequence one step at a time. At every step a cell "
            "combines the new input x_t with its own previous output, the hidden state h_(t-1), and passes the "
            "result h_t on to the next step: a feedback loop. That loop is what lets it use what came before; "
            "it is also where its gradients vanish or explode."
        ),
        "ko": (
            "**순환 신경망**(RNN)은 시퀀스를 한 시점씩 읽습니다. 각 시점에서 셀은 새 입력 x_t와 자신의 이전 출력인 "
            "은닉 상태 h_(t-1)을 합쳐 h_t를 만들고, 이를 다음 시점으로 넘깁니다. 이 되먹임 고리 덕분에 앞의 정보를 "
            "쓸 수 있고, 기울기 소실과 폭주가 생기는 곳도 바로 이 고리입니다."
        ),
    },
    "overview.path": {"en": "The learning path", "ko": "학습 순서"},
    "overview.path.structure": {
        "en": "The cell, its feedback loop, the unrolled chain, and the sequence modes, with numbers from a real layer.",
        "ko": "셀과 되먹임 고리, 펼친 사슬, 시퀀스 방식을 실제 레이어의 숫자로 살펴봅니다.",
    },
    "overview.path.parameters": {
        "en": "What units, return_sequences, return_state and activation do, and where the 461 parameters come from.",
        "ko": "units, return_sequences, return_state, activation의 역할과 파라미터 461개의 출처를 확인합니다.",
    },
    "overview.picture.loss": {"en": "loss", "ko": "손실"},  # words drawn in the path pictures
    "overview.picture.epoch": {"en": "epoch", "ko": "에포크"},
    "overview.picture.context": {"en": "context", "ko": "문맥"},
    "overview.path.training": {
        "en": "Train the notes' sequence task live and compare tanh, ReLU and sigmoid on the same data and seed.",
        "ko": "노트의 수열 예제를 직접 학습하고, tanh, ReLU, sigmoid를 같은 데이터와 시드로 비교합니다.",
    },
    "overview.path.gradients": {
        "en": "Feedback stability, vanishing and exploding gradients against theory, and why LSTM exists.",
        "ko": "되먹임 안정성, 이론과 비교한 기울기 소실·폭주, 그리고 LSTM이 등장한 이유를 봅니다.",
    },
}

TEXT.update(
    {
        "overview.glossary": {"en": "Glossary", "ko": "용어 정리"},
        "glossary.hidden_state": {"en": "Hidden state h_t", "ko": "은닉 상태 h_t"},
        "glossary.hidden_state.def": {
            "en": "The cell's output at step t, fed back as its own input at step t+1: the network's running memory.",
            "ko": "시점 t에서 셀이 내놓는 출력으로, 시점 t+1에 셀의 입력으로 다시 들어갑니다. 신경망이 지금까지 읽은 것을 담는 기억입니다.",
        },
        "glossary.time_step": {"en": "Time step", "ko": "시점 (time step)"},
        "glossary.time_step.def": {
            "en": "One position in the sequence; Keras expects input shaped (batch, time steps, features).",
            "ko": "시퀀스의 한 위치입니다. Keras의 입력 형태는 (배치 크기, 시점 수, 특성 수)입니다.",
        },
        "glossary.unrolling": {"en": "Unrolling", "ko": "펼치기 (unrolling)"},
        "glossary.unrolling.def": {
            "en": "Drawing the loop as a chain of copies of one cell, one per step, all sharing the same weights.",
            "ko": "되먹임 고리를 시점마다 셀을 하나씩 늘어놓은 사슬로 그리는 것입니다. 사슬의 셀은 모두 같은 가중치를 씁니다.",
        },
        "glossary.bptt": {"en": "Backpropagation through time (BPTT)", "ko": "시간에 따른 역전파 (BPTT)"},
        "glossary.bptt.def": {
            "en": "Ordinary backpropagation run over the unrolled chain: the gradient flows back step by step through W_h.",
            "ko": "펼친 사슬 위에서 하는 보통의 역전파입니다. 기울기가 W_h를 거쳐 한 시점씩 거꾸로 전해집니다.",
        },
        "glossary.vanishing": {"en": "Vanishing gradient", "ko": "기울기 소실"},
        "glossary.vanishing.def": {
            "en": "At every step back the gradient is multiplied by a Jacobian that shrinks it, so it fades geometrically and early inputs barely change the weights.",
            "ko": "한 시점 거슬러 갈 때마다 기울기에 그 크기를 줄이는 야코비 행렬이 곱해져 기하급수적으로 작아집니다. 그래서 앞쪽 입력은 가중치를 거의 바꾸지 못합니다.",
        },
        "glossary.exploding": {"en": "Exploding gradient", "ko": "기울기 폭주"},
        "glossary.exploding.def": {
            "en": "The gradient grows at every step back until an update throws the weights far off, or to NaN.",
            "ko": "거슬러 갈수록 기울기가 커져, 한 번의 갱신이 가중치를 크게 망가뜨리거나 NaN으로 만듭니다.",
        },
        "glossary.lstm_gate": {"en": "LSTM gate", "ko": "LSTM 게이트"},
        "glossary.lstm_gate.def": {
            "en": "A sigmoid output between 0 and 1, one per unit, that sets how much of the cell state to forget, to write and to read out: a dial rather than an on/off switch.",
            "ko": "유닛마다 0과 1 사이 값을 내는 sigmoid로, 셀 상태를 얼마나 잊고, 얼마나 쓰고, 얼마나 읽어 낼지 정합니다. 켜고 끄는 스위치라기보다 연속으로 조절하는 밸브에 가깝습니다.",
        },
        "overview.check": {"en": "Check yourself", "ko": "스스로 확인하기"},
        "overview.q1": {
            "en": "When an RNN reads x1, x2, x3, does each step use its own weights or the same ones?",
            "ko": "RNN이 x1, x2, x3을 읽을 때, 시점마다 다른 가중치를 쓸까요, 같은 가중치를 쓸까요?",
        },
        "overview.q1.same": {"en": "The same W_x, W_h and b at every step", "ko": "모든 시점에서 같은 W_x, W_h, b"},
        "overview.q1.new": {"en": "A new set of weights for each step", "ko": "시점마다 새 가중치"},
        "overview.q1.why": {
            "en": "One cell is applied again and again; unrolling only draws it once per step. That is why the parameter count does not depend on the sequence length.",
            "ko": "하나의 셀을 되풀이해 적용합니다. 펼친 그림은 그 셀을 시점마다 한 번씩 그렸을 뿐입니다. 그래서 파라미터 수는 시퀀스 길이와 관계가 없습니다.",
        },
        "overview.q2": {
            "en": "A SimpleRNN was built for windows of 3 values. Can the same layer read 10 values?",
            "ko": "값 3개짜리 윈도로 만든 SimpleRNN이 같은 가중치로 값 10개를 읽을 수 있을까요?",
        },
        "overview.q2.fixed": {"en": "No, the input length is fixed", "ko": "아니요, 입력 길이가 고정되어 있습니다"},
        "overview.q2.any": {"en": "Yes, any length works", "ko": "네, 길이에 제한이 없습니다"},
        "overview.q2.why": {
            "en": "The cell only needs x_t and h_(t-1), so it can keep stepping for as long as the input goes on. The Structure page runs one layer at lengths 3, 5 and 10.",
            "ko": "셀은 x_t와 h_(t-1)만 있으면 되므로 입력이 이어지는 만큼 계속 진행할 수 있습니다. 구조 페이지에서 한 레이어를 길이 3, 5, 10으로 돌려 봅니다.",
        },
    }
)
