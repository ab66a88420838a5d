/// The words of a heading in Title Case (`Declarations of Interest`, `Budget 2024/25`):
/// capitalised words, figures, and the small words that join them.
enum TitleWords {
    static let joiners: Set<String> = ["of", "and", "for", "the", "to", "in", "on", "at", "a", "&", "-", "–"]

    static func isJoiner(_ w: Substring) -> Bool { joiners.contains(w.lowercased()) }

    /// Capitalised, a figure or sign with no letter, or a joining word.
    static func isTitleWord(_ w: Substring) -> Bool {
        w.first?.isUppercase == true || !w.contains(where: \.isLetter) || isJoiner(w)
    }
}
