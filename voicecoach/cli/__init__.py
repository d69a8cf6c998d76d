"""The command line: ``main`` holds the commands and maps errors to exit statuses,
``options`` the options preview/play/export share, ``export_cmd`` the export
command's work and its progress bar."""

import os

# voicecoach does no linear algebra, and OpenBLAS's thread pool (one spinning thread per core)
# doubles numpy's import cost (docs/platform.md); set before any command imports numpy, and a
# value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
