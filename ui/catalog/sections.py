"""Strings of the section navigation, the folded answers and the page-side fixes (issue 13)."""

TEXT = {
    "quiz.show": {"en": "Show the answer", "ko": "정답 보기"},
    "quiz.shown": {"en": "The answer is “{answer}”.", "ko": "정답은 “{answer}”입니다."},
    "quiz.folded": {
        "en": "The result is folded until you answer the question above (or press Show the answer).",
        "ko": "위 질문에 답하거나 '정답 보기'를 누르면 결과가 펼쳐집니다.",
    },
    "sections.label": {"en": "Section", "ko": "항목"},
    "gradients.section.feedback": {"en": "1 · Feedback", "ko": "1 · 되먹임"},
    "gradients.section.through_time": {"en": "2 · Through time", "ko": "2 · 시간을 거슬러 전해지는 기울기"},
    "gradients.section.training": {"en": "3 · During training", "ko": "3 · 학습 중"},
    "gradients.section.long_term": {"en": "4 · Long-term memory", "ko": "4 · 장기 기억"},
    "gradients.section.remedies": {"en": "5 · Remedies", "ko": "5 · 해결책"},
    "sections.computing": {"en": "Computing…", "ko": "계산하는 중입니다…"},
    "gradients.train_needed": {
        "en": "This section trains a model, and nobody on this server has trained this setting yet. Press the button to train it here; the bar shows how far it has got.",
        "ko": "이 항목은 모델을 학습시켜 보여 줍니다. 이 서버에서 아직 아무도 이 설정으로 학습하지 않았습니다. 버튼을 누르면 여기서 학습하며, 막대가 진행 상황을 보여 줍니다.",
    },
    "gradients.train_heatmap": {
        "en": "Train this setting ({epochs} epochs)",
        "ko": "이 설정으로 학습 ({epochs}에포크)",
    },
    "gradients.train_clipping": {
        "en": "Train the three runs with seed {seed}",
        "ko": "세 가지 설정으로 학습 (시드 {seed})",
    },
    "gradients.training_progress": {
        "en": "Training: epoch {done} of {total}",
        "ko": "학습 중: 에포크 {done} / {total}",
    },
    "training.more_settings_short": {"en": "More settings", "ko": "설정 더 보기"},
    "training.more_settings": {
        "en": "More settings: data size, window, batch, cell, learning rate, scaling",
        "ko": "설정 더 보기: 데이터 크기, 윈도 크기, 배치, 셀, 학습률, 스케일링",
    },
    "training.epochs_clamped": {
        "en": "{asked} epochs do not fit these samples and window on the shared server; the box shows the {most} that will be used.",
        "ko": "이 샘플 수와 윈도 크기로는 공유 서버에서 {asked}에포크를 학습할 수 없습니다. 실제로 쓸 수 있는 {most}에포크로 맞췄습니다.",
    },
    "training.lecture_defaults": {"en": "Back to the lecture's experiment", "ko": "강의 예제로 되돌리기"},
    "training.task_label.arith": {"en": "Rising by 0.1 (the lecture's example)", "ko": "0.1씩 증가 (강의 예제)"},
    "training.task_label.sine": {"en": "Sine wave", "ko": "사인파"},
    "training.task_label.noisy_sine": {"en": "Sine wave with noise", "ko": "잡음 섞인 사인파"},
    "structure.section.cell": {"en": "1 · The cell, unrolled", "ko": "1 · 셀을 시점별로 펼치기"},
    "structure.section.step": {"en": "2 · One step, number by number", "ko": "2 · 한 시점의 계산"},
    "structure.section.lengths": {"en": "3 · Any input length", "ko": "3 · 임의 길이의 입력"},
    "structure.section.memory": {"en": "4 · Memory lane", "ko": "4 · 기억의 흔적"},
    "structure.section.modes": {"en": "5 · Sequence modes", "ko": "5 · 시퀀스 입출력 방식"},
    "parameters.section.where": {"en": "Where each weight comes from", "ko": "각 가중치가 어디서 오는가"},
    "parameters.section.outputs": {"en": "What the layer returns", "ko": "레이어가 돌려주는 것"},
    "parameters.section.code": {"en": "The Keras code", "ko": "Keras 코드"},
    "parameters.section.charts": {"en": "Charts", "ko": "그래프"},
    "training.press_train_beside": {
        "en": "Set the experiment up with the controls and press **Train**. Changing a control never starts training by itself.",
        "ko": "설정을 고른 뒤 **학습 시작**을 누르세요. 설정을 바꾸는 것만으로는 학습이 시작되지 않습니다.",
    },
}
