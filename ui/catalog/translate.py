"""Strings of the translator page (encoder–decoder trained on number words)."""

TEXT = {
    "nav.translate": {"en": "5 · Translator", "ko": "5 · 번역기"},
    "overview.path.translate": {
        "en": "A real encoder–decoder translating English number words into Korean: look inside it, train it, break it.",
        "ko": "영어로 쓴 수를 한국어로 옮기는 실제 인코더–디코더입니다. 속을 들여다보고, 직접 학습시키고, 한계를 확인합니다.",
    },
    "translate.structure_link": {
        "en": "See this pattern trained: a translator from English number words to Korean",
        "ko": "이 구조를 실제로 학습시킨 예: 영어로 쓴 수를 한국어로 옮기는 번역기",
    },
    "translate.title": {"en": "Translator: an encoder–decoder at work", "ko": "번역기: 인코더–디코더의 실제 동작"},
    "translate.intro": {
        "en": (
            "The notes name machine translation (Papago, for one) as the representative application of RNNs: input and "
            "output are both sequences, words or characters in order. Here is a small translator you can inspect, with "
            "an input and an output of different lengths: it reads English number words "
            '("three hundred twenty one") one word at a time and writes Sino-Korean numbers (삼백이십일) one syllable '
            "at a time. It was trained on 8,000 of the numbers 0–9999; the 1,000 test numbers below were never shown "
            "to it."
        ),
        "ko": (
            "노트는 RNN의 대표적인 응용 사례로 기계 번역(예: 파파고)을 듭니다. 입력과 출력이 모두 순서를 가진 글자나 단어의 "
            "시퀀스입니다. 여기서는 속을 들여다볼 수 있는 작은 번역기를 다루며, 입력과 출력의 길이가 서로 다릅니다. "
            '영어로 쓴 수("three hundred twenty one")를 한 단어씩 읽고, '
            "한자어 수사(삼백이십일)를 한 음절씩 씁니다. 0~9999 가운데 8,000개로 학습했고, 아래의 테스트용 숫자 1,000개는 "
            "학습 중에 한 번도 보지 않았습니다."
        ),
    },
    "translate.text": {"en": "English number words (or digits)", "ko": "영어로 쓴 수 (또는 숫자)"},
    "translate.text_help": {
        "en": 'Words like "four thousand five hundred six", at most 100 characters. Digits such as 4506 are first written as English words.',
        "ko": '"four thousand five hundred six" 같은 영어 단어를 최대 100자까지 넣습니다. 4506 같은 숫자는 먼저 영어 단어로 바꿔 읽습니다.',
    },
    "translate.units": {"en": "Hidden units", "ko": "은닉 유닛 수"},
    "translate.seed": {"en": "Seed", "ko": "시드"},
    "translate.examples": {"en": "Try", "ko": "예시"},
    "translate.model.shipped": {
        "en": "Model: the one shipped with the app (GRU, {units} units, seed {seed}, {epochs} epochs).",
        "ko": "모델: 앱에 들어 있는 학습된 모델입니다 (GRU, 유닛 {units}개, 시드 {seed}, {epochs}에포크).",
    },
    "translate.model.trained": {
        "en": "Model: the one trained below (GRU, {units} units, seed {seed}, {epochs:g} epochs, {status}).",
        "ko": "모델: 아래에서 학습한 모델입니다 (GRU, 유닛 {units}개, 시드 {seed}, {epochs:g}에포크, {status}).",
    },
    "translate.model.none": {
        "en": (
            "No model with {units} units and seed {seed} has been trained yet, so the shipped model ({shipped_units} "
            "units, seed {shipped_seed}) translates for now. Press **Train** below to train yours."
        ),
        "ko": (
            "유닛 {units}개, 시드 {seed}인 모델은 아직 학습하지 않았으므로, 지금은 앱에 들어 있는 모델(유닛 "
            "{shipped_units}개, 시드 {shipped_seed})이 번역합니다. 아래의 **학습 시작**을 누르면 직접 학습합니다."
        ),
    },
    "translate.status.finished": {"en": "finished", "ko": "완료"},
    "translate.status.stopped": {"en": "stopped early", "ko": "중간에 멈춤"},
    "translate.status.running": {"en": "running", "ko": "진행 중"},
    # reading the input
    "translate.read.empty": {
        "en": 'Type some English number words above, for example "three hundred twenty one".',
        "ko": '위에 영어로 쓴 수를 입력하세요. 예: "three hundred twenty one"',
    },
    "translate.read.no_words": {
        "en": "There are no words in this text, only punctuation.",
        "ko": "이 글에는 단어가 없고 문장 부호뿐입니다.",
    },
    "translate.read.too_long": {
        "en": "This text is longer than 100 characters; shorten it to translate it.",
        "ko": "100자를 넘는 글입니다. 번역하려면 줄여 주세요.",
    },
    "translate.read.digits": {
        "en": "Digits are first written as English words: the encoder reads `{words}`.",
        "ko": "숫자는 먼저 영어 단어로 바꿉니다. 인코더가 읽는 입력은 `{words}`입니다.",
    },
    "translate.read.negative": {
        "en": (
            "Negative numbers are outside what the model learned: it was trained on 0–9999 and has no word for minus. "
            "So the minus is set aside and the encoder reads only `{words}`."
        ),
        "ko": (
            "음수는 모델이 배운 범위 밖입니다. 모델은 0~9999의 수로 학습했고, 어휘에 마이너스를 나타내는 단어가 없습니다. "
            "그래서 마이너스 부호는 떼어 두고 인코더는 `{words}`만 읽습니다."
        ),
    },
    "translate.read.negative_korean": {
        "en": "In Korean the negative number is 마이너스 {korean}; the answer below is for the number without its sign.",
        "ko": "이 음수는 한국어로 마이너스 {korean}입니다. 아래 정답은 부호를 뗀 수에 대한 것입니다.",
    },
    "translate.read.unknown": {
        "en": (
            "Words the model never saw: {words}. Each goes in as the unknown token `<unk>`, whose vector was never "
            "trained (it keeps its random starting values); the model translates what it can."
        ),
        "ko": (
            "모델이 본 적 없는 단어: {words}. 이런 단어는 모두 미등록 단어 토큰 `<unk>`로 들어가는데, 이 토큰의 벡터는 한 번도 "
            "학습되지 않았습니다(처음의 무작위 값 그대로입니다). 모델은 읽을 수 있는 만큼 번역합니다."
        ),
    },
    "translate.read.beyond": {
        "en": (
            "{number:,} is beyond 9999, the largest number in training: its Korean needs 만, a syllable the decoder "
            "cannot write (it can write only the 13 syllables it was trained on), so it cannot get this right."
        ),
        "ko": (
            "{number:,}: 학습한 가장 큰 수 9999보다 큽니다. 한국어로 쓰려면 '만'이 필요한데, 디코더는 학습한 13개 음절만 "
            "쓸 수 있어 '만'을 쓸 수 없습니다. 그래서 이 수는 맞힐 수 없습니다."
        ),
    },
    "translate.read.not_a_number": {
        "en": "These words do not name a number the way the training data writes them, so there is no correct answer to compare with.",
        "ko": "이 단어들은 학습 데이터가 수를 쓰는 방식과 맞지 않아 비교할 정답이 없습니다.",
    },
    # the translation
    "translate.output.title": {"en": "Translation", "ko": "번역 결과"},
    "translate.output.model": {"en": "The model writes", "ko": "모델의 출력"},
    "translate.output.expected": {"en": "Correct", "ko": "정답"},
    "translate.output.nothing": {"en": "(nothing: it wrote `</s>` first)", "ko": "(없음: 처음부터 `</s>`를 썼습니다)"},
    "translate.output.right": {"en": "Right, syllable for syllable.", "ko": "음절 하나하나까지 맞았습니다."},
    "translate.output.wrong": {
        "en": "Wrong: it should write {expected}.",
        "ko": "틀렸습니다. 정답은 {expected}입니다.",
    },
    "translate.output.split": {
        "en": "{number} was one of the {split} numbers.",
        "ko": "{number}: {split} 숫자 중 하나입니다.",
    },
    "translate.split.train": {"en": "training", "ko": "학습용"},
    "translate.split.validation": {"en": "validation", "ko": "검증용"},
    "translate.split.test": {"en": "test (never seen in training)", "ko": "테스트용(학습 중 본 적 없는)"},
    # inside
    "translate.inside.title": {"en": "Watch it translate", "ko": "번역하는 과정 보기"},
    "translate.inside.nothing": {
        "en": "Type an input above to see the encoder and decoder step by step.",
        "ko": "위에 입력을 넣으면 인코더와 디코더를 단계별로 볼 수 있습니다.",
    },
    "translate.quiz.context.q": {
        "en": "The encoder reads {count} words with {units} hidden units. How many numbers does it hand to the decoder?",
        "ko": "인코더가 은닉 유닛 {units}개로 단어 {count}개를 읽습니다. 디코더에 넘기는 숫자는 몇 개일까요?",
    },
    "translate.quiz.context.q_one": {
        "en": "The encoder reads 1 word with {units} hidden units. How many numbers does it hand to the decoder?",
        "ko": "인코더가 은닉 유닛 {units}개로 단어 하나를 읽습니다. 디코더에 넘기는 숫자는 몇 개일까요?",
    },
    "translate.quiz.context.why": {
        "en": (
            "Only its last hidden state, the context vector: {units} numbers, however long the input. Everything the "
            "decoder knows about the sentence has to fit in them."
        ),
        "ko": (
            "마지막 은닉 상태, 즉 문맥 벡터 하나만 넘깁니다. 입력 길이와 상관없이 숫자 {units}개입니다. 디코더가 문장에 대해 "
            "아는 모든 것이 이 안에 들어가야 합니다."
        ),
    },
    "translate.encoder.title": {
        "en": "1. The encoder reads one word at a time",
        "ko": "1. 인코더가 한 단어씩 읽습니다",
    },
    "translate.encoder.caption": {
        "en": "Each column is the hidden state h_t after reading that word ({units} units, colour = value from −1 to 1).",
        "ko": "각 열은 그 단어까지 읽은 뒤의 은닉 상태 h_t입니다 (유닛 {units}개, 색은 −1~1 사이의 값).",
    },
    "translate.context.title": {"en": "2. The context vector", "ko": "2. 문맥 벡터"},
    "translate.context.caption": {
        "en": "The encoder's last column, laid on its side: it becomes the decoder's starting state. {units} numbers, the decoder's only view of the input.",
        "ko": "인코더의 마지막 열을 옆으로 눕힌 것입니다. 이것이 디코더의 시작 상태가 됩니다. 숫자 {units}개이며, 디코더가 입력에 대해 보는 것은 이것뿐입니다.",
    },
    "translate.decoder.title": {
        "en": "3. The decoder writes one syllable at a time",
        "ko": "3. 디코더가 한 음절씩 씁니다",
    },
    "translate.decoder.caption": {
        "en": (
            "At each step it reads the syllable it wrote last (`<s>` at first), scores all 16 tokens with softmax, and "
            "writes the most probable one (greedy decoding) until it writes `</s>`."
        ),
        "ko": (
            "시점마다 직전에 쓴 음절(처음에는 `<s>`)을 읽고, 토큰 16개 모두에 softmax로 확률을 매긴 뒤 가장 확률이 "
            "높은 것을 씁니다(탐욕적 디코딩). `</s>`를 쓰면 멈춥니다."
        ),
    },
    "translate.col.step": {"en": "step", "ko": "시점"},
    "translate.col.read": {"en": "reads", "ko": "읽은 토큰"},
    "translate.col.wrote": {"en": "writes", "ko": "쓴 토큰"},
    "translate.col.candidate": {"en": "candidate {rank}", "ko": "후보 {rank}"},
    "translate.col.probability": {"en": "p {rank}", "ko": "확률 {rank}"},
    "translate.col.correct": {"en": "correct", "ko": "정답"},
    "translate.col.forced_read": {"en": "teacher forcing: reads", "ko": "교사 강요: 읽은 토큰"},
    "translate.col.forced_wrote": {"en": "teacher forcing: writes", "ko": "교사 강요: 쓴 토큰"},
    "translate.col.own_read": {"en": "own output: reads", "ko": "자기 출력: 읽은 토큰"},
    "translate.col.own_wrote": {"en": "own output: writes", "ko": "자기 출력: 쓴 토큰"},
    "translate.col.number": {"en": "number", "ko": "수"},
    "translate.col.english": {"en": "English", "ko": "영어"},
    "translate.col.expected": {"en": "correct", "ko": "정답"},
    "translate.col.written": {"en": "model wrote", "ko": "모델의 출력"},
    "translate.col.case": {"en": "what is new", "ko": "새로운 점"},
    "translate.col.layer": {"en": "layer", "ko": "레이어"},
    "translate.col.formula": {"en": "formula", "ko": "공식"},
    "translate.col.numbers": {"en": "with numbers", "ko": "숫자 대입"},
    "translate.col.count": {"en": "by formula", "ko": "공식으로 센 값"},
    "translate.col.in_weights": {"en": "numbers in its weight arrays", "ko": "가중치 배열의 원소 수"},
    "translate.col.what": {"en": "what", "ko": "항목"},
    "translate.col.structure": {"en": "Structure page (untrained)", "ko": "구조 페이지 (학습 전)"},
    "translate.col.here": {"en": "this translator", "ko": "이 번역기"},
    "translate.axis.word": {"en": "word read", "ko": "읽은 단어"},
    "translate.axis.unit": {"en": "hidden unit", "ko": "은닉 유닛"},
    "translate.axis.value": {"en": "value", "ko": "값"},
    "translate.axis.seconds": {"en": "seconds since Train", "ko": "학습 시작 후 경과 시간(초)"},
    "translate.axis.epoch": {"en": "epoch", "ko": "에포크"},
    "translate.axis.accuracy": {"en": "validation exact match", "ko": "검증용 완전 일치 비율"},
    "translate.chart.accuracy": {
        "en": "Validation exact match during training",
        "ko": "학습 중 검증용 숫자의 완전 일치 비율",
    },
    # teacher forcing
    "translate.forcing.title": {"en": "Teacher forcing vs its own output", "ko": "교사 강요와 자기 출력 비교"},
    "translate.quiz.forcing.q": {
        "en": "During training, what does the decoder read at step 2?",
        "ko": "학습할 때 디코더는 시점 2에서 무엇을 읽을까요?",
    },
    "translate.quiz.forcing.correct": {"en": "the correct first syllable", "ko": "정답의 첫 음절"},
    "translate.quiz.forcing.own": {"en": "the syllable it wrote at step 1", "ko": "시점 1에서 자기가 쓴 음절"},
    "translate.quiz.forcing.context": {"en": "the context vector again", "ko": "다시 한 번 문맥 벡터"},
    "translate.quiz.forcing.why": {
        "en": (
            "In training it reads the correct previous syllable whatever it wrote (teacher forcing), so one mistake "
            "does not spoil the rest of the lesson. When translating there is no correct answer to read, so it reads "
            "its own output, and an early mistake is carried forward."
        ),
        "ko": (
            "학습할 때는 자기가 무엇을 썼든 정답의 직전 음절을 읽습니다(교사 강요). 그래서 한 번의 실수가 나머지 학습을 "
            "망치지 않습니다. 번역할 때는 읽을 정답이 없으므로 자기 출력을 읽고, 앞에서 한 실수가 뒤로 이어집니다."
        ),
    },
    "translate.forcing.caption": {
        "en": "The same input decoded twice: once reading the correct previous syllable (as in training), once reading its own previous output (as when translating).",
        "ko": "같은 입력을 두 번 디코딩합니다. 한 번은 학습할 때처럼 정답의 직전 음절을 읽고, 한 번은 번역할 때처럼 자기가 직전에 쓴 출력을 읽습니다.",
    },
    "translate.forcing.same": {
        "en": "Here both ways read and write the same tokens: it makes no mistake, so its own output is always the correct one.",
        "ko": "여기서는 두 방식이 같은 토큰을 읽고 씁니다. 실수가 하나도 없어 자기 출력이 늘 정답과 같기 때문입니다.",
    },
    "translate.forcing.first_mistake": {
        "en": (
            "Its first mistake is at step {step}: it writes {wrote} where the correct token is {correct}. Up to there "
            "both ways read the same tokens, so reading its own output did not cause it; from there on it reads its "
            "own {wrote}, where teacher forcing in training would have given it the correct {correct}."
        ),
        "ko": (
            "첫 실수는 시점 {step}에서 나옵니다. 정답 토큰은 {correct}인데 모델은 {wrote} 토큰을 씁니다. 그때까지는 두 방식이 "
            "같은 토큰을 읽으므로 자기 출력을 읽은 탓이 아닙니다. 그 뒤로는 자기가 쓴 {wrote} 토큰을 읽습니다. 학습 때라면 "
            "교사 강요로 정답 {correct} 토큰을 읽었을 것입니다."
        ),
    },
    "translate.forcing.no_reference": {
        "en": "Teacher forcing feeds the decoder the correct translation, written in syllables it knows; this input has none. Pick a number from 0 to 9999.",
        "ko": "교사 강요는 디코더가 아는 음절로 쓴 정답 번역을 넣어 줍니다. 이 입력에는 그런 정답이 없습니다. 0~9999 사이의 수를 골라 보세요.",
    },
    # accuracy and mistakes
    "translate.accuracy.title": {"en": "Accuracy on numbers it never saw", "ko": "처음 보는 숫자에 대한 정확도"},
    "translate.accuracy.line": {
        "en": "Exact match (every syllable right) on the {total:,} test numbers: **{right:,} right = {share:.1%}**.",
        "ko": "테스트용 숫자 {total:,}개의 완전 일치(모든 음절이 맞음) 비율: **{right:,}개 정답 = {share:.1%}**",
    },
    "translate.accuracy.no_mistakes": {
        "en": "It translated every test number correctly.",
        "ko": "테스트용 숫자를 모두 바르게 번역했습니다.",
    },
    "translate.accuracy.mistakes": {
        "en": "Its {count} mistakes on the test numbers:",
        "ko": "테스트용 숫자에서 틀린 {count}개입니다:",
    },
    "translate.accuracy.curve": {
        "en": "How this model's validation exact match rose while it trained:",
        "ko": "이 모델이 학습하는 동안 검증용 숫자의 완전 일치 비율이 오른 모습입니다:",
    },
    # where it breaks
    "translate.breaks.title": {"en": "Where it breaks", "ko": "어디서 실패하는가"},
    "translate.quiz.beyond.q": {
        "en": 'It was trained on numbers up to 9999. Will it translate 12345 ("twelve thousand three hundred forty five") correctly?',
        "ko": '이 모델은 9999까지의 수로 학습했습니다. 12345("twelve thousand three hundred forty five")도 바르게 번역할까요?',
    },
    "translate.quiz.yes": {"en": "yes", "ko": "네"},
    "translate.quiz.no": {"en": "no", "ko": "아니요"},
    "translate.quiz.beyond.why": {
        "en": "It writes {written} instead of 만이천삼백사십오. Every word is one it knows, but the answer needs 만, which is not among the syllables it can write.",
        "ko": "정답은 만이천삼백사십오인데 모델의 출력은 {written}입니다. 단어는 모두 아는 것이지만, 정답에 필요한 '만'은 모델이 쓸 수 있는 음절에 없습니다.",
    },
    "translate.breaks.show": {"en": "Show what it writes for these inputs", "ko": "이런 입력에 대한 출력 보기"},
    "translate.case.beyond": {"en": "a number above 9999", "ko": "9999보다 큰 수"},
    "translate.case.unknown": {"en": "a word it never saw", "ko": "처음 보는 단어"},
    "translate.case.order": {"en": "known words in an order it never saw", "ko": "아는 단어를 처음 보는 순서로"},
    "translate.breaks.why": {
        "en": (
            "Why: it can write only the syllables it was trained to write, and a word it never saw reaches it as an "
            "untrained vector. And however long the input, the decoder sees it only through one fixed-size context "
            "vector ({units} numbers here): the longer the input, the more has to fit into the same numbers, and for "
            "long sentences this becomes a bottleneck. Attention (Bahdanau, Cho and Bengio, 2014) removed it: at every step the decoder looks back "
            "at all of the encoder's hidden states and weighs them, instead of relying on the last one alone."
        ),
        "ko": (
            "이유: 모델은 학습한 음절만 쓸 수 있고, 처음 보는 단어는 학습되지 않은 벡터로 들어옵니다. 또 입력이 아무리 "
            "길어도 디코더는 크기가 고정된 문맥 벡터 하나(여기서는 숫자 {units}개)를 통해서만 입력을 봅니다. 입력이 길수록 "
            "같은 개수의 숫자에 더 많은 내용을 담아야 하므로, 긴 문장에서는 이것이 병목이 됩니다. 어텐션(Bahdanau, Cho, Bengio, 2014)이 이 병목을 없앴습니다. "
            "디코더가 매 시점 마지막 상태 하나에만 기대지 않고, 인코더의 은닉 상태 전체를 다시 보며 가중치를 매깁니다."
        ),
    },
    # structure and parameters
    "translate.model.title": {"en": "The model: shapes and parameters", "ko": "모델: 형태와 파라미터"},
    "translate.model.code_caption": {
        "en": "The Keras functional model (the encoder's final state starts the decoder), as on the Structure page's encoder–decoder tab:",
        "ko": "Keras 함수형 API로 만든 모델입니다 (인코더의 마지막 상태가 디코더의 초기 상태가 됩니다). 구조 페이지의 인코더–디코더 탭과 같은 구조입니다:",
    },
    "translate.model.structure_link": {
        "en": "Structure: the encoder–decoder tab",
        "ko": "구조: 인코더–디코더 탭",
    },
    "translate.shape.source": {"en": "source word ids", "ko": "원문 단어 id"},
    "translate.shape.target": {"en": "decoder input (target so far)", "ko": "디코더 입력(지금까지의 정답)"},
    "translate.shape.output": {"en": "output: next-token probabilities", "ko": "출력: 다음 토큰 확률"},
    "translate.model.shapes_caption": {
        "en": "Same pattern, other sizes: 6 source words (the longest English number here), 8 target steps (7 syllables and `</s>`), 16 output tokens.",
        "ko": "같은 구조에 크기만 다릅니다. 원문 단어 6개(여기서 가장 긴 영어 수), 출력 시점 8개(음절 7개와 `</s>`), 출력 토큰 16개입니다.",
    },
    "translate.model.parameters_caption": {
        "en": "Counted as on the Parameters page, with d = the embedding size {embedding}, u = {units}, V_en = {source} English tokens, V_ko = {target} Korean tokens. Total: **{total:,}**.",
        "ko": "파라미터 페이지와 같은 방식으로 셉니다. d = 임베딩 크기 {embedding}, u = {units}, V_en = 영어 토큰 {source}개, V_ko = 한국어 토큰 {target}개입니다. 합계: **{total:,}**",
    },
    "translate.model.parameters_link": {"en": "Parameters page", "ko": "파라미터 페이지"},
    # training
    "translate.train.title": {"en": "Train it yourself", "ko": "직접 학습시키기"},
    "translate.train.intro": {
        "en": (
            "Trains a fresh model with the hidden units and seed above: {epochs} epochs over the 8,000 training numbers "
            "with teacher forcing, Adam and cross-entropy, checking exact match on the 1,000 validation numbers five "
            "times an epoch. Identical settings share one run across the server."
        ),
        "ko": (
            "위의 은닉 유닛 수와 시드로 새 모델을 학습합니다. 학습용 숫자 8,000개를 교사 강요, Adam, 교차 엔트로피로 "
            "{epochs}에포크 학습하며, 에포크마다 다섯 번 검증용 숫자 1,000개의 완전 일치 비율을 잽니다. 같은 설정은 서버 "
            "전체에서 한 번의 학습을 함께 씁니다."
        ),
    },
    "translate.train": {"en": "Train", "ko": "학습 시작"},
    "translate.stop": {"en": "Stop", "ko": "중지"},
    "translate.train.queued": {
        "en": "Waiting: {ahead} run(s) ahead of yours…",
        "ko": "대기 중: 앞에 학습 {ahead}개가 있습니다…",
    },
    "translate.train.starting": {"en": "Starting (building the model)…", "ko": "시작하는 중 (모델을 만드는 중)…"},
    "translate.train.progress": {
        "en": "Epoch {epoch:.1f} of {epochs}, {seconds:.0f} s: validation exact match {accuracy:.1%}",
        "ko": "에포크 {epoch:.1f}/{epochs}, {seconds:.0f}초 경과: 검증용 완전 일치 {accuracy:.1%}",
    },
    "translate.train.done": {
        "en": "Trained {epochs:g} epochs in {seconds:.0f} s ({status}); validation exact match {accuracy:.1%}.",
        "ko": "{seconds:.0f}초 동안 {epochs:g}에포크를 학습했습니다 ({status}). 검증용 완전 일치 {accuracy:.1%}.",
    },
    "translate.train.failed": {"en": "Training failed: {error}", "ko": "학습에 실패했습니다: {error}"},
    "translate.train.other_settings": {
        "en": "The run below was trained with {units} units and seed {seed}; the settings above differ, so the page does not use it.",
        "ko": "아래 결과는 유닛 {units}개, 시드 {seed} 설정으로 학습한 것입니다. 위의 설정과 달라서 페이지는 이 결과를 쓰지 않습니다.",
    },
    "problem.text_too_long": {
        "en": "{name} is longer than {max_chars} characters; using `{fallback}`.",
        "ko": "{name} 값이 {max_chars}자를 넘습니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
}
