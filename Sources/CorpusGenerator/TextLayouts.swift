/// Pages saved as text, in the layouts README's "What it reads" describes.
enum TextLayouts {
    /// The resolution of an item in one of the ways councils write it.
    static func resolution(_ c: ItemContent) -> String {
        if c.resolutions.isEmpty { return c.welsh ? "Nodwyd yr adroddiad." : "The report was noted." }
        let clauses = c.resolutions
        func numbered(_ intro: String) -> String {
            var s = intro + "\n\n"
            for (i, r) in clauses.enumerated() { s += "  \(i + 1). \(r)\n\n" }
            return String(s.dropLast(2))
        }
        switch c.resolutionStyle {
        case 6: return clauses.count == 1 ? "PENDERFYNWYD \(clauses[0].lowercasedFirst)" : numbered("PENDERFYNWYD:")
        case 5:
            let roman = ["i", "ii", "iii", "iv", "v", "vi"]
            var s = "The Committee resolved:-\n\n"
            for (i, r) in clauses.enumerated() { s += "(\(roman[min(i, 5)])) \(r.dropFirst(5));\n\n" }
            return String(s.dropLast(2))
        case 1 where clauses.count == 1: return "RESOLVED – \(clauses[0])"
        case 2 where clauses.count == 1: return "RESOLVED that \(clauses[0].dropFirst(5))"
        case 4 where clauses.count == 1: return "AGREED that \(clauses[0].dropFirst(5))"
        case 3: return numbered("RESOLVED")
        default: return clauses.count == 1 ? "RESOLVED: \(clauses[0])" : numbered("RESOLVED:")
        }
    }

    static func titleLine(_ c: ItemContent) -> String {
        guard let size = c.pdfSize else { return c.title }
        return c.title + (c.welsh ? " eicon pdf PDF \(size)" : " pdf icon PDF \(size)")
    }

    /// Agenda text, documents, decision, reasons, call-in, minutes: the body shared by
    /// meeting pages and issue pages.
    static func body(_ c: ItemContent, into s: inout String) {
        for p in c.agenda { s += p + "\n\n" }
        if !c.documents.isEmpty {
            s += c.welsh ? "Dogfennau ychwanegol:\n\n" : "Additional documents:\n\n"
            for d in c.documents { s += "    \(d) pdf icon PDF \(100 + d.utf8.count * 7) KB\n" }
            s += "\n"
        }
        let hasDecision = !c.resolutions.isEmpty && !c.minutes.isEmpty
        if hasDecision {
            s += c.welsh ? "Penderfyniad:\n\n" : (c.resolutions.count > 1 && c.number.count % 2 == 0 ? "Decisions:\n\n" : "Decision:\n\n")
            s += resolution(c) + "\n\n"
            if let r = c.reasons { s += "Reason for Decision:\n\n\(r)\n\n" }
            if let call = c.callIn { s += call + "\n\n" }
        }
        if !c.minutes.isEmpty || !c.resolutions.isEmpty {
            s += c.welsh ? "Cofnodion:\n\n" : "Minutes:\n\n"
            for p in c.minutes { s += p + "\n\n" }
            if !c.resolutions.isEmpty { s += resolution(c) + "\n\n" }
        }
    }

    static func meetingPage(kindLine: String, committee: String, date: Day, dateStyle: Int, venue: String,
                            contact: String, items: [ItemContent], welsh: Bool) -> String {
        var s = kindLine + "\n\n"
        if welsh {
            s += "\(committee) - \(date.welshLongForm)\n\nLleoliad: \(venue)\n\nCyswllt: \(contact), Swyddog Gwasanaethau Democrataidd\n\nEitemau\nRhif Eitem\n\n"
        } else {
            s += "\(committee) - \(date.longForm(dateStyle))\n\nVenue: \(venue). View directions\n\nContact: \(contact), Democratic Services Officer, tel. 01632 96\(String(contact.utf8.count * 37 % 10000 + 10000).dropFirst())\n\nItems\nNo.\tItem\n\n"
        }
        for c in items {
            s += c.number + "\n\n" + titleLine(c) + "\n\n"
            body(c, into: &s)
        }
        return s
    }

    static func issueMeetings(title: String, blocks: [(committee: String, date: Day, item: ItemContent)]) -> String {
        var s = "Issue - meetings\n\n\(title)\n\n"
        for b in blocks {
            s += "Meeting: \(b.date.numeric) - \(b.committee) (Item \(b.item.number))\n\n"
            s += "\(b.item.number) \(titleLine(b.item))\n\n"
            body(b.item, into: &s)
        }
        return s
    }

    static func decisionDetails(_ c: ItemContent, maker: String, date: Day, purpose: String, key: Bool) -> String {
        var s = "Decision details\n\n\(c.title)\n\nDecision Maker: \(maker)\n\n"
        s += "Decision status: \(key ? "Recommendations Approved" : "Implemented")\n\n"
        s += "Is Key decision?: \(key ? "Yes" : "No")\n\nIs subject to call in?: \(key ? "Yes" : "No")\n\n"
        s += "Purpose:\n\n\(purpose)\n\nDecision:\n\n"
        if c.resolutions.isEmpty { s += "The report was noted.\n\n" }
        for (i, r) in c.resolutions.enumerated() { s += "  \(i + 1). \(r)\n\n" }
        if let r = c.reasons { s += "Reasons for the decision:\n\n\(r)\n\n" }
        s += "Alternative options considered:\n\nDoing nothing: rejected because the current arrangements cannot continue.\n\n"
        s += "Publication date: \(Day(year: date.year, month: date.month, day: min(28, date.day + 2)).numeric)\n\n"
        s += "Date of decision: \(date.numeric)\n\nDecided at meeting: \(date.numeric) - \(maker)\n\n"
        s += "Effective from: \(Day(year: date.year, month: date.month, day: min(28, date.day + 8)).numeric)\n\n"
        if !c.documents.isEmpty {
            s += "Accompanying Documents:\n\n"
            for d in c.documents { s += "    \(d) pdf icon PDF 310 KB\n" }
        }
        return s
    }

    static func agendaItem(_ c: ItemContent) -> String {
        var s = (c.welsh ? "Eitem Agenda" : "Agenda item") + "\n\n\(c.title)\n\n"
        for p in c.agenda { s += p + "\n\n" }
        s += c.welsh ? "Cofnodion:\n\n" : "Minutes:\n\n"
        for p in c.minutes { s += p + "\n\n" }
        s += resolution(c) + "\n"
        return s
    }

    static func issueDecisions(title: String, decisions: [(Day, String, [String])]) -> String {
        var s = "Issue - decisions\n\n\(title)\n\n"
        for (date, dtitle, clauses) in decisions {
            s += "\(date.numeric) - \(dtitle)\n\n"
            if clauses.count == 1 { s += clauses[0] + "\n\n" }
            else { for (i, c) in clauses.enumerated() { s += "\(i + 1). \(c)\n\n" } }
        }
        return s
    }

    static func issueDetails(title: String, purpose: String, due: Day, committee: String, lead: String, wards: [String], contact: String) -> String {
        """
        Issue details

        \(title)

        \(purpose)

        Decision type: Key

        Reason Key: Significant effect in two or more wards;

        Decision status: For Determination

        Decision due: \(due.cmisForm.prefix(11)) by \(committee)

        Lead member: Cabinet Member for \(lead)

        Contact: \(contact).

        Wards affected: \(wards.joined(separator: "; "));

        """
    }

    static func cmisMeeting(committee: String, date: Day, venue: String, contact: String, items: [ItemContent]) -> String {
        var s = "Meeting Details\n\n\(committee)\n\n\(date.cmisForm)\n\nVenue: \(venue)\n\nStatus: Published\n\nContact: \(contact), Governance Officer\n\nItems\n\n"
        for c in items {
            s += "\(c.number) \(c.title)\n\n"
            for p in c.agenda.prefix(1) { s += p + "\n\n" }
            if !c.resolutions.isEmpty { s += "Decision:\n\n" + resolution(c) + "\n\n" }
            if !c.minutes.isEmpty {
                s += "Minutes:\n\n"
                for p in c.minutes { s += p + "\n\n" }
            }
        }
        return s
    }
}
