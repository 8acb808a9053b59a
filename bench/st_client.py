"""A browser tab without the browser: one Streamlit session spoken over its own websocket protocol.

The frontend and the server talk protobuf over `ws://HOST/_stcore/stream`: the tab sends `BackMsg`s
(`rerun_script` carries the query string, the page and the widget states; a button press is a
widget state with `trigger_value`), the server answers with `ForwardMsg`s (`new_session` at the
start of every script run, a `delta` per element drawn at a `delta_path`, `script_finished`,
`auto_rerun` for fragments with `run_every`). This client keeps what the page shows the way the
frontend does (the latest element at each path; elements a finished full run did not redraw are
dropped) and runs the auto-rerun timers, so a bench can open many sessions from one process and
measure the real server: its script runs, its fragments, its run store.

Behind a load balancer with cookie affinity (deploy/haproxy.cfg.in), a session keeps the cookies
the balancer set, as a browser tab does, and sends them again when it reconnects (`reconnect`):
the balancer keeps it on its replica, or sends it to another when that one is gone. A closed
websocket ends `wait_for` with `ConnectionError` instead of waiting for the timeout.

    async with StreamlitSession("http://127.0.0.1:8501", "training", "units=12&lang=en") as tab:
        await tab.until_idle()
        started = time.monotonic()
        await tab.click("training.train")
        await tab.wait_for(lambda tab: "Trained" in " ".join(tab.texts("alert")), timeout=60)
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed


class StreamlitSession:
    """One session of a Streamlit app at `base` (http://host:port), on the page with URL path `page`."""

    def __init__(self, base: str, page: str = "", query: str = "", locale: str = "en-US"):
        self.url = base.replace("http", "ws", 1) + "/_stcore/stream"
        self.base, self.page, self.query, self.locale = base, page, query, locale
        self.page_script_hash = ""  # the server names the page on its first run; sent back on every rerun
        self.elements: dict[tuple[int, ...], tuple[str, object]] = {}  # delta path → (script run id, Element)
        self.run_id = ""  # the script run now drawing
        self.running = False  # a script run (full or fragment) has started and not finished
        self.runs = 0  # full script runs finished so far
        self.fragment_runs = 0  # fragment runs finished so far
        self.messages = 0  # ForwardMsgs received
        self.exceptions: list[str] = []  # st.exception boxes drawn (their messages)
        self.cookies: dict[str, str] = {}  # set by the server or a balancer in front of it; sent back on connect
        self.replica = ""  # the balancer's `X-Replica` header on the websocket's handshake, if any
        self.closed = False  # the websocket has closed (server gone)
        self._socket = None
        self._reader: asyncio.Task | None = None
        self._timers: dict[str, asyncio.Task] = {}  # fragment id → its auto-rerun loop
        self._changed = asyncio.Condition()

    async def __aenter__(self) -> StreamlitSession:
        await self._connect()
        return self

    async def _connect(self) -> None:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else None
        self._socket = await connect(
            self.url, subprotocols=["streamlit"], max_size=None, open_timeout=60, additional_headers=headers
        )
        response_headers = self._socket.response.headers
        for cookie in response_headers.get_all("Set-Cookie"):
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        self.replica = response_headers.get("X-Replica", "")
        self.closed = False
        self._reader = asyncio.create_task(self._read())
        await self.rerun()

    async def reconnect(self) -> None:
        """Open the page again after the websocket closed, as the frontend does: a new session, same cookies."""
        await self.close()
        self.page_script_hash, self.elements, self.run_id, self.running = "", {}, "", False
        await self._connect()

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the tab: the server sees the websocket go, as when a student closes theirs."""
        for timer in self._timers.values():
            timer.cancel()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        if self._socket is not None:
            await self._socket.close()

    # ----- sending ------------------------------------------------------------------------------

    async def rerun(self, widget_states: WidgetStates | None = None, fragment_id: str = "", auto: bool = False):
        """Ask for a script run, as the frontend does on load, on a widget change or on a fragment's timer."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.page_script_hash = self.page_script_hash
        state.fragment_id = fragment_id
        state.is_auto_rerun = auto
        state.context_info.locale = self.locale
        state.context_info.url = f"{self.base}/{self.page}?{self.query}"
        if widget_states is not None:
            state.widget_states.CopyFrom(widget_states)
        self.running = True  # until this run's script_finished: `until_idle` must not return before it starts
        await self._socket.send(message.SerializeToString())

    async def click(self, key: str) -> None:
        """Press the button drawn with `key`: a rerun whose widget states hold its trigger.

        Only the trigger is sent; the server keeps every other widget's last value, as it does
        for a browser that sends them unchanged.
        """
        states = WidgetStates()
        trigger = states.widgets.add()
        trigger.id = self.widget_id(key)
        trigger.trigger_value = True
        await self.rerun(states)

    async def stop(self) -> None:
        """Streamlit's own Stop: end the running script."""
        message = BackMsg()
        message.stop_script = True
        await self._socket.send(message.SerializeToString())

    def widget_id(self, key: str) -> str:
        """The id the server gave the widget drawn with `key` (ids end with the key)."""
        for _, element in self.elements.values():
            kind = element.WhichOneof("type")
            widget_id = getattr(getattr(element, kind), "id", None) if kind else None
            if isinstance(widget_id, str) and widget_id.endswith("-" + key):
                return widget_id
        raise KeyError(f"no widget with key {key!r} on the page")

    # ----- what the page shows ------------------------------------------------------------------

    def texts(self, kind: str) -> list[str]:
        """The text of every element of one kind on the page (`alert` bodies, `markdown` bodies…), top to bottom."""
        found = []
        for path in sorted(self.elements):
            element = self.elements[path][1]
            if element.WhichOneof("type") == kind:
                found.append(getattr(element, kind).body)
        return found

    async def wait_for(self, condition: Callable[[StreamlitSession], bool], timeout: float) -> float:
        """Wait until `condition(self)` holds after some message; return when (time.monotonic()).

        Raises ConnectionError if the websocket closes first.
        """
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.closed or condition(self)), timeout)
        if not condition(self):
            raise ConnectionError("the websocket closed")
        return time.monotonic()

    async def until_idle(self, timeout: float = 120) -> float:
        """Wait until no script run is going (the page's `notRunning` state)."""
        return await self.wait_for(lambda tab: not tab.running, timeout)

    # ----- receiving ----------------------------------------------------------------------------

    async def _read(self) -> None:
        try:
            async for data in self._socket:
                message = ForwardMsg()
                message.ParseFromString(data)
                self._handle(message)
                self.messages += 1
                async with self._changed:
                    self._changed.notify_all()
        except ConnectionClosed:
            pass
        self.closed = True
        async with self._changed:
            self._changed.notify_all()

    def _handle(self, message: ForwardMsg) -> None:
        kind = message.WhichOneof("type")
        run = message.metadata.run
        if kind == "new_session":
            self.page_script_hash = message.new_session.page_script_hash
            self.run_id, self.running = run.script_run_id, True
            if not run.fragment_ids:  # a full run registers its fragments' timers again
                for timer in self._timers.values():
                    timer.cancel()
                self._timers.clear()
        elif kind == "navigation":  # with st.navigation, the page that runs is named here
            self.page_script_hash = message.navigation.page_script_hash
        elif kind == "delta":
            delta = message.delta
            path = tuple(message.metadata.delta_path)
            if delta.WhichOneof("type") in ("new_element", "add_block"):  # what was inside this path is gone
                inside = [p for p in self.elements if len(p) > len(path) and p[: len(path)] == path]
                for p in inside:
                    del self.elements[p]
            if delta.WhichOneof("type") == "new_element":
                element = delta.new_element
                self.elements[path] = (run.script_run_id or self.run_id, element)
                if element.WhichOneof("type") == "exception":
                    self.exceptions.append(element.exception.message)
        elif kind == "script_finished":
            # A run cut short for a rerun (`st.rerun()`, a click) is followed at once by the next one.
            self.running = message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN
            if message.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                self.runs += 1
                current = run.script_run_id or self.run_id
                self.elements = {p: e for p, e in self.elements.items() if e[0] == current}
            elif message.script_finished == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY:
                self.fragment_runs += 1
        elif kind == "auto_rerun":
            fragment_id, interval = message.auto_rerun.fragment_id, message.auto_rerun.interval
            if fragment_id not in self._timers:
                self._timers[fragment_id] = asyncio.create_task(self._auto_rerun(fragment_id, interval))
        elif kind == "stop_auto_rerun":
            for fragment_id in message.stop_auto_rerun.fragment_ids:
                timer = self._timers.pop(fragment_id, None)
                if timer is not None:
                    timer.cancel()

    async def _auto_rerun(self, fragment_id: str, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            await self.rerun(fragment_id=fragment_id, auto=True)
