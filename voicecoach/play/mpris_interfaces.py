"""The two MPRIS D-Bus interfaces, built with dbus-fast (extra ``media``) when the service
starts: ``org.mpris.MediaPlayer2`` (identity, Quit) and ``org.mpris.MediaPlayer2.Player``.

Methods hand a ``Command`` to ``push`` and return at once: PlayPause -> PAUSE (toggle), Play
-> PLAY and Pause -> PAUSE_ONLY (idempotent), Next -> NEXT, Previous -> BACK, Stop/Quit ->
QUIT; setting Volume pushes a volume command (0 to 2). CanSeek is false, so Seek and
SetPosition do nothing, per spec. Properties are read from a ``PlayerProperties`` (the
service, ``mpris.MediaKeys``) on the loop thread.
"""
# No "from __future__ import annotations": dbus-fast reads the Annotated signatures at runtime.

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Protocol

from voicecoach.play.commands import Command, volume_command

if TYPE_CHECKING:  # dbus-fast is optional (extra media): imported where used
    from dbus_fast.service import ServiceInterface


class PlayerProperties(Protocol):
    """What the Player interface's properties read (plain values; Metadata as in mpris_tracks)."""

    def playback_status(self) -> str: ...
    def metadata(self) -> dict: ...
    def position_us(self) -> int: ...
    def volume(self) -> float: ...


def variants(metadata: dict) -> dict:
    from dbus_fast import Variant

    return {key: Variant(sig, value) for key, (sig, value) in metadata.items()}


def root_interface(push: Callable[[str], None]) -> "ServiceInterface":
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


def player_interface(push: Callable[[str], None], keys: "PlayerProperties") -> "ServiceInterface":
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
            return variants(keys.metadata())

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
