/// The ModernGov committee listings of a load, by the folder each was saved in.
///
/// A `GetMeeting` export often carries no committee; the `GetMeetings` listing saved beside
/// it (same folder) names the committee around each meeting id. Files are read in
/// parallel, each on its own, so the listing never reaches the export's reader: the
/// builder collects listings as pages arrive and names the committee when it places the
/// blocks that stated none (after every page is in, `CorpusBuilder.finish`). Only the
/// site's own ids in the same folder count; a meeting no listing names stays "committee
/// not stated".
struct CommitteeListings {
    private var byFolder: [String: CommitteeListing] = [:]

    mutating func add(_ listing: CommitteeListing, path: String) {
        byFolder[Self.folder(path), default: CommitteeListing()].merge(listing)
    }

    /// The block's own committee, else the one a listing beside its file gives its ids.
    func committee(of block: ParsedMeetingBlock, path: String) -> String? {
        if let named = block.committee { return named }
        guard block.siteMeetingID != nil || block.siteCommitteeID != nil, !byFolder.isEmpty,
              let listing = byFolder[Self.folder(path)] else { return nil }
        return listing.committee(meetingID: block.siteMeetingID, committeeID: block.siteCommitteeID)
    }

    /// `kingsmere/cabinet/x.xml` → `kingsmere/cabinet`; a file directly in the root → "".
    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
