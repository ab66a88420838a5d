/// What a meeting's header says became of it: ModernGov appends `, CANCELLED` or
/// `POSTPONED` to the date and time (`Thursday, 28th April, 2016 7.00 pm, CANCELLED`).
enum MeetingStatus {
    static let words = ["cancelled", "canceled", "postponed", "adjourned", "moved", "rearranged"]

    /// The time without the status word, and the status in lower case.
    static func split(_ time: String?) -> (time: String?, status: String?) {
        guard let time else { return (nil, nil) }
        var words = time.split(separator: " ").map(String.init)
        guard let last = words.last else { return (nil, nil) }
        let key = last.lowercased().filter(\.isLetter)
        guard Self.words.contains(key) else { return (time, nil) }
        words.removeLast()
        let rest = words.joined(separator: " ").trimmingCharacters(in: [" ", ",", "-", "–"])
        return (rest.isEmpty ? nil : rest, key == "canceled" ? "cancelled" : key)
    }
}
