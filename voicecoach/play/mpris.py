"""Headset and media keys: an MPRIS player on the session D-Bus (``dbus-fast``, extra ``media``).

PlayPause/Play/Pause -> Command.PAUSE, Next -> NEXT, Previous -> BACK, Stop/Quit -> QUIT,
handed to ``push`` (``Keys.push``), which wakes the scheduler's wait. Runs on its own thread
with its own asyncio loop and never delays the first sound; with no dbus-fast or no session
bus it switches itself off quietly.
"""
# No "from __future__ import annotations": dbus-fast reads the signature strings at runtime.

import asyncio
import threading
from typing import Callable, Optional

from voicecoach.play.commands import Command

BUS_NAME = "org.mpris.MediaPlayer2.voicecoach"
OBJECT_PATH = "/org/mpris/MediaPlayer2"


def _interfaces(push: Callable[[str], None]):
    return _root(push), _player(push)


def _root(push: Callable[[str], None]):
    from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property
    from dbus_fast.service import method as dbus_method

    class Root(ServiceInterface):
        def __init__(self):
            super().__init__("org.mpris.MediaPlayer2")

        @dbus_method()
        def Raise(self): pass

        @dbus_method()
        def Quit(self): push(Command.QUIT)

        @dbus_property(access=PropertyAccess.READ)
        def Identity(self) -> "s": return "voicecoach"

        @dbus_property(access=PropertyAccess.READ)
        def CanQuit(self) -> "b": return True

        @dbus_property(access=PropertyAccess.READ)
        def CanRaise(self) -> "b": return False

        @dbus_property(access=PropertyAccess.READ)
        def HasTrackList(self) -> "b": return False

        @dbus_property(access=PropertyAccess.READ)
        def SupportedUriSchemes(self) -> "as": return []

        @dbus_property(access=PropertyAccess.READ)
        def SupportedMimeTypes(self) -> "as": return []

    return Root()


def _player(push: Callable[[str], None]):
    from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property
    from dbus_fast.service import method as dbus_method

    class Player(ServiceInterface):
        def __init__(self):
            super().__init__("org.mpris.MediaPlayer2.Player")

        @dbus_method()
        def PlayPause(self): push(Command.PAUSE)

        @dbus_method()
        def Play(self): push(Command.PAUSE)

        @dbus_method()
        def Pause(self): push(Command.PAUSE)

        @dbus_method()
        def Next(self): push(Command.NEXT)

        @dbus_method()
        def Previous(self): push(Command.BACK)

        @dbus_method()
        def Stop(self): push(Command.QUIT)

        @dbus_property(access=PropertyAccess.READ)
        def PlaybackStatus(self) -> "s": return "Playing"

        @dbus_property(access=PropertyAccess.READ)
        def CanControl(self) -> "b": return True

        @dbus_property(access=PropertyAccess.READ)
        def CanPlay(self) -> "b": return True

        @dbus_property(access=PropertyAccess.READ)
        def CanPause(self) -> "b": return True

        @dbus_property(access=PropertyAccess.READ)
        def CanGoNext(self) -> "b": return True

        @dbus_property(access=PropertyAccess.READ)
        def CanGoPrevious(self) -> "b": return True

    return Player()


class MediaKeys:
    """The MPRIS service thread. ``MediaKeys.start(push)``; ``close()`` when done."""

    def __init__(self, push: Callable[[str], None]):
        self.push = push
        self.loop: Optional[asyncio.AbstractEventLoop] = None
        self.ready = threading.Event()        # set once the bus name is owned (or it failed)
        self.active = False
        self._thread = threading.Thread(target=self._run, name="voicecoach-mpris", daemon=True)

    @classmethod
    def start(cls, push: Callable[[str], None]) -> "MediaKeys":
        keys = cls(push)
        keys._thread.start()
        return keys

    def _run(self) -> None:
        try:
            self.loop = asyncio.new_event_loop()
            self.loop.run_until_complete(self._serve())
        except (Exception, asyncio.CancelledError):
            pass                               # no dbus-fast, no bus, or closed: keys are off
        finally:
            self.active = False
            self.ready.set()

    async def _serve(self) -> None:
        from dbus_fast import BusType
        from dbus_fast.aio import MessageBus
        bus = await asyncio.wait_for(MessageBus(bus_type=BusType.SESSION).connect(), 2)
        try:
            for interface in _interfaces(self.push):
                bus.export(OBJECT_PATH, interface)
            await bus.request_name(BUS_NAME)
            self.active = True
            self.ready.set()
            await bus.wait_for_disconnect()
        finally:
            bus.disconnect()

    def close(self) -> None:
        loop = self.loop
        if loop is not None and self._thread.is_alive():
            try:
                loop.call_soon_threadsafe(_cancel_all)
            except RuntimeError:
                pass                           # the loop already closed
        self._thread.join(0.5)


def _cancel_all() -> None:
    for task in asyncio.all_tasks():
        task.cancel()
