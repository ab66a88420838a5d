import Foundation

/// The JSON shapes the command line prints. Field names are part of the interface scripts
/// depend on: add fields, never rename them. Absent facts are written as `null` rather than
/// left out, so every record of one kind has the same keys.

/// One item in full: what `export` writes one per line and `show --json` prints.
public struct ItemRecord: Encodable, Equatable, Sendable {
    public struct SourceRecord: Encodable, Equatable, Sendable {
        /// Relative to the loaded folder.
        public var path: String
        /// `PageKind.rawValue`, e.g. `issue-meetings`.
        public var kind: String
        public var line: Int

        init(_ source: Source) {
            path = TerminalText.singleLine(source.path)
            kind = source.kind.rawValue
            line = source.line
        }
    }

    public var ref: String
    public var council: String
    public var committee: String?
    public var date: String?
    public var number: String?
    public var title: String
    public var resolutions: [String]
    public var reasons: String?
    public var alternatives: String?
    public var callIn: String?
    public var decisionMaker: String?
    public var keyDecision: Bool?
    public var subjectToCallIn: Bool?
    public var status: String?
    public var minutes: String?
    public var agendaText: String?
    public var documents: [String]
    public var issue: String?
    public var sources: [SourceRecord]

    public init(_ item: Item, in corpus: Corpus) {
        let meeting = corpus.meeting(of: item)
        let s = { (t: String?) in t.map { TerminalText.safe($0) } }
        ref = item.ref
        council = TerminalText.singleLine(corpus.council(of: meeting).name)
        committee = corpus.committee(of: meeting).name.map(TerminalText.singleLine)
        date = meeting.date?.iso
        number = item.number.map(TerminalText.singleLine)
        title = TerminalText.singleLine(item.title)
        resolutions = item.decision.resolutions.map { TerminalText.safe($0) }
        reasons = s(item.decision.reasons)
        alternatives = s(item.decision.alternatives)
        callIn = s(item.decision.callIn)
        decisionMaker = s(item.decision.decisionMaker)
        keyDecision = item.decision.isKeyDecision
        subjectToCallIn = item.decision.isSubjectToCallIn
        status = s(item.decision.status)
        minutes = s(item.minutes)
        agendaText = s(item.agendaText)
        documents = item.documents.map(TerminalText.singleLine)
        issue = item.issueID.flatMap { $0 < corpus.issues.count ? TerminalText.singleLine(corpus.issues[$0].title) : nil }
        sources = item.sources.map(SourceRecord.init)
    }

    /// Which kind of record a line of `export` is: `item`, `meeting` or `committee`.
    public let record = "item"

    enum Key: String, CodingKey {
        case record, ref, council, committee, date, number, title, resolutions, reasons, alternatives, callIn,
             decisionMaker, keyDecision, subjectToCallIn, status, minutes, agendaText, documents, issue, sources
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(record, forKey: .record)
        try c.encode(ref, forKey: .ref)
        try c.encode(council, forKey: .council)
        try c.encode(committee, forKey: .committee)
        try c.encode(date, forKey: .date)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(resolutions, forKey: .resolutions)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(alternatives, forKey: .alternatives)
        try c.encode(callIn, forKey: .callIn)
        try c.encode(decisionMaker, forKey: .decisionMaker)
        try c.encode(keyDecision, forKey: .keyDecision)
        try c.encode(subjectToCallIn, forKey: .subjectToCallIn)
        try c.encode(status, forKey: .status)
        try c.encode(minutes, forKey: .minutes)
        try c.encode(agendaText, forKey: .agendaText)
        try c.encode(documents, forKey: .documents)
        try c.encode(issue, forKey: .issue)
        try c.encode(sources, forKey: .sources)
    }
}

/// One row of `items --json` and `search --json`: enough to pick an item and `show` it.
public struct ItemSummaryRecord: Encodable, Equatable, Sendable {
    public var ref: String
    public var council: String
    public var committee: String?
    public var date: String?
    public var number: String?
    public var title: String
    public var resolutions: Int
    /// Only in search results: the line around the first hit.
    public var snippet: String?

    public init(_ item: Item, in corpus: Corpus, snippet: String? = nil) {
        let meeting = corpus.meeting(of: item)
        ref = item.ref
        council = TerminalText.singleLine(corpus.council(of: meeting).name)
        committee = corpus.committee(of: meeting).name.map(TerminalText.singleLine)
        date = meeting.date?.iso
        number = item.number.map(TerminalText.singleLine)
        title = TerminalText.singleLine(item.title)
        resolutions = item.decision.resolutions.count
        self.snippet = snippet.map(TerminalText.singleLine)
    }

    enum Key: String, CodingKey { case ref, council, committee, date, number, title, resolutions, snippet }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(ref, forKey: .ref)
        try c.encode(council, forKey: .council)
        try c.encode(committee, forKey: .committee)
        try c.encode(date, forKey: .date)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(resolutions, forKey: .resolutions)
        if let snippet { try c.encode(snippet, forKey: .snippet) }
    }
}

/// One row of `meetings --json`.
public struct MeetingRecord: Encodable, Equatable, Sendable {
    public var council: String
    public var committee: String?
    public var date: String?
    public var time: String?
    public var venue: String?
    /// `cancelled`, `postponed`, or null when the page said nothing of it.
    public var status: String?
    public var items: Int
    public var sources: [ItemRecord.SourceRecord]

    public init(_ meeting: Meeting, in corpus: Corpus) {
        council = TerminalText.singleLine(corpus.council(of: meeting).name)
        committee = corpus.committee(of: meeting).name.map(TerminalText.singleLine)
        date = meeting.date?.iso
        time = meeting.time.map(TerminalText.singleLine)
        venue = meeting.venue.map(TerminalText.singleLine)
        status = meeting.status.map(TerminalText.singleLine)
        items = meeting.itemIDs.count
        sources = meeting.sources.map(ItemRecord.SourceRecord.init)
    }

    public let record = "meeting"

    enum Key: String, CodingKey { case record, council, committee, date, time, venue, status, items, sources }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(record, forKey: .record)
        try c.encode(council, forKey: .council)
        try c.encode(committee, forKey: .committee)
        try c.encode(date, forKey: .date)
        try c.encode(time, forKey: .time)
        try c.encode(venue, forKey: .venue)
        try c.encode(status, forKey: .status)
        try c.encode(items, forKey: .items)
        try c.encode(sources, forKey: .sources)
    }
}

/// One row of `committees --json`.
public struct CommitteeRecord: Encodable, Equatable, Sendable {
    public var council: String
    public var committee: String?
    public var meetings: Int
    public var items: Int
    /// Pages about the committee itself (committee details, a list of its meetings).
    public var sources: [ItemRecord.SourceRecord]
    public let record = "committee"

    public init(_ committee: Committee, in corpus: Corpus) {
        council = TerminalText.singleLine(corpus.councils[committee.councilID].name)
        self.committee = committee.name.map(TerminalText.singleLine)
        meetings = committee.meetingIDs.count
        items = committee.meetingIDs.reduce(0) { $0 + corpus.meetings[$1].itemIDs.count }
        sources = committee.sources.map(ItemRecord.SourceRecord.init)
    }

    enum Key: String, CodingKey { case record, council, committee, meetings, items, sources }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(record, forKey: .record)
        try c.encode(council, forKey: .council)
        try c.encode(committee, forKey: .committee)
        try c.encode(meetings, forKey: .meetings)
        try c.encode(items, forKey: .items)
        try c.encode(sources, forKey: .sources)
    }
}

/// `stats --json`: the counts and the load report.
public struct StatsRecord: Encodable, Equatable, Sendable {
    public struct SkippedRecord: Encodable, Equatable, Sendable {
        public var path: String
        public var reason: String
        public var detail: String?

        enum Key: String, CodingKey { case path, reason, detail }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(path, forKey: .path)
            try c.encode(reason, forKey: .reason)
            try c.encode(detail, forKey: .detail)
        }
    }

    public struct LoadedRecord: Encodable, Equatable, Sendable {
        public var path: String
        public var kind: String
        public var encoding: String
        public var meetings: Int
        public var items: Int
        public var warnings: [String]
    }

    /// Two pages of one item that state a fact differently; the item shows `kept`.
    public struct ConflictRecord: Encodable, Equatable, Sendable {
        public struct Sighting: Encodable, Equatable, Sendable {
            public var value: String
            public var path: String
            public var line: Int
        }
        public var fact: String
        public var item: String
        public var kept: Sighting
        public var other: Sighting
    }

    public var files: Int
    public var documents: Int
    public var skipped: [SkippedRecord]
    public var conflicts: [ConflictRecord]
    public var councils: Int
    public var committees: Int
    public var meetings: Int
    public var undatedMeetings: Int
    public var items: Int
    public var resolutions: Int
    public var issues: Int
    /// True when the parsed-corpus cache answered: no file changed since it was written.
    public var fromCache: Bool
    /// Only with `--report`: every loaded file.
    public var loaded: [LoadedRecord]?

    public init(_ corpus: Corpus, includeLoaded: Bool = false) {
        let report = corpus.report
        files = report.files
        documents = report.documents
        skipped = report.skipped.map {
            SkippedRecord(path: TerminalText.singleLine($0.path), reason: $0.reason,
                          detail: $0.detail.map(TerminalText.singleLine))
        }
        func sighting(_ s: LoadReport.Sighting) -> ConflictRecord.Sighting {
            .init(value: TerminalText.singleLine(s.value), path: TerminalText.singleLine(s.path), line: s.line)
        }
        conflicts = report.conflicts.map {
            ConflictRecord(fact: $0.fact, item: TerminalText.singleLine($0.item), kept: sighting($0.kept), other: sighting($0.other))
        }
        councils = corpus.councils.count
        committees = corpus.committees.count
        meetings = corpus.meetings.count
        undatedMeetings = corpus.meetings.filter { $0.date == nil }.count
        items = corpus.items.count
        resolutions = corpus.resolutionCount
        issues = corpus.issues.count
        fromCache = corpus.isFromCache
        loaded = includeLoaded ? report.loaded.map {
            LoadedRecord(path: TerminalText.singleLine($0.path), kind: $0.kind.rawValue,
                         encoding: $0.encoding, meetings: $0.meetings, items: $0.items,
                         warnings: $0.warnings.map(TerminalText.singleLine))
        } : nil
    }

    enum Key: String, CodingKey {
        case files, documents, skipped, conflicts, councils, committees, meetings, undatedMeetings, items, resolutions, issues, fromCache, loaded
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(files, forKey: .files)
        try c.encode(documents, forKey: .documents)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(conflicts, forKey: .conflicts)
        try c.encode(councils, forKey: .councils)
        try c.encode(committees, forKey: .committees)
        try c.encode(meetings, forKey: .meetings)
        try c.encode(undatedMeetings, forKey: .undatedMeetings)
        try c.encode(items, forKey: .items)
        try c.encode(resolutions, forKey: .resolutions)
        try c.encode(issues, forKey: .issues)
        try c.encode(fromCache, forKey: .fromCache)
        if let loaded { try c.encode(loaded, forKey: .loaded) }
    }
}

/// Encoders with the settings every JSON output shares: sorted keys so output is
/// byte-for-byte stable across runs and platforms, slashes left alone in paths.
public enum JSONOutput {
    /// Indented, for `--json` on a single object or array.
    public static func pretty<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One line, for JSON Lines.
    public static func line<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
