"""``python term_at_worker_start.py ARGS``: ``voicecoach ARGS``, sent SIGTERM by itself while the
fork server starts the batch's second worker.

The unlucky moment of a loaded machine, made every time: the fork server, not yet given
the CPU, has not answered with the second worker's pid while the first worker already
writes its temp file; the test that kills a batch export (test_kills.py) sends its SIGTERM
then. The signal is real and is handled by voicecoach's own handler; only its moment is
chosen, by wrapping ``multiprocessing.forkserver.read_signed`` (the parent's wait for a new
worker's pid).
"""

import os
import signal
import sys

if __name__ == "__main__":  # not when a worker imports this file as its main module
    from multiprocessing import forkserver

    from voicecoach.cli.main import run

    read_signed, starts = forkserver.read_signed, []

    def read_signed_after_a_sigterm(fd):
        starts.append(fd)
        if len(starts) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        return read_signed(fd)

    forkserver.read_signed = read_signed_after_a_sigterm
    sys.argv[0] = "voicecoach"
    run()
