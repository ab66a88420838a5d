import Foundation

/// `Issue details`: a forward-plan entry. It names an issue but no meeting or decision.
enum IssueDetailsReader {
    static let fields: Set<String> = [
        "decision type", "decision status", "decision due", "lead member", "wards affected",
        "notice of proposed decision first published", "lead director", "lead officer",
        "department", "contact", "key decision", "reason key", "exempt information",
        "anticipated restriction", "explanation of anticipated restriction", "decision maker",
        "included in forward plan", "purpose", "consultation process", "decisions",
    ]

    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .issueDetails)
        guard let titleIndex = PageReader.firstContentLine(page, from: start) else { return result }
        let f = FieldLines(page, from: titleIndex + 1, labels: fields)
        var issue = ParsedIssue(title: TitleCleaning.clean(page[titleIndex], number: nil), line: titleIndex + 1)
        issue.type = f["decision type"]
        issue.status = f["decision status"]
        issue.due = f["decision due"]
        issue.leadMember = f["lead member"]
        issue.wards = f["wards affected"]
        result.issue = issue
        return result
    }
}
