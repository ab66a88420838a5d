import MinutesKit
/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
    /// Inside the border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }
}

public enum Pane: Int, CaseIterable, Sendable {
    case meetings, items, decision

    public var title: String {
        switch self {
        case .meetings: return "Meetings"
        case .items: return "Items"
        case .decision: return "Decision"
        }
    }
}

/// Where everything goes for a terminal size. Pure arithmetic, shared by `render` and by
/// the reducer (for page sizes and mouse clicks).
public struct Layout: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Below 40x10: one line saying so.
        case tooSmall
        /// 100 columns and more: three panes side by side.
        case wide
        /// Narrower: the focused pane alone under a breadcrumb line.
        case narrow
    }

    public static let minimumWidth = 40, minimumHeight = 10, wideWidth = 100

    public let kind: Kind
    public let width: Int, height: Int
    /// Outer rectangles (border included) of the panes on screen.
    public let panes: [Pane: Rect]
    public let breadcrumb: Rect?
    public let status: Rect
    /// Full-width views (decision reader, help) and the picker box.
    public let full: Rect
    public let picker: Rect

    public init(width: Int, height: Int, focus: Pane) {
        self.width = width
        self.height = height
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        full = Rect(x: 0, y: 0, width: width, height: max(0, height - 1))
        let pw = min(width - 4, 72), ph = max(3, height - 5)
        picker = Rect(x: (width - pw) / 2, y: 2, width: pw, height: ph)
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            kind = .tooSmall
            panes = [:]
            breadcrumb = nil
        } else if width >= Layout.wideWidth {
            kind = .wide
            let body = height - 1
            let mw = min(56, max(30, width * 32 / 100))
            let iw = (width - mw) / 2
            let dw = width - mw - iw
            panes = [
                .meetings: Rect(x: 0, y: 0, width: mw, height: body),
                .items: Rect(x: mw, y: 0, width: iw, height: body),
                .decision: Rect(x: mw + iw, y: 0, width: dw, height: body),
            ]
            breadcrumb = nil
        } else {
            kind = .narrow
            breadcrumb = Rect(x: 0, y: 0, width: width, height: 1)
            panes = [focus: Rect(x: 0, y: 1, width: width, height: height - 2)]
        }
    }

    /// Rows a list pane shows.
    public func visibleRows(_ pane: Pane) -> Int {
        if let r = panes[pane] { return max(1, r.height - 2) }
        // A pane not on screen (narrow layout): as tall as the one that is.
        return max(1, height - 4)
    }

    /// Text width inside the Decision pane (one column of margin each side).
    public var decisionTextWidth: Int {
        if let r = panes[.decision] { return max(10, r.width - 4) }
        return max(10, width - 4)
    }
}
