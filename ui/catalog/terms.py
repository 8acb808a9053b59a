"""One Korean term per concept: the words the Korean catalog uses, and the variants it must not.

`tests/test_terms.py` reads this table and fails when a Korean catalog entry uses a rejected
variant. Add a row when a new concept gets a Korean name; the `rejected` patterns are regular
expressions matched against the Korean text with code spans (`…`) taken out.
"""

from __future__ import annotations

from dataclasses import dataclass

_WORD_START = r"(?<![가-힣])"  # a pattern that must start a Korean word, not sit inside one


@dataclass(frozen=True)
class Term:
    english: str  # the concept as the English catalog names it
    korean: str  # the one Korean term for it
    rejected: tuple[str, ...]  # regular expressions of variants that must not appear
    note: str = ""  # why, where the choice is not obvious


TERMS: tuple[Term, ...] = (
    Term("time step", "시점", ("시간 단계", "타임 ?스텝", r"(?<![\w+−-])\d+ 시점"), "counter: 4시점, no space"),
    Term("epoch (counted)", "에포크", (r"(?<![\w+−-])\d+ 에포크",), "a counter sticks to its number: 100에포크"),
    Term("log scale", "로그 눈금", ("로그 척도", "로그 스케일")),
    Term("hidden state", "은닉 상태", ("은닉상태", "숨은 상태", "히든 ?스테이트")),
    Term("cell state", "셀 상태", ("셀상태", "기억 셀")),
    Term(
        "gradient",
        "기울기",
        ("그래디언트", "그레이디언트", "경사 크기"),
        "the derivative of the loss; f′ of an activation is 도함수 값",
    ),
    Term(
        "derivative f′",
        "도함수 값",
        (r"기울기(가|는|도) (거의 |늘 |최대 |항상 )?(0|1|1/4)(에|입|이|까|로|\b)",),
        "기울기 is kept for gradients; an activation's slope is its 도함수 값",
    ),
    Term("bounded", "유계", ("유한하게 머", "유한한 범위"), "유한 stays for finite (not ∞ or NaN)"),
    Term("window", "윈도", (_WORD_START + r"창(?=[\s을이은에의과(,.]|$)", "입력 구간", "윈도우")),
    Term("update", "갱신", ("업데이트",)),
    Term("overflow", "오버플로", ("넘침", "넘쳐", "넘치", "오버플로우")),
    Term("backpropagation through time", "시간에 따른 역전파", ("시간 역전파", "시간을 거스르는 역전파")),
    Term("sentiment analysis", "감성 분석", ("감정 분류", "감정 분석")),
    Term("guessing", "추측", (_WORD_START + "찍",)),
    Term("step (of an update)", "갱신 폭, 갱신 방향", ("걸음",)),
    Term("exploding", "폭주", ("폭발",)),
    Term("shape", "형태", (r"\bshape\b", "모양")),
    Term("state (English word)", "상태", (r"\bstate\b",)),
    Term("layer", "레이어", (_WORD_START + r"층(?=[과을이은에의도와\s,.)]|$)", "아래층", "출력층", "위층")),
    Term("epoch", "에포크", ("에폭",)),
    Term("seed", "시드", ("랜덤 시드", "난수 시드")),
    Term("parameter", "파라미터", ("매개변수",)),
    Term("bias", "편향", ("바이어스",)),
    Term("edge (of a diagram)", "화살표", ("에지", "엣지")),
    Term("identity matrix", "단위 행렬", ("항등 행렬",)),
    Term("saturation", "포화", ("새추레이션",)),
    Term("unit", "유닛", ("뉴런 수",), "units is a Keras argument; the concept is 유닛"),
    Term(
        "gain (W_h = g × orthogonal)",
        "배율",
        ("이득", "게인"),
        "Keras's Orthogonal(gain=…): a scale factor, not a profit",
    ),
    Term("recall task (long-lag task)", "장기 시차 과제", ("기억 과제",)),
    Term("teacher forcing", "교사 강요", ("티처 ?포싱",)),
    Term("test (data)", "테스트", ("시험용",), "학습용 / 검증용 / 테스트용"),
    Term("chart", "그래프", ("차트",)),
    Term("rollout", "연속 예측", ("롤아웃",)),
    Term(
        "predict (the student, before the answer)",
        "예상",
        (r"먼저 예측", r"내 예측", r"예측해 보세요", r"예측한 뒤"),
        "the student 예상s; the model 예측s (its outputs are 예측)",
    ),
    Term("chrono initialisation", "chrono 초기화", ("크로노",)),
)

# English glosses in parentheses, e.g. "시점 (time step)", belong only in the glossary.
GLOSS_ALLOWED_PREFIX = "glossary."
