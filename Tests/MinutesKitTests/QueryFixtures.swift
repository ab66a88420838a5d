@testable import MinutesKit

/// A corpus built by hand for the Query, Search and Export tests, so they do not depend on
/// the readers: two councils, three committees (one not stated), four meetings (one
/// undated) and six items.
enum QueryFixtures {
    static func corpus() -> Corpus {
        var c = Corpus(root: "/tmp/minutes-fixture")
        c.councils = [Council(id: 0, folder: "ashbourne-vale"), Council(id: 1, folder: "caerwen")]
        c.committees = [
            Committee(id: 0, councilID: 0, name: "Cabinet"),
            Committee(id: 1, councilID: 0, name: "Children, Families, Lifelong Learning & Culture Select Committee"),
            Committee(id: 2, councilID: 1, name: nil),
        ]
        c.meetings = [
            Meeting(id: 0, councilID: 0, committeeID: 0, date: CivilDate(year: 2021, month: 2, day: 23)),
            Meeting(id: 1, councilID: 0, committeeID: 0, date: CivilDate(year: 2022, month: 3, day: 1)),
            Meeting(id: 2, councilID: 0, committeeID: 1, date: CivilDate(year: 2021, month: 11, day: 18)),
            Meeting(id: 3, councilID: 1, committeeID: 2, date: nil),
        ]
        func item(_ id: Int, _ meeting: Int, _ ref: String, _ number: String?, _ title: String,
                  resolutions: [String] = [], minutes: String? = nil) -> Item {
            var d = Decision()
            d.resolutions = resolutions
            var i = Item(id: id, meetingID: meeting, ref: ref, number: number, title: title, decision: d)
            i.minutes = minutes
            i.sources = [Source(path: "council/\(ref).txt", kind: .meeting, line: 3 + id)]
            return i
        }
        c.items = [
            item(0, 0, "aaaa000001", "45", "Home to School Transport Policy",
                 resolutions: ["That the home to school transport policy be approved.", "That the budget be noted."],
                 minutes: "Members discussed school transport at length."),
            item(1, 0, "aaaa000002", "46", "Budget Monitoring",
                 resolutions: ["That the overspend on home to school transport be noted."]),
            item(2, 1, "bbbb000003", "12/22", "Transport Strategy",
                 minutes: "The school run was mentioned once."),
            item(3, 2, "cccc000004", "5.", "Home to School Transport: Performance Update",
                 minutes: "The committee reviewed transport to school for children with SEND."),
            item(4, 3, "dddd000005", nil, "Apologies for Absence"),
            item(5, 1, "eeee000006", "13/22", "Library \u{1B}[31mStrategy\u{1B}[0m",
                 resolutions: ["That the \u{1B}]0;pwned\u{07}strategy be adopted."],
                 minutes: "Bell\u{07} and CSI \u{9B}2J and override \u{202E}txet"),
        ]
        c.meetings[0].itemIDs = [0, 1]
        c.meetings[1].itemIDs = [2, 5]
        c.meetings[2].itemIDs = [3]
        c.meetings[3].itemIDs = [4]
        c.committees[0].meetingIDs = [0, 1]
        c.committees[1].meetingIDs = [2]
        c.committees[2].meetingIDs = [3]
        for item in c.items { c.itemByRef[item.ref] = item.id }
        return c
    }
}
