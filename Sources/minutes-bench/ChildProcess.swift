#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a reference command (rg, cat, `minutes stats`) as a child and measures it from the
/// outside: wall time and the child's own peak memory from wait4's rusage.
enum ChildProcess {
    struct Result {
        var seconds: Double
        var status: Int32
        /// ru_maxrss of the child, in bytes.
        var maxRSS: Int
    }

    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String, String)
        var description: String {
            switch self {
            case .cannotStart(let cmd, let why): return "Cannot start \(cmd): \(why)."
            }
        }
    }

    /// `argv[0]` is looked up on PATH. Standard output goes to /dev/null; standard error is
    /// kept unless `quiet`.
    static func run(_ argv: [String], quiet: Bool = true) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }

        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }

        var pid = pid_t()
        let start = Clock.now()
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, environ)
        guard rc == 0 else { throw Failure.cannotStart(argv[0], String(cString: strerror(rc))) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Clock.seconds(since: start)
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(seconds: seconds, status: exitStatus, maxRSS: Int(usage.ru_maxrss) * 1024)
    }

    /// Whether a program is on PATH.
    static func exists(_ program: String) -> Bool {
        (try? run(["sh", "-c", "command -v \(program)"]))?.status == 0
    }

    /// Median of `runs` timed runs (after one untimed warm-up when `warm`).
    static func median(_ argv: [String], runs: Int, warm: Bool = false) throws -> Result {
        if warm { _ = try run(argv) }
        var results: [Result] = []
        for _ in 0..<max(1, runs) { results.append(try run(argv)) }
        results.sort { $0.seconds < $1.seconds }
        return results[results.count / 2]
    }
}

/// The bench process's own peak memory so far (ru_maxrss), in bytes.
func selfMaxRSS() -> Int {
    var usage = rusage()
#if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
#else
    getrusage(RUSAGE_SELF, &usage)
#endif
    return Int(usage.ru_maxrss) * 1024
}
