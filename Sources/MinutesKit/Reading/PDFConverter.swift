#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A PDF's text through poppler's `pdftotext` (Debian's poppler-utils), run as a child with
/// an argument list, never a shell.
///
/// The PDF's bytes go to the child's standard input (`pdftotext -enc UTF-8 - -`): the loader
/// has read them already (no access time changed, never a FIFO, the size limit checked), and
/// no file name can be taken for an option. The child is killed once past `timeLimit` or
/// once its text passes the caller's limit, so a hostile PDF costs at most that.
///
/// Reading order: pdftotext's default, not `-layout`. On two columns `-layout` puts the
/// left and right halves of each row on one line, mixing two sentences on every line;
/// the default reads the left column, then the right (README, "PDF files").
public struct PDFConverter: Sendable {
    public enum Failure: Error, Equatable {
        case notInstalled
        case encrypted
        case damaged
        case crashed(signal: Int32)
        case failed(status: Int32)
        case timedOut(seconds: Double)
        case outputTooLarge(limit: Int)
        case cannotRun(String)

        public var reason: LoadReport.SkipReason {
            if case .outputTooLarge = self { return .tooLarge }
            return .unreadable
        }

        /// The load report's one line on the file.
        public var detail: String {
            switch self {
            case .notInstalled: return "pdftotext not found: install poppler-utils"
            case .encrypted: return "PDF is encrypted"
            case .damaged: return "PDF is damaged"
            case .crashed(let signal): return "PDF is damaged: pdftotext crashed on it, signal \(signal)"
            case .failed(let status): return "pdftotext failed on it (exit status \(status))"
            case .timedOut(let seconds): return "pdftotext timed out after \(Self.seconds(seconds)) s"
            case .outputTooLarge(let limit): return "its text is over \(limit / 1_048_576) MB, limit \(limit / 1_048_576) MB"
            case .cannotRun(let why): return "could not run pdftotext: \(why)"
            }
        }

        static func seconds(_ s: Double) -> String {
            s == s.rounded() ? String(Int(s)) : String(s)
        }
    }

    /// Absolute path of the converter; nil when none is installed.
    public var executable: String?
    /// Seconds the converter may take on one file.
    public var timeLimit: Double

    public init(executable: String?, timeLimit: Double = 10) {
        self.executable = executable
        self.timeLimit = timeLimit
    }

    /// `pdftotext` from PATH, looked up once per process.
    public static let standard = PDFConverter(executable: find("pdftotext"))

    static let arguments = ["-enc", "UTF-8", "-", "-"]

    /// What the cache key needs to notice a converter installed, removed or upgraded since
    /// the last run: a PDF skipped for want of pdftotext is read once it is there.
    var stamp: String {
        guard let executable else { return "no pdftotext" }
        var st = stat()
        guard stat(executable, &st) == 0 else { return executable }
        return "\(executable):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_ino)"
    }

    /// The first executable regular file called `name` in PATH's absolute folders (a relative
    /// entry such as `.` could be the user's own folder of documents).
    static func find(_ name: String, path: String? = getenv("PATH").map { String(cString: $0) }) -> String? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where folder.hasPrefix("/") {
            let candidate = String(folder.hasSuffix("/") ? folder + name : folder + "/" + name)
            var st = stat()
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// The PDF's text as pdftotext writes it (UTF-8, pages ended by form feeds).
    public func text(of pdf: [UInt8], outputLimit: Int) -> Result<[UInt8], Failure> {
        guard let executable else { return .failure(.notInstalled) }
        let child: Child
        switch Child.spawn(executable, arguments: Self.arguments) {
        case .success(let c): child = c
        case .failure(let f): return .failure(f)
        }
        let deadline = Monotonic.now() + timeLimit
        let io = child.exchange(input: pdf, outputLimit: outputLimit, deadline: deadline, timeLimit: timeLimit)
        var failure = io.failure
        var exit: Child.Status?
        if failure == nil {
            exit = child.awaitExit(deadline: deadline)
            if exit == nil { failure = .timedOut(seconds: timeLimit) }
        }
        if let failure {
            child.terminate()
            return .failure(failure)
        }
        let status = exit!
        if let signal = status.signal { return .failure(.crashed(signal: signal)) }
        let errors = String(decoding: io.errors, as: UTF8.self)
        switch status.code {
        case 0:
            // poppler mends what it can and says so on stderr; no text and errors: damaged.
            if io.output.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0C }), errors.contains("Error") {
                return .failure(.damaged)
            }
            return .success(io.output)
        case 1: return .failure(errors.contains("Incorrect password") ? .encrypted : .damaged)
        case 3: return .failure(.encrypted) // permissions (older poppler refuses copy-protected files)
        default: return .failure(.failed(status: status.code))
        }
    }
}

/// One converter child: its pid and our ends of its standard input, output and error.
private struct Child {
    let pid: pid_t
    let input: Int32, output: Int32, errors: Int32

    struct Exchange {
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var failure: PDFConverter.Failure?
    }

    struct Status {
        var code: Int32
        var signal: Int32?
    }

    static func spawn(_ executable: String, arguments: [String]) -> Result<Child, PDFConverter.Failure> {
        // Three socket pairs (pipe2 is hidden behind _GNU_SOURCE): close-on-exec, so no other
        // child inherits them, and writing to a child that stopped reading its input is an
        // error (MSG_NOSIGNAL), not a SIGPIPE that would end the whole program.
        #if os(Linux)
        let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        var ends: [Int32] = []
        for _ in 0..<3 {
            var pair: [Int32] = [-1, -1]
            guard socketpair(AF_UNIX, streamType, 0, &pair) == 0 else {
                let why = String(cString: strerror(errno))
                ends.forEach { close($0) }
                return .failure(.cannotRun(why))
            }
            ends += pair
        }
        let sockets = [ends[0], ends[1]], out = [ends[2], ends[3]], err = [ends[4], ends[5]]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, sockets[1], 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        // Default signal dispositions and an empty mask, whatever this process has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(sockets[1]); close(out[1]); close(err[1])
        guard rc == 0 else {
            close(sockets[0]); close(out[0]); close(err[0])
            return .failure(rc == ENOENT ? .notInstalled : .cannotRun(String(cString: strerror(rc))))
        }
        for fd in [sockets[0], out[0], err[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return .success(Child(pid: pid, input: sockets[0], output: out[0], errors: err[0]))
    }

    /// Writes `input` and reads both outputs to their end, all at once with poll, until the
    /// deadline or the output limit. Closes our three ends.
    func exchange(input pdf: [UInt8], outputLimit: Int, deadline: Double, timeLimit: Double) -> Exchange {
        var result = Exchange()
        var inputOpen = true, outputOpen = true, errorsOpen = true
        var written = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        defer {
            if inputOpen { close(input) }
            if outputOpen { close(output) }
            if errorsOpen { close(errors) }
        }
        if pdf.isEmpty { close(input); inputOpen = false }
        loop: while outputOpen || errorsOpen {
            let remaining = deadline - Monotonic.now()
            guard remaining > 0 else { result.failure = .timedOut(seconds: timeLimit); break }
            var fds: [pollfd] = []
            if inputOpen { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            if outputOpen { fds.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
            if errorsOpen { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            let n = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000 + 1, 60_000)))
            if n < 0 {
                if errno == EINTR { continue }
                result.failure = .cannotRun(String(cString: strerror(errno)))
                break
            }
            for p in fds where p.revents != 0 {
                if p.fd == input {
                    let sent = pdf.withUnsafeBytes { send(input, $0.baseAddress! + written, min(pdf.count - written, 65536), Int32(MSG_NOSIGNAL)) }
                    if sent > 0 { written += sent }
                    if written == pdf.count || (sent < 0 && errno != EAGAIN && errno != EINTR) {
                        // Done, or the child stopped reading (it may still have said why).
                        close(input); inputOpen = false
                    }
                    continue
                }
                let got = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress!, $0.count) }
                if got < 0, errno == EAGAIN || errno == EINTR { continue }
                if got <= 0 {
                    close(p.fd)
                    if p.fd == output { outputOpen = false } else { errorsOpen = false }
                    continue
                }
                if p.fd == output {
                    result.output.append(contentsOf: buffer[..<got])
                    if result.output.count > outputLimit {
                        result.failure = .outputTooLarge(limit: outputLimit)
                        break loop
                    }
                } else if result.errors.count < 16384 {
                    result.errors.append(contentsOf: buffer[..<got])
                }
            }
        }
        return result
    }

    /// The child's exit, waited for until the deadline; nil when it is still running then.
    func awaitExit(deadline: Double) -> Status? {
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, deadline.isInfinite ? 0 : WNOHANG)
            if r == pid { break }
            if r < 0 {
                if errno == EINTR { continue }
                return Status(code: 127, signal: nil)
            }
            // Outputs closed but not yet gone: rare and short, so a short nap between looks.
            if Monotonic.now() >= deadline { return nil }
            _ = poll(nil, 0, 2)
        }
        let signal = status & 0x7F
        return signal == 0 ? Status(code: (status >> 8) & 0xFF, signal: nil) : Status(code: 128 + signal, signal: signal)
    }

    /// SIGKILL and reap: no converter outlives the file it was started for.
    func terminate() {
        _ = kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}

enum Monotonic {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
