import XCTest
@testable import MinutesKit

/// Inputs from the libFuzzer target (Fuzz/PageReaderFuzz.swift, run by `scripts/fuzz`;
/// docs/safety.md has the runs) replayed through the same steps, so what the fuzzer once
/// found stays found. A new crasher goes in as one more test: minimise it with
/// `scripts/fuzz minimise FILE`, paste its bytes as base64, assert what it should yield.
final class FuzzRegressionTests: XCTestCase {
    /// What the fuzz target does with one input: bytes → decode → page reader, and
    /// bytes → decode → HTML text → page reader, then the pages merged into a corpus,
    /// indexed and searched (a title phrase, the input's first line as a query). Returns the pages read, after checking that no text a reader hands on can
    /// drive a terminal.
    @discardableResult
    static func replay(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> (text: ParsedPage?, html: ParsedPage?) {
        // An .xml export or listing, read from the bytes: merged like the loader's pages.
        var fromXML: ParsedPage?
        if case .page(let page, _) = ModernGovXMLReader.read(bytes) { fromXML = page }
        guard let (text, _) = try? TextDecoding.decode(bytes) else {
            return (PageReader.read(String(decoding: bytes, as: UTF8.self)), nil)
        }
        assertClean(text, file: file, line: line)
        let fromText = PageReader.read(text)
        let plain = TextDecoding.sanitise(HTMLText.extract(text))
        assertClean(plain, file: file, line: line)
        let fromHTML = PageReader.read(plain)
        var pages: [CorpusBuilder.Page] = []
        for (n, page) in [fromText, fromHTML, fromText, fromXML].enumerated() {
            guard let page else { continue }
            for block in page.blocks {
                [block.committee, block.venue, block.time].forEach { assertClean($0 ?? "", file: file, line: line) }
                for item in block.items {
                    assertClean(item.title, file: file, line: line)
                    item.decision.resolutions.forEach { assertClean($0, file: file, line: line) }
                }
            }
            pages.append(.init(path: "fuzz/\(n).txt", council: "fuzz", page: page))
        }
        if !pages.isEmpty {
            var builder = CorpusBuilder(root: "/fuzz")
            builder.add(pages)
            let corpus = builder.finish(report: LoadReport())
            let index = SearchIndex(corpus)
            if let token = index.vocabulary.first { _ = try? index.search(token, in: corpus) }
            if let item = corpus.items.first {
                let phrase = "\"" + item.title.split(separator: " ").prefix(3).joined(separator: " ") + "\""
                if let hit = (try? index.search(phrase, in: corpus))?.first, let query = try? SearchQuery(parsing: phrase) {
                    _ = index.snippet(for: corpus.items[hit.itemID], query: query, width: 40)
                }
            }
            if let first = text.split(separator: "\n").first, let query = try? SearchQuery(parsing: String(first.prefix(200))) {
                _ = index.matchingItemIDs(query, in: corpus)
            }
        }
        return (fromText, fromHTML)
    }

    static func assertClean(_ text: String, file: StaticString, line: UInt) {
        let bad = text.unicodeScalars.first { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
        }
        XCTAssertNil(bad.map { "U+" + String($0.value, radix: 16) }, "control character survived", file: file, line: line)
    }

    static func bytes(base64: String) -> [UInt8] {
        Array(Data(base64Encoded: base64, options: .ignoreUnknownCharacters)!)
    }

    /// The fuzzer's seeds, cut short and corrupted the simple ways a download goes wrong
    /// (truncated mid-character, a byte flipped, line ends swapped): every variant reads
    /// to the end, and what comes out is clean.
    func testSampleDataCutAndCorruptedStillReads() throws {
        let root = SampleDataTests.repository.appendingPathComponent("sample-data")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.sorted()
        var variants = 0
        for name in files {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path),
                  !data.isEmpty else { continue }
            let original = Array(data)
            for cut in [1, 2, 3, 7] {
                Self.replay(Array(original.prefix(original.count * cut / 8 + 1)))
                variants += 1
            }
            var flipped = original
            for i in stride(from: 0, to: flipped.count, by: 101) { flipped[i] ^= 0x80 }
            Self.replay(flipped)
            Self.replay(original.map { $0 == 0x0A ? 0x0D : $0 })
            variants += 2
        }
        XCTAssertGreaterThan(variants, 400)
    }

    // MARK: - Slow inputs (timeouts)

    /// Runs `body` and fails if it takes longer than `limit` seconds. Each limit is several
    /// times what the fixed code takes in a debug build under AddressSanitizer, and a
    /// fraction of what the quadratic code took on the same input (measured before the fix).
    func assertFast<T>(_ limit: Double, _ what: String, _ body: () throws -> T,
                       file: StaticString = #filePath, line: UInt = #line) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        XCTAssertLessThan(seconds, limit, "\(what) took \(seconds) s", file: file, line: line)
        return result
    }

    /// Found by feeding large pages through the fuzz target (a 2 MB `Issue - meetings` page
    /// through the HTML path became one line): `MeetingHeader.parse` copied the text before
    /// and after every " - " and tokenised the rest, for each separator on the line.
    func testOneLongLineWithManySeparatorsIsLinear() {
        let line = String(repeating: "Cabinet - Item ", count: 60_000)
        let page = assertFast(8, "60,000 separators on one line") { PageReader.read(line) }
        XCTAssertNil(page)
        // The same through the HTML path: a page without block tags is one line of text.
        let html = "<html><body>" + String(repeating: "Meeting: 10/03/2021 - Cabinet (Item 7) ", count: 10_000)
        assertFast(10, "one-paragraph HTML page") { Self.replay(Array(html.utf8)) }
    }

    /// `ItemSequence.scanLeading` copied the page's every line once per item it found
    /// (`1 Heading` items of PDF-style minutes), quadratic in the page's length.
    func testPlainMinutesWithManyItemsIsLinear() throws {
        var text = "MINUTES of the meeting of the Cabinet held on 10 March 2021\n\n"
        for n in 1...12_000 { text += "\(n). Heading number \(n)\n\nThe Committee RESOLVED that it be noted.\n\n" }
        let page = try XCTUnwrap(assertFast(10, "12,000 numbered headings") { PageReader.read(text) })
        XCTAssertEqual(page.itemCount, 12_000)
    }

    /// `CorpusBuilder.merge` copied an item out of the corpus, appended a source and wrote it
    /// back (copying every source so far), after a linear `contains` over them: quadratic
    /// in the number of times one item is seen, e.g. one page repeating the same meeting.
    func testOneItemSeenManyTimesMergesLinearly() throws {
        var text = "Issue - meetings\n\nLibraries strategy\n\n"
        for _ in 0..<10_000 {
            text += "Meeting: 10/03/2021 - Cabinet (Item 7)\n\nDecision: RESOLVED that the strategy be approved.\n\n"
        }
        let page = try XCTUnwrap(PageReader.read(text))
        XCTAssertEqual(page.blocks.count, 10_000)
        let corpus = assertFast(8, "merging one item 10,000 times") { () -> Corpus in
            var builder = CorpusBuilder(root: "/fuzz")
            builder.add([.init(path: "a/issue.txt", council: "a", page: page)])
            return builder.finish(report: LoadReport())
        }
        XCTAssertEqual(corpus.items.count, 1)
        XCTAssertEqual(corpus.meetings.count, 1)
        XCTAssertEqual(corpus.items[0].sources.count, 10_000)
        XCTAssertEqual(corpus.items[0].decision.resolutions, ["That the strategy be approved."])
    }

    /// What was left of the long-line cost after the fix above: `DateParsing.long` split the
    /// whole rest of the line into words to look at its first three.
    func testLongDateReadsOnlyTheStartOfALongLine() throws {
        let rest = String(repeating: "Cabinet - Item ", count: 50_000)
        for _ in 0..<100 { XCTAssertNil(DateParsing.long(rest)) }
        assertFast(2, "100 long lines without a date") { for _ in 0..<100 { _ = DateParsing.long(rest) } }
        let (date, after) = try XCTUnwrap(DateParsing.long("Wednesday, 2nd October, 2019 10.10 am " + rest))
        XCTAssertEqual(date.iso, "2019-10-02")
        XCTAssertTrue(after.hasPrefix("10.10 am Cabinet - Item Cabinet"))
        // Past the first eight words only when weekday names fill them; still read.
        XCTAssertEqual(DateParsing.long("Mon Mon Mon Mon Mon Mon Mon 2 October 2019 x y z")?.0.iso, "2019-10-02")
        XCTAssertEqual(DateParsing.long("Dydd Mawrth, 3ydd Mawrth, 2020 10.00 am")?.0.iso, "2020-03-03")
    }
}
