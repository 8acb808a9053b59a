"""Strings of the training page."""

TEXT = {
    "training.title": {"en": "Training: watch an RNN learn", "ko": "학습: RNN이 배우는 과정 지켜보기"},
    "training.intro": {
        "en": "The notes train `SimpleRNN(20)` + `Dense(1)` with Adam and mean squared error for 100 epochs on a sequence that rises by 0.1: the window `[0.0, 0.1, 0.2]` should predict `0.3`. Run that experiment here, watch the loss fall, and test the notes' claim that tanh is the safe activation by training tanh, ReLU and sigmoid on the same data with the same seed.",
        "ko": '노트에서는 0.1씩 커지는 수열로 `SimpleRNN(20)` + `Dense(1)` 모델을 Adam과 평균제곱오차(MSE)로 100 에포크 동안 학습합니다. 창 `[0.0, 0.1, 0.2]`를 보고 `0.3`을 맞히는 문제입니다. 여기서 그 실험을 직접 돌려 손실이 줄어드는 모습을 지켜보고, 같은 데이터와 같은 시드로 tanh, ReLU, sigmoid를 학습시켜 "tanh가 안전하다"는 노트의 주장을 확인해 보세요.',
    },
    # ----- controls -----
    "training.group.data": {"en": "Data", "ko": "데이터"},
    "training.group.model": {"en": "Model", "ko": "모델"},
    "training.group.run": {"en": "Training", "ko": "학습"},
    "training.task": {"en": "Sequence", "ko": "수열"},
    "training.task.arith": {"en": "Rising by 0.1 (the notes)", "ko": "0.1씩 증가 (노트의 예제)"},
    "training.task.sine": {"en": "Sine wave", "ko": "사인파"},
    "training.task.noisy_sine": {"en": "Sine wave with noise", "ko": "잡음 섞인 사인파"},
    "training.samples": {"en": "Samples", "ko": "샘플 수"},
    "training.window": {"en": "Window length", "ko": "창 길이"},
    "training.scale": {"en": "Scale inputs and targets to [0, 1]", "ko": "입력과 목표값을 [0, 1]로 스케일링"},
    "training.scale_help": {
        "en": "Min-max scaling on the training series; predictions are mapped back before they are shown.",
        "ko": "학습 수열 기준 최소-최대 스케일링입니다. 예측값은 원래 단위로 되돌려 보여 줍니다.",
    },
    "training.cell": {"en": "Cell", "ko": "셀"},
    "training.activation": {"en": "Activation", "ko": "활성화 함수"},
    "training.units": {"en": "Units", "ko": "유닛 수"},
    "training.lr": {"en": "Learning rate (Adam)", "ko": "학습률 (Adam)"},
    "training.epochs": {"en": "Epochs", "ko": "에포크"},
    "training.batch": {"en": "Batch size", "ko": "배치 크기"},
    "training.seed": {"en": "Random seed", "ko": "랜덤 시드"},
    "training.compare": {"en": "Compare tanh, ReLU and sigmoid", "ko": "tanh, ReLU, sigmoid 비교"},
    "training.compare_help": {
        "en": "Trains all three activations on the same data with the same seed; the activation above is then only used for 'Try it'.",
        "ko": "세 활성화 함수를 같은 데이터, 같은 시드로 모두 학습합니다. 위에서 고른 활성화 함수는 '직접 해 보기'에만 쓰입니다.",
    },
    # ----- data -----
    "training.data_title": {"en": "The data", "ko": "데이터"},
    "training.preview_caption": {
        "en": "The first windows and their targets, printed as the notes print `X[i], Y[i]`:",
        "ko": "처음 몇 개의 창과 목표값을 노트처럼 `X[i], Y[i]`로 출력한 모습입니다:",
    },
    "training.data_shape": {
        "en": "X has shape ({samples}, {window}, 1) and Y has shape ({samples},): {samples} windows of {window} values, each followed by the value to predict.",
        "ko": "X의 형태는 ({samples}, {window}, 1), Y의 형태는 ({samples},)입니다. 값 {window}개짜리 창 {samples}개와, 각 창 다음에 올 값입니다.",
    },
    "training.notice.data": {
        "en": "Each window overlaps the next one by all but one value: the model sees the same numbers several times, each time in a different position.",
        "ko": "이웃한 창은 값 하나만 빼고 모두 겹칩니다. 모델은 같은 숫자를 여러 번, 매번 다른 위치에서 보게 됩니다.",
    },
    "training.scale_why": {
        "en": "Why scaling matters: the values here reach {largest}. tanh and sigmoid flatten out once their input passes about ±3, where their slope is close to 0, so unscaled inputs push the units into the flat part and learning slows down. Mapping the data onto [0, 1] keeps them where they still respond. ReLU does not flatten for positive inputs.",
        "ko": "스케일링이 중요한 이유: 이 데이터의 값은 {largest}까지 커집니다. tanh와 sigmoid는 입력이 대략 ±3을 넘으면 평평해져 기울기가 거의 0이 되므로, 스케일링하지 않은 입력은 유닛을 그 평평한 구간으로 밀어 넣어 학습이 느려집니다. 데이터를 [0, 1]로 옮기면 유닛이 아직 반응하는 구간에 머뭅니다. ReLU는 양수 입력에서 평평해지지 않습니다.",
    },
    "training.scale_on": {
        "en": "Scaling is on: the model trains on values in [0, 1] (min {low}, max {high}), so the loss is measured on that scale.",
        "ko": "스케일링이 켜져 있습니다. 모델은 [0, 1] 범위의 값(최솟값 {low}, 최댓값 {high})으로 학습하므로 손실도 그 척도로 잽니다.",
    },
    # ----- actions and progress -----
    "training.train": {"en": "Train", "ko": "학습 시작"},
    "training.stop": {"en": "Stop", "ko": "중지"},
    "training.demo": {"en": "Show a divergence", "ko": "발산 예시 보기"},
    "training.demo_help": {
        "en": "ReLU, learning rate 300, one update per epoch (batch = all 100 samples): checked to overflow within a few epochs.",
        "ko": "ReLU, 학습률 300, 에포크마다 한 번 갱신(배치 = 샘플 100개 전체). 몇 에포크 안에 넘침이 일어나는 것을 확인한 설정입니다.",
    },
    "training.notes_defaults": {"en": "Back to the notes' experiment", "ko": "노트의 실험으로 되돌리기"},
    "training.press_train": {
        "en": "Set up the experiment above and press **Train**. Changing a control never starts training by itself.",
        "ko": "위에서 실험을 설정한 뒤 **학습 시작**을 누르세요. 설정을 바꾸는 것만으로는 학습이 시작되지 않습니다.",
    },
    "training.queued": {
        "en": "Waiting for a free trainer: {ahead} run(s) ahead of this one…",
        "ko": "학습기를 기다리는 중입니다. 앞에 {ahead}개의 실행이 있습니다…",
    },
    "training.starting": {
        "en": "Preparing the model (the first epochs include compiling the training step)…",
        "ko": "모델을 준비하는 중입니다 (첫 에포크에는 학습 단계를 컴파일하는 시간이 포함됩니다)…",
    },
    "training.progress": {
        "en": "Epoch {epoch} of {epochs} · {seconds} s",
        "ko": "에포크 {epoch} / {epochs} · {seconds}초",
    },
    "training.failed": {
        "en": "Training failed ({error}). Try other settings or press Train again.",
        "ko": "학습에 실패했습니다 ({error}). 다른 설정으로 바꾸거나 학습 시작을 다시 눌러 보세요.",
    },
    "training.stale": {
        "en": "The controls have changed since this run. Press **Train** to run the new settings; until then the last run stays on the page.",
        "ko": "이 실행 이후 설정이 바뀌었습니다. 새 설정으로 학습하려면 **학습 시작**을 누르세요. 그때까지는 지난 실행 결과가 그대로 남아 있습니다.",
    },
    "training.nothing": {
        "en": "The run was stopped before its first epochs finished, so there is nothing to show yet.",
        "ko": "첫 에포크들이 끝나기 전에 실행을 멈춰서 아직 보여 줄 결과가 없습니다.",
    },
    "training.status.finished": {
        "en": "**{activation}**: trained {epochs} epochs in {seconds} s; final loss {loss}.",
        "ko": "**{activation}**: {epochs} 에포크를 {seconds}초 동안 학습했습니다. 최종 손실 {loss}.",
    },
    "training.status.stopped": {
        "en": "**{activation}**: stopped at epoch {epoch} of {epochs}; loss at that point {loss}.",
        "ko": "**{activation}**: 에포크 {epoch} / {epochs}에서 멈췄습니다. 그 시점의 손실 {loss}.",
    },
    "training.status.diverged": {
        "en": "**{activation}: diverged at epoch {epoch}.** The loss became {value} (the numbers overflowed), so training stopped there. The curve shows the {finite} epoch(s) before it.",
        "ko": "**{activation}: 에포크 {epoch}에서 발산했습니다.** 손실이 {value} 값이 되어(수가 넘쳐서) 학습을 그 자리에서 멈췄습니다. 그래프에는 그 전의 {finite}개 에포크가 보입니다.",
    },
    "training.status.diverged_first": {
        "en": "**{activation}: diverged in the very first epoch.** The loss became {value} before any epoch ended finite, so there is no curve to draw.",
        "ko": "**{activation}: 첫 에포크에서 바로 발산했습니다.** 유한한 손실로 끝난 에포크 없이 손실이 {value} 값이 되어 그릴 곡선이 없습니다.",
    },
    # ----- results -----
    "training.loss_title": {"en": "Loss per epoch (log scale)", "ko": "에포크별 손실 (로그 척도)"},
    "training.notice.loss_fell": {
        "en": "The loss fell from {first} to {last}, {factor}× lower, over {epochs} epochs. On a log scale equal steps down mean equal factors.",
        "ko": "손실이 {epochs} 에포크 동안 {first}에서 {last}로, {factor}배 줄었습니다. 로그 척도에서는 같은 간격만큼 내려가면 같은 비율로 줄었다는 뜻입니다.",
    },
    "training.notice.loss_flat": {
        "en": "The loss went from {first} to {last}: it did not really fall. The learning rate may be too large or too small, or the model needs more epochs.",
        "ko": "손실이 {first}에서 {last}가 되었습니다. 제대로 줄지 않았습니다. 학습률이 너무 크거나 작을 수 있고, 에포크가 더 필요할 수도 있습니다.",
    },
    "training.notice.loss_diverged": {
        "en": "Once a loss is NaN or ∞, every later update is NaN too: the weights are lost, which is why training stops at that epoch.",
        "ko": "손실이 한 번 NaN이나 ∞가 되면 이후의 모든 갱신도 NaN이 되어 가중치가 망가집니다. 그래서 그 에포크에서 학습을 멈춥니다.",
    },
    "training.table_title": {"en": "Final losses", "ko": "최종 손실"},
    "training.col.activation": {"en": "Activation", "ko": "활성화 함수"},
    "training.col.status": {"en": "How it ended", "ko": "종료 상태"},
    "training.col.epochs_run": {"en": "Epochs run", "ko": "실행한 에포크"},
    "training.col.final_loss": {"en": "Final loss", "ko": "최종 손실"},
    "training.col.lowest_loss": {"en": "Lowest loss", "ko": "최저 손실"},
    "training.col.diverged_at": {"en": "Diverged at epoch", "ko": "발산한 에포크"},
    "training.col.seconds": {"en": "Seconds", "ko": "걸린 시간(초)"},
    "training.state.finished": {"en": "finished", "ko": "완료"},
    "training.state.diverged": {"en": "diverged", "ko": "발산"},
    "training.state.stopped": {"en": "stopped", "ko": "중지"},
    "training.state.running": {"en": "running", "ko": "실행 중"},
    "training.cmp.summary": {"en": "{sentences}", "ko": "{sentences}"},
    "training.cmp.ranking": {
        "en": "Lowest final loss in this run: {ranking}.",
        "ko": "이번 실행의 최종 손실 순위: {ranking}.",
    },
    "training.cmp.contradicts": {
        "en": "That contradicts the rule of thumb that tanh is the safer choice: {best} fitted this sequence better. The notes' worry about ReLU is overflow, and overflow needs a large learning rate or long windows to show up.",
        "ko": '이는 "tanh가 더 안전하다"는 경험칙과 어긋납니다. 이 수열에서는 {best} 쪽이 더 잘 맞았습니다. 노트가 ReLU를 걱정한 이유는 값이 넘치는 것인데, 그런 넘침은 학습률이 크거나 창이 길어야 나타납니다.',
    },
    "training.cmp.agrees": {
        "en": "Here tanh did best, as the notes' rule of thumb suggests.",
        "ko": "이번에는 노트의 경험칙대로 tanh가 가장 좋았습니다.",
    },
    "training.cmp.diverged": {
        "en": "Diverged (loss NaN or ∞): {which}.",
        "ko": "발산함 (손실이 NaN 또는 ∞): {which}.",
    },
    "training.cmp.tanh_safer": {
        "en": "Here the rule holds: ReLU's unbounded output overflowed, while tanh, squeezed into [−1, 1], stayed finite.",
        "ko": "이번에는 경험칙이 맞았습니다. 상한이 없는 ReLU는 값이 넘쳤고, [−1, 1] 안에 갇힌 tanh는 유한하게 남았습니다.",
    },
    "training.cmp.beyond": {
        "en": "Past the training data, for {window} (true next value {target}), the models predicted {predictions}.",
        "ko": "학습 데이터 바깥의 창 {window}(실제 다음 값 {target})에 대해 모델들의 예측은 {predictions}였습니다.",
    },
    "training.pred_title": {"en": "Predictions against targets", "ko": "예측값과 목표값"},
    "training.pred_caption": {
        "en": "Dashed black: the true next values. Coloured: the model's predictions. The shaded band holds the {count} windows right after the training data, which the model never saw.",
        "ko": "검은 점선은 실제 다음 값, 색깔 선은 모델의 예측입니다. 음영 구간은 학습 데이터 바로 뒤의 창 {count}개로, 모델이 한 번도 보지 못한 부분입니다.",
    },
    "training.notice.pred": {
        "en": "For {window}, just past the training data, the model predicted {prediction}; the true next value is {target}.",
        "ko": "학습 데이터 바로 뒤의 창 {window}에 대해 모델의 예측은 {prediction}이고, 실제 다음 값은 {target}입니다.",
    },
    "training.notice.pred_off": {
        "en": "Outside the range it was trained on, a network does not know the rule; it does whatever its activation does with larger inputs (tanh and sigmoid level off, ReLU keeps growing).",
        "ko": "학습한 범위를 벗어나면 신경망은 규칙을 알지 못합니다. 큰 입력에서 활성화 함수가 하는 대로 따라갈 뿐입니다 (tanh와 sigmoid는 평평해지고, ReLU는 계속 커집니다).",
    },
    "training.notice.pred_good": {
        "en": "Here it carried the rule past its data.",
        "ko": "이번에는 데이터 바깥까지 규칙을 이어 갔습니다.",
    },
    "training.notice.pred_nan": {
        "en": "After the divergence the weights are NaN, so every prediction is NaN too: there is no line to draw.",
        "ko": "발산한 뒤에는 가중치가 NaN이라 모든 예측값도 NaN입니다. 그릴 선이 없습니다.",
    },
    "training.download_title": {"en": "Downloads", "ko": "내려받기"},
    "training.download_model": {"en": "Model ({activation}) as .keras", "ko": "모델 ({activation}) .keras 파일"},
    "training.download_help": {
        "en": "Load it with keras.models.load_model(path): the same layers and weights, compiled with Adam and MSE.",
        "ko": "keras.models.load_model(경로)로 불러올 수 있습니다. 같은 층과 가중치에, Adam과 MSE로 컴파일되어 있습니다.",
    },
    # ----- try it -----
    "training.try_title": {
        "en": "Try it: ask the model for the next value",
        "ko": "직접 해 보기: 모델에게 다음 값 물어보기",
    },
    "training.try_model": {"en": "Model", "ko": "모델"},
    "training.try_sequence": {
        "en": "Your window ({window} numbers, separated by commas)",
        "ko": "입력할 창 (숫자 {window}개, 쉼표로 구분)",
    },
    "training.try_steps": {"en": "Rollout steps", "ko": "이어서 예측할 단계 수"},
    "training.try_next": {"en": "Model's next value", "ko": "모델이 예측한 다음 값"},
    "training.try_rule": {"en": "By the sequence's rule", "ko": "수열의 규칙에 따른 값"},
    "training.try_sequence_name": {"en": "your window", "ko": "입력한 창"},
    "training.rollout_caption": {
        "en": "Rollout: each prediction is appended to the window and fed back in, so errors pile up step by step. Black shows the sequence's true continuation.",
        "ko": "롤아웃: 매번 예측값을 창 끝에 붙여 다시 입력하므로 오차가 단계마다 쌓입니다. 검은 선은 수열의 실제 이어지는 값입니다.",
    },
    "training.notice.rollout": {
        "en": "After {steps} steps the rollout is at {predicted}, the true value {truth}: an error of {error}.",
        "ko": "{steps}단계 뒤 롤아웃 값은 {predicted}, 실제 값은 {truth}로 오차는 {error}입니다.",
    },
    "training.kind.input": {"en": "your window", "ko": "입력한 창"},
    "training.kind.prediction": {"en": "model rollout", "ko": "모델 롤아웃"},
    "training.kind.truth": {"en": "true continuation", "ko": "실제로 이어지는 값"},
    # ----- axes -----
    "training.axis.step": {"en": "time step t", "ko": "시점 t"},
    "training.axis.value": {"en": "value", "ko": "값"},
    "training.axis.epoch": {"en": "epoch", "ko": "에포크"},
    "training.axis.loss": {"en": "training loss (MSE)", "ko": "학습 손실 (MSE)"},
    "training.axis.activation": {"en": "activation", "ko": "활성화 함수"},
    "training.axis.rollout_step": {"en": "steps after your window", "ko": "입력한 창 이후 단계"},
    # ----- quizzes -----
    "training.quiz.beyond.q": {
        "en": "Predict first: for the window {window}, just past the training data (true next value {target}), what does the {activation} model answer?",
        "ko": "먼저 예상해 보세요: 학습 데이터 바로 뒤의 창 {window}(실제 다음 값 {target})에 대해 {activation} 모델은 무엇이라고 답할까요?",
    },
    "training.quiz.beyond.close": {"en": "Close to it (within 0.1)", "ko": "거의 맞힌다 (0.1 이내)"},
    "training.quiz.beyond.low": {"en": "Clearly lower", "ko": "확실히 더 작게"},
    "training.quiz.beyond.high": {"en": "Clearly higher", "ko": "확실히 더 크게"},
    "training.quiz.beyond.why": {
        "en": "It answered {prediction}. A network only learns the range it saw; past it, what the activation does with larger inputs takes over.",
        "ko": "모델의 답은 {prediction}이었습니다. 신경망은 본 범위만 배웁니다. 그 바깥에서는 큰 입력에 대한 활성화 함수의 성질이 결과를 좌우합니다.",
    },
    "training.quiz.best.q": {
        "en": "Predict first: which activation reaches the lowest final loss in this run?",
        "ko": "먼저 예상해 보세요: 이번 실행에서 최종 손실이 가장 낮은 활성화 함수는 무엇일까요?",
    },
    "training.quiz.best.why": {
        "en": "{best}, with a final loss of {loss}. 'Safe' in the notes means 'does not overflow', which is a different question from 'fits best'.",
        "ko": "정답은 {best}, 최종 손실은 {loss}입니다. 노트에서 말하는 '안전하다'는 '넘치지 않는다'는 뜻이고, '가장 잘 맞는다'와는 다른 질문입니다.",
    },
    "training.quiz.drop.q": {
        "en": "Predict first: from the first epoch to the last, how much does the loss fall in this run?",
        "ko": "먼저 예상해 보세요: 이번 실행에서 손실은 첫 에포크부터 마지막 에포크까지 얼마나 줄어들까요?",
    },
    "training.quiz.drop.big": {"en": "More than 100×", "ko": "100배 넘게"},
    "training.quiz.drop.small": {"en": "Less than 100×", "ko": "100배 미만"},
    "training.quiz.drop.none": {
        "en": "It does not fall (it rises or diverges)",
        "ko": "줄지 않는다 (커지거나 발산한다)",
    },
    "training.quiz.drop.why": {
        "en": "First epoch {first}, last epoch {last}.",
        "ko": "첫 에포크 {first}, 마지막 에포크 {last}.",
    },
    "training.quiz.diverge.q": {
        "en": "ReLU, learning rate 300, one weight update per epoch (batch = all 100 samples): what happens to the loss?",
        "ko": "ReLU, 학습률 300, 에포크마다 가중치를 한 번만 갱신(배치 = 샘플 100개 전체)하면 손실은 어떻게 될까요?",
    },
    "training.quiz.diverge.fall": {"en": "It falls, just faster", "ko": "더 빨리 줄어든다"},
    "training.quiz.diverge.nan": {
        "en": "It jumps to huge values and becomes NaN within a few epochs",
        "ko": "엄청나게 커지다가 몇 에포크 안에 NaN이 된다",
    },
    "training.quiz.diverge.flat": {"en": "It stays where it started", "ko": "처음 값에서 변하지 않는다"},
    "training.quiz.diverge.why": {
        "en": "Adam moves every weight by about the learning rate at each update, so the weights jump to the hundreds; ReLU passes that growth on through the recurrence, the loss passes float32's limit (about 3·10³⁸) and turns NaN. Press **Show a divergence** to watch it.",
        "ko": "Adam은 갱신할 때마다 모든 가중치를 대략 학습률만큼 움직이므로 가중치가 수백 단위로 뛰어오릅니다. ReLU는 이 증가를 순환 구조를 따라 그대로 전달하고, 손실은 float32의 한계(약 3·10³⁸)를 넘어 NaN이 됩니다. **발산 예시 보기**를 눌러 직접 확인해 보세요.",
    },
}
