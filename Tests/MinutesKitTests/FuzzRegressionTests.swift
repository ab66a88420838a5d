import XCTest
@testable import MinutesKit

/// Inputs from the libFuzzer target (Fuzz/PageReaderFuzz.swift, run by `scripts/fuzz`;
/// docs/safety.md has the runs) replayed through the same steps, so what the fuzzer once
/// found stays found. A new crasher goes in as one more test: minimise it with
/// `scripts/fuzz minimise FILE`, paste its bytes as base64, assert what it should yield.
final class FuzzRegressionTests: XCTestCase {
    /// What the fuzz target does with one input: bytes → decode → page reader, and
    /// bytes → decode → HTML text → page reader, then the pages merged into a corpus and
    /// indexed. Returns the pages read, after checking that no text a reader hands on can
    /// drive a terminal.
    @discardableResult
    static func replay(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> (text: ParsedPage?, html: ParsedPage?) {
        guard let (text, _) = try? TextDecoding.decode(bytes) else {
            return (PageReader.read(String(decoding: bytes, as: UTF8.self)), nil)
        }
        assertClean(text, file: file, line: line)
        let fromText = PageReader.read(text)
        let plain = TextDecoding.sanitise(HTMLText.extract(text))
        assertClean(plain, file: file, line: line)
        let fromHTML = PageReader.read(plain)
        var pages: [CorpusBuilder.Page] = []
        for (n, page) in [fromText, fromHTML, fromText].enumerated() {
            guard let page else { continue }
            for block in page.blocks {
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
}
