"""Log stage: what was done and how it felt, kept in one SQLite file in the user data dir
(``VOICECOACH_DATA`` overrides).

In: sessions played (``play``, ``today``), logged by hand (``done``) or rated on the phone
page (``serve``). Out: ``store.Log.entries()``; ``summary`` turns them into history, streak
and adherence against a programme.
"""
