/// The address a saved HTML page came from, as the page itself records it: the browser's
/// `<!-- saved from url=(0061)https://… -->` comment, `<link rel="canonical">` or
/// `<meta property="og:url">`. Read from the raw bytes of the page's head, before the
/// HTML parser, because libxml2 drops the comment and the text walk skips the head.
enum HTMLAddress {
    /// Only the head is looked at: these never come after the first few kilobytes.
    static let scanLimit = 64 * 1024

    static func find(_ html: String) -> String? {
        // The browser writes its comment on the first lines.
        if let saved = savedFrom(Array(html.utf8.prefix(1024))) { return saved }
        let bytes = Array(html.utf8.prefix(scanLimit))
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            let lower = tag.lowercased()
            if lower.hasPrefix("link "), attribute("rel", in: tag)?.lowercased() == "canonical",
               let href = attribute("href", in: tag) {
                return href
            }
            if lower.hasPrefix("meta "), attribute("property", in: tag)?.lowercased() == "og:url",
               let content = attribute("content", in: tag) {
                return content
            }
            if lower.hasPrefix("body") { break }
            i = close + 1
        }
        return nil
    }

    /// `saved from url=(0061)https://democracy.example.gov.uk/...`
    private static func savedFrom(_ bytes: [UInt8]) -> String? {
        let marker = Array("saved from url=(".utf8)
        guard let at = bytes.firstRange(of: marker) else { return nil }
        guard let paren = bytes[at.upperBound...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let rest = bytes[(paren + 1)...].prefix { $0 > 0x20 }
        let address = String(decoding: rest, as: UTF8.self)
        return address.isEmpty ? nil : address
    }

    /// The value of `name="value"` (or single quotes, or bare) inside one tag's text.
    static func attribute(_ name: String, in tag: String) -> String? {
        let lower = tag.lowercased()
        var search = lower.startIndex
        while let r = lower[search...].range(of: name + "=") {
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            search = r.upperBound
            guard before == " " || before == "\t" || before == "\n" else { continue }
            let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
            let valueStart = tag.index(tag.startIndex, offsetBy: offset)
            guard valueStart < tag.endIndex else { return nil }
            let quote = tag[valueStart]
            if quote == "\"" || quote == "'" {
                let body = tag[tag.index(after: valueStart)...]
                return String(body.prefix { $0 != quote })
            }
            return String(tag[valueStart...].prefix { $0 != " " && $0 != "/" })
        }
        return nil
    }
}
