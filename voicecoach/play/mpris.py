"""Headset and media keys, desktop widgets, phone bridges: an MPRIS player on the session D-Bus
(``dbus-fast``, extra ``media``), as https://specifications.freedesktop.org/mpris-spec/ describes.

- Tracks are exercises (the intro is track 0): ``mpris:trackid`` per exercise, ``xesam:title``
  the exercise with its side and set where it has them, ``xesam:album`` the routine's title,
  ``xesam:artist`` ["voicecoach"], ``mpris:length`` the exercise's length in µs.
- ``PlaybackStatus`` follows the scheduler (Playing, Paused, Stopped); every change of it,
  of Metadata or Volume is announced with ``PropertiesChanged``. ``Position`` (µs into the
  exercise) is read on demand, as the spec wants (no signal for a steadily moving position).
- PlayPause -> Command.PAUSE (toggle); Play -> PLAY and Pause -> PAUSE_ONLY (idempotent);
  Next -> NEXT, Previous -> BACK, Stop/Quit -> QUIT, handed to ``push`` (``Keys.push``), which
  wakes the scheduler's wait. Setting ``Volume`` sets the player's gain (0 to 2; 1.0 is the
  session as rendered), as louder/softer do. ``CanSeek`` is false: Seek and SetPosition do
  nothing, per spec.

Runs on its own thread with its own asyncio loop and never delays the first sound; the
scheduler's observer (``update``) only hands a PlayState over with ``call_soon_threadsafe``.
With no dbus-fast or no session bus it switches itself off quietly. The tracks and their
Metadata are ``mpris_tracks``'s, the D-Bus interfaces ``mpris_interfaces``'s.
"""

import asyncio
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from voicecoach.play.mpris_interfaces import player_interface, root_interface, variants
from voicecoach.play.mpris_tracks import TRACK_PATH, OpeningTrack, Tracks

if TYPE_CHECKING:  # dbus-fast is optional (extra media): imported where used
    from dbus_fast.service import ServiceInterface

    from voicecoach.play.span_player import PlayState

BUS_NAME = "org.mpris.MediaPlayer2.voicecoach"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
STATUS_NAMES = {"playing": "Playing", "paused": "Paused", "stopped": "Stopped"}


class MediaKeys:
    """The MPRIS service thread. ``MediaKeys.start(push)``; ``attach_opening(routine, position)``
    while a cold start renders, ``attach(session, position)`` once the session is compiled, ``update`` as the scheduler's observer; ``close()`` when done."""

    def __init__(self, push: Callable[[str], None]):
        self.push = push
        self.loop: asyncio.AbstractEventLoop | None = None
        self.ready = threading.Event()  # set once the bus name is owned (or it failed)
        self.active = False
        self.tracks: Tracks | OpeningTrack | None = None
        self._state: PlayState | None = None  # the latest, read on the loop thread
        self._position: Callable[[], int] | None = None
        self._shown: dict = {}  # what clients were last told
        self._player: ServiceInterface | None = None
        self._thread = threading.Thread(target=self._run, name="voicecoach-mpris", daemon=True)

    @classmethod
    def start(cls, push: Callable[[str], None]) -> "MediaKeys":
        keys = cls(push)
        keys._thread.start()
        return keys

    # -- the scheduler's side (its thread) -------------------------------------
    def attach_opening(self, routine, position: Callable[[], int]) -> None:
        """Before the session is compiled (a cold start): the intro as track 0."""
        self.tracks, self._position = OpeningTrack(routine), position

    def attach(self, session, position: Callable[[], int]) -> None:
        """The compiled session and a function giving the timeline sample playing now."""
        self.tracks, self._position = Tracks(session), position

    def update(self, state) -> None:
        """Scheduler observer: remember the state, announce any change on the loop thread."""
        self._state = state
        loop = self.loop
        if loop is not None and self.active:
            try:
                loop.call_soon_threadsafe(self._announce)
            except RuntimeError:
                pass  # the loop closed meanwhile

    # -- what the properties say (loop thread) ---------------------------------
    def playback_status(self) -> str:
        return STATUS_NAMES[self._state.status] if self._state is not None else "Playing"

    def metadata(self) -> dict:
        if self.tracks is None or self._state is None:
            return {"mpris:trackid": ("o", f"{TRACK_PATH}0"), "xesam:artist": ("as", ["voicecoach"])}
        return self.tracks.metadata(self._state.where)

    def position_us(self) -> int:
        if self.tracks is None or self._state is None:
            return 0
        position = (
            self._position() if self._position and self._state.status == "playing" else self._state.position
        )
        return self.tracks.position_us(self._state.where, position)

    def volume(self) -> float:
        return round(self._state.gain, 4) if self._state is not None else 1.0

    def _announce(self) -> None:
        if self._player is None:
            return
        now: dict[str, Any] = {
            "PlaybackStatus": self.playback_status(),
            "Metadata": self.metadata(),
            "Volume": self.volume(),
        }
        changed = {k: v for k, v in now.items() if self._shown.get(k) != v}
        if changed:
            self._shown.update(changed)
            if "Metadata" in changed:
                changed["Metadata"] = variants(changed["Metadata"])
            self._player.emit_properties_changed(changed)

    # -- the service -----------------------------------------------------------
    def _run(self) -> None:
        try:
            self.loop = asyncio.new_event_loop()
            self.loop.run_until_complete(self._serve())
        except (Exception, asyncio.CancelledError):
            pass  # no dbus-fast, no bus, or closed: keys are off
        finally:
            self.active = False
            self.ready.set()

    async def _serve(self) -> None:
        from dbus_fast import BusType
        from dbus_fast.aio import MessageBus

        self._closing = asyncio.Event()
        bus = await asyncio.wait_for(MessageBus(bus_type=BusType.SESSION).connect(), 2)
        try:
            player = self._player = player_interface(self.push, self)
            bus.export(OBJECT_PATH, root_interface(self.push))
            bus.export(OBJECT_PATH, player)
            await bus.request_name(BUS_NAME)
            self.active = True
            self.ready.set()
            self._announce()
            waits = [
                asyncio.ensure_future(self._closing.wait()),
                asyncio.ensure_future(bus.wait_for_disconnect()),
            ]
            try:
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in waits:
                    task.cancel()
                await asyncio.gather(*waits, return_exceptions=True)
            if self._closing.is_set():
                self._announce()  # the last state (Stopped) ...
                await asyncio.sleep(0.05)  # ... reaches the bus before we leave it
        finally:
            bus.disconnect()

    def _stop_serving(self) -> None:
        """On the loop: leave the bus once the last state is announced (or stop connecting)."""
        closing = getattr(self, "_closing", None)
        if self.active and closing is not None:
            closing.set()
        else:
            for task in asyncio.all_tasks():
                task.cancel()

    def close(self) -> None:
        """Announce the last state (Stopped), then leave the bus."""
        loop = self.loop
        if loop is not None and self._thread.is_alive():
            try:
                loop.call_soon_threadsafe(self._stop_serving)
            except RuntimeError:
                pass  # the loop already closed
        self._thread.join(0.5)
