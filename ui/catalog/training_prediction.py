"""Strings of the training page's predict-before-you-train question (ui/views/training_prediction.py)."""

TEXT = {
    "training.predict.drop.q": {
        "en": "Predict first, then press Train: from the first epoch to the last, how much will the loss fall?",
        "ko": "먼저 예상한 뒤 학습 시작을 누르세요: 손실은 첫 에포크부터 마지막 에포크까지 얼마나 줄어들까요?",
    },
    "training.predict.best.q": {
        "en": "Predict first, then press Train: which activation will reach the lowest final loss?",
        "ko": "먼저 예상한 뒤 학습 시작을 누르세요: 최종 손실이 가장 낮은 활성화 함수는 무엇일까요?",
    },
    "training.predict.yours": {
        "en": "You predicted before this run: {guess}.",
        "ko": "이번 실행 전에 고른 답: {guess}.",
    },
    "training.predict.none": {
        "en": "No prediction was picked before this run: the question under the Train button asks before the next one.",
        "ko": "이번 실행 전에는 예상을 고르지 않았습니다. 다음 실행 전에 학습 시작 버튼 아래의 질문에 답해 보세요.",
    },
}
