import BrowserUI
import CNcursesW
import Foundation
import MinutesKit

/// One curses session on /dev/tty: start, the main loop, and the way back to a sane
/// terminal. Every curses call happens here, on the main thread.
final class Session {
    enum Outcome {
        case quit
        case signal(Int32)
        case failed(String)
    }

    private let screenRef: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let window: UnsafeMutablePointer<WINDOW>
    private let painter: Painter
    private var closed = false

    private init(screenRef: OpaquePointer, input: UnsafeMutablePointer<FILE>, window: UnsafeMutablePointer<WINDOW>, colour: Bool) {
        self.screenRef = screenRef
        self.input = input
        self.window = window
        painter = Painter(window: window, colour: colour)
    }

    static func open() -> Result<Session, Refusal> {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            // Without a UTF-8 LC_CTYPE, £ ’ – turn to blanks or junk.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        cn_save_termios()
        cn_install_signal_handlers()
        let hint = BrowserLauncher.scriptHint
        // Keys come from /dev/tty, so the browser works with stdin a pipe or /dev/null.
        guard let input = fopen("/dev/tty", "r") else {
            return .failure(Refusal(message: "minutes: the browser needs a terminal to read keys from and /dev/tty cannot be opened; \(hint)."))
        }
        guard let screenRef = newterm(nil, stdout, input) else {
            fclose(input)
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            return .failure(Refusal(message: "minutes: TERM=\(term) is not a terminal type this system knows; set TERM (e.g. xterm-256color) or \(hint)."))
        }
        set_term(screenRef)
        if cn_has_string_cap("cup") == 0 {
            endwin()
            delscreen(screenRef)
            fclose(input)
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            return .failure(Refusal(message: "minutes: TERM=\(term) cannot move the cursor, which the browser needs; \(hint)."))
        }
        let window = cn_stdscr()!
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        let noColour = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        var colour = false
        if !noColour && has_colors() {
            colour = start_color() == OK
        }
        mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
        mouseinterval(0)
        return .success(Session(screenRef: screenRef, input: input, window: window, colour: colour))
    }

    func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        delscreen(screenRef)
        fclose(input)
    }

    private func size() -> (Int, Int) {
        var y: Int32 = 0, x: Int32 = 0
        cn_getmaxyx(window, &y, &x)
        return (Int(x), Int(y))
    }

    func run(directory: String, job: LoadJob) -> Outcome {
        let (w, h) = size()
        var state = AppState(directory: directory, width: w, height: h)
        var loading = true
        while true {
            let sig = cn_take_signal()
            if sig != 0 { return .signal(sig) }
            if cn_take_suspend() != 0 { suspend(&state) }
            if cn_take_continued() != 0 { relayoutAfterResume(&state) }
            if loading {
                if let p = job.takeProgress() { reduce(&state, .loadProgress(read: p.read, total: p.total)) }
                if let partial = job.takeSnapshot() { reduce(&state, .partiallyLoaded(partial)) }
                if let outcome = job.takeOutcome() {
                    switch outcome {
                    case .loaded(let corpus, let index):
                        reduce(&state, .loaded(corpus, index))
                        loading = false
                    case .failed(let message):
                        return .failed(message)
                    }
                }
            }
            painter.present(render(state))
            // While loading, wake up often enough that what arrives is on screen within a
            // frame or so (a small folder is loaded within 10 ms of the first frame).
            wtimeout(window, loading ? 10 : -1)
            var value: wint_t = 0
            let rc = wget_wch(window, &value)
            let effects: [Effect]
            switch KeyReader.translate(rc: rc, value: value) {
            case .none:
                continue
            case .resize:
                let (nw, nh) = size()
                painter.invalidate()
                effects = reduce(&state, .resize(width: nw, height: nh))
            case .mouse(let event):
                effects = reduce(&state, .mouse(event))
            case .key(let key):
                effects = reduce(&state, key: key)
            }
            for effect in effects {
                switch effect {
                case .quit:
                    return .quit
                case .openInPager(let root, let path, let line):
                    openInPager(root: root, path: path, line: line, state: &state)
                }
            }
        }
    }

    /// Ctrl-Z: give the terminal back as it was, stop until fg, then come back at the
    /// terminal's size then.
    private func suspend(_ state: inout AppState) {
        def_prog_mode()
        endwin()
        cn_stop_self()
        reset_prog_mode()
        _ = cn_take_continued()
        relayoutAfterResume(&state)
    }

    /// Back from Ctrl-Z: the terminal may have been resized while we were stopped, which
    /// curses was never told (no SIGWINCH reaches a stopped program). Tell it, and lay
    /// out and repaint the whole screen at the size there is now.
    private func relayoutAfterResume(_ state: inout AppState) {
        var rows: Int32 = 0, cols: Int32 = 0
        if cn_terminal_size(&rows, &cols) != 0, (cols, rows) != (Int32(size().0), Int32(size().1)) {
            resizeterm(rows, cols)
        }
        clearok(cn_curscr(), true)
        painter.invalidate()
        let (w, h) = size()
        reduce(&state, .resize(width: w, height: h))
    }

    /// Suspends curses, runs $PAGER (default `less`) on the file with an argv array (no
    /// shell ever sees document text), then comes back and redraws everything. The file
    /// is named to the pager by its bytes: its name need not be UTF-8.
    private func openInPager(root: String, path: String, line: Int, state: inout AppState) {
        let file = FileName.path(root: root, relative: path)
        guard file.withUnsafeBufferPointer({ access($0.baseAddress!, R_OK) }) == 0 else {
            state.message = "Cannot open \(path): \(String(cString: strerror(errno)))."
            return
        }
        let pagerSetting = ProcessInfo.processInfo.environment["PAGER"] ?? ""
        var argv = pagerSetting.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if argv.isEmpty { argv = ["less"] }
        if line > 1, argv[0] == "less" || argv[0].hasSuffix("/less") { argv.append("+\(line)") }
        def_prog_mode()
        endwin()
        cn_ignore_sigint(1)
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [file.withUnsafeBufferPointer { strdup($0.baseAddress!) }, nil]
        defer { for p in cArgs { free(p) } }
        let pid = cn_spawn(argv[0], cArgs)
        var failure: String?
        if pid > 0 {
            var status: Int32 = 0
            while waitpid(pid_t(pid), &status, 0) < 0 && errno == EINTR {}
        } else {
            failure = "Cannot run the pager \(argv[0]): \(String(cString: strerror(-pid))); set PAGER."
        }
        cn_ignore_sigint(0)
        reset_prog_mode()
        clearok(cn_curscr(), true)
        painter.invalidate()
        let (w, h) = size()
        reduce(&state, .resize(width: w, height: h))
        if let failure { state.message = failure }
    }
}
