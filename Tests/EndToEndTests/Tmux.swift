import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import XCTest

/// A tmux server of our own (its own socket), one window running the real `minutes`
/// binary; keys go in with send-keys, the screen comes back with capture-pane.
final class Tmux {
    let socket: String
    let session = "e2e"
    private static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { tmuxPath != nil }

    private static var counter = 0

    init() {
        Tmux.counter += 1
        socket = "minutes-e2e-\(getpid())-\(Tmux.counter)"
    }

    /// Runs one tmux command and waits for it.
    @discardableResult
    func run(_ args: [String]) -> (status: Int32, output: String) {
        Spawn.run([Tmux.tmuxPath!, "-L", socket, "-f", "/dev/null"] + args)
    }

    /// Starts `command` (a shell line) in a detached session of the given size.
    @discardableResult
    func start(_ command: String, width: Int = 120, height: Int = 40) -> String {
        let r = run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command])
        return r.status == 0 ? "" : "tmux new-session failed (\(r.status)): \(r.output)"
    }

    func keys(_ keys: String...) { run(["send-keys", "-t", session] + keys) }

    func type(_ text: String) { run(["send-keys", "-t", session, "-l", text]) }

    func resize(width: Int, height: Int) {
        run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() -> String { run(["capture-pane", "-p", "-t", session]).output }

    /// Polls the screen until `text` shows (at most about `tries` × 50 ms), returning the
    /// last capture either way.
    @discardableResult
    func waitFor(_ text: String, tries: Int = 200, file: StaticString = #filePath, line: UInt = #line) -> String {
        var screen = ""
        for _ in 0..<tries {
            screen = capture()
            if screen.contains(text) { return screen }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \"\(text)\"; screen was:\n\(screen)", file: file, line: line)
        return screen
    }

    /// Polls until every one of `texts` is on the screen at once (a frame may be captured
    /// half drawn, so the whole expectation is polled, not asserted on one capture).
    @discardableResult
    func waitForAll(_ texts: [String], absent: [String] = [], tries: Int = 200,
                    file: StaticString = #filePath, line: UInt = #line) -> String {
        var screen = ""
        for _ in 0..<tries {
            screen = capture()
            if texts.allSatisfy(screen.contains) && !absent.contains(where: screen.contains) { return screen }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(texts) without \(absent); screen was:\n\(screen)", file: file, line: line)
        return screen
    }

    /// Polls until `text` is gone from the screen.
    @discardableResult
    func waitUntilGone(_ text: String, tries: Int = 200, file: StaticString = #filePath, line: UInt = #line) -> String {
        var screen = ""
        for _ in 0..<tries {
            screen = capture()
            if !screen.contains(text) { return screen }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \"\(text)\" to go; screen was:\n\(screen)", file: file, line: line)
        return screen
    }

    /// Ends our server and removes its socket file.
    func stop() {
        run(["kill-server"])
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(dir)/tmux-\(getuid())/\(socket)")
    }
}

/// Runs a program and waits for it. posix_spawn + waitpid rather than Foundation's Process
/// (whose exit monitoring never fired under the test runner here), with output through a
/// file rather than a pipe (the server that tmux new-session daemonises would inherit a
/// pipe's write end, and the read would never end).
enum Spawn {
    static func run(_ argv: [String], environment: [String]? = nil) -> (status: Int32, output: String) {
        let outPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("minutes-e2e-\(UUID().uuidString).out").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The runner may block signals; tmux and the browser under it must not inherit that.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid = pid_t()
        let rc: Int32
        if let environment {
            let cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
            defer { for e in cEnv { free(e) } }
            rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, cEnv)
        } else {
            rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, environ)
        }
        guard rc == 0 else { return (-1, "posix_spawn: \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: outPath) ?? Data()
        // Exit status as the shell shows it.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, String(decoding: data, as: UTF8.self))
    }
}

extension Tmux {
    /// The process the pane's shell started (the browser under test), to signal it.
    func paneChildPID() throws -> Int32 {
        let shell = run(["list-panes", "-t", session, "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw XCTSkip("cannot find the browser's pid under /proc")
        }
        return pid
    }
}
