"""The command line: ``main`` holds the group and maps errors to exit statuses; the commands
sit by what they do (``inspect_cmds`` look, ``import_cmd`` imports, ``session_cmds`` play,
export, feed and serve, ``programme_cmds`` plan a programme,
``history_cmds`` log and report what was done), with their work beside them
(``options`` the options preview/play/export share, ``export_cmd`` the export command's work
and its progress bar, ``playing`` the live player, logged)."""

import os

# voicecoach does no linear algebra, and OpenBLAS's thread pool (one spinning thread per core)
# doubles numpy's import cost (docs/platform.md); set before any command imports numpy, and a
# value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
