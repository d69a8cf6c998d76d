"""Programme stage: a programme file (weeks of sessions with progression rules) -> the
calendar of planned days, each with its progressed routines (ordinary ``Routine`` objects).

In: a programme YAML file or a built-in programme name (``find.load_programme``).
Out: ``calendar.plan(programme)`` -> ``PlannedDay`` list; ``progression.progressed``
applies a week's doses to a routine. Pure apart from reading the files.
"""
