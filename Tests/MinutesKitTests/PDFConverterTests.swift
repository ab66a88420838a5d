import Foundation
import XCTest
@testable import MinutesKit

/// pdftotext as a child: the real one on fixtures (Tests/Fixtures/pdf, made by
/// scripts/make-sample-pdf.py), and fake converters (small scripts) for the paths a real
/// PDF cannot be relied on to take: a converter that hangs, one that writes without end,
/// one that crashes. No test sleeps: the time limit of the hanging one is zero.
final class PDFConverterTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pdf")

    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
    }

    var pdftotext: PDFConverter {
        get throws {
            try XCTSkipIf(PDFConverter.standard.executable == nil, "pdftotext not installed (scripts/setup installs poppler-utils)")
            return PDFConverter.standard
        }
    }

    /// An executable script standing in for pdftotext.
    func fake(_ body: String, in folder: TemporaryFolder) throws -> PDFConverter {
        let path = folder.path + "/fake-pdftotext"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(path, 0o755), 0)
        return PDFConverter(executable: path)
    }

    func testTwoColumnsComeOutOneColumnAfterTheOther() throws {
        let text = String(decoding: try pdftotext.text(of: try fixture("two-column.pdf"), outputLimit: 1 << 20).get(), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        // Each line holds one column's text, and the left column is read before the right.
        XCTAssertTrue(lines.contains("The left column begins here and goes on"), text)
        XCTAssertTrue(lines.contains("The right column starts at the top of the"), text)
        let left = try XCTUnwrap(text.range(of: "end at the gutter."))
        let right = try XCTUnwrap(text.range(of: "The right column starts"))
        XCTAssertLessThan(left.lowerBound, right.lowerBound)
    }

    func testAnEncryptedPDFIsReportedAsSuch() throws {
        XCTAssertEqual(try pdftotext.text(of: try fixture("encrypted.pdf"), outputLimit: 1 << 20), .failure(.encrypted))
        XCTAssertEqual(PDFConverter.Failure.encrypted.detail, "PDF is encrypted")
    }

    func testADamagedPDFIsReportedAsSuch() throws {
        let converter = try pdftotext
        let garbage = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >>\nnot a PDF at all\n".utf8)
        XCTAssertEqual(converter.text(of: garbage, outputLimit: 1 << 20), .failure(.damaged))
        // The first half of a real one: no cross-reference table, no pages.
        let half = Array(try fixture("two-column.pdf").prefix(400))
        XCTAssertEqual(converter.text(of: half, outputLimit: 1 << 20), .failure(.damaged))
        XCTAssertEqual(PDFConverter.Failure.damaged.detail, "PDF is damaged")
    }

    func testNoConverterInstalled() {
        XCTAssertEqual(PDFConverter(executable: nil).text(of: [1, 2, 3], outputLimit: 100), .failure(.notInstalled))
        XCTAssertEqual(PDFConverter(executable: "/no/such/folder/pdftotext").text(of: [1, 2, 3], outputLimit: 100), .failure(.notInstalled))
        XCTAssertEqual(PDFConverter.Failure.notInstalled.detail, "pdftotext not found: install poppler-utils")
    }

    func testTheConverterIsFoundOnlyInAbsolutePathFolders() throws {
        let folder = try TemporaryFolder()
        _ = try fake("exit 0", in: folder)
        let name = "fake-pdftotext"
        XCTAssertEqual(PDFConverter.find(name, path: "/no/such:\(folder.path)"), folder.path + "/" + name)
        // A relative PATH entry could be the folder of documents being read: never used.
        XCTAssertNil(PDFConverter.find(name, path: "."))
        XCTAssertNil(PDFConverter.find(name, path: ""))
    }

    func testTheArgumentsAreAListReadingStandardInput() throws {
        // The fake prints its arguments one a line; the PDF's bytes arrive on standard input.
        let folder = try TemporaryFolder()
        let converter = try fake(#"for a in "$@"; do echo "$a"; done; wc -c"#, in: folder)
        let out = String(decoding: try converter.text(of: Array(repeating: 0x41, count: 1000), outputLimit: 1000).get(), as: UTF8.self)
        XCTAssertEqual(out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }, ["-enc", "UTF-8", "-", "-", "1000"])
    }

    func testBigInputAndOutputFlowTogetherWithoutDeadlock() throws {
        // `cat` writes back while it reads: 2 MB each way, far beyond any socket buffer.
        let folder = try TemporaryFolder()
        let converter = try fake("exec cat", in: folder)
        let input = (0..<(2 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) }
        XCTAssertEqual(try converter.text(of: input, outputLimit: 4 << 20).get(), input)
    }

    func testAConverterThatStopsReadingIsNoCrash() throws {
        // Writing to a child that has gone must not raise SIGPIPE in this process.
        let folder = try TemporaryFolder()
        let converter = try fake("echo done", in: folder)
        XCTAssertEqual(try converter.text(of: Array(repeating: 0x20, count: 4 << 20), outputLimit: 100).get(), Array("done\n".utf8))
    }

    func testAConverterPastItsTimeLimitIsKilled() throws {
        let folder = try TemporaryFolder()
        var converter = try fake("exec sleep 1000", in: folder)
        converter.timeLimit = 0
        let started = Date()
        XCTAssertEqual(converter.text(of: Array("%PDF-1.4\n".utf8), outputLimit: 100), .failure(.timedOut(seconds: 0)))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "killed, not waited for")
        XCTAssertEqual(PDFConverter.Failure.timedOut(seconds: 10).detail, "pdftotext timed out after 10 s")
        XCTAssertEqual(PDFConverter.Failure.timedOut(seconds: 0.5).detail, "pdftotext timed out after 0.5 s")
    }

    func testAConverterWritingWithoutEndIsStoppedAtTheLimit() throws {
        let folder = try TemporaryFolder()
        let converter = try fake("exec yes minutes", in: folder)
        XCTAssertEqual(converter.text(of: [0x25], outputLimit: 1 << 20), .failure(.outputTooLarge(limit: 1 << 20)))
        XCTAssertEqual(PDFConverter.Failure.outputTooLarge(limit: 20 << 20).reason, .tooLarge)
    }

    func testAConverterThatCrashesOrFailsIsReported() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(try fake("kill -SEGV $$", in: folder).text(of: [0x25], outputLimit: 100), .failure(.crashed(signal: SIGSEGV)))
        XCTAssertEqual(PDFConverter.Failure.crashed(signal: 11).detail, "PDF is damaged: pdftotext crashed on it, signal 11")
        XCTAssertEqual(try fake("exit 99", in: folder).text(of: [0x25], outputLimit: 100), .failure(.failed(status: 99)))
        XCTAssertEqual(try fake("echo 'Command Line Error: Incorrect password' >&2; exit 1", in: folder).text(of: [0x25], outputLimit: 100),
                       .failure(.encrypted))
        XCTAssertEqual(try fake("echo 'Syntax Error: Couldn'\\''t read xref table' >&2; exit 0", in: folder).text(of: [0x25], outputLimit: 100),
                       .failure(.damaged), "no text and errors: damaged, though poppler said 0")
    }
}
