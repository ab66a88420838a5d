/// A plain text table: aligned columns measured in terminal cells.
///
/// When a width limit is given (stdout is a terminal) the one flexible column, usually a
/// title, is cut with `…` so each row fits on one screen line; without a limit every cell is
/// printed in full, which is what a pipe into grep or awk wants.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var rightAligned: Bool
        /// The column that gives way when rows are too wide for the terminal.
        public var flexible: Bool

        public init(_ header: String, rightAligned: Bool = false, flexible: Bool = false) {
            self.header = header
            self.rightAligned = rightAligned
            self.flexible = flexible
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []
    public var separator = "  "

    public init(columns: [Column]) { self.columns = columns }

    /// Adds a row; cells are made single-line and terminal-safe here.
    public mutating func append(_ cells: [String]) {
        precondition(cells.count == columns.count, "a row needs one cell per column")
        rows.append(cells.map(TerminalText.singleLine))
    }

    /// The table as lines without trailing spaces. `maxWidth` nil means no limit.
    public func render(maxWidth: Int? = nil, header: Bool = true) -> [String] {
        var all = rows
        if header { all.insert(columns.map(\.header), at: 0) }
        var widths = columns.indices.map { c in all.map { TerminalText.width($0[c]) }.max() ?? 0 }
        if let maxWidth, let flex = columns.firstIndex(where: \.flexible) {
            let others = widths.indices.filter { $0 != flex }.reduce(0) { $0 + widths[$1] }
            let gaps = separator.count * (columns.count - 1)
            let room = max(TerminalText.width(columns[flex].header), 8, maxWidth - others - gaps)
            widths[flex] = min(widths[flex], room)
        }
        return all.map { row in
            var line = ""
            for (c, cell) in row.enumerated() {
                let text = TerminalText.width(cell) > widths[c] ? TerminalText.truncate(cell, toWidth: widths[c]) : cell
                let isLast = c == row.count - 1
                if c > 0 { line += separator }
                if isLast && !columns[c].rightAligned {
                    line += text
                } else {
                    line += TerminalText.pad(text, toWidth: widths[c], rightAligned: columns[c].rightAligned)
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
