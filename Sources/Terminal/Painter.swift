import BrowserUI
import CNcursesW

/// Presents Screens on curses: maps styles to attributes and colours, and draws only the
/// cells that differ from the last Screen presented.
final class Painter {
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Screen?
    private var looks: [Style: (attr_t, Int16)] = [:]

    init(window: UnsafeMutablePointer<WINDOW>, colour: Bool) {
        self.window = window
        let bold = cn_a_bold(), rev = cn_a_reverse(), under = cn_a_underline(), dim = cn_a_dim()
        var pairs: (cyan: Int16, yellow: Int16, green: Int16, blue: Int16) = (0, 0, 0, 0)
        if colour {
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            if init_pair(1, Int16(COLOR_CYAN), background) == OK { pairs.cyan = 1 }
            if init_pair(2, Int16(COLOR_YELLOW), background) == OK { pairs.yellow = 2 }
            if init_pair(3, Int16(COLOR_GREEN), background) == OK { pairs.green = 3 }
            if init_pair(4, Int16(COLOR_BLUE), background) == OK { pairs.blue = 4 }
        }
        for style in Style.allCases {
            switch style {
            case .normal: looks[style] = (cn_a_normal(), 0)
            case .border: looks[style] = (colour ? cn_a_normal() : dim, 0)
            case .borderFocused: looks[style] = (bold, pairs.cyan)
            case .title: looks[style] = (bold, 0)
            case .titleFocused: looks[style] = (bold | rev, pairs.cyan)
            case .selected: looks[style] = (rev, 0)
            case .selectedInactive: looks[style] = colour ? (rev, pairs.blue) : (bold | under, 0)
            case .match: looks[style] = colour ? (bold, pairs.yellow) : (bold | under, 0)
            case .heading: looks[style] = (bold, pairs.green)
            case .mark: looks[style] = (cn_a_normal(), pairs.green)
            case .dim: looks[style] = (dim, 0)
            case .status: looks[style] = (rev, 0)
            case .message: looks[style] = (bold | rev, 0)
            }
        }
    }

    /// Forget what is on the terminal: the next present draws every cell.
    func invalidate() { previous = nil }

    func present(_ screen: Screen) {
        let full = previous == nil || previous!.width != screen.width || previous!.height != screen.height
        if full { werase(window) }
        for y in 0..<screen.height {
            var first = -1, last = -1
            if full {
                first = 0; last = screen.width - 1
            } else {
                let old = previous!
                for x in 0..<screen.width where old[x, y] != screen[x, y] {
                    if first < 0 { first = x }
                    last = x
                }
            }
            guard first >= 0 else { continue }
            // Never start on the right half of a wide character, and finish it if it ends on one.
            if first > 0 && screen[first, y].isContinuation { first -= 1 }
            if last + 1 < screen.width && screen[last + 1, y].isContinuation { last += 1 }
            drawRun(screen, y: y, from: first, to: last)
        }
        previous = screen
        wnoutrefresh(window)
        doupdate()
    }

    private func drawRun(_ screen: Screen, y: Int, from: Int, to: Int) {
        var x = from
        while x <= to {
            let style = screen[x, y].style
            var text: [wchar_t] = []
            let start = x
            while x <= to && screen[x, y].style == style {
                let cell = screen[x, y]
                if !cell.isContinuation {
                    for s in cell.text.unicodeScalars { text.append(wchar_t(bitPattern: s.value)) }
                }
                x += 1
            }
            let look = looks[style] ?? (cn_a_normal(), 0)
            wattr_set(window, look.0, look.1, nil)
            let count = Int32(text.count)
            text.append(0)
            mvwaddnwstr(window, Int32(y), Int32(start), text, count)
        }
        wattr_set(window, cn_a_normal(), 0, nil)
    }
}
