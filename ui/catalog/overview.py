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
            "**순환 신경망**(RNN)은 시퀀스를 한 단계씩 읽습니다. 각 단계에서 셀은 새 입력 x_t와 자신의 이전 출력인 "
            "은닉 상태 h_(t-1)을 합쳐 h_t를 만들고, 이를 다음 단계로 넘깁니다. 이 되먹임(feedback) 고리 덕분에 앞의 "
            "정보를 쓸 수 있고, 바로 이 고리에서 기울기 소실과 폭주도 생깁니다."
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
    "overview.path.training": {
        "en": "Train the notes' sequence task live and compare tanh, ReLU and sigmoid honestly.",
        "ko": "노트의 수열 예제를 직접 학습시키고 tanh, ReLU, sigmoid를 공정하게 비교합니다.",
    },
    "overview.path.gradients": {
        "en": "Feedback stability, vanishing and exploding gradients against theory, and why LSTM exists.",
        "ko": "되먹임 안정성, 이론과 비교한 기울기 소실·폭주, 그리고 LSTM이 등장한 이유를 봅니다.",
    },
}
