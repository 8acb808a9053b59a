"""Strings of the downloads under every chart (ui/chart_export.py): SVG, a 2× PNG and the chart's data."""

TEXT = {
    "export.svg": {"en": "SVG", "ko": "SVG"},
    "export.svg_help": {
        "en": "Download this chart as SVG, for slides: it scales without blurring and its words stay text.",
        "ko": "이 그래프를 SVG로 내려받습니다. 슬라이드에서 키워도 흐려지지 않고 글자는 텍스트로 남습니다.",
    },
    "export.png": {"en": "PNG 2×", "ko": "PNG 2배"},
    "export.png_help": {
        "en": "Download this chart as a PNG image at twice its pixel size, sharp on a projector.",
        "ko": "이 그래프를 픽셀 크기 2배의 PNG 이미지로 내려받습니다. 프로젝터에서도 선명합니다.",
    },
    "export.csv": {"en": "CSV", "ko": "CSV"},
    "export.csv_help": {
        "en": "Download the numbers this chart draws as CSV (opens in Excel, column names as in the chart).",
        "ko": "이 그래프가 그리는 수치를 CSV로 내려받습니다. Excel에서 열리며 열 이름은 그래프에 보이는 그대로입니다.",
    },
}
