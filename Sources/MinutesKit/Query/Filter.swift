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

    /// Item ids in the deterministic export order: meeting date (oldest first, undated
    /// last), then council, committee, and page order within the meeting.
    public static func itemsChronological(_ corpus: Corpus) -> [Int] {
        let meetings = corpus.meetings.indices.sorted { a, b in
            let ma = corpus.meetings[a], mb = corpus.meetings[b]
            switch (ma.date, mb.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return tieBreak(ma, mb, corpus)
            }
        }
        var ids: [Int] = []
        ids.reserveCapacity(corpus.items.count)
        var seen = Set<Int>()
        for m in meetings {
            for id in corpus.meetings[m].itemIDs where seen.insert(id).inserted { ids.append(id) }
        }
        // Items a meeting does not list (should not happen) still come out, at the end.
        for id in corpus.items.indices where !seen.contains(id) { ids.append(id) }
        return ids
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
