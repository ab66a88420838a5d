/// Two adjacent stop words in one field (`and the`, `of the`) are also indexed as one
/// token, `and the`, at the first word's position.
///
/// A phrase made of the commonest words is otherwise the slowest query there is: `"and
/// the"` has both words in nearly every item, so every item's positions of both had to be
/// decoded and compared (15 ms at 100,000 documents). With the pair token it is one
/// posting list, and `"of the council"` is `of the` at p and `council` at p + 2. Only pairs
/// of stop words are indexed, so the index grows by a few percent; phrases are rewritten
/// to use them by `PhraseMatcher` with the same test, so both sides always agree.
enum StopWordPairs {
    /// Function words of English and Welsh council minutes: common enough that phrases of
    /// them are slow, and never useful alone. Token text as `Tokenizer` makes it.
    static let words: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had",
        "has", "have", "he", "her", "his", "if", "in", "into", "is", "it", "its", "not", "of",
        "on", "or", "she", "that", "the", "their", "there", "these", "they", "this", "those",
        "to", "was", "we", "were", "which", "who", "will", "with", "would",
        // Welsh
        "ac", "am", "ar", "gan", "i", "o", "y", "yn", "yr", "a'r", "ei", "eu", "ond", "fel",
    ]

    static func isStopWord(_ token: String) -> Bool { words.contains(token) }

    static func isStopWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 5 else { return false }
        return words.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// The token standing for `first` followed by `second`. The space cannot occur in a
    /// token `Tokenizer` makes, so a pair never collides with a word.
    static func pairToken(_ first: String, _ second: String) -> String { first + " " + second }
}
