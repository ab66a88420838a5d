import MinutesKit
/// What a cell means, not how it looks: Terminal maps each role to colours and attributes
/// (or to attributes alone in monochrome and under NO_COLOR).
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    case border
    case borderFocused
    case title
    case titleFocused
    /// The selected row of the focused pane.
    case selected
    /// The selected row of a pane without focus.
    case selectedInactive
    /// A search match: highlighted words, matching rows.
    case match
    case heading
    /// The decision mark in the Items pane.
    case mark
    case dim
    case status
    case message
}

/// One terminal cell. A wide character fills its own cell (width 2) and the next one, which
/// is a continuation (width 0, empty text). Zero-width scalars (combining marks, variation
/// selectors) ride along in the text of the cell before them.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style) {
        self.text = text; self.width = width; self.style = style
    }

    public static let blank = Cell(text: " ", width: 1, style: .normal)
    static let continuation = Cell(text: "", width: 0, style: .normal)

    public var isContinuation: Bool { width == 0 }
}

/// A grid of cells: what `render` produces and Terminal presents (as ratatui's Buffer).
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes `text` at (x, y) within `limit` columns (to the right edge by default) and
    /// returns the columns used. Text that does not fit is cut and ends with `…`; a wide
    /// character that would straddle the limit is not drawn by halves.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .normal,
                             highlight: [Range<Int>] = [], highlightStyle: Style = .match) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let maxCols = min(limit ?? (width - x), width - x)
        guard maxCols > 0 else { return 0 }
        let clean = TextWidth.sanitised(text)
        let needsCut = TextWidth.columns(of: clean) > maxCols
        let budget = needsCut ? maxCols - 1 : maxCols
        var col = 0
        var scalarIndex = 0
        var lastCell = -1
        for scalar in clean.unicodeScalars {
            defer { scalarIndex += 1 }
            let w = TextWidth.columns(of: scalar)
            if w == 0 {
                if lastCell >= 0 { cells[lastCell].text.unicodeScalars.append(scalar) }
                continue
            }
            if col + w > budget { break }
            let inHighlight = highlight.contains { $0.contains(scalarIndex) }
            let s = inHighlight ? highlightStyle : style
            let i = y * width + x + col
            clearWide(at: x + col, y: y)
            cells[i] = Cell(text: String(scalar), width: UInt8(w), style: s)
            if w == 2 {
                clearWide(at: x + col + 1, y: y)
                cells[i + 1] = Cell(text: "", width: 0, style: s)
            }
            lastCell = i
            col += w
        }
        if needsCut {
            // Pad a gap left by a wide character that did not fit, then the ellipsis.
            while col < budget { set(x + col, y, Cell(text: " ", width: 1, style: style)); col += 1 }
            set(x + col, y, Cell(text: "…", width: 1, style: style))
            col += 1
        }
        return col
    }

    /// Fills a run of cells with blanks in a style (selection bars, status line).
    public mutating func fill(x: Int, y: Int, count: Int, style: Style, text: String = " ") {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + count) {
            set(cx, y, Cell(text: text, width: 1, style: style))
        }
    }

    /// Changes the style of a run without touching its text.
    public mutating func restyle(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + count) { cells[y * width + cx].style = style }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        clearWide(at: x, y: y)
        cells[y * width + x] = cell
    }

    /// Overwriting half of a wide character blanks its other half.
    private mutating func clearWide(at x: Int, y: Int) {
        let i = y * width + x
        let c = cells[i]
        if c.width == 2, x + 1 < width { cells[i + 1] = Cell(text: " ", width: 1, style: c.style) }
        if c.width == 0, x > 0 { cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style) }
    }

    /// One row as text (continuation cells skipped), for tests and captures.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += self[x, y].text }
        return s
    }

    /// The whole screen as text, trailing blanks removed from each row.
    public var text: String {
        (0..<height).map { y -> String in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// Last column of a wide character must not sit at the right edge: a wide character
    /// placed in the last column is replaced by a blank by `put` (budget check), so every
    /// row always measures exactly `width` columns.
    public func rowColumns(_ y: Int) -> Int {
        (0..<width).reduce(0) { $0 + Int(self[$1, y].width) }
    }
}
