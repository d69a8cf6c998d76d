from voicecoach.cli.main import run

run()
