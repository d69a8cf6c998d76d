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
With no dbus-fast or no session bus it switches itself off quietly.
"""
# No "from __future__ import annotations": dbus-fast reads the Annotated signatures at runtime.

import asyncio
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from voicecoach import SAMPLE_RATE
from voicecoach.play.commands import Command, volume_command
from voicecoach.timeline import Role

if TYPE_CHECKING:  # dbus-fast is optional (extra media): imported where used
    from dbus_fast.service import ServiceInterface

    from voicecoach.play.span_player import PlayState

BUS_NAME = "org.mpris.MediaPlayer2.voicecoach"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
TRACK_PATH = "/org/voicecoach/track/"  # + exercise number (0: the intro)
STATUS_NAMES = {"playing": "Playing", "paused": "Paused", "stopped": "Stopped"}


class Tracks:
    """Exercise spans of one session and the Metadata for a position (no D-Bus here)."""

    def __init__(self, session):
        timeline = session.timeline
        self.routine, self.length = session.routine, timeline.length
        starts = [(0, 0)] + [(n, s) for n, _, s in timeline.exercise_starts()]
        ending = [c.start for c in timeline.cues if c.role == Role.COMPLETE]
        end = ending[0] if ending else timeline.length
        self.spans = {
            n: (s, (starts[i + 1][1] if i + 1 < len(starts) else max(end, s)))
            for i, (n, s) in enumerate(starts)
        }

    def title(self, where) -> str:
        if not where.exercise:
            return self.routine.title
        units = self.routine.units()  # Cue.exercise numbers round-exercises
        exercise = units[where.exercise - 1].exercise
        parts = [f"{where.exercise}/{len(units)} {units[where.exercise - 1].title}"]
        if where.side:
            parts.append(where.side)
        if where.set and exercise.sets > 1:
            parts.append(f"set {where.set}/{exercise.sets}")
        return " · ".join(parts)

    def metadata(self, where) -> dict:
        """Plain values keyed by MPRIS name; ``_variants`` wraps them for D-Bus."""
        a, b = self.spans.get(where.exercise, (0, self.length))
        return {
            "mpris:trackid": ("o", f"{TRACK_PATH}{where.exercise}"),
            "mpris:length": ("x", (b - a) * 1_000_000 // SAMPLE_RATE),
            "xesam:title": ("s", self.title(where)),
            "xesam:album": ("s", self.routine.title),
            "xesam:artist": ("as", ["voicecoach"]),
            "xesam:trackNumber": ("i", where.exercise),
        }

    def position_us(self, where, position: int) -> int:
        a, _ = self.spans.get(where.exercise, (0, self.length))
        return max(0, position - a) * 1_000_000 // SAMPLE_RATE


class OpeningTrack:
    """Track 0 while a cold start's session still renders: the intro, titled with the routine's
    title (its length comes with the session's timeline)."""

    def __init__(self, routine):
        self.title = routine.title

    def metadata(self, where) -> dict:
        return {
            "mpris:trackid": ("o", f"{TRACK_PATH}0"),
            "xesam:title": ("s", self.title),
            "xesam:album": ("s", self.title),
            "xesam:artist": ("as", ["voicecoach"]),
            "xesam:trackNumber": ("i", 0),
        }

    def position_us(self, where, position: int) -> int:
        return max(0, position) * 1_000_000 // SAMPLE_RATE


def _variants(metadata: dict) -> dict:
    from dbus_fast import Variant

    return {key: Variant(sig, value) for key, (sig, value) in metadata.items()}


def _root(push: Callable[[str], None]) -> "ServiceInterface":
    from dbus_fast.annotations import DBusBool, DBusSignature, DBusStr

    StrArray = Annotated[list[str], DBusSignature("as")]
    from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property
    from dbus_fast.service import method as dbus_method

    class Root(ServiceInterface):
        def __init__(self):
            super().__init__("org.mpris.MediaPlayer2")

        @dbus_method()
        def Raise(self) -> None:
            pass  # CanRaise is false: nothing to raise

        @dbus_method()
        def Quit(self) -> None:
            push(Command.QUIT)

        @dbus_property(access=PropertyAccess.READ)
        def Identity(self) -> DBusStr:
            return "voicecoach"

        @dbus_property(access=PropertyAccess.READ)
        def CanQuit(self) -> DBusBool:
            return True

        @dbus_property(access=PropertyAccess.READ)
        def CanRaise(self) -> DBusBool:
            return False

        @dbus_property(access=PropertyAccess.READ)
        def HasTrackList(self) -> DBusBool:
            return False

        @dbus_property(access=PropertyAccess.READ)
        def SupportedUriSchemes(self) -> StrArray:
            return []

        @dbus_property(access=PropertyAccess.READ)
        def SupportedMimeTypes(self) -> StrArray:
            return []

    return Root()


def _player(push: Callable[[str], None], keys: "MediaKeys") -> "ServiceInterface":
    from dbus_fast.annotations import DBusBool, DBusDict, DBusDouble, DBusInt64, DBusObjectPath, DBusStr
    from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property
    from dbus_fast.service import method as dbus_method

    class Player(ServiceInterface):
        def __init__(self):
            super().__init__("org.mpris.MediaPlayer2.Player")

        @dbus_method()
        def PlayPause(self) -> None:
            push(Command.PAUSE)

        @dbus_method()
        def Play(self) -> None:
            push(Command.PLAY)

        @dbus_method()
        def Pause(self) -> None:
            push(Command.PAUSE_ONLY)

        @dbus_method()
        def Next(self) -> None:
            push(Command.NEXT)

        @dbus_method()
        def Previous(self) -> None:
            push(Command.BACK)

        @dbus_method()
        def Stop(self) -> None:
            push(Command.QUIT)

        @dbus_method()
        def Seek(self, offset: DBusInt64) -> None:
            pass  # CanSeek is false: no effect (spec)

        @dbus_method()
        def SetPosition(self, track: DBusObjectPath, position: DBusInt64) -> None:
            pass  # likewise

        @dbus_method()
        def OpenUri(self, uri: DBusStr) -> None:
            pass  # no URI schemes supported

        @dbus_property(access=PropertyAccess.READ)
        def PlaybackStatus(self) -> DBusStr:
            return keys.playback_status()

        @dbus_property(access=PropertyAccess.READ)
        def Metadata(self) -> DBusDict:
            return _variants(keys.metadata())

        @dbus_property(access=PropertyAccess.READ)
        def Position(self) -> DBusInt64:
            return keys.position_us()

        @dbus_property(access=PropertyAccess.READ)
        def Rate(self) -> DBusDouble:
            return 1.0

        @dbus_property(access=PropertyAccess.READ)
        def MinimumRate(self) -> DBusDouble:
            return 1.0

        @dbus_property(access=PropertyAccess.READ)
        def MaximumRate(self) -> DBusDouble:
            return 1.0

        @dbus_property()
        def Volume(self) -> DBusDouble:
            return keys.volume()

        @Volume.setter  # type: ignore[no-redef]  # dbus-fast names the setter as the getter, as builtin property does
        def Volume(self, level: DBusDouble) -> None:
            push(volume_command(level))  # negative: 0 (spec)

        @dbus_property(access=PropertyAccess.READ)
        def CanControl(self) -> DBusBool:
            return True

        @dbus_property(access=PropertyAccess.READ)
        def CanPlay(self) -> DBusBool:
            return True

        @dbus_property(access=PropertyAccess.READ)
        def CanPause(self) -> DBusBool:
            return True

        @dbus_property(access=PropertyAccess.READ)
        def CanSeek(self) -> DBusBool:
            return False

        @dbus_property(access=PropertyAccess.READ)
        def CanGoNext(self) -> DBusBool:
            return True

        @dbus_property(access=PropertyAccess.READ)
        def CanGoPrevious(self) -> DBusBool:
            return True

    return Player()


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
                changed["Metadata"] = _variants(changed["Metadata"])
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
            player = self._player = _player(self.push, self)
            bus.export(OBJECT_PATH, _root(self.push))
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
