/// What a ModernGov committee listing (`GetMeetings`, `GetCommittees`) says about
/// committees: which committee each of the site's meeting ids and committee ids belongs
/// to. It names no meeting of its own; the loader uses it to name the committee of a
/// `GetMeeting` export saved in the same folder that does not carry one.
public struct CommitteeListing: Sendable, Equatable {
    /// Site meeting id → committee title.
    public private(set) var committeeByMeetingID: [String: String] = [:]
    /// Site committee id → committee title.
    public private(set) var committeeByID: [String: String] = [:]
    /// Ids listed under two different committees: never resolved (no guessing).
    public private(set) var ambiguousMeetingIDs: Set<String> = []
    public private(set) var ambiguousCommitteeIDs: Set<String> = []

    public init() {}

    public var isEmpty: Bool { committeeByMeetingID.isEmpty && committeeByID.isEmpty }

    public mutating func add(meetingID: String, committee: String) {
        Self.add(meetingID, committee, to: &committeeByMeetingID, ambiguous: &ambiguousMeetingIDs)
    }

    public mutating func add(committeeID: String, committee: String) {
        Self.add(committeeID, committee, to: &committeeByID, ambiguous: &ambiguousCommitteeIDs)
    }

    /// Everything `other` lists, as if it had been read into this one.
    public mutating func merge(_ other: CommitteeListing) {
        for id in other.ambiguousMeetingIDs { ambiguousMeetingIDs.insert(id); committeeByMeetingID[id] = nil }
        for id in other.ambiguousCommitteeIDs { ambiguousCommitteeIDs.insert(id); committeeByID[id] = nil }
        for (id, name) in other.committeeByMeetingID { add(meetingID: id, committee: name) }
        for (id, name) in other.committeeByID { add(committeeID: id, committee: name) }
    }

    /// The committee of a meeting: by its meeting id first, then by its committee id.
    public func committee(meetingID: String?, committeeID: String?) -> String? {
        if let meetingID, let name = committeeByMeetingID[meetingID] { return name }
        if let committeeID, let name = committeeByID[committeeID] { return name }
        return nil
    }

    private static func add(_ id: String, _ committee: String, to table: inout [String: String], ambiguous: inout Set<String>) {
        if ambiguous.contains(id) { return }
        if let known = table[id] {
            // The same committee spelt in another case is the same committee.
            if known.matchKey != committee.matchKey {
                table[id] = nil
                ambiguous.insert(id)
            }
            return
        }
        table[id] = committee
    }
}
