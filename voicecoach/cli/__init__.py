"""The command line: ``main`` holds the commands and maps errors to exit statuses,
``options`` the options preview/play/export share, ``export_cmd`` the export
command's work and its progress bar."""

import os

# voicecoach does no linear algebra, but importing numpy starts OpenBLAS's thread pool, one
# thread per core spinning while it starts: measured 0.21 CPU-s per numpy import with it,
# 0.11 with one thread, and 10 warm `preview foot-strength` runs 6.1 -> 4.4-5.2 CPU-s. Set
# here, before any command imports numpy; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
