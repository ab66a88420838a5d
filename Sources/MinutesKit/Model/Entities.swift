/// A council: named by the first folder level under the loaded folder; for loose files, by
/// what the pages state (site address, heading, contact e-mail); otherwise unknown.
public struct Council: Hashable, Sendable {
    public let id: Int
    /// Folder name as the user wrote it (`ashbourne-vale`), or nil when files were loose.
    public let folder: String?
    /// For loose files: the authority the pages named (`Cambridge City Council`, or a site
    /// such as `democracy.cambridge.gov.uk` when that is all they gave).
    public let statedName: String?
    public var name: String { folder.map(Council.displayName) ?? statedName ?? Council.unknownName }

    public init(id: Int, folder: String?, statedName: String? = nil) {
        self.id = id; self.folder = folder; self.statedName = folder == nil ? statedName : nil
    }

    public static let unknownName = "council unknown"

    /// `ashbourne-vale` → `Ashbourne Vale`.
    static func displayName(_ folder: String) -> String {
        folder.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }
}

/// A committee of one council. `name` nil means the pages never stated it.
public struct Committee: Hashable, Sendable {
    public let id: Int
    public let councilID: Int
    public let name: String?
    public var meetingIDs: [Int] = []
    /// Pages about the committee itself (committee details, a list of its meetings), where
    /// they named it: a committee can be known before any of its papers is saved.
    public var sources: [Source] = []

    public static let notStatedName = "committee not stated"

    public init(id: Int, councilID: Int, name: String?) {
        self.id = id; self.councilID = councilID; self.name = name
    }
    public var displayName: String { name ?? Committee.notStatedName }
}

/// One sitting of a committee. `date` nil means no structured line gave one ("undated").
public struct Meeting: Hashable, Sendable {
    public let id: Int
    public let councilID: Int
    public let committeeID: Int
    public let date: CivilDate?
    public var time: String?
    public var venue: String?
    /// `cancelled`, `postponed`: what the page said became of the meeting; nil when it said nothing.
    public var status: String?
    /// Items in page order.
    public var itemIDs: [Int] = []
    public var sources: [Source] = []

    public static let undatedName = "undated"

    public init(id: Int, councilID: Int, committeeID: Int, date: CivilDate?) {
        self.id = id; self.councilID = councilID; self.committeeID = committeeID; self.date = date
    }
}

/// An agenda item and everything pages said about it.
public struct Item: Hashable, Sendable {
    public let id: Int
    public let meetingID: Int
    /// Stable short reference (hex of the item's identity), what `items` prints and
    /// `show` accepts.
    public let ref: String
    /// Raw number text as printed (`45`, `4:`, `77/21`, `1a`), nil when the page had none.
    public var number: String?
    public var title: String
    public var agendaText: String?
    public var decision: Decision
    public var minutes: String?
    public var documents: [String] = []
    public var issueID: Int?
    public var sources: [Source] = []

    /// Some resolution text was read (a decision with only a status, `Recommendations
    /// Approved`, has none).
    public var hasResolutions: Bool { !decision.resolutions.isEmpty }

    public init(id: Int, meetingID: Int, ref: String, number: String?, title: String, decision: Decision = Decision()) {
        self.id = id; self.meetingID = meetingID; self.ref = ref; self.number = number
        self.title = title; self.decision = decision
    }
}

/// One subject followed across several meetings (Cabinet recommends, Council decides).
public struct Issue: Hashable, Sendable {
    public let id: Int
    public let title: String
    public var itemIDs: [Int] = []
    public var type: String?
    public var status: String?
    public var due: String?
    public var leadMember: String?
    public var wards: String?
    public var sources: [Source] = []

    public init(id: Int, title: String) { self.id = id; self.title = title }
}
