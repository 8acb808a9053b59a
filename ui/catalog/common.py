"""Strings shared by the frame and every page: navigation, language, messages about bad input."""

TEXT = {
    "app.title": {"en": "RNN Lab", "ko": "RNN 실험실"},
    "app.tagline": {
        "en": "Learn recurrent neural networks by running real Keras models.",
        "ko": "실제 Keras 모델을 돌려 보며 순환 신경망을 배웁니다.",
    },
    "nav.overview": {"en": "Overview", "ko": "개요"},
    "nav.structure": {"en": "1 · Structure", "ko": "1 · 구조"},
    "nav.parameters": {"en": "2 · Parameters", "ko": "2 · 파라미터"},
    "nav.training": {"en": "3 · Training", "ko": "3 · 학습"},
    "nav.gradients": {"en": "4 · Gradient problems", "ko": "4 · 기울기 문제"},
    "common.language": {"en": "Language", "ko": "언어"},
    "common.notice": {"en": "What to notice", "ko": "눈여겨볼 점"},
    "common.about_page": {"en": "About this page", "ko": "이 페이지 소개"},
    "common.settings": {"en": "Settings", "ko": "설정"},
    "common.coming_next": {
        "en": "This page is coming next. Start with the pages above it in the menu.",
        "ko": "이 페이지는 곧 준비됩니다. 메뉴에서 앞쪽 페이지부터 살펴보세요.",
    },
    "common.loading_tf": {
        "en": "Loading TensorFlow (only the first time, a few seconds)…",
        "ko": "TensorFlow를 불러오는 중입니다 (처음 한 번만, 몇 초 걸립니다)…",
    },
    "problem.header": {
        "en": "Some settings could not be used, so defaults stand in for them:",
        "ko": "사용할 수 없는 설정이 있어 기본값으로 바꿨습니다:",
    },
    "problem.empty": {
        "en": "{name} is empty; using `{fallback}`.",
        "ko": "{name} 값이 비어 있습니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.not_a_number": {
        "en": "{name} = `{raw}` is not a number of the right kind; using `{fallback}`.",
        "ko": "{name} = `{raw}`: 올바른 형식의 숫자가 아닙니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.not_finite": {
        "en": "{name} = `{raw}` is not a finite number (NaN or infinity); using `{fallback}`.",
        "ko": "{name} = `{raw}`: 유한한 숫자가 아닙니다(NaN 또는 무한대). 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.out_of_range": {
        "en": "{name} = `{raw}` is outside the allowed range {low} to {high}; using `{fallback}`.",
        "ko": "{name} = `{raw}`: 허용 범위({low}~{high})를 벗어났습니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.not_a_choice": {
        "en": "{name} = `{raw}` is not one of the options ({choices}); using `{fallback}`.",
        "ko": "{name} = `{raw}`: 선택지({choices})에 없는 값입니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.too_short": {
        "en": "{name} needs at least {min_len} values; using `{fallback}`.",
        "ko": "{name}에는 값이 {min_len}개 이상 필요합니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.too_long": {
        "en": "{name} takes at most {max_len} values; using `{fallback}`.",
        "ko": "{name}에는 값을 최대 {max_len}개까지 넣을 수 있습니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
    "problem.rule": {
        "en": "{name} does not fit the other settings; using `{fallback}`.",
        "ko": "{name} 값이 다른 설정과 맞지 않습니다. 대신 기본값(`{fallback}`)을 씁니다.",
    },
}

TEXT.update(
    {
        "quiz.check": {"en": "Check my answer", "ko": "정답 확인"},
        "quiz.pick_first": {"en": "Pick an answer first.", "ko": "먼저 답을 고르세요."},
        "quiz.right": {"en": "Right!", "ko": "정답입니다!"},
        "quiz.wrong": {"en": "Not quite: the answer is “{answer}”.", "ko": "아쉽지만 정답은 “{answer}”입니다."},
        "share.button": {"en": "Link to this view", "ko": "이 화면 링크"},
        "share.help": {
            "en": "Copy this address (button on the right): it opens the page with exactly these settings.",
            "ko": "이 주소를 복사하세요 (오른쪽 버튼). 지금과 똑같은 설정으로 페이지가 열립니다.",
        },
        "share.csv": {"en": "Download data (CSV)", "ko": "데이터 내려받기 (CSV)"},
    }
)

TEXT.update(
    {
        "common.present": {"en": "Presenter mode", "ko": "발표 모드"},
        "common.present_help": {
            "en": "Larger text and charts for a projector; every control keeps working.",
            "ko": "프로젝터에 맞게 글자와 그래프를 크게 보여 줍니다. 모든 조작 기능은 그대로 쓸 수 있습니다.",
        },
    }
)

TEXT.update(
    {
        "share.qr_too_long": {
            "en": "This link is too long for a QR code; copy it instead.",
            "ko": "이 링크는 QR 코드에 담기에는 너무 깁니다. 링크를 복사해 주세요.",
        },
        "share.qr": {
            "en": "Scan with a phone's camera to open this view there.",
            "ko": "휴대폰 카메라로 QR 코드를 스캔하면 이 화면이 휴대폰에서 열립니다.",
        },
    }
)
