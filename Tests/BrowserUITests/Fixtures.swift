import BrowserUI
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import MinutesKit

/// Corpora built by hand, so tests see exactly the shapes they assert on.
enum Fixtures {
    /// Width matters: the runner starts in the C locale.
    static func utf8Locale() { setlocale(LC_CTYPE, "C.UTF-8") }

    struct Builder {
        var corpus = Corpus(root: "/data/minutes")

        mutating func council(_ folder: String) -> Int {
            corpus.councils.append(Council(id: corpus.councils.count, folder: folder))
            return corpus.councils.count - 1
        }

        mutating func committee(_ name: String?, council: Int) -> Int {
            corpus.committees.append(Committee(id: corpus.committees.count, councilID: council, name: name))
            return corpus.committees.count - 1
        }

        @discardableResult
        mutating func meeting(_ committee: Int, _ iso: String?, items: [(String?, String, Decision?)]) -> Int {
            let c = corpus.committees[committee]
            var m = Meeting(id: corpus.meetings.count, councilID: c.councilID, committeeID: committee,
                            date: iso.flatMap(CivilDate.init(iso:)))
            m.sources = [Source(path: "\(iso ?? "undated")-meeting.txt", kind: .meeting, line: 1)]
            for (i, (number, title, decision)) in items.enumerated() {
                var item = Item(id: corpus.items.count, meetingID: m.id, ref: "ref\(corpus.items.count)",
                                number: number, title: title, decision: decision ?? Decision())
                item.sources = [Source(path: "\(iso ?? "undated")-item-\(i + 1).txt", kind: .issueMeetings, line: 3)]
                corpus.items.append(item)
                m.itemIDs.append(item.id)
            }
            corpus.meetings.append(m)
            corpus.committees[committee].meetingIDs.append(m.id)
            return m.id
        }

        func build() -> Corpus {
            var c = corpus
            c.meetingsNewestFirst = Ordering.meetingsNewestFirst(c)
            return c
        }
    }

    static func decision(_ resolutions: [String], reasons: String? = nil, callIn: String? = nil,
                         key: Bool? = nil, status: String? = nil) -> Decision {
        var d = Decision()
        d.resolutions = resolutions
        d.reasons = reasons
        d.callIn = callIn
        d.isKeyDecision = key
        d.status = status
        return d
    }

    /// One council, three committees, four meetings; wide characters and long titles.
    static func surrey() -> Corpus {
        var b = Builder()
        let s = b.council("surrey")
        let cabinet = b.committee("Cabinet", council: s)
        let planning = b.committee("Planning and Regulatory Committee", council: s)
        let audit = b.committee("Audit & Governance Committee", council: s)
        b.meeting(cabinet, "2021-02-23", items: [
            ("44", "Apologies for Absence", nil),
            ("45", "Special Educational Needs And Disabilities (Send) Transformation Programme Update",
             decision([
                "That the progress of the SEND Transformation programme and its impact for children and young people with SEND and their families be noted.",
                "That the focus and priorities for the programme for 2021-22 to embed and accelerate change be agreed.",
             ], reasons: "The Council has invested significant resources into the SEND Transformation programme and committed a further £79m capital investment to increase specialist provision in Surrey.",
                callIn: "Children, Families, Lifelong Learning & Culture Select Committee", key: true, status: "Recommendations Approved")),
            ("46", "Library Strategy – Community ’Hubs’ 图书馆 🚀", decision(["That the strategy be adopted."])),
        ])
        b.meeting(planning, "2021-03-10", items: [
            ("7", "Land at Northway: 224 homes £18,000 contribution", decision(["That permission be REFUSED."])),
        ])
        b.meeting(audit, "2020-11-05", items: [
            ("3", "Internal Audit Progress Report", decision(["That the report be noted."], reasons: "Library audits were completed.")),
            ("4", "Treasury Management Mid-Year Review", nil),
        ])
        b.meeting(cabinet, "2020-10-06", items: [
            ("12", "Budget Monitoring Month 5", decision(["That the position be noted."])),
        ])
        return b.build()
    }

    /// The first two meetings of `surrey()`, as a progressive load shows them first.
    static func surreyPartial() -> Corpus {
        var b = Builder()
        let s = b.council("surrey")
        let cabinet = b.committee("Cabinet", council: s)
        let planning = b.committee("Planning and Regulatory Committee", council: s)
        b.meeting(cabinet, "2021-02-23", items: [
            ("44", "Apologies for Absence", nil),
            ("45", "Special Educational Needs And Disabilities (Send) Transformation Programme Update",
             decision(["That the progress be noted."])),
        ])
        b.meeting(planning, "2021-03-10", items: [
            ("7", "Land at Northway: 224 homes £18,000 contribution", decision(["That permission be REFUSED."])),
        ])
        return b.build()
    }

    /// Two councils, so the council picker has something to pick.
    static func twoCouncils() -> Corpus {
        var b = Builder()
        let a = b.council("ashbourne-vale")
        let k = b.council("kingsmere")
        let ca = b.committee("Cabinet", council: a)
        let ck = b.committee("Cabinet", council: k)
        let lk = b.committee("Licensing Sub-Committee", council: k)
        b.meeting(ca, "2024-01-10", items: [("1", "Budget 2024/25", decision(["That the budget be recommended to Council."]))])
        b.meeting(ck, "2024-02-10", items: [("5", "Budget", decision(["That the budget be approved."]))])
        b.meeting(lk, "2024-03-01", items: [("2", "Premises licence: The Crown", decision(["That the licence be granted."]))])
        return b.build()
    }

    static func state(_ corpus: Corpus, _ width: Int, _ height: Int) -> AppState {
        AppState(corpus: corpus, width: width, height: height)
    }

    static func press(_ state: inout AppState, _ keys: Key...) {
        for k in keys { reduce(&state, key: k) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for c in text { reduce(&state, key: .char(c)) }
    }
}
