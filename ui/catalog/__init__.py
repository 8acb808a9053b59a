"""The one catalog of every user-facing string, in Korean and English.

Each page keeps its strings in a module of its own (short files, no merge fights); this
package merges them and refuses a key defined twice.
"""

from ui.catalog import (
    common,
    export,
    gates,
    gradients,
    lesson,
    notebook,
    overview,
    own_data,
    parameters,
    sections,
    structure,
    training,
    training_prediction,
    translate,
)

CATALOG: dict[str, dict[str, str]] = {}
for _module in (
    common,
    overview,
    structure,
    gates,
    parameters,
    training,
    training_prediction,
    gradients,
    sections,
    translate,
    lesson,
    notebook,
    export,
    own_data,
):
    for _key, _texts in _module.TEXT.items():
        if _key in CATALOG:
            raise KeyError(f"catalog key defined twice: {_key}")
        CATALOG[_key] = _texts
