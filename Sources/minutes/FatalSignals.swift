#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a command does when the program cannot go on. Swift cannot catch a failed
/// allocation: the runtime traps (or crashes printing why), and its crash reporter wrote
/// a 100-line backtrace. For a script, one sentence and status 2 say more. Nothing half
/// read is kept: the cache is written to a temporary name and renamed only when complete,
/// and a load short of resources is never saved (`ResourceShortage`). The browser
/// replaces these handlers with its own, which first restore the terminal.
enum FatalSignals {
    static func install() {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND) // 0x80000000: imported as Int
        action.__sigaction_handler.sa_handler = { _ in
            // Only async-signal-safe calls here: a literal (no allocation), write, _exit.
            let message: StaticString = "minutes: stopped by a fatal error, most likely memory running out; nothing was cached, so run it again with more memory.\n"
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(2)
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            sigaction(sig, &action, nil)
        }
    }
}
