"""The Korean catalog against its own rules: one term per concept (ui/catalog/terms.py), one register
(합니다체), no English where Korean exists, every `t()` key defined and every catalog key used."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from ui.catalog import CATALOG
from ui.catalog.terms import GLOSS_ALLOWED_PREFIX, TERMS

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]


def _filled(text: str) -> str:
    """The text as a reader sees it: placeholders filled with a number, code spans (`…`) taken out."""
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    text = text.format(**dict.fromkeys(names, 7))  # a number, so format specs such as {epochs:g} apply
    return re.sub(r"`[^`]*`", "", text)


def _korean() -> dict[str, str]:
    return {key: _filled(texts["ko"]) for key, texts in CATALOG.items()}


def test_terms_table_is_well_formed():
    for term in TERMS:
        assert term.korean and term.rejected, term
        for pattern in term.rejected:
            re.compile(pattern)
            assert not re.search(pattern, term.korean), f"{term.english}: the chosen term matches its own rejection"


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.english)
def test_korean_catalog_uses_one_term_per_concept(term):
    offenders = [
        f"{key}: {match.group(0)!r} (use {term.korean})"
        for key, text in _korean().items()
        for pattern in term.rejected
        if (match := re.search(pattern, text))
    ]
    assert not offenders, "\n".join(offenders)


# 합니다체: statements end in -니다, questions in -니까 or -까요, requests in -세요 or -십시오; short labels and
# noun phrases end without a verb. Plain -다 (해라체) and other -요 endings (해요체) are rejected.
_PLAIN_ENDING = re.compile(r"[가-힣]*(?<![니대])다(?=\s*(?:[.!?:…)]|$|\n))")  # 일대다, 다대다 are names
_CASUAL_ENDING = re.compile(r"[가-힣]*(?:네요|[어아해]요|에요|예요|지요|죠)(?=\s*(?:[.!?:…)]|$|\n))")
_QUOTED = re.compile(r"“[^”]*”")  # a claim quoted as someone says it keeps its own form


def test_korean_catalog_keeps_one_register():
    offenders = [
        f"{key}: {match.group(0)!r}"
        for key, text in _korean().items()
        for pattern in (_PLAIN_ENDING, _CASUAL_ENDING)
        for match in pattern.finditer(_QUOTED.sub("", text))
    ]
    assert not offenders, "\n".join(offenders)


_ENGLISH_GLOSS = re.compile(r"\((?!tanh\)|sigmoid\))[a-z][a-z\- ]{2,}\)")  # function names are not glosses


def test_english_glosses_only_in_the_glossary():
    offenders = [
        f"{key}: {match.group(0)}"
        for key, text in _korean().items()
        if not key.startswith(GLOSS_ALLOWED_PREFIX) and (match := _ENGLISH_GLOSS.search(text))
    ]
    assert not offenders, "\n".join(offenders)


# ----- t() keys against the source --------------------------------------------------------------

_KEY_SHAPE = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
_LOOKUPS = {"t", "notice"}  # functions whose first argument is a catalog key


def _source_keys() -> tuple[set[str], set[str], set[str], set[str]]:
    """Keys passed literally to t()/notice() or listed in a TITLE_KEYS table; the constant start of every
    f-string; every other dotted string constant (keys handed on through helpers such as
    `texts(prefix, …)`); and the constant start of f-strings passed to t()/notice()."""
    looked_up, prefixes, constants, looked_up_prefixes = set(), set(), set(), set()
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                first = node.args[0]
                if name in _LOOKUPS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                    looked_up.add(first.value)
                if name in _LOOKUPS and isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                    looked_up_prefixes.add(first.values[0].value)
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "TITLE_KEYS" for t in node.targets):
                looked_up.update(v.value for v in node.value.values if isinstance(v, ast.Constant))
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefix = node.values[0].value
                if "." in prefix:
                    prefixes.add(prefix)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _KEY_SHAPE.match(node.value):
                constants.add(node.value)
    return looked_up, prefixes, constants, looked_up_prefixes


def test_every_key_the_source_looks_up_exists():
    looked_up, _, _, prefixes = _source_keys()
    assert looked_up and prefixes, "no t() call found: the scan is broken"
    missing = sorted(key for key in looked_up if key not in CATALOG)
    assert not missing, f"t() keys missing from the catalog: {missing}"
    dangling = sorted(p for p in prefixes if p and not any(k.startswith(p) for k in CATALOG))
    assert not dangling, f"t(f'…') key prefixes that match no catalog key: {dangling}"


def test_every_catalog_key_is_used():
    looked_up, prefixes, constants, _ = _source_keys()
    families = {c + "." for c in constants} | prefixes
    dead = sorted(
        key
        for key in CATALOG
        if key not in looked_up and key not in constants and not any(key.startswith(f) for f in families)
    )
    assert not dead, f"catalog keys no source uses: {dead}"


# A particle after a placeholder depends on how the filled-in value ends (받침 or not): "{n}은" is wrong for 2,
# "{n}는" for 1, and "은(는)" reads as a form, not a sentence. Rephrase so the particle follows a fixed word.
_PLACEHOLDER_PARTICLE = re.compile(r"\}`?(?:은|는|이|가|을|를|과|와|로|으로)(?=[\s,.:;)!?…]|$)")
_DUAL_PARTICLE = re.compile(r"은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로")


def test_no_particle_depends_on_a_placeholder():
    offenders = [
        f"{key}: …{texts['ko'][max(0, match.start() - 20) : match.end()]!r}"
        for key, texts in CATALOG.items()
        for pattern in (_PLACEHOLDER_PARTICLE, _DUAL_PARTICLE)
        if (match := pattern.search(texts["ko"]))
    ]
    assert not offenders, "\n".join(offenders)
