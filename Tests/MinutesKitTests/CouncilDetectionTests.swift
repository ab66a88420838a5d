import XCTest
@testable import MinutesKit

/// What a page says about the authority that published it, and what it does not say.
final class CouncilDetectionTests: XCTestCase {
    func testHeadingsThatNameAnAuthority() {
        XCTAssertEqual(CouncilDetection.authorityName("Fenmoor District Council"), "Fenmoor District Council")
        XCTAssertEqual(CouncilDetection.authorityName("A Fenmoor City Council website"), "Fenmoor City Council")
        XCTAssertEqual(CouncilDetection.authorityName("London Borough of Eastwick"), "London Borough of Eastwick")
        XCTAssertEqual(CouncilDetection.authorityName("Fenmoor Fire and Rescue Authority"), "Fenmoor Fire and Rescue Authority")
    }

    func testHeadingsThatDoNot() {
        for line in ["Fire and Rescue Authority", "National Park Authority", "Council", "The Council", "Full Council",
                     "Meeting of the Council", "Planning Committee", "Cabinet - 3 March 2020", "Venue: Fenmoor Council offices",
                     "Minutes of the Council held on 3 March 2020", "members of the council"] {
            XCTAssertNil(CouncilDetection.authorityName(line), line)
        }
    }

    func testAddressesAndDomainsOfOneCouncilShareAKey() {
        XCTAssertEqual(CouncilDetection.key(host: "democracy.fenmoor.gov.uk"), "fenmoor")
        XCTAssertEqual(CouncilDetection.key(host: "fenmoor.moderngov.co.uk"), "fenmoor")
        XCTAssertEqual(CouncilDetection.key(host: "www.fenmoor.gov.uk"), "fenmoor")
        XCTAssertEqual(CouncilDetection.key(name: "Fenmoor City Council"), "fenmoor")
        XCTAssertEqual(CouncilDetection.fromAddress("https://modgov.fenmoor.gov.uk/ieListDocuments.aspx?MId=1", line: 0)?.key, "fenmoor")
    }

    func testPrivateAndVendorAddressesSayNothing() {
        XCTAssertNil(CouncilDetection.key(host: "gmail.com"))
        XCTAssertNil(CouncilDetection.key(host: "example.org.uk"))
        XCTAssertNil(CouncilDetection.key(host: "www.docslib.org"))
        XCTAssertEqual(CouncilDetection.key(host: "fenbyparishcouncil.org.uk"), "fenbyparishcouncil")
    }

    func testAnEmailCountsOnlyOnAContactLine() {
        let contact = PageText("Agenda\n\nContact: Jo Clerk, email jo@fenmoor.gov.uk\n")
        XCTAssertEqual(CouncilDetection.detect(contact)?.key, "fenmoor")
        XCTAssertEqual(CouncilDetection.detect(contact)?.evidence, .emailDomain)
        let prose = PageText("Agenda\n\nThe report was sent to planning@harrowdale.gov.uk for comment.\n")
        XCTAssertNil(CouncilDetection.detect(prose))
    }

    func testASavedPagesAddressOutranksItsText() {
        let html = """
        <!-- saved from url=(0052)https://democracy.fenmoor.gov.uk/ieListDocuments.aspx -->
        <html><head><link rel="canonical" href="https://other.gov.uk/x"></head><body>Harrowdale Borough Council</body></html>
        """
        XCTAssertEqual(HTMLAddress.find(html), "https://democracy.fenmoor.gov.uk/ieListDocuments.aspx")
        XCTAssertEqual(HTMLAddress.find("<html><head><meta property=\"og:url\" content=\"https://www.fenmoor.gov.uk/a\"></head></html>"),
                       "https://www.fenmoor.gov.uk/a")
        XCTAssertNil(HTMLAddress.find("<html><body><link rel=\"canonical\" href=\"https://late.gov.uk\"></body></html>"),
                     "only the head is read")
    }
}
