"""Strings of "your sequence" on the training page: pasting or uploading one's own values, and what can go wrong."""

TEXT = {
    "training.task_label.custom": {"en": "Your sequence", "ko": "내 수열"},
    "training.own.paste": {
        "en": "Paste values (separated by commas, spaces or new lines)",
        "ko": "값 붙여넣기 (쉼표, 공백 또는 줄바꿈으로 구분)",
    },
    "training.own.paste_placeholder": {"en": "12.1, 13.4, 15.0, 17.2, …", "ko": "12.1, 13.4, 15.0, 17.2, …"},
    "training.own.where": {
        "en": "Paste or upload your values in the “Your values” box: beside these settings, or below Train on a phone.",
        "ko": "‘내 값’ 상자에 값을 붙여 넣거나 파일을 올리세요. 이 설정 옆에 있고, 휴대폰에서는 학습 시작 버튼 아래에 있습니다.",
    },
    "training.own.box_title": {"en": "Your values", "ko": "내 값"},
    "training.own.choose_file": {
        "en": "Choose a file",
        "ko": "파일 선택",
    },
    "training.own.file": {
        "en": "…or upload a CSV or TXT file (up to 1 MB, decimal point)",
        "ko": "…또는 CSV, TXT 파일 올리기 (최대 1 MB, 소수점은 마침표)",
    },
    "training.own.column": {"en": "Column to learn", "ko": "학습할 열"},
    "training.own.hint": {
        "en": "Paste at least 20 values or upload a file: until then the page shows a built-in sequence.",
        "ko": "값을 20개 이상 붙여넣거나 파일을 올리세요. 그 전까지는 기본 수열을 보여 줍니다.",
    },
    "training.own.loaded_file": {
        "en": "{count} values from `{name}`, column `{column}`.",
        "ko": "`{name}` 파일의 `{column}` 열에서 읽은 값 {count}개입니다.",
    },
    "training.own.loaded_paste": {"en": "{count} typed values.", "ko": "입력한 값 {count}개입니다."},
    "training.own.skipped": {
        "en": "Left out (not every cell a number): {columns}.",
        "ko": "숫자가 아닌 칸이 있어 뺀 열: {columns}.",
    },
    "training.own.privacy": {
        "en": "Your values stay in this session: nothing is written to disk or shown to other students. A run on them is shared only with someone whose values are exactly the same.",
        "ko": "입력한 값은 이 세션 안에만 머뭅니다. 디스크에 저장하지 않고 다른 학생에게 보여 주지도 않습니다. 이 값으로 한 학습은 값이 정확히 같은 사람과만 공유됩니다.",
    },
    "training.own.link_carries": {
        "en": "The link to this view carries these {count} values.",
        "ko": "이 화면의 링크에 이 값 {count}개가 함께 담깁니다.",
    },
    "training.own.link_file": {
        "en": "The link to this view does not carry values read from a file: whoever opens it is asked for the data.",
        "ko": "파일에서 읽은 값은 이 화면의 링크에 담기지 않습니다. 링크를 여는 사람은 데이터를 직접 넣어야 합니다.",
    },
    "training.own.link_long": {
        "en": "A link carries at most {most} typed values, so these {count} are not in it: whoever opens it is asked for the data.",
        "ko": "링크에는 입력한 값을 최대 {most}개까지만 담으므로 이 값 {count}개는 담기지 않습니다. 링크를 여는 사람은 데이터를 직접 넣어야 합니다.",
    },
    "training.own.split": {
        "en": "The model trains on the first {used} of your {count} values ({samples} windows of {window}); the {held} after them check its predictions past the training data.",
        "ko": "모델은 값 {count}개 가운데 처음 {used}개(값 {window}개짜리 윈도 {samples}개)로 학습합니다. 그 뒤의 값 {held}개로 학습 데이터 바깥에서 모델의 예측을 확인합니다.",
    },
    "training.own.unused": {
        "en": "The last {unused} values are not used; raise Samples (up to {most}) to train on more of them.",
        "ko": "마지막 값 {unused}개는 쓰지 않습니다. 이 값까지 학습하려면 샘플 수를 늘리세요(최대 {most}개).",
    },
    "training.own.samples_lowered": {
        "en": "Samples lowered to {most}: {count} values leave room for no more windows of {window} with a value after the last one.",
        "ko": "샘플 수를 {most}개로 줄였습니다. 값 {count}개로는 마지막 윈도 뒤에 값을 하나 남기면서 값 {window}개짜리 윈도를 이보다 많이 만들 수 없습니다.",
    },
    "training.own.scale_warning": {
        "en": "Your values reach {largest} and scaling is off, which handicaps tanh and sigmoid (why: above).",
        "ko": "값의 크기가 {largest}에 이르는데 스케일링이 꺼져 있어 tanh와 sigmoid가 불리합니다(이유는 위에 있습니다).",
    },
    "training.own.scale_button": {"en": "Turn scaling on", "ko": "스케일링 켜기"},
    "training.own.problem_kept": {
        "en": "The page keeps the sequence it showed before.",
        "ko": "페이지는 이전에 보여 주던 수열을 그대로 사용합니다.",
    },
    "training.own.problem.empty": {"en": "There are no values in it.", "ko": "값이 하나도 없습니다."},
    "training.own.problem.too_big": {
        "en": "It is larger than {most_mb} MB, the most this page reads.",
        "ko": "이 페이지가 읽을 수 있는 최대 크기 {most_mb} MB를 넘습니다.",
    },
    "training.own.problem.spreadsheet": {
        "en": "This is a spreadsheet file (.xlsx or .ods), not text. In your spreadsheet program use Save as → CSV, then upload that file.",
        "ko": "텍스트가 아니라 스프레드시트 파일(.xlsx, .ods)입니다. 스프레드시트 프로그램에서 ‘다른 이름으로 저장’ → CSV를 고른 뒤 그 파일을 올리세요.",
    },
    "training.own.problem.binary": {
        "en": "This file is not text (it holds binary data). Upload a CSV or TXT file of numbers.",
        "ko": "텍스트 파일이 아닙니다(이진 데이터가 들어 있습니다). 숫자가 담긴 CSV나 TXT 파일을 올리세요.",
    },
    "training.own.problem.not_utf8": {
        "en": "Line {line} is not UTF-8 text. Save the file as UTF-8 (in Excel: CSV UTF-8) and upload it again.",
        "ko": "{line}번째 줄이 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장해(Excel에서는 ‘CSV UTF-8’) 다시 올리세요.",
    },
    "training.own.problem.not_a_number": {
        "en": "Line {line}: `{cell}` is not a number (write decimals with a point, e.g. 12.5).",
        "ko": "{line}번째 줄: `{cell}` 값은 숫자가 아닙니다(소수는 12.5처럼 마침표로 씁니다).",
    },
    "training.own.problem.missing": {
        "en": "Line {line}: a cell of the column is empty.",
        "ko": "{line}번째 줄: 학습할 열의 칸이 비어 있습니다.",
    },
    "training.own.problem.not_finite": {
        "en": "Line {line}: `{cell}` is not a finite number (NaN or infinity).",
        "ko": "{line}번째 줄: `{cell}` 값은 유한한 숫자가 아닙니다(NaN 또는 무한대).",
    },
    "training.own.problem.too_large": {
        "en": "Line {line}: `{cell}` is too large: the model computes in float32, whose largest number is about 3.4e38.",
        "ko": "{line}번째 줄: `{cell}` 값이 너무 큽니다. 모델은 float32로 계산하는데, float32로 나타낼 수 있는 가장 큰 수는 약 3.4e38입니다.",
    },
    "training.own.problem.ragged": {
        "en": "Line {line} has {cells} cells where the first row has {expected}.",
        "ko": "{line}번째 줄의 칸은 {cells}개인데, 첫 줄의 칸은 {expected}개입니다.",
    },
    "training.own.problem.too_many_columns": {
        "en": "The file has {columns} columns; this page reads at most {most}. Keep the column you want and upload it again.",
        "ko": "파일의 열이 {columns}개입니다. 이 페이지는 열을 최대 {most}개까지 읽습니다. 원하는 열만 남겨 다시 올리세요.",
    },
    "training.own.problem.too_few": {
        "en": "Only {count} values: at least {least} are needed (windows to train on, and values after them to check the model with).",
        "ko": "값이 {count}개뿐입니다. 학습할 윈도와 그 뒤에서 모델을 확인할 값이 있어야 하므로 최소 {least}개가 필요합니다.",
    },
    "training.own.problem.too_many": {
        "en": "{count} values: this page reads at most {most}.",
        "ko": "값이 {count}개입니다. 이 페이지는 최대 {most}개까지 읽습니다.",
    },
    "training.own.pred_error": {
        "en": "It is off by {error}; your training values run from {low} to {high}.",
        "ko": "오차는 {error}입니다. 학습에 쓴 값은 {low}부터 {high}까지입니다.",
    },
    "training.own.beyond_why": {
        "en": "It answered {prediction}. The values after the training windows are the rest of your data: the model never trained on them, so its answer shows what it learned about your sequence, not what it memorised.",
        "ko": "모델의 답: {prediction}. 학습 윈도 뒤의 값은 데이터의 나머지 부분으로, 모델이 한 번도 학습하지 않은 값입니다. 그래서 이 답은 모델이 외운 것이 아니라 수열에 대해 배운 것을 보여 줍니다.",
    },
    "training.own.try_next": {"en": "Next in your data", "ko": "데이터의 실제 다음 값"},
    "training.own.rollout_caption": {
        "en": "Rollout: each prediction is appended to the window and fed back in, so errors can pile up step by step. Black shows what follows this window in your data, where your data holds the window.",
        "ko": "연속 예측: 매번 예측값을 윈도 끝에 붙여 다시 입력하므로 오차가 시점마다 쌓일 수 있습니다. 데이터에 이 윈도가 들어 있으면, 검은 선은 데이터에서 이 윈도 뒤에 실제로 이어지는 값입니다.",
    },
    "training.own.rollout_none": {
        "en": "This window does not occur in your data, so there is no true continuation to compare the rollout with.",
        "ko": "이 윈도는 데이터에 없으므로 연속 예측과 비교할 실제 값이 없습니다.",
    },
    "problem.no_values": {
        "en": "{name} = `{raw}` has no values yet (values read from a file never travel in a link); using `{fallback}` until you paste or upload some.",
        "ko": "{name} = `{raw}`: 아직 값이 없습니다(파일에서 읽은 값은 링크에 담기지 않습니다). 값을 붙여넣거나 파일을 올릴 때까지 기본값(`{fallback}`)을 씁니다.",
    },
}
