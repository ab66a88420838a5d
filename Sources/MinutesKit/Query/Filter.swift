/// Which meetings and items a command or the browser shows: committee, council and a date
/// range. Every field left nil lets everything through.
public struct Filter: Equatable, Sendable {
    /// Committee name text, matched as `Corpus.committees(matching:)` does (an exact name
    /// wins, otherwise any committee whose name contains it, case-insensitively).
    public var committee: String?
    /// Council name or folder text, matched the same way.
    public var council: String?
    /// Inclusive bounds. An undated meeting never passes a date bound.
    public var from: CivilDate?
    public var to: CivilDate?

    public init(committee: String? = nil, council: String? = nil, from: CivilDate? = nil, to: CivilDate? = nil) {
        self.committee = committee
        self.council = council
        self.from = from
        self.to = to
    }

    public var isEmpty: Bool { committee == nil && council == nil && from == nil && to == nil }

    /// Narrows this filter by another (both must hold). Text fields of `other` replace ours
    /// only where ours are nil; date bounds take the tighter of the two.
    public func intersected(with other: Filter) -> Filter {
        var f = self
        if f.committee == nil { f.committee = other.committee }
        if f.council == nil { f.council = other.council }
        if let o = other.from { f.from = f.from.map { max($0, o) } ?? o }
        if let o = other.to { f.to = f.to.map { min($0, o) } ?? o }
        return f
    }
}

/// A filter resolved against one corpus: names turned into id sets once, so testing a
/// meeting is a couple of set lookups (the browser calls this per keystroke).
public struct ResolvedFilter: Sendable {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case noCommittee(String)
        case noCouncil(String)

        public var description: String {
            switch self {
            case .noCommittee(let name):
                return "No committee name matches '\(TerminalText.singleLine(name))'; `minutes committees DIR` lists them."
            case .noCouncil(let name):
                return "No council name matches '\(TerminalText.singleLine(name))'; `minutes committees DIR` lists them."
            }
        }
    }

    public let filter: Filter
    let committeeIDs: Set<Int>?
    let councilIDs: Set<Int>?

    /// Throws when a named committee or council matches nothing, so a typo is reported
    /// instead of silently printing nothing.
    public init(_ filter: Filter, in corpus: Corpus) throws {
        self.filter = filter
        if let name = filter.committee {
            let ids = Set(corpus.committees(matching: name).map(\.id))
            if ids.isEmpty { throw Problem.noCommittee(name) }
            committeeIDs = ids
        } else {
            committeeIDs = nil
        }
        if let name = filter.council {
            let ids = Set(Self.councils(matching: name, in: corpus).map(\.id))
            if ids.isEmpty { throw Problem.noCouncil(name) }
            councilIDs = ids
        } else {
            councilIDs = nil
        }
    }

    /// Councils whose name or folder contains `text` case-insensitively; an exact match wins.
    public static func councils(matching text: String, in corpus: Corpus) -> [Council] {
        let key = text.matchKey
        func keys(_ c: Council) -> [String] { [c.name.matchKey] + (c.folder.map { [$0.matchKey] } ?? []) }
        let exact = corpus.councils.filter { keys($0).contains(key) }
        if !exact.isEmpty { return exact }
        return corpus.councils.filter { keys($0).contains { $0.contains(key) } }
    }

    public func accepts(_ meeting: Meeting) -> Bool {
        if let committeeIDs, !committeeIDs.contains(meeting.committeeID) { return false }
        if let councilIDs, !councilIDs.contains(meeting.councilID) { return false }
        if filter.from != nil || filter.to != nil {
            guard let date = meeting.date else { return false }
            if let from = filter.from, date < from { return false }
            if let to = filter.to, date > to { return false }
        }
        return true
    }

    public func accepts(_ item: Item, in corpus: Corpus) -> Bool {
        accepts(corpus.meetings[item.meetingID])
    }

    /// A committee record (what pages about the committee say): it has no date to fall within a range.
    public func accepts(_ committee: Committee) -> Bool {
        if let committeeIDs, !committeeIDs.contains(committee.id) { return false }
        if let councilIDs, !councilIDs.contains(committee.councilID) { return false }
        return filter.from == nil && filter.to == nil
    }
}

/// The orders lists are printed in, decided once here so the CLI, export and the browser agree.
public enum Ordering {
    /// Meeting ids newest first; undated meetings last; ties by council, committee, id.
    public static func meetingsNewestFirst(_ corpus: Corpus) -> [Int] {
        corpus.meetings.indices.sorted { a, b in
            let ma = corpus.meetings[a], mb = corpus.meetings[b]
            switch (ma.date, mb.date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return tieBreak(ma, mb, corpus)
            }
        }
    }

    /// What `export` writes, one record per line.
    public enum Record: Equatable, Sendable {
        case item(Int)
        /// A meeting known with no item of it saved (cancelled, a list of meetings).
        case meeting(Int)
        /// A committee as pages about it describe it (committee details, a list of its
        /// meetings), whether or not any meeting of it is known.
        case committee(Int)
    }

    /// Every fact in the deterministic export order: meetings by date (oldest first, undated
    /// last), then council and committee; each meeting's items in page order, or the meeting
    /// itself when it has none; then committees that pages describe, in `committees` order.
    public static func exportRecords(_ corpus: Corpus) -> [Record] {
        var records: [Record] = []
        records.reserveCapacity(corpus.items.count)
        var seen = Set<Int>()
        for m in meetingsChronological(corpus) {
            let ids = corpus.meetings[m].itemIDs
            if ids.isEmpty { records.append(.meeting(m)) }
            for id in ids where seen.insert(id).inserted { records.append(.item(id)) }
        }
        // Items a meeting does not list (should not happen) still come out, at the end.
        for id in corpus.items.indices where !seen.contains(id) { records.append(.item(id)) }
        for c in committees(corpus) where !corpus.committees[c].sources.isEmpty { records.append(.committee(c)) }
        return records
    }

    /// Item ids in the export order (`exportRecords` without meetings and committees).
    public static func itemsChronological(_ corpus: Corpus) -> [Int] {
        exportRecords(corpus).compactMap { if case .item(let id) = $0 { return id } else { return nil } }
    }

    /// Meeting ids oldest first, undated last; ties by council, committee, id.
    static func meetingsChronological(_ corpus: Corpus) -> [Int] {
        corpus.meetings.indices.sorted { a, b in
            let ma = corpus.meetings[a], mb = corpus.meetings[b]
            switch (ma.date, mb.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return tieBreak(ma, mb, corpus)
            }
        }
    }

    /// Committees by council, then name, "committee not stated" last.
    public static func committees(_ corpus: Corpus) -> [Int] {
        corpus.committees.indices.sorted { a, b in
            let ca = corpus.committees[a], cb = corpus.committees[b]
            let na = corpus.councils[ca.councilID].name.lowercased(), nb = corpus.councils[cb.councilID].name.lowercased()
            if na != nb { return na < nb }
            switch (ca.name, cb.name) {
            case let (x?, y?) where x.lowercased() != y.lowercased(): return x.lowercased() < y.lowercased()
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
    }

    static func tieBreak(_ a: Meeting, _ b: Meeting, _ corpus: Corpus) -> Bool {
        let ca = corpus.council(of: a).name.lowercased(), cb = corpus.council(of: b).name.lowercased()
        if ca != cb { return ca < cb }
        let ka = corpus.committee(of: a).displayName.lowercased(), kb = corpus.committee(of: b).displayName.lowercased()
        if ka != kb { return ka < kb }
        return a.id < b.id
    }
}
