import Foundation
import MinutesKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where subcommands print: buffered stdout, and the terminal width when stdout is a tty.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes a line. Callers pass text already made safe by MinutesKit's printers.
    static func line(_ text: String = "") { write(text + "\n") }

    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 && errno == EPIPE { exit(0) } // reader went away (| head): stop quietly
                    failWriting(n < 0 ? errno : EIO)
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// A full disk or a closed stdout must not look like success with less output:
    /// one sentence with the system's reason, status 1. Written with write(2) directly,
    /// since the buffered path is what failed.
    static func failWriting(_ error: Int32) -> Never {
        let line = "minutes: cannot write output: " + String(cString: strerror(error)) + "\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Foundation.write(STDERR_FILENO, $0.baseAddress!, $0.count - 1) }
        exit(1)
    }

    static let isTerminal: Bool = isatty(STDOUT_FILENO) != 0

    /// Columns of the terminal when stdout is one, else nil (print everything in full).
    static let terminalWidth: Int? = {
        guard isTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        return 80
    }()

    /// The width long text is wrapped to: the terminal's, or 80 into a pipe or file.
    static var wrapWidth: Int { terminalWidth ?? 80 }

    static func json<T: Encodable>(_ value: T) throws {
        line(try JSONOutput.pretty(value))
    }
}
