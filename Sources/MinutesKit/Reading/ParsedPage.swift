/// What one reader got out of one page, before pages are merged into the corpus.
public struct ParsedItem: Sendable, Equatable {
    public var number: String?
    public var title: String
    public var agendaText: String?
    public var decision = Decision()
    public var minutes: String?
    public var documents: [String] = []
    /// 1-based line where the item starts on its page.
    public var line: Int

    public init(number: String?, title: String, line: Int) {
        self.number = number
        self.title = title
        self.line = line
    }
}

/// One meeting as a page shows it: a meeting page has one block with many items, an issue
/// page has a block per meeting, a decision page one block with one item.
public struct ParsedMeetingBlock: Sendable, Equatable {
    public var committee: String?
    public var date: CivilDate?
    public var time: String?
    public var venue: String?
    /// The site's own ids (ModernGov exports): how a listing beside the export names the
    /// committee when the export does not.
    public var siteMeetingID: String?
    public var siteCommitteeID: String?
    /// A forward plan's `Decision due ... by ...`: the decision was expected at this
    /// meeting, which is not to say the meeting's agenda carried it.
    public var isForwardPlan = false
    /// The page named no meeting, only who decided: the decision maker stands for the
    /// committee unless a saved agenda of that body and date says otherwise.
    public var committeeIsDecisionMaker = false
    public var line: Int
    public var items: [ParsedItem] = []

    public init(committee: String?, date: CivilDate?, line: Int) {
        self.committee = committee
        self.date = date
        self.line = line
    }
}

public struct ParsedIssue: Sendable, Equatable {
    public var title: String
    public var type: String?
    public var status: String?
    public var due: String?
    public var leadMember: String?
    public var wards: String?
    public var line: Int
}

/// A committee a page names without any meeting of it (committee details, a list of its
/// meetings with none shown): the committee is a fact even so.
public struct ParsedCommittee: Sendable, Equatable {
    public var name: String
    public var line: Int
}

public struct ParsedPage: Sendable, Equatable {
    public var kind: PageKind
    public var blocks: [ParsedMeetingBlock] = []
    /// Set on issue pages: the subject that links their items across meetings.
    public var issue: ParsedIssue?
    /// What the reader could not make sense of, one sentence each, for the load report.
    public var warnings: [String] = []
    /// The authority the page names, if it names one (used for files outside council folders).
    public var council: StatedCouncil?
    /// Set on ModernGov committee listings: committees by the site's meeting and committee ids.
    public var committeeListing: CommitteeListing?
    /// Committees the page is about, whether or not it shows meetings of them.
    public var committees: [ParsedCommittee] = []

    public init(kind: PageKind) { self.kind = kind }

    public var itemCount: Int { blocks.reduce(0) { $0 + $1.items.count } }

    /// Renumbers every line a fact points at (a page read from re-split text points at the
    /// file's own lines).
    mutating func mapLines(_ map: (Int) -> Int) {
        for b in blocks.indices {
            blocks[b].line = map(blocks[b].line)
            for i in blocks[b].items.indices { blocks[b].items[i].line = map(blocks[b].items[i].line) }
        }
        if let line = issue?.line { issue?.line = map(line) }
        for c in committees.indices { committees[c].line = map(committees[c].line) }
    }
}
