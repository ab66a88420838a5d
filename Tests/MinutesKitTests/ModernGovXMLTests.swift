import XCTest
@testable import MinutesKit

/// ModernGov web-service exports (`GetMeeting`) and the listings saved beside them
/// (`GetMeetings`, `GetCommittees`). Every council, person and decision here is invented.
final class ModernGovXMLTests: XCTestCase {
    /// A `GetMeeting` export that names its committee, as the web service returns it.
    static let exportWithCommittee = """
    <?xml version="1.0" encoding="utf-8"?>
    <meeting>
      <meetingid>2210</meetingid>
      <committeeid>41</committeeid>
      <committeetitle>Licensing &amp;amp; Appeals Committee</committeetitle>
      <meetingdate>07/05/2024</meetingdate>
      <meetingtime>10.00 am</meetingtime>
      <meetinglocation>Committee Room 2, Fenmoor Civic Centre</meetinglocation>
      <agendaitems>
        <agendaitem>
          <agendaitemid>9001</agendaitemid>
          <agendaitemnumber>0</agendaitemnumber>
          <agendaitemtitle>Part A &amp;ndash; Items in Public</agendaitemtitle>
        </agendaitem>
        <agendaitem>
          <agendaitemid>9002</agendaitemid>
          <agendaitemnumber>1</agendaitemnumber>
          <fulldisplaynumberformat>14.</fulldisplaynumberformat>
          <agendaitemtitle>Taxi Licensing Policy 2024&amp;ndash;2029</agendaitemtitle>
          <isdecision>True</isdecision>
          <agendatext>&lt;p&gt;To adopt a new policy for hackney carriage and private hire licensing.&lt;/p&gt;</agendatext>
          <decisionnonemptyhtmlbody>&lt;p&gt;RESOLVED:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;That the Taxi Licensing Policy 2024&amp;ndash;2029 be adopted from 1 July 2024.&lt;/li&gt;&lt;li&gt;That the Council&amp;rsquo;s fees be reviewed in twelve months.&lt;/li&gt;&lt;/ol&gt;</decisionnonemptyhtmlbody>
          <minutesnonemptyhtmlbody>&lt;p&gt;The Licensing Manager presented the consultation responses.&lt;/p&gt;&lt;p&gt;RESOLVED:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;That the Taxi Licensing Policy 2024&amp;ndash;2029 be adopted from 1 July 2024.&lt;/li&gt;&lt;li&gt;That the Council&amp;rsquo;s fees be reviewed in twelve months.&lt;/li&gt;&lt;/ol&gt;</minutesnonemptyhtmlbody>
          <linkeddocuments>
            <linkeddoc><attachmentid>77</attachmentid><title>Taxi Licensing Policy report</title><url>https://fenmoor.example/mgConvert2PDF.aspx?ID=77</url></linkeddoc>
            <linkeddoc><attachmentid>78</attachmentid><url>https://fenmoor.example/mgConvert2PDF.aspx?ID=78</url></linkeddoc>
          </linkeddocuments>
        </agendaitem>
        <agendaitem>
          <agendaitemid>9003</agendaitemid>
          <agendaitemnumber>2</agendaitemnumber>
          <agendaitemtitle>Street Trading Consent: Fenmoor Market Square</agendaitemtitle>
          <minutesnonemptyhtmlbody><![CDATA[<p>RESOLVED: That consent be granted for twelve months.</p>]]></minutesnonemptyhtmlbody>
        </agendaitem>
      </agendaitems>
    </meeting>
    """

    /// A `GetMeeting` export inside a SOAP envelope, without its committee.
    static func soapExport(meetingID: String, date: String = "12/03/2025") -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>
            <GetMeetingResponse xmlns="http://moderngov.co.uk/namespaces">
              <GetMeetingResult>
                <meeting>
                  <meetingid> \(meetingID) </meetingid>
                  <meetingdate>\(date)</meetingdate>
                  <meetingtime>6.30 pm</meetingtime>
                  <agendaitems>
                    <agendaitem>
                      <agendaitemnumber>5</agendaitemnumber>
                      <agendaitemtitle>Play Area Renewal Programme</agendaitemtitle>
                      <minutesnonemptyhtmlbody><p>RESOLVED: That the programme be approved.</p><p>The meeting ended at 8.10 pm.</p></minutesnonemptyhtmlbody>
                    </agendaitem>
                  </agendaitems>
                </meeting>
              </GetMeetingResult>
            </GetMeetingResponse>
          </soap:Body>
        </soap:Envelope>
        """
    }

    /// A `GetMeetings` listing: the committee around its meetings' ids.
    static func listing(committee: String, meetingIDs: [String], committeeID: String = "52") -> String {
        let meetings = meetingIDs.map { "<meeting><meetingid>\($0)</meetingid><meetingdate>12/03/2025</meetingdate></meeting>" }.joined()
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <getmeetings><committee><committeeid>\(committeeID)</committeeid><committeetitle>\(committee)</committeetitle>
        <committeemeetings>\(meetings)</committeemeetings></committee></getmeetings>
        """
    }

    private func read(_ xml: String, file: StaticString = #filePath, line: UInt = #line) -> ParsedPage? {
        guard case .page(let page, _) = ModernGovXMLReader.read(Array(xml.utf8)) else {
            XCTFail("the export was not read", file: file, line: line)
            return nil
        }
        return page
    }

    private func refusal(_ bytes: [UInt8]) -> (LoadReport.SkipReason, String?)? {
        if case .refused(let reason, let detail) = ModernGovXMLReader.read(bytes) { return (reason, detail) }
        return nil
    }

    // MARK: - The reader

    func testExportGivesTheMeetingItsCommitteeAndItsItems() throws {
        let page = try XCTUnwrap(read(Self.exportWithCommittee))
        XCTAssertEqual(page.kind, .moderngovXML)
        XCTAssertEqual(page.warnings, [])
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(page.blocks.count, 1)
        XCTAssertEqual(block.committee, "Licensing & Appeals Committee")
        XCTAssertEqual(block.date, CivilDate(year: 2024, month: 5, day: 7))
        XCTAssertEqual(block.time, "10.00 am")
        XCTAssertEqual(block.venue, "Committee Room 2, Fenmoor Civic Centre")
        XCTAssertEqual(block.siteMeetingID, "2210")
        XCTAssertEqual(block.siteCommitteeID, "41")
        XCTAssertEqual(block.line, 2)

        XCTAssertEqual(block.items.map(\.number), [nil, "14.", "2"])
        XCTAssertEqual(block.items.map(\.title), ["Part A – Items in Public", "Taxi Licensing Policy 2024–2029",
                                                  "Street Trading Consent: Fenmoor Market Square"])
        XCTAssertEqual(block.items.map(\.line), [10, 15, 29])

        let policy = block.items[1]
        XCTAssertEqual(policy.agendaText, "To adopt a new policy for hackney carriage and private hire licensing.")
        // The clauses under Decision and Minutes, once each.
        XCTAssertEqual(policy.decision.resolutions, ["That the Taxi Licensing Policy 2024–2029 be adopted from 1 July 2024.",
                                                     "That the Council’s fees be reviewed in twelve months."])
        XCTAssertEqual(policy.minutes, "The Licensing Manager presented the consultation responses.")
        // A document with no title is named by its address.
        XCTAssertEqual(policy.documents, ["Taxi Licensing Policy report", "https://fenmoor.example/mgConvert2PDF.aspx?ID=78"])

        XCTAssertEqual(block.items[2].decision.resolutions, ["That consent be granted for twelve months."])
        XCTAssertTrue(block.items[0].decision.resolutions.isEmpty)
    }

    func testSOAPEnvelopeAndABodyOfRealElements() throws {
        let page = try XCTUnwrap(read(Self.soapExport(meetingID: "880")))
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertNil(block.committee)
        XCTAssertEqual(block.siteMeetingID, "880")
        XCTAssertEqual(block.date, CivilDate(year: 2025, month: 3, day: 12))
        XCTAssertEqual(block.items.map(\.number), ["5"])
        XCTAssertEqual(block.items.first?.decision.resolutions, ["That the programme be approved."])
    }

    func testListingIsReadForCommitteesOnly() throws {
        let page = try XCTUnwrap(read(Self.listing(committee: "Parks &amp; Open Spaces Board", meetingIDs: ["880", " 881 "])))
        XCTAssertEqual(page.kind, .moderngovListing)
        XCTAssertEqual(page.blocks.count, 0)
        XCTAssertEqual(page.warnings, [])
        let listing = try XCTUnwrap(page.committeeListing)
        XCTAssertEqual(listing.committeeByMeetingID, ["880": "Parks & Open Spaces Board", "881": "Parks & Open Spaces Board"])
        XCTAssertEqual(listing.committeeByID, ["52": "Parks & Open Spaces Board"])
    }

    func testGetCommitteesListingNamesCommitteesByTheirIDs() throws {
        let xml = """
        <committees><committee><committeeid>41</committeeid><committeetitle>Licensing Committee</committeetitle>
        <committeedeleted>False</committeedeleted></committee>
        <committee><committeeid>42</committeeid><committeetitle>Cabinet</committeetitle></committee></committees>
        """
        let listing = try XCTUnwrap(read(xml)?.committeeListing)
        XCTAssertEqual(listing.committeeByID, ["41": "Licensing Committee", "42": "Cabinet"])
        XCTAssertEqual(listing.committee(meetingID: "9", committeeID: "42"), "Cabinet")
    }

    func testAbsentElementsAreAbsentFactsWithWarnings() throws {
        let empty = try XCTUnwrap(read("<meeting><meetingid>1</meetingid></meeting>"))
        XCTAssertEqual(empty.blocks.first?.date, nil)
        XCTAssertEqual(empty.blocks.first?.items.count, 0)
        XCTAssertEqual(empty.warnings, ["no agenda items found in this ModernGov export"])

        let undated = try XCTUnwrap(read("""
        <meeting><meetingdate>31/02/2024</meetingdate><agendaitem><agendaitemtitle>Budget</agendaitemtitle></agendaitem>
        <agendaitem><agendaitemid>4</agendaitemid></agendaitem></meeting>
        """))
        let block = try XCTUnwrap(undated.blocks.first)
        XCTAssertNil(block.date)
        XCTAssertNil(block.venue)
        XCTAssertNil(block.time)
        XCTAssertEqual(block.items.map(\.title), ["Budget"])
        XCTAssertNil(block.items[0].number)
        XCTAssertNil(block.items[0].agendaText)
        XCTAssertNil(block.items[0].minutes)
        XCTAssertEqual(undated.warnings, ["line 2: an agenda item with no title, text or documents; not read",
                                          "line 1: no meeting date could be read; filed as undated"])
    }

    func testDateForms() {
        XCTAssertEqual(ModernGovXMLReader.date("18/11/2025"), CivilDate(year: 2025, month: 11, day: 18))
        XCTAssertEqual(ModernGovXMLReader.date(" 8/6/2025 "), CivilDate(year: 2025, month: 6, day: 8))
        XCTAssertEqual(ModernGovXMLReader.date("2025-11-18T00:00:00"), CivilDate(year: 2025, month: 11, day: 18))
        XCTAssertEqual(ModernGovXMLReader.date("Tuesday, 18th November, 2025"), CivilDate(year: 2025, month: 11, day: 18))
        XCTAssertNil(ModernGovXMLReader.date("18/11/25"))
        XCTAssertNil(ModernGovXMLReader.date("next week"))
    }

    // MARK: - The committee from the listing beside the export

    func testCommitteeComesFromTheListingInTheSameFolderOnly() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/parks/meeting-880.xml", Self.soapExport(meetingID: "880"))
        try dir.write("fenmoor/parks/getmeetings.xml", Self.listing(committee: "Parks Board", meetingIDs: ["879", "880"]))
        // The same site id in another folder, with no listing beside it: never guessed.
        try dir.write("fenmoor/other/meeting-880.xml", Self.soapExport(meetingID: "880", date: "13/03/2025"))
        // An export naming its own committee keeps it, whatever a listing says.
        try dir.write("fenmoor/parks/meeting-2210.xml", Self.exportWithCommittee)
        try dir.write("fenmoor/parks/getmeetings-2.xml", Self.listing(committee: "Parks Board", meetingIDs: ["2210"]))
        let c = try Loader.load(directory: dir.path)

        XCTAssertEqual(c.report.skipped.map(\.path), [])
        let kinds = Dictionary(uniqueKeysWithValues: c.report.loaded.map { ($0.path, $0.kind) })
        XCTAssertEqual(kinds["fenmoor/parks/getmeetings.xml"], .moderngovListing)
        XCTAssertEqual(kinds["fenmoor/parks/meeting-880.xml"], .moderngovXML)
        XCTAssertEqual(c.report.loaded.first { $0.path == "fenmoor/parks/getmeetings.xml" }?.items, 0)

        func committee(_ path: String) -> String? {
            guard let item = c.items.first(where: { $0.sources.contains { $0.path == path } }) else { return "(no item)" }
            return c.committee(of: c.meeting(of: item)).name
        }
        XCTAssertEqual(committee("fenmoor/parks/meeting-880.xml"), "Parks Board")
        XCTAssertNil(committee("fenmoor/other/meeting-880.xml"))
        XCTAssertEqual(committee("fenmoor/parks/meeting-2210.xml"), "Licensing & Appeals Committee")
        let item = try XCTUnwrap(c.items.first { $0.title == "Play Area Renewal Programme" && c.meeting(of: $0).date?.day == 12 })
        XCTAssertEqual(item.sources.first?.kind, .moderngovXML)
        XCTAssertEqual(item.sources.first?.line, 11)
    }

    func testListingsThatDisagreeNameNoCommittee() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/x/meeting.xml", Self.soapExport(meetingID: "880"))
        try dir.write("fenmoor/x/a.xml", Self.listing(committee: "Parks Board", meetingIDs: ["880"]))
        try dir.write("fenmoor/x/b.xml", Self.listing(committee: "Cabinet", meetingIDs: ["880"], committeeID: "53"))
        let c = try Loader.load(directory: dir.path)
        let item = try XCTUnwrap(c.items.first)
        XCTAssertNil(c.committee(of: c.meeting(of: item)).name)
    }

    func testTheSameMeetingAsAnExportAndAMeetingPageIsOneMeeting() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/licensing/export.xml", Self.exportWithCommittee)
        try dir.write("fenmoor/licensing/page.txt", """
        Agenda and minutes

        Licensing & Appeals Committee - Tuesday, 7th May, 2024 10.00 am

        Items
        No. Item

        14.

        Taxi Licensing Policy 2024–2029

        Minutes:
        RESOLVED:
        1. That the Taxi Licensing Policy 2024–2029 be adopted from 1 July 2024.
        """)
        let c = try Loader.load(directory: dir.path)
        XCTAssertEqual(c.meetings.count, 1)
        let item = try XCTUnwrap(c.items.first { $0.number == "14." })
        XCTAssertEqual(item.sources.count, 2)
        XCTAssertEqual(item.decision.resolutions.count, 2)
    }

    // MARK: - Hostile and broken files

    func testMalformedExportsAreReported() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/garbage.xml", "<<<this is not XML at all")
        try dir.write("fenmoor/no-root.xml", "<?xml version=\"1.0\"?>\n")
        // Cut off mid-download: the items before the break are read, with a warning.
        let cut = String(Self.exportWithCommittee.prefix(while: { $0 != "S" }))
        try dir.write("fenmoor/cut.xml", cut)
        try dir.write("fenmoor/sitemap.xml", "<urlset><url><loc>https://fenmoor.example/</loc></url></urlset>")
        try dir.write("fenmoor/nul.xml", bytes: [0x3C, 0x61, 0x3E] + [UInt8](repeating: 0, count: 64))
        try dir.write("fenmoor/blank.xml", "  \n\n ")
        let c = try Loader.load(directory: dir.path)
        let skipped = Dictionary(uniqueKeysWithValues: c.report.skipped.map { ($0.path, $0) })
        XCTAssertEqual(skipped["fenmoor/garbage.xml"]?.reason, "malformed")
        XCTAssertEqual(skipped["fenmoor/garbage.xml"]?.detail?.hasPrefix("XML error at line 1: "), true)
        XCTAssertEqual(skipped["fenmoor/no-root.xml"]?.reason, "malformed")
        XCTAssertEqual(skipped["fenmoor/sitemap.xml"]?.reason, "not a minute document")
        XCTAssertEqual(skipped["fenmoor/nul.xml"]?.reason, "binary")
        XCTAssertEqual(skipped["fenmoor/blank.xml"]?.reason, "empty")
        let loaded = try XCTUnwrap(c.report.loaded.first { $0.path == "fenmoor/cut.xml" })
        XCTAssertEqual(loaded.items, 2)
        XCTAssertEqual(loaded.warnings.count, 1, "\(loaded.warnings)")
        XCTAssertTrue(loaded.warnings[0].hasPrefix("not well-formed XML (line "), loaded.warnings[0])
        XCTAssertTrue(loaded.warnings[0].hasSuffix("; read as libxml2 recovered it"), loaded.warnings[0])
        XCTAssertEqual(c.report.files, 6)
    }

    func testEntityBombAndExternalEntitiesAreNotRead() throws {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE meeting [\n<!ENTITY a0 \"lol\">\n"
        for i in 1...12 { bomb += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">\n" }
        bomb += "]>\n<meeting><agendaitems><agendaitem><agendaitemtitle>&a12;</agendaitemtitle></agendaitem></agendaitems></meeting>\n"
        // Quadratic blow-up: one big entity referred to many times, with no nesting.
        let quadratic = "<?xml version=\"1.0\"?><!DOCTYPE meeting [<!ENTITY x \"" + String(repeating: "x", count: 100_000)
            + "\">]><meeting><agendaitems><agendaitem><agendaitemtitle>" + String(repeating: "&x;", count: 100_000)
            + "</agendaitemtitle></agendaitem></agendaitems></meeting>"
        let external = """
        <?xml version="1.0"?><!DOCTYPE meeting [<!ENTITY secret SYSTEM "file:///etc/passwd">
        <!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
        <meeting><agendaitems><agendaitem><agendaitemtitle>A&secret;&remote;B</agendaitemtitle></agendaitem></agendaitems></meeting>
        """
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/bomb.xml", bomb)
        try dir.write("fenmoor/quadratic.xml", quadratic)
        try dir.write("fenmoor/external.xml", external)
        let started = DispatchTime.now().uptimeNanoseconds
        let c = try Loader.load(directory: dir.path)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        for path in ["fenmoor/bomb.xml", "fenmoor/quadratic.xml", "fenmoor/external.xml"] {
            let entry = try XCTUnwrap(c.report.skipped.first { $0.path == path }, path)
            XCTAssertEqual(entry.reason, "not a minute document", path)
            XCTAssertEqual(entry.detail, "XML with a DOCTYPE: entity declarations are never read", path)
        }
        XCTAssertTrue(c.items.isEmpty)
        // Not a timing target: an expanded bomb would take minutes and gigabytes.
        XCTAssertLessThan(seconds, 10)
    }

    func testEscapesInExportsNeverSurvive() throws {
        // ModernGov escapes twice, so a second decoding must not let an escape through;
        // C1 controls and bidi overrides are legal XML characters.
        let xml = """
        <meeting><committeetitle>Cab&#x9B;31minet</committeetitle><meetingdate>01/02/2024</meetingdate>
        <meetinglocation>Hall &amp;#27;[2J &#x202E;evil</meetinglocation>
        <agendaitem><agendaitemtitle>Title &amp;#x1B;]0;owned&amp;#x7;</agendaitemtitle>
        <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That &amp;#27;[2J stand.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></meeting>
        """
        let page = try XCTUnwrap(read(xml))
        let block = try XCTUnwrap(page.blocks.first)
        let item = try XCTUnwrap(block.items.first)
        for text in [block.committee ?? "", block.venue ?? "", item.title] + item.decision.resolutions {
            XCTAssertFalse(text.unicodeScalars.contains { s in
                s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
            }, text.debugDescription)
        }
        // libxml2's HTML parser drops a character reference to a control character.
        XCTAssertEqual(item.title, "Title ]0;owned")
        XCTAssertEqual(item.decision.resolutions, ["That [2J stand."])
        XCTAssertEqual(block.committee, "Cab\u{FFFD}31minet")
    }

    func testXMLIsReadOnlyFromItsBytesAndUTF16Works() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><meeting><meetingdate>01/02/2024</meetingdate><agendaitem>"
            + "<agendaitemtitle>Café Licence – Ysgol Pont-y-wern</agendaitemtitle></agendaitem></meeting>"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard case .page(let page, let encoding) = ModernGovXMLReader.read(le) else { return XCTFail("not read") }
        XCTAssertEqual(encoding, "utf16le")
        XCTAssertEqual(page.blocks.first?.items.first?.title, "Café Licence – Ysgol Pont-y-wern")
        let latin1: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><meeting><agendaitem><agendaitemtitle>Fees ".utf8)
            + [0xA3, 0x35] + Array("</agendaitemtitle></agendaitem></meeting>".utf8)
        guard case .page(let page2, let encoding2) = ModernGovXMLReader.read(latin1) else { return XCTFail("not read") }
        XCTAssertEqual(encoding2, "iso-8859-1")
        XCTAssertEqual(page2.blocks.first?.items.first?.title, "Fees £5")
        XCTAssertNil(refusal(Array(Self.exportWithCommittee.utf8)))
    }
}
