// The entry point is `Entry.run` rather than `MinutesCommand.main()` so that usage errors
// exit with status 1 and one line on stderr, as the issue asks (ArgumentParser's default
// is status 64 and a screenful of usage).
StandardStreams.reserveClosed()
FatalSignals.install()
Entry.run(Array(CommandLine.arguments.dropFirst()))
