"""Serving a feed folder on the local network (``voicecoach serve``).

Its own stage, beside play/ and export/: it renders nothing and runs until
stopped, and it reads only what ``voicecoach feed`` wrote.
"""
