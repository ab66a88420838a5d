/// ModernGov web-service XML (`mgWebService.asmx`) as scrapers save it, plain or inside a
/// SOAP envelope:
///
/// - `GetMeeting`: a `meeting` with `meetingid`, `meetingdate` (DD/MM/YYYY), `meetingtime`,
///   `meetinglocation`, and `agendaitems/agendaitem`, each with `agendaitemtitle`,
///   `fulldisplaynumberformat` / `agendaitemnumber`, `agendatext`, `decisionnonemptyhtmlbody`,
///   `minutesnonemptyhtmlbody` (escaped HTML), `isdecision` and
///   `linkeddocuments/linkeddoc` (`title`, `url`). One meeting block, its items in order.
/// - `GetMeetings` (`getmeetings/committee` with `committeeid`, `committeetitle` and
///   `committeemeetings/meeting/meetingid`) and `GetCommittees`
///   (`committees/committee`): committee listings. They hold no meeting of their own and are
///   read for committee names only (`ParsedPage.committeeListing`).
///
/// HTML bodies go through `HTMLText` and `TextDecoding.sanitise`, then the same body parser
/// as every page (`ItemBodyParsing`), under `Decision:` and `Minutes:` labels. Plain fields
/// are decoded once more as HTML when they hold `&` or `<`: ModernGov escapes its text
/// twice (`&amp;#39;`). A committee the export does not carry stays unstated here.
enum ModernGovXMLReader {
    enum Read {
        case page(ParsedPage, encoding: String)
        case refused(LoadReport.SkipReason, String?)
    }

    static let documentElements: Set<String> = ["meeting", "getmeetings", "committees", "committee"]

    static func read(_ bytes: [UInt8]) -> Read {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .refused(.empty, nil) }
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !utf16, TextDecoding.looksBinary(bytes) { return .refused(.binary, nil) }
        var failure: XMLTree.ParseError?
        guard let tree = XMLTree(bytes, failure: &failure) else {
            return .refused(.malformed, (failure ?? XMLTree.ParseError(line: 0, message: "not XML")).description)
        }
        // Exports never declare entities; a file that does is not read (an entity bomb, or
        // an external entity pointing at a local file), whatever else it holds.
        if tree.hasDoctype {
            return .refused(.notMinuteDocument, "XML with a DOCTYPE: entity declarations are never read")
        }
        guard let found = tree.root?.first(namedIn: documentElements) else {
            if let error = tree.error { return .refused(.malformed, error.description) }
            return .refused(.notMinuteDocument, "XML, but no ModernGov meeting or committee listing")
        }
        var page = found.name == "meeting" ? readMeeting(found)
            : readListing(found.name == "committee" ? XMLTree.Element(node: found.node.pointee.parent ?? found.node) : found)
        if let error = tree.error {
            let yielded = page.itemCount > 0 || !(page.committeeListing?.isEmpty ?? true)
            guard yielded else { return .refused(.malformed, error.description) }
            page.warnings.insert("not well-formed XML (\(error.line > 0 ? "line \(error.line): " : "")\(error.message)); read as libxml2 recovered it", at: 0)
        }
        return .page(page, encoding: encoding(bytes, tree))
    }

    /// The encoding in the load report's terms.
    static func encoding(_ bytes: [UInt8], _ tree: XMLTree) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) { return TextDecoding.Encoding.utf16LE.rawValue }
        if bytes.starts(with: [0xFE, 0xFF]) { return TextDecoding.Encoding.utf16BE.rawValue }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return TextDecoding.Encoding.utf8BOM.rawValue }
        guard let declared = tree.declaredEncoding, declared != "utf-8", declared != "utf8" else {
            return TextDecoding.Encoding.utf8.rawValue
        }
        return TextDecoding.sanitise(declared)
    }

    // MARK: - GetMeeting

    static func readMeeting(_ meeting: XMLTree.Element) -> ParsedPage {
        var page = ParsedPage(kind: .moderngovXML)
        var block = ParsedMeetingBlock(committee: committee(of: meeting), date: date(meeting.text(["meetingdate"])),
                                       line: meeting.line)
        block.time = plain(meeting.text(["meetingtime"]))
        block.venue = plain(meeting.text(["meetinglocation", "meetingvenue"]))
        block.siteMeetingID = identifier(meeting.text(["meetingid"]))
        block.siteCommitteeID = identifier(meeting.text(["committeeid"]) ?? meeting.child(["committee"])?.text(["committeeid"]))
        let container = meeting.child(["agendaitems"]) ?? meeting
        for element in container.children where element.name == "agendaitem" {
            if let item = readItem(element) {
                block.items.append(item)
            } else {
                page.warnings.append("line \(element.line): an agenda item with no title, text or documents; not read")
            }
        }
        if block.items.isEmpty {
            page.warnings.append("no agenda items found in this ModernGov export")
        } else if block.date == nil {
            page.warnings.append("line \(block.line): no meeting date could be read; filed as undated")
        }
        page.blocks.append(block)
        return page
    }

    static func readItem(_ element: XMLTree.Element) -> ParsedItem? {
        let title = plain(element.text(["agendaitemtitle", "title"]))
        var number = plain(element.text(["fulldisplaynumberformat", "agendaitemnumber"]))
        // ModernGov numbers unnumbered rows (headings, "Part B") 0; the site prints none.
        if number == "0" { number = nil }
        var body = htmlLines(element.markup(["agendatext", "agendaitemtext"]))
        // The two bodies under the labels a meeting page prints, so the one body parser
        // splits them, finds resolutions, reasons and call-in, and shows a clause printed
        // under both once.
        let decision = htmlLines(element.markup(["decisionnonemptyhtmlbody", "decisionhtmlbody", "decisiontext"]))
        if !decision.isEmpty { body += ["", "Decision:"] + decision }
        let minutes = htmlLines(element.markup(["minutesnonemptyhtmlbody", "minuteshtmlbody", "minutestext"]))
        if !minutes.isEmpty { body += ["", "Minutes:"] + minutes }
        var documents: [String] = []
        for doc in element.descendants(named: "linkeddoc") {
            if let name = plain(doc.text(["title", "linkeddoctitle"])) ?? plain(doc.text(["url"])), !documents.contains(name) {
                documents.append(name)
            }
        }
        guard title != nil || !body.isEmpty || !documents.isEmpty else { return nil }
        var item = ParsedItem(number: number, title: title ?? "", line: element.line)
        ItemBodyParsing.fill(&item, body: body)
        for d in documents where !item.documents.contains(d) { item.documents.append(d) }
        return item
    }

    /// The committee the export names: `committeetitle` on the meeting, or a `committee`
    /// element with a title.
    static func committee(of meeting: XMLTree.Element) -> String? {
        if let name = plain(meeting.text(["committeetitle", "committeename"])) { return name }
        guard let c = meeting.child(["committee"]) else { return nil }
        if let name = plain(c.text(["committeetitle", "committeename", "title"])) { return name }
        return c.children.isEmpty ? plain(c.text) : nil
    }

    // MARK: - GetMeetings, GetCommittees

    static func readListing(_ root: XMLTree.Element) -> ParsedPage {
        var page = ParsedPage(kind: .moderngovListing)
        var listing = CommitteeListing()
        let committees = root.name == "committee" ? [root] : root.descendants(named: "committee")
        for c in committees {
            guard let name = plain(c.text(["committeetitle", "committeename", "title"])) else { continue }
            if let id = identifier(c.text(["committeeid"])) { listing.add(committeeID: id, committee: name) }
            for m in c.descendants(named: "meeting") {
                if let id = identifier(m.text(["meetingid"])) { listing.add(meetingID: id, committee: name) }
            }
        }
        if listing.isEmpty { page.warnings.append("no committee with a title and an id found in this listing") }
        page.committeeListing = listing
        return page
    }

    // MARK: - Field text

    /// One line of clean text from a plain field: entities decoded once more (ModernGov
    /// double-escapes), control characters made visible, whitespace collapsed. Nil if empty.
    static func plain(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let decoded = raw.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C }) ? HTMLText.extract(raw) : raw
        let text = PageText(TextDecoding.sanitise(decoded)).lines.filter { !$0.isEmpty }.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// An id compared as the site wrote it, without surrounding whitespace.
    static func identifier(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let id = PageText(TextDecoding.sanitise(raw)).lines.filter { !$0.isEmpty }.joined(separator: " ")
        return id.isEmpty ? nil : id
    }

    /// The lines of an escaped HTML body, as a saved HTML page would give them.
    static func htmlLines(_ html: String?) -> [String] {
        guard let html else { return [] }
        let lines = PageText(TextDecoding.sanitise(HTMLText.extract(html))).lines
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return [] }
        return Array(lines[first...last])
    }

    /// `18/11/2025` (ModernGov's form), `8/6/2025`, `2025-11-18` or `2025-11-18T00:00:00`.
    static func date(_ raw: String?) -> CivilDate? {
        guard let text = plain(raw) else { return nil }
        let parts = text.prefix(while: { $0 != " " && $0 != "T" })
        let slashed = parts.split(separator: "/", omittingEmptySubsequences: false)
        if slashed.count == 3, let d = Int(slashed[0]), let m = Int(slashed[1]), slashed[2].count == 4, let y = Int(slashed[2]) {
            return CivilDate(year: y, month: m, day: d)
        }
        let dashed = parts.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
            return CivilDate(year: y, month: m, day: d)
        }
        return DateParsing.long(text)?.0
    }
}
