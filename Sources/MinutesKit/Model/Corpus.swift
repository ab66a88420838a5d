/// Everything loaded from one folder: the model the browser and every subcommand answer from.
///
/// Entities live in arrays and refer to each other by index (`Meeting.committeeID` is an
/// index into `committees`), so the whole corpus is a handful of contiguous arrays.
public struct Corpus: Sendable {
    /// The folder that was loaded, as the user named it.
    public let root: String
    public var councils: [Council] = []
    public var committees: [Committee] = []
    public var meetings: [Meeting] = []
    public var items: [Item] = []
    public var issues: [Issue] = []
    public var report = LoadReport()
    /// Meeting ids newest first; undated meetings last. What the Meetings pane lists.
    public var meetingsNewestFirst: [Int] = []
    var itemByRef: [String: Int] = [:]
    /// Set when the loader used a cache: which cache entry this corpus is (or was saved
    /// as), so its search index can be cached beside it.
    var cacheKey: CorpusCache.Key?
    /// True when this corpus came from the parsed-corpus cache rather than from parsing.
    public internal(set) var isFromCache = false

    public init(root: String) { self.root = root }

    public var resolutionCount: Int { items.reduce(0) { $0 + $1.decision.resolutions.count } }

    public func council(of meeting: Meeting) -> Council { councils[meeting.councilID] }
    public func committee(of meeting: Meeting) -> Committee { committees[meeting.committeeID] }
    public func meeting(of item: Item) -> Meeting { meetings[item.meetingID] }
    public func items(of meeting: Meeting) -> [Item] { meeting.itemIDs.map { items[$0] } }

    /// An item by the reference `items` prints, or by any unambiguous prefix of it (as git
    /// takes short hashes).
    public func item(ref: String) -> Item? {
        let wanted = ref.lowercased()
        if let id = itemByRef[wanted] { return items[id] }
        // A corpus read from the cache has no ref table (building one would cost every
        // start for the one command that looks refs up): one pass finds an exact ref.
        if itemByRef.isEmpty, let exact = items.first(where: { $0.ref == wanted }) { return exact }
        guard wanted.count >= 4 else { return nil }
        let matches = items.filter { $0.ref.hasPrefix(wanted) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Committees whose name contains `text`, case-insensitively; an exact name wins.
    public func committees(matching text: String) -> [Committee] {
        let key = text.matchKey
        let exact = committees.filter { ($0.name ?? Committee.notStatedName).matchKey == key }
        if !exact.isEmpty { return exact }
        return committees.filter { ($0.name ?? Committee.notStatedName).matchKey.contains(key) }
    }
}
