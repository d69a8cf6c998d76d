from voicecoach.cli.main import main

main()
