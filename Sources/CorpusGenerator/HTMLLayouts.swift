/// Pages saved as HTML: ModernGov and CMIS markup with site furniture (navigation, scripts,
/// styles) the reader must skip.
enum HTMLLayouts {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "£": out += "&pound;"
            case "–": out += "&ndash;"
            case "’": out += "&rsquo;"
            default: out.append(c)
            }
        }
        return out
    }

    static func head(title: String, site: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="/SiteSpecific/res/css/\(site).css">
        <style>
          body { font-family: Arial, sans-serif; color: #222; }
          /* Decision: this comment must never show as content */
        </style>
        <script>
          var pageName = "\(escape(title))";
          // RESOLVED: nothing in a script is a resolution
          window.dataLayer = window.dataLayer || [];
        </script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
          <nav aria-label="Site">
            <ul>
              <li><a href="/">Home</a></li>
              <li><a href="/mgListCommittees.aspx">Councillors and committees</a></li>
              <li><a href="/mgCalendarMonthView.aspx">Calendar</a></li>
              <li><a href="/mgDelegatedDecisions.aspx">Decisions</a></li>
            </ul>
          </nav>
        </header>
        <div id="main">

        """
    }

    static let foot = """
        </div>
        <footer>
          <ul>
            <li><a href="/accessibility">Accessibility</a></li>
            <li><a href="/privacy">Privacy and cookies</a></li>
          </ul>
        </footer>
        </body>
        </html>

        """

    static func resolutionHTML(_ c: ItemContent) -> String {
        if c.resolutions.isEmpty { return "<p>The report was noted.</p>\n" }
        if c.resolutions.count == 1 { return "<p>RESOLVED: \(escape(c.resolutions[0]))</p>\n" }
        var s = "<p>RESOLVED:</p>\n<ol>\n"
        for r in c.resolutions { s += "  <li>\(escape(r))</li>\n" }
        return s + "</ol>\n"
    }

    static func itemBody(_ c: ItemContent, heading: String) -> String {
        var s = ""
        for p in c.agenda { s += "<p>\(escape(p))</p>\n" }
        if !c.documents.isEmpty {
            s += "<p class=\"mgSubItemTitleTxt\">Additional documents:</p>\n<ul class=\"mgBulletList\">\n"
            for d in c.documents { s += "  <li><a href=\"/documents/s\(d.utf8.count * 131)/doc.pdf\">\(escape(d)) <img src=\"/mgImages/pdf.gif\" alt=\"pdf icon\"> PDF 301 KB</a></li>\n" }
            s += "</ul>\n"
        }
        if !c.resolutions.isEmpty && !c.minutes.isEmpty {
            s += "<\(heading) class=\"mgSubItemTitleTxt\">Decision:</\(heading)>\n" + resolutionHTML(c)
            if let r = c.reasons { s += "<p class=\"mgSubItemTitleTxt\">Reason for Decision:</p>\n<p>\(escape(r))</p>\n<p>&nbsp;</p>\n" }
            if let call = c.callIn { s += "<p>\(escape(call))</p>\n" }
        }
        s += "<\(heading) class=\"mgSubItemTitleTxt\">Minutes:</\(heading)>\n"
        for p in c.minutes { s += "<p>\(escape(p))</p>\n" }
        if !c.resolutions.isEmpty { s += resolutionHTML(c) }
        return s
    }

    static func issueMeetings(title: String, blocks: [(committee: String, date: Day, item: ItemContent)]) -> String {
        var s = head(title: "Issue - meetings - " + title, site: "mgStyle")
        s += "<h1 class=\"mgMainTitleTxt\">Issue - meetings</h1>\n<h2 class=\"mgSubTitleTxt\">\(escape(title))</h2>\n\n"
        for b in blocks {
            s += "<div class=\"mgIssueMeeting\">\n"
            s += "<p class=\"mgMeetingLine\">Meeting: \(b.date.numeric) - \(escape(b.committee)) (Item \(escape(b.item.number)))</p>\n"
            s += "<h3><span class=\"mgItemNumber\">\(escape(b.item.number))</span> \(escape(b.item.title))"
            if let size = b.item.pdfSize { s += " <a href=\"/documents/report.pdf\"><img src=\"/mgImages/pdf.gif\" alt=\"pdf icon\"> PDF \(size)</a>" }
            s += "</h3>\n" + itemBody(b.item, heading: "h4") + "</div>\n"
        }
        return s + foot
    }

    static func meetingPage(committee: String, date: Day, dateStyle: Int, venue: String, contact: String, items: [ItemContent]) -> String {
        var s = head(title: "Agenda, decisions and minutes - \(committee)", site: "mgStyle")
        s += "<h1>Agenda, decisions and minutes</h1>\n"
        s += "<h2 class=\"mgSubTitle\">\(escape(committee)) - \(date.longForm(dateStyle))</h2>\n"
        s += "<table class=\"mgFieldTable\">\n  <tr><th>Venue:</th><td>\(escape(venue))</td></tr>\n  <tr><th>Contact:</th><td>\(escape(contact)), Governance Officer</td></tr>\n</table>\n\n"
        s += "<h2>Items</h2>\n<table class=\"mgItemTable\">\n<tr><th>No.</th><th>Item</th></tr>\n\n"
        for c in items {
            s += "<tr><td class=\"mgItemNumberCell\"><p>\(escape(c.number))</p></td><td>\n"
            s += "<p class=\"mgAiTitleTxt\">\(escape(c.title))\(c.pdfSize.map { " <span class=\"mgDocIcon\">PDF \($0)</span>" } ?? "")</p>\n"
            s += itemBody(c, heading: "h4") + "</td></tr>\n\n"
        }
        return s + "</table>\n" + foot
    }

    static func cmisMeeting(committee: String, date: Day, venue: String, contact: String, items: [ItemContent]) -> String {
        var s = head(title: "Meeting Details - \(committee), \(date.cmisForm.prefix(11))", site: "cmis")
        s += "<h1>Meeting Details</h1>\n<div class=\"cmis-meeting-header\">\n  <h2>\(escape(committee))</h2>\n"
        s += "  <p class=\"cmis-date\">\(date.cmisForm)</p>\n  <table class=\"cmis-meeting-fields\">\n"
        s += "    <tr><th>Venue</th><td>\(escape(venue))</td></tr>\n    <tr><th>Status</th><td>Published</td></tr>\n"
        s += "    <tr><th>Contact</th><td>\(escape(contact)), Governance Officer</td></tr>\n  </table>\n</div>\n\n"
        s += "<h2>Items</h2>\n<table class=\"cmis-items\">\n<tr><th>Item</th><th>Description</th></tr>\n"
        for c in items {
            s += "<tr><td>\(escape(c.number))</td><td>\(escape(c.title))</td></tr>\n<tr><td></td><td><div id=\"item\(escape(c.number))\">\n"
            if !c.resolutions.isEmpty { s += "<p>Decision:</p>\n" + resolutionHTML(c) }
            if !c.minutes.isEmpty {
                s += "<p>Minutes:</p>\n"
                for p in c.minutes { s += "<p>\(escape(p))</p>\n" }
            }
            s += "</div></td></tr>\n"
        }
        return s + "</table>\n" + foot
    }
}
