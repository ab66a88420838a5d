import MinutesKit

/// Which screen is in front.
public enum Mode: Equatable, Sendable {
    /// The three panes (or the focused one, when narrow).
    case panes
    /// The selected item's decision, full width.
    case reader
    case picker
    /// Typing a search on the status line.
    case searchInput
    case help
}

/// A committee or council picker: every entry with its meeting count, narrowed by typing.
public struct Picker: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case committee, council }

    public struct Entry: Equatable, Sendable {
        public let id: Int
        public let label: String
        public let meetings: Int
        let key: String
    }

    public let kind: Kind
    public let entries: [Entry]
    public var query = ""
    public var cursor = 0
    public var top = 0
    public var marked: Set<Int>

    public init(kind: Kind, entries: [(id: Int, label: String, meetings: Int)], marked: Set<Int>) {
        self.kind = kind
        self.entries = entries.map { Entry(id: $0.id, label: $0.label, meetings: $0.meetings, key: $0.label.lowercased()) }
        self.marked = marked
    }

    /// Entries whose label holds every typed word.
    public var visible: [Entry] {
        let words = LiveSearch.words(of: query)
        if words.isEmpty { return entries }
        return entries.filter { e in words.allSatisfy { e.key.contains($0) } }
    }
}

public struct LoadProgress: Equatable, Sendable {
    public var read: Int
    public var total: Int
}

/// Everything the browser shows, as a value. `reduce` changes it, `render` draws it.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    /// The folder being browsed, as the user named it.
    public let directory: String
    /// nil while loading.
    public private(set) var corpus: Corpus?
    public var progress: LoadProgress?
    public var mode: Mode = .panes
    /// Where help returns to.
    public var modeBeforeHelp: Mode = .panes
    public var focus: Pane = .meetings

    /// Meeting ids the Meetings pane lists: newest first, filters and search applied.
    public private(set) var meetings: [Int] = []
    public var meetingRow = 0, meetingTop = 0
    public var itemRow = 0, itemTop = 0
    public var decisionTop = 0
    public var readerTop = 0
    public var helpTop = 0

    /// Committee ids; empty means every committee.
    public var committeeFilter: Set<Int> = []
    /// Council ids; empty means every council.
    public var councilFilter: Set<Int> = []
    public var search: SearchState?
    /// Why the text on the search line is not a query yet (a half-typed date).
    public var searchProblem: String?
    /// The text on the search line while typing.
    public var searchText = ""
    public var picker: Picker?
    /// A one-off note on the status line, cleared by the next key.
    public var message: String?

    var index: SearchIndex?

    public init(directory: String, width: Int = 80, height: Int = 24) {
        self.directory = directory
        self.width = width
        self.height = height
    }

    /// A state with the corpus already loaded (tests, and the terminal once loading ends).
    public init(corpus: Corpus, width: Int = 80, height: Int = 24) {
        self.init(directory: corpus.root, width: width, height: height)
        setCorpus(corpus)
    }

    mutating func setCorpus(_ corpus: Corpus, index: SearchIndex? = nil) {
        let keep = keepsSelection(in: corpus)
        self.corpus = corpus
        progress = nil
        self.index = index ?? SearchIndex(corpus)
        refilter(keepSelection: keep)
    }

    /// The documents read so far: shown at once; search waits for the full index.
    mutating func setPartialCorpus(_ corpus: Corpus) {
        let keep = keepsSelection(in: corpus)
        self.corpus = corpus
        index = nil
        refilter(keepSelection: keep)
    }

    /// Whether the selected meeting is still the same meeting (same id, committee and
    /// date) in a newer corpus of the same folder, so a reader who has moved does not lose
    /// their place as loading goes on.
    private func keepsSelection(in newer: Corpus) -> Bool {
        // At the top of the list, stay at the top: newer meetings arriving belong there.
        guard meetingRow > 0 || itemRow > 0 || mode != .panes else { return false }
        guard let old = selectedMeeting, newer.meetings.indices.contains(old.id) else { return false }
        let m = newer.meetings[old.id]
        return m.committeeID == old.committeeID && m.date == old.date && m.councilID == old.councilID
    }

    public var layout: Layout { Layout(width: width, height: height, focus: focus) }

    // MARK: Selection

    public var selectedMeeting: Meeting? {
        guard let corpus, meetings.indices.contains(meetingRow) else { return nil }
        return corpus.meetings[meetings[meetingRow]]
    }

    /// Item ids of the selected meeting, in page order.
    public var items: [Int] { selectedMeeting?.itemIDs ?? [] }

    public var selectedItem: Item? {
        guard let corpus else { return nil }
        let ids = items
        guard ids.indices.contains(itemRow) else { return nil }
        return corpus.items[ids[itemRow]]
    }

    public func isMatch(item id: Int) -> Bool { search?.itemSet.contains(id) ?? false }

    // MARK: Filtering

    /// Recomputes the meetings list after a filter or search change, keeping the selected
    /// meeting (and item) when they are still listed.
    mutating func refilter(keepSelection: Bool = true) {
        guard let corpus else { meetings = []; return }
        let previousMeeting = keepSelection ? selectedMeeting?.id : nil
        let previousItem = keepSelection ? selectedItem?.id : nil
        let councils = councilFilter, committees = committeeFilter
        let perMeeting = search?.perMeeting
        meetings = corpus.meetingsNewestFirst.filter { id in
            let m = corpus.meetings[id]
            if !councils.isEmpty && !councils.contains(m.councilID) { return false }
            if !committees.isEmpty && !committees.contains(m.committeeID) { return false }
            if let perMeeting, perMeeting[id] == nil { return false }
            return true
        }
        if let previousMeeting, let row = meetings.firstIndex(of: previousMeeting) {
            meetingRow = row
            if let previousItem, let irow = items.firstIndex(of: previousItem),
               search == nil || isMatch(item: previousItem) {
                itemRow = irow
            } else {
                selectFirstMatchingItem()
            }
        } else {
            meetingRow = 0
            meetingTop = 0
            selectFirstMatchingItem()
        }
        clampScrolls()
    }

    /// On a meeting change: the first matching item when a search is in force, else the first.
    mutating func selectFirstMatchingItem() {
        itemRow = 0
        itemTop = 0
        decisionTop = 0
        if search != nil, let row = items.firstIndex(where: { isMatch(item: $0) }) { itemRow = row }
        clampScrolls()
    }

    // MARK: Scrolling

    static func visible(row: Int, top: Int, rows: Int) -> Int {
        if row < top { return row }
        if row >= top + rows { return row - rows + 1 }
        return max(0, top)
    }

    mutating func clampScrolls() {
        let l = layout
        meetingRow = min(max(0, meetingRow), max(0, meetings.count - 1))
        itemRow = min(max(0, itemRow), max(0, items.count - 1))
        let mr = l.visibleRows(.meetings), ir = l.visibleRows(.items)
        meetingTop = AppState.visible(row: meetingRow, top: min(meetingTop, max(0, meetings.count - mr)), rows: mr)
        itemTop = AppState.visible(row: itemRow, top: min(itemTop, max(0, items.count - ir)), rows: ir)
        decisionTop = min(max(0, decisionTop), maxDecisionTop)
        readerTop = min(max(0, readerTop), maxReaderTop)
        helpTop = min(max(0, helpTop), max(0, Keymap.helpLines().count - (l.full.height - 2)))
        if var p = picker {
            let rows = max(1, l.picker.height - 4)
            let n = p.visible.count
            p.cursor = min(max(0, p.cursor), max(0, n - 1))
            p.top = AppState.visible(row: p.cursor, top: min(p.top, max(0, n - rows)), rows: rows)
            picker = p
        }
    }

    var decisionLineCount: Int {
        guard let corpus, let item = selectedItem else { return 0 }
        return DecisionText.lines(corpus: corpus, item: item, width: layout.decisionTextWidth).count
    }

    var maxDecisionTop: Int {
        max(0, decisionLineCount - layout.visibleRows(.decision))
    }

    var maxReaderTop: Int {
        guard let corpus, let item = selectedItem else { return 0 }
        let l = layout
        let n = DecisionText.lines(corpus: corpus, item: item, width: max(10, l.full.width - 4)).count
        return max(0, n - (l.full.height - 2))
    }
}
