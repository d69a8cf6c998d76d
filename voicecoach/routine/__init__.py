"""Stage 1 — routine: what a person typed becomes a validated ``Routine``.

In: a routine spec (a YAML file, an article file, or a built-in name) and the
command line's setting overrides. Out: an immutable ``model.Routine`` (or a
``RoutineError`` listing every problem as ``file:line:col: what — how to fix``).
``find.load_spec`` is the one path every command takes; ``load`` reads YAML
through PyYAML's node tree so every value keeps its line and column, and
``build_settings``/``build_exercise``/``build_blocks`` turn those nodes into the model's parts;
``library/`` holds the built-in routines, ``schema.json`` the JSON Schema.
"""
