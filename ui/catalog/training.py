"""Strings of the training page."""

TEXT = {
    "training.title": {"en": "Training: watch an RNN learn", "ko": "학습: RNN이 배우는 과정 지켜보기"},
    "training.intro": {
        "en": "The notes build `SimpleRNN(20)` + `Dense(1)` with Adam and mean squared error for a sequence that rises by 0.1 (the window `[0.0, 0.1, 0.2]` should predict `0.3`), and train a `SimpleRNN(10)` on windows of 4 values for 100 epochs. The defaults here merge the two examples: SimpleRNN(20), windows of 3 values, 100 epochs. Run that experiment, watch the loss fall, and test the notes' rule of thumb that tanh is the safe activation by training tanh, ReLU and sigmoid on the same data with the same seed.",
        "ko": "노트에서는 0.1씩 커지는 수열에 `SimpleRNN(20)` + `Dense(1)` 모델을 Adam과 평균제곱오차(MSE)로 컴파일하고(윈도 `[0.0, 0.1, 0.2]`를 보고 `0.3`을 맞히는 문제), 값 4개짜리 윈도로 `SimpleRNN(10)`을 100에포크 동안 학습합니다. 여기의 기본값은 두 예제를 합친 것으로, SimpleRNN(20), 값 3개짜리 윈도, 100에포크입니다. 이 실험을 직접 돌려 손실이 줄어드는 모습을 지켜보고, 같은 데이터와 같은 시드로 tanh, ReLU, sigmoid를 학습해 “tanh가 안전하다”는 노트의 경험칙을 확인해 보세요.",
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
    "training.window": {
        "en": "Window length",
        "ko": "윈도 길이",
    },
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
    "training.seed": {
        "en": "Random seed",
        "ko": "시드",
    },
    "training.compare": {"en": "Compare tanh, ReLU and sigmoid", "ko": "tanh, ReLU, sigmoid 비교"},
    "training.compare_help": {
        "en": "Trains all three activations on the same data with the same seed; the activation above is then only used for 'Try it'.",
        "ko": "세 활성화 함수를 같은 데이터, 같은 시드로 모두 학습합니다. 위에서 고른 활성화 함수는 '직접 해 보기'에만 쓰입니다.",
    },
    # ----- data -----
    "training.data_title": {"en": "The data", "ko": "데이터"},
    "training.preview_caption": {
        "en": "The first windows and their targets, printed as the notes print `X[i], Y[i]`:",
        "ko": "처음 몇 개의 윈도와 목표값을 노트처럼 `X[i], Y[i]`로 출력한 모습입니다:",
    },
    "training.data_shape": {
        "en": "X has shape ({samples}, {window}, 1) and Y has shape ({samples},): {samples} windows of {window} values, each followed by the value to predict.",
        "ko": "X의 형태는 ({samples}, {window}, 1), Y의 형태는 ({samples},)입니다. 값 {window}개짜리 윈도 {samples}개와, 각 윈도 다음에 올 값입니다.",
    },
    "training.notice.data": {
        "en": "Each window overlaps the next one by all but one value: the model sees the same numbers several times, each time in a different position.",
        "ko": "이웃한 윈도는 값 하나만 빼고 모두 겹칩니다. 모델은 같은 숫자를 여러 번, 매번 다른 위치에서 봅니다.",
    },
    "training.scale_why": {
        "en": "Why scaling matters here: the values reach {largest}. tanh and sigmoid flatten out once their input passes about ±3 (derivative near 0), so unscaled inputs can push the units into the flat part and slow learning. Their hidden state also stays in (−1, 1) or (0, 1), so Dense(1) has to stretch it to reach targets up to {largest}. Mapping the data onto [0, 1] removes both handicaps. ReLU neither flattens for positive inputs nor has a ceiling, so without scaling the three do not compete on equal terms.",
        "ko": "여기서 스케일링이 중요한 이유: 이 데이터의 값은 {largest}까지 커집니다. tanh와 sigmoid는 입력이 대략 ±3을 넘으면 평평해지므로(도함수 값이 0에 가까움), 스케일링하지 않은 입력이 유닛을 그 평평한 구간으로 밀어 넣어 학습을 늦출 수 있습니다. 또 은닉 상태가 (−1, 1)이나 (0, 1) 안에 머물기 때문에, {largest}까지 가는 목표값에 닿으려면 Dense(1)이 그 값을 크게 늘려야 합니다. 데이터를 [0, 1]로 옮기면 두 가지 불리함이 모두 사라집니다. ReLU는 양수 입력에서 평평해지지도 않고 상한도 없으므로, 스케일링하지 않으면 세 활성화 함수가 같은 조건에서 겨루는 것이 아닙니다.",
    },
    "training.scale_on": {
        "en": "Scaling is on: the model trains on values in [0, 1] (min {low}, max {high}), so the loss is measured on that scale.",
        "ko": "스케일링이 켜져 있습니다. 모델은 [0, 1] 범위의 값(최솟값 {low}, 최댓값 {high})으로 학습하므로 손실도 그 척도로 잽니다.",
    },
    # ----- actions and progress -----
    "training.train": {"en": "Train", "ko": "학습 시작"},
    "training.stop": {"en": "Stop", "ko": "중지"},
    "training.demo": {"en": "Show a divergence", "ko": "발산 예시 보기"},
    "training.demo_section": {
        "en": "Divergence: what does a learning rate of 300 do?",
        "ko": "발산 예시: 학습률이 300이면 어떻게 될까요?",
    },
    "training.demo_help": {
        "en": "ReLU, learning rate 300, one update per epoch (batch = all 100 samples): checked to diverge within a few epochs. The blow-up comes from the huge learning rate, not from the feedback loop the notes warn about; that overflow is on the gradients page, section 1.",
        "ko": "ReLU, 학습률 300, 에포크마다 한 번 갱신(배치 = 샘플 100개 전체)하는 설정으로, 몇 에포크 안에 발산하는 것을 확인했습니다. 이 발산은 지나치게 큰 학습률 때문이며, 노트가 경고하는 되먹임 고리의 오버플로와는 다릅니다. 그 오버플로는 기울기 문제 페이지 1번 항목에서 볼 수 있습니다.",
    },
    "training.notes_defaults": {"en": "Back to the notes' experiment", "ko": "노트의 실험으로 되돌리기"},
    "training.press_train": {
        "en": "Set up the experiment above and press **Train**. Changing a control never starts training by itself.",
        "ko": "위에서 실험을 설정한 뒤 **학습 시작**을 누르세요. 설정을 바꾸는 것만으로는 학습이 시작되지 않습니다.",
    },
    "training.queued": {
        "en": "Waiting for a free trainer: {ahead} run(s) ahead of this one…",
        "ko": "빈 학습기를 기다리는 중입니다. 앞에 학습 {ahead}개가 대기하고 있습니다…",
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
        "ko": "처음 몇 에포크가 끝나기 전에 실행을 멈춰서 아직 보여 줄 결과가 없습니다.",
    },
    "training.status.finished": {
        "en": "**{activation}**: trained {epochs} epochs in {seconds} s; final loss {loss}.",
        "ko": "**{activation}**: {epochs}에포크를 {seconds}초 동안 학습했습니다. 최종 손실은 {loss}입니다.",
    },
    "training.status.stopped": {
        "en": "**{activation}**: stopped at epoch {epoch} of {epochs}; loss at that point {loss}.",
        "ko": "**{activation}**: 에포크 {epoch} / {epochs}에서 멈췄습니다. 그때의 손실은 {loss}입니다.",
    },
    "training.status.diverged": {
        "en": "**{activation}: diverged at epoch {epoch}.** Values inside the network overflowed float32 and the loss became {value}, so training stopped there. The curve shows the {finite} epoch(s) before it.",
        "ko": "**{activation}: 에포크 {epoch}에서 발산했습니다.** 신경망 안의 값이 float32 범위를 넘어 오버플로하면서 손실이 {value} 값이 되었고, 학습은 그 자리에서 멈췄습니다. 그래프에는 그 전의 에포크 {finite}개가 보입니다.",
    },
    "training.status.diverged_first": {
        "en": "**{activation}: diverged in the very first epoch.** The loss became {value} before any epoch ended finite, so there is no curve to draw.",
        "ko": "**{activation}: 첫 에포크에서 바로 발산했습니다.** 유한한 손실로 끝난 에포크 없이 손실이 {value} 값이 되어 그릴 곡선이 없습니다.",
    },
    # ----- results -----
    "training.loss_title": {
        "en": "Loss per epoch (log scale)",
        "ko": "에포크별 손실 (로그 눈금)",
    },
    "training.notice.loss_fell": {
        "en": "The loss fell from {first} to {last}, {factor}× lower, over {epochs} epochs. On a log scale equal steps down mean equal factors.",
        "ko": "{epochs}에포크 동안 손실이 {factor}분의 1로 줄었습니다({first} → {last}). 로그 눈금에서는 같은 간격만큼 내려가면 같은 비율로 줄었다는 뜻입니다.",
    },
    "training.notice.loss_flat": {
        "en": "The loss went from {first} to {last}: it did not even halve. The learning rate may be too large or too small, or the model needs more epochs.",
        "ko": "손실이 절반으로도 줄지 않았습니다({first} → {last}). 학습률이 너무 크거나 작을 수 있고, 에포크가 더 필요할 수도 있습니다.",
    },
    "training.notice.loss_diverged": {
        "en": "Once a loss is NaN or ∞, every later update is NaN too: the weights are lost, which is why training stops at that epoch.",
        "ko": "손실이 한 번 NaN이나 ∞가 되면 이후의 모든 갱신도 NaN이 되어 가중치가 망가집니다. 그래서 그 에포크에서 학습을 멈춥니다.",
    },
    "training.table_title": {"en": "Final losses", "ko": "최종 손실"},
    "training.col.activation": {"en": "Activation", "ko": "활성화 함수"},
    "training.col.status": {"en": "How it ended", "ko": "종료 상태"},
    "training.col.epochs_run": {
        "en": "Epochs run",
        "ko": "실행한 에포크 수",
    },
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
        "en": "{best} fitted this sequence better than tanh. That does not contradict the rule of thumb: in the notes “tanh is safer” means its values cannot overflow, which is a different question from which fits best, and no activation overflowed in this run.",
        "ko": "이 수열에는 {best} 쪽이 tanh보다 잘 맞았습니다. 그렇다고 경험칙과 어긋나는 것은 아닙니다. 노트에서 “tanh가 더 안전하다”는 말은 값이 오버플로하지 않는다는 뜻으로, 어느 쪽이 더 잘 맞는지와는 다른 질문입니다. 이번 실행에서는 어떤 활성화 함수도 오버플로하지 않았습니다.",
    },
    "training.cmp.agrees": {
        "en": "Here tanh also fitted best. The rule of thumb is about not overflowing; fitting best is a separate result.",
        "ko": "이번에는 tanh가 가장 잘 맞기도 했습니다. 경험칙은 오버플로하지 않는다는 뜻이고, 가장 잘 맞는 것은 별개의 결과입니다.",
    },
    "training.cmp.diverged": {
        "en": "Diverged (loss NaN or ∞): {which}.",
        "ko": "발산(손실이 NaN 또는 ∞): {which}.",
    },
    "training.cmp.tanh_safer": {
        "en": "ReLU diverged while tanh, whose state stays in (−1, 1), stayed finite: that is the sense in which the notes call tanh safer. For the feedback overflow the notes warn about, see the gradients page, section 1.",
        "ko": "ReLU는 발산했고, 상태가 (−1, 1) 안에 머무는 tanh는 유한하게 남았습니다. 노트가 tanh를 더 안전하다고 하는 것은 이런 뜻입니다. 노트가 경고하는 되먹임 고리의 오버플로는 기울기 문제 페이지 1번 항목에서 볼 수 있습니다.",
    },
    "training.cmp.beyond": {
        "en": "Past the training data, for {window} (true next value {target}), the models predicted {predictions}.",
        "ko": "학습 데이터 바깥의 윈도 {window}(실제 다음 값 {target})에 대한 모델들의 예측: {predictions}.",
    },
    "training.pred_title": {"en": "Predictions against targets", "ko": "예측값과 목표값"},
    "training.pred_caption": {
        "en": "Dashed black: the true next values. Coloured: the model's predictions. The shaded band holds the {count} windows right after the training data, which the model never saw.",
        "ko": "검은 점선은 실제 다음 값, 색깔 선은 모델의 예측입니다. 음영 구간은 학습 데이터 바로 뒤의 윈도 {count}개로, 모델이 한 번도 보지 못한 부분입니다.",
    },
    "training.notice.pred": {
        "en": "For {window}, just past the training data, the model predicted {prediction}; the true next value is {target}.",
        "ko": "학습 데이터 바로 뒤의 윈도 {window}에 대해 모델의 예측은 {prediction}, 실제 다음 값은 {target}입니다.",
    },
    "training.notice.pred_off": {
        "en": "Outside the range it was trained on, a network does not know the rule; it does whatever its activation does with larger inputs (tanh and sigmoid level off, ReLU can keep growing).",
        "ko": "학습한 범위를 벗어나면 신경망은 규칙을 알지 못합니다. 큰 입력에서 활성화 함수가 하는 대로 따라갈 뿐입니다(tanh와 sigmoid는 평평해지고, ReLU는 계속 커질 수 있습니다).",
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
        "ko": "keras.models.load_model(경로)로 불러올 수 있습니다. 같은 레이어와 가중치를 담고 있고, Adam과 MSE로 컴파일되어 있습니다.",
    },
    # ----- try it -----
    "training.try_title": {
        "en": "Try it: ask the model for the next value",
        "ko": "직접 해 보기: 모델에게 다음 값 물어보기",
    },
    "training.try_model": {"en": "Model", "ko": "모델"},
    "training.try_sequence": {
        "en": "Your window ({window} numbers, separated by commas)",
        "ko": "입력할 윈도 (숫자 {window}개, 쉼표로 구분)",
    },
    "training.try_steps": {
        "en": "Rollout steps",
        "ko": "이어서 예측할 시점 수",
    },
    "training.try_next": {"en": "Model's next value", "ko": "모델이 예측한 다음 값"},
    "training.try_rule": {"en": "By the sequence's rule", "ko": "수열의 규칙에 따른 값"},
    "training.try_sequence_name": {
        "en": "your window",
        "ko": "입력한 윈도",
    },
    "training.rollout_caption": {
        "en": "Rollout: each prediction is appended to the window and fed back in, so errors can pile up step by step. Black shows the sequence's true continuation.",
        "ko": "연속 예측: 매번 예측값을 윈도 끝에 붙여 다시 입력하므로 오차가 시점마다 쌓일 수 있습니다. 검은 선은 수열이 실제로 이어지는 값입니다.",
    },
    "training.notice.rollout": {
        "en": "After {steps} steps the rollout is at {predicted}, the true value {truth}: an error of {error}.",
        "ko": "{steps}시점 뒤 연속 예측 값은 {predicted}, 실제 값은 {truth}이고, 오차는 {error}입니다.",
    },
    "training.kind.input": {
        "en": "your window",
        "ko": "입력한 윈도",
    },
    "training.kind.prediction": {"en": "model rollout", "ko": "모델의 연속 예측"},
    "training.kind.truth": {"en": "true continuation", "ko": "실제로 이어지는 값"},
    # ----- axes -----
    "training.axis.step": {"en": "time step t", "ko": "시점 t"},
    "training.axis.value": {"en": "value", "ko": "값"},
    "training.axis.epoch": {"en": "epoch", "ko": "에포크"},
    "training.axis.loss": {"en": "training loss (MSE)", "ko": "학습 손실 (MSE)"},
    "training.axis.activation": {"en": "activation", "ko": "활성화 함수"},
    "training.axis.rollout_step": {
        "en": "steps after your window",
        "ko": "입력한 윈도 이후 시점",
    },
    # ----- quizzes -----
    "training.quiz.beyond.q": {
        "en": "Predict first: for the window {window}, just past the training data (true next value {target}), what does the {activation} model answer?",
        "ko": "먼저 예상해 보세요: 학습 데이터 바로 뒤의 윈도 {window}(실제 다음 값 {target})에 대해 {activation} 모델은 어떻게 답할까요?",
    },
    "training.quiz.beyond.close": {
        "en": "Within {tolerance} of it",
        "ko": "오차 {tolerance} 이내로 맞힙니다",
    },
    "training.quiz.beyond.low": {
        "en": "More than {tolerance} lower",
        "ko": "{tolerance} 넘게 작게 답합니다",
    },
    "training.quiz.beyond.high": {
        "en": "More than {tolerance} higher",
        "ko": "{tolerance} 넘게 크게 답합니다",
    },
    "training.quiz.beyond.why": {
        "en": "It answered {prediction}. A network only learns the range it saw; past it, what the activation does with larger inputs takes over.",
        "ko": "모델의 답: {prediction}. 신경망은 학습에서 본 범위만 배웁니다. 그 바깥에서는 큰 입력에 대한 활성화 함수의 성질이 결과를 좌우합니다.",
    },
    "training.quiz.best.q": {
        "en": "Predict first: which activation reaches the lowest final loss in this run?",
        "ko": "먼저 예상해 보세요: 이번 실행에서 최종 손실이 가장 낮은 활성화 함수는 무엇일까요?",
    },
    "training.quiz.best.why": {
        "en": "{best} reached the lowest final loss ({loss}). 'Safe' in the notes means 'does not overflow', which is a different question from 'fits best'.",
        "ko": "{best}의 최종 손실({loss})이 가장 낮습니다. 노트에서 말하는 ‘안전하다’는 ‘오버플로하지 않는다’는 뜻이고, ‘가장 잘 맞는다’와는 다른 질문입니다.",
    },
    "training.quiz.drop.q": {
        "en": "Predict first: from the first epoch to the last, how much does the loss fall in this run?",
        "ko": "먼저 예상해 보세요: 이번 실행에서 손실은 첫 에포크부터 마지막 에포크까지 얼마나 줄어들까요?",
    },
    "training.quiz.drop.big": {
        "en": "It falls more than 100×",
        "ko": "100분의 1 아래로 줄어듭니다",
    },
    "training.quiz.drop.small": {
        "en": "It falls, but less than 100×",
        "ko": "줄지만 100분의 1까지는 아닙니다",
    },
    "training.quiz.drop.none": {
        "en": "It does not fall (it rises or diverges)",
        "ko": "줄지 않습니다 (커지거나 발산합니다)",
    },
    "training.quiz.drop.why": {
        "en": "First epoch {first}, last epoch {last}.",
        "ko": "첫 에포크의 손실은 {first}, 마지막 에포크의 손실은 {last}입니다.",
    },
    "training.quiz.diverge.q": {
        "en": "The notes' experiment with ReLU, learning rate 300 and one weight update per epoch (batch = all 100 samples), as **Show a divergence** sets it up: what happens to the loss?",
        "ko": "노트의 실험을 **발산 예시 보기**처럼 ReLU, 학습률 300, 에포크마다 가중치를 한 번만 갱신(배치 = 샘플 100개 전체)하도록 바꾸면 손실은 어떻게 될까요?",
    },
    "training.quiz.diverge.fall": {
        "en": "It falls, just faster",
        "ko": "더 빨리 줄어듭니다",
    },
    "training.quiz.diverge.nan": {
        "en": "It jumps to huge values and becomes NaN within a few epochs",
        "ko": "엄청나게 커지다가 몇 에포크 안에 NaN이 됩니다",
    },
    "training.quiz.diverge.flat": {
        "en": "It stays where it started",
        "ko": "처음 값에서 변하지 않습니다",
    },
    "training.quiz.diverge.why": {
        "en": "Adam moves every weight by up to about the learning rate at each update, so at 300 the weights jump into the hundreds. ReLU passes that growth on through the recurrence until values inside the network overflow float32 (about 3.4 × 10³⁸) to ∞; then ∞ − ∞ or 0 × ∞ gives NaN, and the loss turns NaN with them. The loss itself never has to pass float32's limit. Press **Show a divergence** to watch it.",
        "ko": "Adam은 갱신할 때마다 모든 가중치를 최대 학습률 정도만큼 움직이므로, 학습률이 300이면 가중치가 수백 단위로 뛰어오릅니다. ReLU는 이 증가를 순환 구조를 따라 그대로 전달하고, 결국 신경망 안의 값이 float32의 한계(약 3.4 × 10³⁸)를 넘어 ∞로 오버플로합니다. 그러면 ∞ − ∞나 0 × ∞가 NaN을 만들고 손실도 NaN이 됩니다. 손실 자체가 float32의 한계를 먼저 넘을 필요는 없습니다. **발산 예시 보기**를 눌러 직접 확인해 보세요.",
    },
    "training.progress_compare": {
        "en": "Summed over {runs} runs · Epoch {epoch} of {epochs} · {seconds} s",
        "ko": "실행 {runs}개 합계 · 에포크 {epoch} / {epochs} · {seconds}초",
    },
    "training.cmp.tanh_fell": {
        "en": "tanh's loss fell too ({first} → {last}).",
        "ko": "tanh의 손실도 줄었습니다({first} → {last}).",
    },
    "training.cmp.tanh_rose": {
        "en": "But tanh's loss did not fall ({first} → {last}): it stayed finite without learning.",
        "ko": "다만 tanh의 손실은 줄지 않았습니다({first} → {last}). 유한하게 남았을 뿐 학습되지는 않았습니다.",
    },
    "training.cmp.unscaled": {
        "en": "Scaling was off and the targets reach {largest}: tanh and sigmoid had to build them through Dense(1) from a hidden state held in (−1, 1) or (0, 1), while ReLU's state has no ceiling. This ranking measures the fit to unscaled data; turn scaling on to compare the activations on equal terms, and the ranking may change.",
        "ko": "스케일링이 꺼져 있고 목표값은 {largest}까지 갑니다. tanh와 sigmoid는 (−1, 1)이나 (0, 1) 안에 머무는 은닉 상태에서 Dense(1)을 거쳐 그 값을 만들어야 했지만, ReLU의 상태에는 상한이 없습니다. 이 순위는 스케일링하지 않은 데이터에 대한 적합도입니다. 같은 조건에서 비교하려면 스케일링을 켜 보세요. 순위가 바뀔 수 있습니다.",
    },
    "training.axis.target": {
        "en": "target",
        "ko": "목표값",
    },
    "training.axis.prediction": {
        "en": "prediction",
        "ko": "예측값",
    },
    "training.axis.region": {
        "en": "where",
        "ko": "구간",
    },
    "training.axis.series": {
        "en": "line",
        "ko": "선",
    },
    "training.region.training": {
        "en": "training data",
        "ko": "학습 데이터",
    },
    "training.region.beyond": {
        "en": "past the training data",
        "ko": "학습 데이터 바깥",
    },
}
