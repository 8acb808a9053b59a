"""What the AppTest page tests share: opening a page through the frame, and expectations read from the catalog."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui.catalog import CATALOG

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def open_page(page: str, lang: str = "en", **params) -> AppTest:
    """Run app.py with `?lang=` and `params` in the URL, switch to `page` (e.g. "pages/structure.py"), and
    check that the run raised nothing. The URL is set before the first run, as a shared link would be."""
    app = AppTest.from_file(APP, default_timeout=180)
    app.query_params["lang"] = lang
    for name, value in params.items():
        app.query_params[name] = str(value)
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def text(key: str, lang: str = "en", **values) -> str:
    """The catalog's sentence, as the page shows it (placeholders filled when `values` are given)."""
    template = CATALOG[key][lang]
    return template.format(**values) if values else template


def found(key: str, shown: str, lang: str = "en") -> dict[str, str] | None:
    """The placeholders' values where the catalog sentence `key` occurs in `shown` (markdown as the app wrote it),
    or None. Each {placeholder} matches the shortest text that lets the rest of the sentence follow."""
    parts = re.split(r"\{(\w+)\}", CATALOG[key][lang])
    seen: set[str] = set()  # a placeholder used twice must hold the same value both times

    def group(name: str) -> str:
        pattern = f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
        seen.add(name)
        return pattern

    regex = "".join(re.escape(part) if i % 2 == 0 else group(part) for i, part in enumerate(parts))
    if not parts[0]:  # the sentence opens with a value: it starts a line, or a list item
        regex = r"^(?:[-*] )?" + regex
    match = re.search(regex, shown, re.MULTILINE)
    return match.groupdict() if match else None


def in_drawing_order(node):
    """Every element of an AppTest page, in the order it is drawn (blocks depth first, children by position)."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for index in sorted(children):
            yield from in_drawing_order(children[index])
    else:
        yield node
