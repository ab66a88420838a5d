// libFuzzer entry point for the page readers and the HTML path.
//
// Not a SwiftPM target: `scripts/fuzz` compiles this file together with every file of
// Sources/MinutesKit into one module (`MinutesFuzz`) with `-sanitize=fuzzer,address`, so
// internal API (CorpusBuilder) is reachable without `@testable` and normal builds and
// `swift test` never see it.
//
// Every input goes through the same steps the loader takes for a file:
//   bytes → TextDecoding.decode → PageReader.read                       (a .txt save)
//   bytes → TextDecoding.decode → HTMLText.extract → sanitise → read     (an .html save)
//   bytes → ModernGovXMLReader.read                                     (an .xml export or listing)
//   bytes as pdftotext's output → PDFText.clean → sanitise → read        (a .pdf's text)
// and whatever pages come out are merged by CorpusBuilder and indexed by SearchIndex,
// so the merge (same item on several pages), the index, phrase search, snippets and the
// query language (fed the input's first line) are exercised as well.
//
// MINUTES_FUZZ_READER (read once, at the first input) aims the target at one reader, so a
// run's coverage and findings are that reader's alone:
//   xml  only ModernGovXMLReader.read, then the merge and index of its page
//   pdf  only the PDF text path: PDFText.clean → sanitise → PageReader.read (with the
//        flattened-text relining), then the merge and index of its page
// Unset or `all`: every path above. Anything else stops the target with a message.

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func minutesFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    MinutesFuzz.run(bytes)
    return 0
}

enum MinutesFuzz {
    enum Reader: String { case all, xml, pdf }

    /// MINUTES_FUZZ_READER, read once.
    static let reader: Reader = {
        let value = ProcessInfo.processInfo.environment["MINUTES_FUZZ_READER"] ?? "all"
        guard let reader = Reader(rawValue: value.isEmpty ? "all" : value) else {
            fatalError("MINUTES_FUZZ_READER must be xml, pdf or all, not \(value.debugDescription)")
        }
        return reader
    }()

    static func run(_ bytes: [UInt8]) {
        switch reader {
        case .all: runAll(bytes)
        case .xml: runXML(bytes)
        case .pdf: runPDF(bytes)
        }
    }

    /// Only the ModernGov XML reader (an `.xml` export or committee listing).
    static func runXML(_ bytes: [UInt8]) {
        guard case .page(let page, _) = ModernGovXMLReader.read(bytes) else { return }
        check(page)
        mergeAndIndex([.init(path: "fuzz/d.xml", council: "fuzz", page: page)], firstLine: nil)
    }

    /// Only the PDF text path: the bytes stand for what pdftotext wrote (untrusted too),
    /// read as DocumentReading.readPDF reads it.
    static func runPDF(_ bytes: [UInt8]) {
        let text = TextDecoding.sanitise(PDFText.clean(String(decoding: bytes, as: UTF8.self)))
        checkClean(text, "PDF text")
        guard let page = PageReader.read(text) else { return }
        check(page)
        mergeAndIndex([.init(path: "fuzz/e.pdf", council: "fuzz", page: page)], firstLine: nil)
    }

    static func runAll(_ bytes: [UInt8]) {
        var pages: [CorpusBuilder.Page] = []
        // XML is read from the bytes, whatever the text decoder makes of them.
        if case .page(let page, _) = ModernGovXMLReader.read(bytes) {
            check(page)
            pages.append(.init(path: "fuzz/d.xml", council: "fuzz", page: page))
        }
        // What pdftotext writes is untrusted too: form feeds, escapes, any bytes.
        let pdfText = bytes.count > 1 << 20 ? "" : TextDecoding.sanitise(PDFText.clean(String(decoding: bytes, as: UTF8.self)))
        // (Inputs over 1 MB come only from `scripts/fuzz big`, pages shaped for the text and
        // HTML readers: here they would only repeat the text reader, 40% more time on each.
        // PDFText's own large shapes are timed in PDFTextTests.)
        checkClean(pdfText, "PDF text")
        if let page = PageReader.read(pdfText) { check(page) }
        guard let (text, _) = try? TextDecoding.decode(bytes) else {
            // Raw strings the decoder refused still must not crash the readers.
            _ = PageReader.read(String(decoding: bytes, as: UTF8.self))
            return
        }
        checkClean(text, "decoded text")
        if let page = PageReader.read(text) {
            check(page)
            pages.append(.init(path: "fuzz/a.txt", council: "fuzz", page: page))
        }
        let plain = TextDecoding.sanitise(HTMLText.extract(text))
        checkClean(plain, "HTML text")
        if let page = PageReader.read(plain) {
            check(page)
            pages.append(.init(path: "fuzz/b.html", council: "fuzz", page: page))
        }
        mergeAndIndex(pages, firstLine: text.split(separator: "\n").first.map(String.init))
    }

    /// The pages merged (the first twice: one item seen on several pages), indexed and
    /// searched; `firstLine`, when given, parsed as a query typed into the browser.
    static func mergeAndIndex(_ read: [CorpusBuilder.Page], firstLine: String?) {
        var pages = read
        if pages.isEmpty { return }
        // The same page twice: the merge of one item seen on several pages.
        pages.append(.init(path: "fuzz/c.txt", council: "fuzz", page: pages[0].page))
        var builder = CorpusBuilder(root: "/fuzz")
        builder.add(pages)
        let corpus = builder.finish(report: LoadReport())
        let index = SearchIndex(corpus)
        if let token = index.vocabulary.first {
            _ = try? index.search(token, in: corpus)
            _ = index.tokens(withPrefix: String(token.prefix(2)))
        }
        // A phrase from the first item's title (the phrase check on candidates), and the
        // first line of the input as a query typed into the browser or the command line.
        if let item = corpus.items.first {
            let words = item.title.split(separator: " ").prefix(3).joined(separator: " ")
            if let hits = try? index.search("\"\(words)\"", in: corpus), let hit = hits.first,
               let query = try? SearchQuery(parsing: "\"\(words)\"") {
                _ = index.snippet(for: corpus.items[hit.itemID], query: query, width: 40)
            }
        }
        if let firstLine, let query = try? SearchQuery(parsing: String(firstLine.prefix(200))) {
            _ = index.matchingItemIDs(query, in: corpus)
        }
    }

    /// The promise, checked on every input: decoded and sanitised text holds no
    /// control, escape or bidi-override character that could drive a terminal.
    static func checkClean(_ text: String, _ what: String) {
        for s in text.unicodeScalars {
            let v = s.value
            if (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) {
                fatalError("U+\(String(v, radix: 16)) survived sanitising in the \(what)")
            }
        }
    }

    /// What readers hand on must be clean too: titles, dates and resolutions reach the screen.
    static func check(_ page: ParsedPage) {
        for block in page.blocks {
            checkClean(block.committee ?? "", "committee")
            checkClean(block.venue ?? "", "venue")
            checkClean(block.time ?? "", "time")
            for item in block.items {
                checkClean(item.title, "item title")
                checkClean(item.number ?? "", "item number")
                checkClean(item.minutes ?? "", "minutes")
                for r in item.decision.resolutions { checkClean(r, "resolution") }
            }
        }
    }
}
