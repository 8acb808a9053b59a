"""Stop Streamlit from resetting Keras between script runs, which breaks other sessions' work.

After every script run, Streamlit calls `keras.backend.clear_session()` as soon as Keras is
imported (its `_clean_problem_modules`). On a server with many students that is wrong: it
swaps out Keras's global state trackers for every thread, so one student's page finishing can
reset the state under another student's model while it is being built or trained, and it runs a
full garbage collection each time. RNN Lab never relies on that reset: every model is built
with explicit seeds and private to the run that built it, and its caches are bounded.
"""

from __future__ import annotations

import logging

_LOGGER = logging.getLogger(__name__)


def _no_reset() -> None:
    """Stands in for Streamlit's between-runs clean-up; RNN Lab uses no state it would need to clear."""


def keep_keras_state_between_runs() -> bool:
    """Replace Streamlit's clean-up hook once per process; returns whether the hook was found."""
    try:
        from streamlit.runtime.scriptrunner import script_runner
    except ImportError:  # pragma: no cover - layout of a future Streamlit
        return False
    if not hasattr(script_runner, "_clean_problem_modules"):
        _LOGGER.warning("Streamlit has no _clean_problem_modules any more; nothing to replace")
        return False
    script_runner._clean_problem_modules = _no_reset
    return True
