import XCTest
@testable import MinutesKit

final class QueryLanguageTests: XCTestCase {
    func testTheDesignExample() throws {
        let q = try SearchQuery(parsing: #"committee:cabinet after:2021-01-01 before:2022-01-01 "home to school" transport"#)
        XCTAssertEqual(q.filter.committee, "cabinet")
        XCTAssertEqual(q.filter.from, CivilDate(iso: "2021-01-02"), "after: is strict")
        XCTAssertEqual(q.filter.to, CivilDate(iso: "2021-12-31"), "before: is strict")
        XCTAssertEqual(q.phrases, [["home", "to", "school"]])
        XCTAssertEqual(q.words, ["home", "to", "school", "transport"])
        XCTAssertEqual(q.looseWords, ["transport"])
    }

    func testInclusiveBoundsAndOn() throws {
        var q = try SearchQuery(parsing: "from:2021-02-23 to:2021-03-01")
        XCTAssertEqual(q.filter.from, CivilDate(iso: "2021-02-23"))
        XCTAssertEqual(q.filter.to, CivilDate(iso: "2021-03-01"))
        XCTAssertFalse(q.hasText)
        q = try SearchQuery(parsing: "on:2020-02-29")
        XCTAssertEqual(q.filter.from, CivilDate(iso: "2020-02-29"))
        XCTAssertEqual(q.filter.to, CivilDate(iso: "2020-02-29"))
    }

    func testQuotedKeyValuesAndCaseOfKeys() throws {
        let q = try SearchQuery(parsing: #"Committee:"select committee" Council:ashbourne budget"#)
        XCTAssertEqual(q.filter.committee, "select committee")
        XCTAssertEqual(q.filter.council, "ashbourne")
        XCTAssertEqual(q.words, ["budget"])
    }

    func testUnknownKeysAndPunctuatedWordsAreText() throws {
        let q = try SearchQuery(parsing: "note:this 77/21 home-to-school Council's")
        XCTAssertEqual(q.words, ["note", "this", "77", "21", "home", "to", "school", "councils"])
        XCTAssertEqual(q.phrases, [["note", "this"], ["77", "21"], ["home", "to", "school"]])
    }

    func testUnclosedQuoteRunsToTheEnd() throws {
        let q = try SearchQuery(parsing: #"budget "home to sch"#)
        XCTAssertEqual(q.phrases, [["home", "to", "sch"]])
    }

    func testBadDateIsOneSentence() {
        XCTAssertThrowsError(try SearchQuery(parsing: "after:2021-13-01")) { error in
            let text = String(describing: error)
            XCTAssertEqual(text, "after: takes a date as YYYY-MM-DD, like 2021-02-23, not '2021-13-01'.")
        }
        XCTAssertThrowsError(try SearchQuery(parsing: "committee:")) { error in
            XCTAssertEqual(error as? SearchQuery.ParseError, .emptyValue(key: "committee"))
        }
    }

    func testDayArithmetic() {
        XCTAssertEqual(CivilDate(iso: "2020-02-28")?.nextDay, CivilDate(iso: "2020-02-29"))
        XCTAssertEqual(CivilDate(iso: "2021-12-31")?.nextDay, CivilDate(iso: "2022-01-01"))
        XCTAssertEqual(CivilDate(iso: "2021-03-01")?.previousDay, CivilDate(iso: "2021-02-28"))
        XCTAssertEqual(CivilDate(iso: "2021-01-01")?.previousDay, CivilDate(iso: "2020-12-31"))
    }

    func testTokenizerLowercasesAndKeepsPositions() {
        let text = "Home-to-School, the COUNCIL’s plan: Ysgol Gymraeg 2022/23"
        let tokens = Tokenizer.tokens(in: text)
        XCTAssertEqual(tokens.map(\.text), ["home", "to", "school", "the", "councils", "plan", "ysgol", "gymraeg", "2022", "23"])
        let council = tokens[4]
        XCTAssertEqual(String(text.unicodeScalars[council.start..<council.end]), "COUNCIL’s")
    }
}

final class TokenizerFastPathTests: XCTestCase {
    func testByteTokenizerMatchesTheScalarTokens() {
        for text in ["Council’s Budget – 2021/22 £5m", "Ysgol Gymraeg Pont-y-wern: Pŵer â Chân", "CABINET  (Item 4)",
                     "“Quoted” … • bullet · dot", "Café Ñandú 中文 🚀 x", "it's the Council's 'quoted'", "ªº µ",
                     "’leading and trailing’", "ÀÉÎ İstanbul ǅ", "a\u{FFFD}b", ""] {
            XCTAssertEqual(Tokenizer.words(in: text), Tokenizer.tokens(in: text).map(\.text), text)
        }
    }
}
