/// Parsed text copied into allocations of exactly its size before it joins the corpus.
///
/// Readers build paragraphs by appending and joining, and a String grown that way keeps
/// the doubled capacity of its last growth: at 100,000 documents that slack was a third of
/// the corpus's memory (heap profile: `joined(separator:)` in `Paragraphs.join` held half
/// of all string bytes). One copy per string on the reader threads, while the page is
/// still hot in cache, costs far less than carrying the slack for the whole session.
extension String {
    var compacted: String {
        var copy = self
        return copy.withUTF8 { bytes in
            // Short strings live inside the String value itself: nothing to gain.
            guard bytes.count > 15 else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(from: bytes)
                return bytes.count
            }
        }
    }
}

extension Optional where Wrapped == String {
    var compacted: String? { map(\.compacted) }
}

extension ParsedPage {
    mutating func compact() {
        for b in blocks.indices {
            blocks[b].venue = blocks[b].venue.compacted
            for i in blocks[b].items.indices {
                blocks[b].items[i].compact()
            }
        }
        if var issue {
            issue.title = issue.title.compacted
            self.issue = issue
        }
    }
}

extension ParsedItem {
    mutating func compact() {
        title = title.compacted
        agendaText = agendaText.compacted
        minutes = minutes.compacted
        documents = documents.map(\.compacted)
        decision.resolutions = decision.resolutions.map(\.compacted)
        decision.reasons = decision.reasons.compacted
        decision.alternatives = decision.alternatives.compacted
        decision.callIn = decision.callIn.compacted
        decision.decisionMaker = decision.decisionMaker.compacted
    }
}
