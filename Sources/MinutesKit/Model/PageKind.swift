/// The kinds of page councils publish, as named by the page's first line (README, "What it reads").
public enum PageKind: String, Codable, Sendable, CaseIterable {
    case issueMeetings = "issue-meetings"
    case issueDecisions = "issue-decisions"
    case decisionDetails = "decision-details"
    case agendaItem = "agenda-item"
    case meeting = "meeting"
    case issueDetails = "issue-details"
    case cmisMeeting = "cmis-meeting"
    case committeeInformation = "committee-information"
    case plainMinutes = "plain-minutes"
    // New kinds go last: the cache stores a kind as its position in `allCases`.
    case moderngovXML = "moderngov-xml"
    case moderngovListing = "moderngov-listing"

    /// The label a person reading the load report or the sources list would recognise.
    public var label: String {
        switch self {
        case .issueMeetings: return "Issue - meetings"
        case .issueDecisions: return "Issue - decisions"
        case .decisionDetails: return "Decision details"
        case .agendaItem: return "Agenda item"
        case .meeting: return "Meeting page"
        case .issueDetails: return "Issue details"
        case .cmisMeeting: return "CMIS meeting details"
        case .committeeInformation: return "Committee information"
        case .plainMinutes: return "Plain minutes"
        case .moderngovXML: return "ModernGov export"
        case .moderngovListing: return "ModernGov committee listing"
        }
    }
}
