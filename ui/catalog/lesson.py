"""Strings of the guided lesson (issue 16): the lesson panel and the notes' lesson, step by step."""

TEXT = {
    "lesson.name.notes": {"en": "Lesson: the study notes, step by step", "ko": "수업: 강의 노트 순서대로"},
    "lesson.step_of": {"en": "Step {number} of {total}", "ko": "{total}단계 중 {number}단계"},
    "lesson.back": {"en": "◀ Back", "ko": "◀ 이전"},
    "lesson.next": {"en": "Next ▶", "ko": "다음 ▶"},
    "lesson.leave": {"en": "Leave the lesson", "ko": "수업 나가기"},
    "lesson.return": {"en": "Back to step {number}", "ko": "{number}단계로 돌아가기"},
    "lesson.elsewhere": {
        "en": "You left the lesson's page; the lesson waits at step {number}.",
        "ko": "수업 페이지를 벗어났습니다. 수업은 {number}단계에서 기다립니다.",
    },
    "lesson.predict_first": {
        "en": "Predict first: the result below stays hidden until you answer (or the presenter presses Show the answer).",
        "ko": "먼저 예상해 보세요. 답하거나 발표자가 '정답 보기'를 누르기 전까지 아래 결과는 가려져 있습니다.",
    },
    "lesson.bad_step": {
        "en": "`lesson_step` = `{raw}` is not a step of this lesson (1 to {total}); showing step 1.",
        "ko": "`lesson_step` = `{raw}`: 이 수업에 없는 단계입니다(1~{total}). 1단계를 보여 줍니다.",
    },
    "lesson.run_pending_shown": {
        "en": "Press **Train** with this step's settings: when the run ends, the answer shows here.",
        "ko": "이 단계의 설정 그대로 **학습 시작**을 누르세요. 학습이 끝나면 여기에 답이 나옵니다.",
    },
    "lesson.run_pending": {
        "en": "Your prediction: **{guess}**. Now press **Train** with this step's settings: when the run ends, it answers here.",
        "ko": "내 예상: **{guess}**. 이제 이 단계의 설정 그대로 **학습 시작**을 누르세요. 학습이 끝나면 여기에 답이 나옵니다.",
    },
    "lesson.done": {
        "en": "That was the last step. Back at the start: open the lesson link again.",
        "ko": "마지막 단계입니다. 처음부터 다시 하려면 수업 링크를 다시 여세요.",
    },
    "share.hide_controls": {"en": "Leave out the controls", "ko": "설정 컨트롤 숨기기"},
    "share.hide_sections": {"en": "Leave out these sections", "ko": "숨길 항목"},
    "replay.title": {"en": "Slow motion: replay this run", "ko": "느린 재생: 이 학습 다시 보기"},
    "replay.speed": {"en": "Speed", "ko": "속도"},
    "replay.by_step": {"en": "Epoch by epoch", "ko": "에포크 단위"},
    "replay.play": {"en": "Play", "ko": "재생"},
    "replay.epoch": {"en": "Epoch", "ko": "에포크"},
    "replay.note": {
        "en": "Replayed from the stored run, without training again: it took {span} s, so {speed}× lasts {slowest} s (its epochs spread evenly over that time). The loss curve and the predictions below follow the replay; the predictions were recorded every {every} epochs.",
        "ko": "저장된 학습을 다시 보여 주며, 다시 학습하지 않습니다. 이 학습은 {span}초 걸렸으므로 {speed}× 속도로는 {slowest}초 동안 재생됩니다(에포크를 그 시간에 고르게 나눕니다). 손실 그래프와 아래 예측이 재생을 따라 움직이며, 예측은 {every}에포크마다 기록해 두었습니다.",
    },
    "structure.step_play": {
        "en": "Play: one time step every {seconds} s, stopping at the last",
        "ko": "재생: {seconds}초마다 한 시점씩 나아가고 마지막 시점에서 멈춥니다",
    },
    "structure.step_pause": {"en": "Pause", "ko": "일시 정지"},
    "replay.note_losses_only": {
        "en": "Replayed from the stored run, without training again: it took {span} s, so {speed}× lasts {slowest} s (its epochs spread evenly over that time). This run kept no predictions along the way, so only the loss curve follows the replay; the predictions below are its last.",
        "ko": "저장된 학습을 다시 보여 주며, 다시 학습하지 않습니다. 이 학습은 {span}초 걸렸으므로 {speed}× 속도로는 {slowest}초 동안 재생됩니다(에포크를 그 시간에 고르게 나눕니다). 이 학습은 중간 예측을 기록하지 않았으므로 손실 그래프만 재생을 따라 움직이고, 아래 예측은 학습이 끝났을 때의 예측입니다.",
    },
    "replay.pause": {"en": "Pause", "ko": "일시 정지"},
    "replay.at_epoch": {"en": "Replay: epoch {epoch} of {epochs}", "ko": "재생: {epochs}에포크 중 {epoch}에포크"},
    "replay.predictions_at": {
        "en": "Replay: the model's predictions as recorded at epoch {at} (the replay is at epoch {epoch}).",
        "ko": "재생: {at}에포크에 기록한 모델의 예측입니다(지금 재생 위치는 {epoch}에포크입니다).",
    },
    # 1 · the feedback loop
    "lesson.notes.1.title": {"en": "The feedback loop", "ko": "되먹임 고리"},
    "lesson.notes.1.look": {
        "en": "The loop on the folded cell is the feedback: the state hₜ₋₁ goes back in beside the next input xₜ. Unrolled, it is the chain x₁→h₁, x₂ + h₁→h₂, x₃ + h₂→h₃, with the same weights at every time step.",
        "ko": "접힌 셀의 고리가 되먹임입니다. 은닉 상태 hₜ₋₁이 다음 입력 xₜ와 함께 다시 들어갑니다. 펼치면 x₁→h₁, x₂ + h₁→h₂, x₃ + h₂→h₃의 사슬이 되고, 모든 시점에서 같은 가중치를 씁니다.",
    },
    # 2 · one step by hand vs Keras
    "lesson.notes.2.title": {
        "en": "One step by hand, checked against Keras",
        "ko": "한 시점을 손으로 계산하고 Keras와 비교",
    },
    "lesson.notes.2.look": {
        "en": "The section computes hₜ = tanh(W_x xₜ + W_h hₜ₋₁ + b) number by number with NumPy, using the Keras layer's own weights, and sets the layer's own h₃ beside it.",
        "ko": "이 항목은 Keras 레이어의 가중치를 그대로 가져와 hₜ = tanh(W_x xₜ + W_h hₜ₋₁ + b)를 NumPy로 숫자 하나하나 계산하고, 레이어가 직접 낸 h₃를 옆에 놓습니다.",
    },
    "lesson.notes.2.question": {
        "en": "How close will the hand computation's h₃ be to the Keras layer's h₃?",
        "ko": "손으로 계산한 h₃는 Keras 레이어의 h₃와 얼마나 가까울까요?",
    },
    "lesson.notes.2.option.equal": {
        "en": "Equal up to float32 rounding (a difference below 10⁻⁵)",
        "ko": "float32 반올림 오차 안에서 같습니다 (차이 10⁻⁵ 미만)",
    },
    "lesson.notes.2.option.close": {
        "en": "Close, about two digits agree",
        "ko": "비슷합니다. 두 자리 정도 맞습니다",
    },
    "lesson.notes.2.option.different": {
        "en": "Different: Keras does more than this formula",
        "ko": "다릅니다. Keras는 이 식보다 더 많은 계산을 합니다",
    },
    "lesson.notes.2.reveal": {
        "en": "In this run the largest difference over the {units} units is {difference}: the formula is all a SimpleRNN step does.",
        "ko": "이번 실행에서 유닛 {units}개 중 가장 큰 차이는 {difference}입니다. SimpleRNN의 한 시점은 이 식이 전부입니다.",
    },
    # 3 · 440 + 21 = 461
    "lesson.notes.3.title": {"en": "Counting the parameters", "ko": "파라미터 세기"},
    "lesson.notes.3.look": {
        "en": "The notes' model: SimpleRNN(20) reading one feature per time step, with Dense(1) on top. The model summary and the weight table answer the question.",
        "ko": "강의 노트의 모델입니다. SimpleRNN(20)이 시점마다 특성 하나를 읽고, 그 위에 Dense(1)이 있습니다. 모델 요약과 가중치 표가 질문에 답합니다.",
    },
    "lesson.notes.3.question": {
        "en": "How many parameters does this model have in all?",
        "ko": "이 모델의 파라미터는 모두 몇 개일까요?",
    },
    "lesson.notes.3.option.461": {"en": "440 + 21 = 461", "ko": "440 + 21 = 461"},
    "lesson.notes.3.option.441": {"en": "420 + 21 = 441", "ko": "420 + 21 = 441"},
    "lesson.notes.3.option.420": {"en": "400 + 20 = 420", "ko": "400 + 20 = 420"},
    "lesson.notes.3.reveal": {
        "en": "SimpleRNN: {units} × ({features} + {units} + 1) = {recurrent} ({input_weights} input weights, {recurrent_weights} recurrent weights, {biases} biases); Dense(1): {units} + 1 = {head}; {total} in all, the count Keras reports in the summary.",
        "ko": "SimpleRNN은 {units} × ({features} + {units} + 1) = {recurrent}개(입력 가중치 {input_weights}개, 순환 가중치 {recurrent_weights}개, 편향 {biases}개), Dense(1)은 {units} + 1 = {head}개로, 모두 {total}개입니다. Keras가 요약에 보고하는 수와 같습니다.",
    },
    # 4 · the notes' "output connections", corrected
    "lesson.notes.4.title": {"en": "Which connections are the 400?", "ko": "400개는 어떤 연결인가"},
    "lesson.notes.4.look": {
        "en": 'The notes call the 20 × 20 = 400 weights inside the 440 "output connections". Look at the weight table\'s shapes before you trust that name.',
        "ko": "강의 노트는 440개 중 20 × 20 = 400개의 가중치를 '출력 연결'이라고 부릅니다. 그 이름을 믿기 전에 가중치 표의 형태를 보세요.",
    },
    "lesson.notes.4.question": {
        "en": "What do those 400 weights connect?",
        "ko": "그 400개의 가중치는 무엇과 무엇을 잇습니까?",
    },
    "lesson.notes.4.option.recurrent": {
        "en": "The previous state hₜ₋₁ to the new state hₜ (the recurrent kernel W_h)",
        "ko": "이전 은닉 상태 hₜ₋₁과 새 은닉 상태 hₜ (순환 가중치 W_h)",
    },
    "lesson.notes.4.option.output": {
        "en": "The hidden state to the output Dense layer",
        "ko": "은닉 상태와 출력 Dense 레이어",
    },
    "lesson.notes.4.option.input": {
        "en": "The input xₜ to the units",
        "ko": "입력 xₜ와 유닛",
    },
    "lesson.notes.4.reveal": {
        "en": "They are the recurrent kernel W_h, {units} × {units} = {recurrent_weights} weights that feed hₜ₋₁ back in: the feedback loop, not an output. The connections to the output are the Dense layer's {units} weights and 1 bias ({head}), counted apart from the 440.",
        "ko": "순환 가중치 W_h로, {units} × {units} = {recurrent_weights}개가 hₜ₋₁을 다시 넣는 되먹임 고리입니다. 출력 연결이 아닙니다. 출력으로 가는 연결은 Dense 레이어의 가중치 {units}개와 편향 1개({head}개)이며, 440개와 따로 셉니다.",
    },
    # 5 · return_sequences
    "lesson.notes.5.title": {"en": "What return_sequences changes", "ko": "return_sequences가 바꾸는 것"},
    "lesson.notes.5.look": {
        "en": "The same layer with `return_sequences=True`. The section lists the tensors the layer returns, built by Keras for these settings.",
        "ko": "같은 레이어에 `return_sequences=True`를 주었습니다. 이 항목은 Keras가 이 설정으로 만든 레이어가 돌려주는 텐서를 보여 줍니다.",
    },
    "lesson.notes.5.question": {
        "en": "With 3 time steps and 20 units, what does the layer return?",
        "ko": "시점 3개, 유닛 20개일 때 레이어는 무엇을 돌려줄까요?",
    },
    "lesson.notes.5.option.last": {"en": "(None, 20): the last time step only", "ko": "(None, 20): 마지막 시점만"},
    "lesson.notes.5.option.every": {
        "en": "(None, 3, 20): one output per time step",
        "ko": "(None, 3, 20): 시점마다 출력 하나",
    },
    "lesson.notes.5.option.state": {
        "en": "(None, 3): one number per time step",
        "ko": "(None, 3): 시점마다 숫자 하나",
    },
    "lesson.notes.5.reveal": {
        "en": "The layer returns hₜ of every one of the {timesteps} time steps, which a recurrent layer stacked on top needs. Without `return_sequences` the layer returns only the last, (None, {units}).",
        "ko": "레이어가 시점 {timesteps}개 모두의 hₜ를 돌려주며, 위에 쌓은 순환 레이어에는 이것이 필요합니다. `return_sequences`가 없으면 마지막 시점의 (None, {units})만 돌려줍니다.",
    },
    # 6 · the notes' training experiment
    "lesson.notes.6.title": {"en": "The notes' training experiment", "ko": "강의 노트의 학습 실험"},
    "lesson.notes.6.look": {
        "en": "SimpleRNN(20) + Dense(1), Adam and MSE learn the sequence that rises by 0.1. Press **Train** and watch the loss fall; the predictions past the data come after it.",
        "ko": "SimpleRNN(20) + Dense(1)이 Adam과 MSE로 0.1씩 증가하는 수열을 학습합니다. **학습 시작**을 누르고 손실이 줄어드는 것을 보세요. 데이터 너머의 예측은 그 아래에 나옵니다.",
    },
    "lesson.notes.6.question": {
        "en": "By the end of the first quarter of the epochs, how much of the loss's whole fall will have happened?",
        "ko": "전체 에포크의 처음 4분의 1이 지났을 때, 손실의 전체 감소분 가운데 얼마만큼이 이미 일어났을까요?",
    },
    "lesson.notes.6.option.most": {"en": "Most of it (more than half)", "ko": "대부분 (절반 넘게)"},
    "lesson.notes.6.option.some": {
        "en": "A quarter to a half: it falls evenly",
        "ko": "4분의 1에서 절반: 고르게 줄어듭니다",
    },
    "lesson.notes.6.option.little": {"en": "Less than a quarter: it falls late", "ko": "4분의 1 미만: 늦게 줄어듭니다"},
    "lesson.notes.6.reveal": {
        "en": "In this run the loss went from {first} at epoch 1 to {at_quarter} at epoch {quarter} and {last} at epoch {epochs}: {share} % of its whole fall came in the first quarter of the epochs. The slow-motion replay under the curve shows it again at 0.25×.",
        "ko": "이번 학습의 손실은 1에포크에서 {first}, {quarter}에포크에서 {at_quarter}, {epochs}에포크에서 {last}입니다. 전체 감소분 가운데 {share}%가 전체 에포크의 처음 4분의 1 동안 일어났습니다. 그래프 아래의 느린 재생(0.25×)으로 이 과정을 다시 볼 수 있습니다.",
    },
    # 7 · tanh vs ReLU vs sigmoid
    "lesson.notes.7.title": {"en": "tanh, ReLU and sigmoid side by side", "ko": "tanh, ReLU, sigmoid 나란히 비교"},
    "lesson.notes.7.look": {
        "en": 'Compare is on: the three activations train on the same data from the same seed. Press **Train** and read which ends lowest; the notes\' "tanh is safer" holds for some settings, not all.',
        "ko": "비교가 켜져 있어 세 활성화 함수가 같은 데이터와 같은 시드로 학습합니다. **학습 시작**을 누르고 어느 쪽 손실이 가장 낮게 끝나는지 읽으세요. 노트의 'tanh가 더 안전하다'는 설정에 따라 맞기도 하고 틀리기도 합니다.",
    },
    "lesson.notes.7.question": {
        "en": "Past the end of the data, whose predictions will come closest to the rule (rising by 0.1)?",
        "ko": "데이터 너머에서 규칙(0.1씩 증가)에 가장 가깝게 예측하는 활성화 함수는 무엇일까요?",
    },
    "lesson.notes.7.option.tanh": {"en": "tanh", "ko": "tanh"},
    "lesson.notes.7.option.relu": {"en": "ReLU", "ko": "ReLU"},
    "lesson.notes.7.option.sigmoid": {"en": "sigmoid", "ko": "sigmoid"},
    "lesson.notes.7.reveal": {
        "en": "Mean |error| over the {count} windows past the data in this run: tanh {error_tanh}, ReLU {error_relu}, sigmoid {error_sigmoid}. A tanh or sigmoid state is bounded, so the linear Dense(1) on top can reach only so far; a ReLU state has no upper bound.",
        "ko": "이번 학습에서 데이터 너머 윈도 {count}개의 평균 |오차|는 tanh {error_tanh}, ReLU {error_relu}, sigmoid {error_sigmoid}입니다. tanh나 sigmoid의 은닉 상태는 유계이므로 그 위의 선형 Dense(1)이 닿을 수 있는 값에 한계가 있습니다. ReLU의 은닉 상태에는 상한이 없습니다.",
    },
    # 8 · divergence
    "lesson.notes.8.title": {"en": "A run that diverges", "ko": "발산하는 학습"},
    "lesson.notes.8.look": {
        "en": "ReLU with a learning rate far too large: every update overshoots. Press **Train** and watch the loss leave the chart; NaN or infinity is shown as such.",
        "ko": "학습률이 지나치게 큰 ReLU입니다. 갱신할 때마다 지나칩니다. **학습 시작**을 누르고 손실이 그래프를 벗어나는 것을 보세요. NaN이나 무한대는 그대로 표시합니다.",
    },
    "lesson.notes.8.question": {
        "en": "With this learning rate, after how many epochs will the loss be NaN or infinite?",
        "ko": "이 학습률이면 몇 에포크 뒤에 손실이 NaN이나 무한대가 될까요?",
    },
    "lesson.notes.8.option.few": {"en": "Within 10 epochs", "ko": "10에포크 안에"},
    "lesson.notes.8.option.many": {"en": "Only after more than 10 epochs", "ko": "10에포크가 지나서야"},
    "lesson.notes.8.option.never": {
        "en": "Never: Adam keeps it finite",
        "ko": "되지 않습니다: Adam이 손실을 유한하게 유지합니다",
    },
    "lesson.notes.8.reveal": {
        "en": "In this run the loss was {first} after epoch 1 and at most {peak} while finite; at epoch {epoch} it was {value}, and the run stopped there.",
        "ko": "이번 학습의 손실: 1에포크 뒤 {first}, 유한한 값 가운데 최댓값 {peak}, {epoch}에포크에서 {value}. 학습은 그 에포크에서 멈췄습니다.",
    },
    # 9 · feedback stability
    "lesson.notes.9.title": {"en": "Can the feedback run away?", "ko": "되먹임이 폭주할 수 있을까"},
    "lesson.notes.9.look": {
        "en": "W_h is 1.5 × an orthogonal matrix, so every pass through the loop can stretch the state by up to 1.5. The chart follows ‖hₜ‖ step by step.",
        "ko": "W_h는 직교 행렬의 1.5배이므로, 고리를 한 번 돌 때마다 은닉 상태가 최대 1.5배까지 늘어날 수 있습니다. 그래프는 시점마다 ‖hₜ‖를 따라갑니다.",
    },
    "lesson.notes.9.question": {
        "en": "With tanh, what does ‖hₜ‖ do over the time steps?",
        "ko": "tanh일 때 ‖hₜ‖는 시점이 지나면서 어떻게 될까요?",
    },
    "lesson.notes.9.option.bounded": {"en": "It stays bounded", "ko": "유계로 머무릅니다"},
    "lesson.notes.9.option.grows": {"en": "It grows without limit", "ko": "한없이 커집니다"},
    "lesson.notes.9.option.zero": {"en": "It falls to zero", "ko": "0으로 줄어듭니다"},
    "lesson.notes.9.reveal": {
        "en": "In this run the largest ‖hₜ‖ over {steps} time steps is {peak}, below √{units} = {limit}: tanh keeps every unit inside (−1, 1) whatever W_h does. ReLU has no such ceiling.",
        "ko": "이번 실행에서 시점 {steps}개 동안 가장 큰 ‖hₜ‖ 값은 {peak}이며, √{units} = {limit}보다 작습니다. W_h가 어떻든 tanh는 모든 유닛을 (−1, 1) 안에 둡니다. ReLU에는 이런 상한이 없습니다.",
    },
    # 10 · vanishing through time
    "lesson.notes.10.title": {"en": "Gradients vanishing through time", "ko": "시간을 거슬러 사라지는 기울기"},
    "lesson.notes.10.look": {
        "en": "Now σ_max(W_h) = 0.8 with tanh, whose derivative is at most 1. The chart measures the gradient of the last state with respect to each earlier state, beside the Pascanu bound.",
        "ko": "이번에는 σ_max(W_h) = 0.8이고, tanh의 도함수 값은 최대 1입니다. 그래프는 마지막 은닉 상태의 기울기를 앞선 시점마다 재어 Pascanu 상한 옆에 놓습니다.",
    },
    "lesson.notes.10.question": {
        "en": "How large can the gradient be 50 time steps back, relative to its size at the end?",
        "ko": "50시점 앞에서 기울기는 끝에서의 크기에 비해 얼마나 클 수 있을까요?",
    },
    "lesson.notes.10.option.tiny": {"en": "At most about 10⁻⁵ of it", "ko": "많아야 10⁻⁵배 정도"},
    "lesson.notes.10.option.same": {"en": "About the same size", "ko": "거의 같은 크기"},
    "lesson.notes.10.option.any": {"en": "Any size: it depends on the input", "ko": "입력에 따라 어떤 크기든"},
    "lesson.notes.10.reveal": {
        "en": "σ_max · max f′ = {factor} < 1, so {steps} time steps back no Jacobian product can exceed {factor}^{steps} = {bound}: vanishing is guaranteed, whatever the input. The measured norms lie under that line.",
        "ko": "σ_max · max f′ = {factor} < 1이므로, {steps}시점 앞에서는 어떤 야코비 행렬의 곱도 상한 {factor}^{steps} = {bound}보다 커질 수 없습니다. 입력이 무엇이든 기울기 소실이 보장됩니다. 측정한 노름은 그 선 아래에 있습니다.",
    },
    # 11 · long-term dependency
    "lesson.notes.11.title": {"en": "A long-term dependency", "ko": "장기 의존성"},
    "lesson.notes.11.look": {
        "en": "The task's answer lies many time steps back, so its gradient must travel that far. Train it and read how well each cell recalls the answer.",
        "ko": "이 과제의 정답은 여러 시점 앞에 있어서 기울기가 그만큼 거슬러 가야 합니다. 학습시키고 각 셀이 정답을 얼마나 잘 기억하는지 읽으세요.",
    },
    # 12 · LSTM and the other remedies
    "lesson.notes.12.title": {"en": "LSTM and the other remedies", "ko": "LSTM과 다른 해결책"},
    "lesson.notes.12.look": {
        "en": "Gradient clipping caps an exploding update, the LSTM's cell state carries information along an additive path, and IRNN starts W_h at the identity matrix. Compare what each changes.",
        "ko": "기울기 클리핑은 폭주하는 갱신 폭을 자르고, LSTM의 셀 상태는 덧셈 경로로 정보를 실어 나르며, IRNN은 W_h를 단위 행렬에서 시작합니다. 각각이 무엇을 바꾸는지 비교하세요.",
    },
}
