"""The command line: ``main`` holds the commands and maps errors to exit statuses,
``options`` the options preview/play/export share, ``export_cmd`` the export
command's work and its progress bar."""
