/// Counts occurrences of quoted phrases in an item's text without building token strings:
/// each field is tokenized on its bytes and fed through a shift-and automaton per phrase
/// (bit j set = the last j+1 tokens equal the phrase's first j+1 words), so repeated words
/// inside a phrase ("bus to bus") are counted exactly.
struct PhraseMatcher {
    let phrases: [[[UInt8]]]

    init(_ phrases: [[String]]) {
        self.phrases = phrases.filter { !$0.isEmpty && $0.count <= 64 }.map { $0.map { Array($0.utf8) } }
    }

    /// Title and body occurrences of all phrases together, or nil when some phrase occurs
    /// nowhere in the item.
    func counts(in item: Item) -> (title: Int, body: Int)? {
        var title = [Int](repeating: 0, count: phrases.count)
        var body = [Int](repeating: 0, count: phrases.count)
        count(in: item.title, into: &title)
        for field in SearchIndex.bodyFields(of: item) { count(in: field, into: &body) }
        for i in phrases.indices where title[i] + body[i] == 0 { return nil }
        return (title.reduce(0, +), body.reduce(0, +))
    }

    /// Adds each phrase's occurrences in `text` (phrases never span two fields).
    func count(in text: String, into totals: inout [Int]) {
        var states = [UInt64](repeating: 0, count: phrases.count)
        Tokenizer.forEachWordBytes(in: text) { token in
            for (p, phrase) in phrases.enumerated() {
                var mask: UInt64 = 0
                for (j, word) in phrase.enumerated() where word.count == token.count && word.elementsEqual(token) {
                    mask |= 1 << UInt64(j)
                }
                states[p] = ((states[p] << 1) | 1) & mask
                if states[p] & (1 << UInt64(phrase.count - 1)) != 0 { totals[p] += 1 }
            }
        }
    }
}
