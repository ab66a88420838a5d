import BrowserUI
import CNcursesW

/// What one `wget_wch` produced.
enum Input {
    case key(Key)
    case mouse(MouseEvent)
    case resize
    /// A timeout or an interrupted read: nothing to do but look at flags.
    case none
}

enum KeyReader {
    /// Translates `wget_wch`'s result. Enter arrives as 13 after `nonl()`, 10 otherwise, or
    /// KEY_ENTER; all three are Enter.
    static func translate(rc: Int32, value: wint_t) -> Input {
        if rc == OK {
            let v = UInt32(value)
            switch v {
            case 9: return .key(.tab)
            case 10, 13: return .key(.enter)
            case 27: return .key(.escape)
            case 8, 127: return .key(.backspace)
            case 1...26: return .key(.ctrl(Character(Unicode.Scalar(v + 0x60)!)))
            case 0..<32: return .none
            default:
                guard let s = Unicode.Scalar(v) else { return .none }
                return .key(.char(Character(s)))
            }
        }
        guard rc == KEY_CODE_YES else { return .none }
        switch Int32(value) {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE, KEY_DC: return .key(.backspace)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return readMouse()
        default: return .none
        }
    }

    static func readMouse() -> Input {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .none }
        let x = Int(event.x), y = Int(event.y)
        let b = event.bstate
        if b & cn_button4_pressed() != 0 { return .mouse(.wheelUp(x: x, y: y)) }
        let wheelDown = cn_button5_pressed()
        if wheelDown != 0 && b & wheelDown != 0 { return .mouse(.wheelDown(x: x, y: y)) }
        if b & (cn_button1_pressed() | cn_button1_clicked()) != 0 { return .mouse(.click(x: x, y: y)) }
        return .none
    }
}
