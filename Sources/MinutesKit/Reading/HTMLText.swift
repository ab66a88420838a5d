import CLibXML2

/// Turns a saved HTML page into the same plain lines a text save would give, through
/// libxml2's HTML parser (a real parser: unclosed tags, entities and scripts handled by it).
public enum HTMLText {
    /// Elements whose text is never content: code, styling, site navigation, forms.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "head", "template", "svg", "nav", "form", "select",
        "button", "iframe", "object", "canvas", "math",
    ]
    /// Elements that start and end a line of text.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
        "section", "article", "header", "footer", "main", "aside", "dd", "dt", "dl",
        "blockquote", "pre", "address", "figure", "figcaption", "hr", "body", "caption",
        "thead", "tbody", "tfoot", "fieldset", "legend", "details", "summary",
    ]

    private static let initialise: Void = { xmlInitParser() }()

    /// `html` must be UTF-8 text (the caller decoded the file's bytes already).
    public static func extract(_ html: String) -> String { read(html).text }

    /// The page's text, and why libxml2 stopped short of its end when it did (nil when
    /// the whole page was read), for the load report.
    ///
    /// HTML_PARSE_HUGE lifts libxml2's own limits (256 nested elements, 10,000,000 bytes in
    /// a text node), which cut real pages silently; what bounds the work instead is ours:
    /// the loader's 20 MB file limit, and `walk`, which is iterative. `hugeDocuments` is
    /// false only in the test that shows a cut is reported.
    static func read(_ html: String, hugeDocuments: Bool = true) -> (text: String, cut: Cut?) {
        _ = initialise
        LibXML2Errors.silence()
        let memoryFailures = LibXML2Errors.memoryFailures
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return ("", nil) }
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue
        // libxml2 2.9 has no HTML_PARSE_HUGE; htmlCtxtUseOptions takes XML_PARSE_HUGE.
        if hugeDocuments { options |= XML_PARSE_HUGE.rawValue }
        guard let context = htmlNewParserCtxt() else { return ("", Cut(message: "HTML not read: out of memory", outOfMemory: true)) }
        defer { htmlFreeParserCtxt(context) }
        let doc: htmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlCtxtReadMemory(context, base, Int32(buffer.count), nil, "UTF-8", Int32(options))
            }
        }
        let cut = LibXML2Errors.memoryFailures > memoryFailures
            ? Cut(message: "HTML cut short by libxml2: out of memory", outOfMemory: true)
            : Cut(context.pointee.lastError)
        guard let doc else { return ("", cut) }
        defer { xmlFreeDoc(doc) }
        var writer = LineWriter()
        walk(xmlDocGetRootElement(doc) ?? doc.pointee.children, into: &writer)
        return (writer.finish(), cut)
    }

    /// Why libxml2 stopped before the end of a page. It reports its limits (depth, text
    /// size) as internal errors and a failed allocation as out of memory; both end the
    /// parse. Recoverable syntax errors (unclosed tags, stray entities) are not cuts.
    struct Cut: Equatable {
        /// The load report's words.
        var message: String
        /// Memory ran out: nothing wrong with the page, so it must be read again next run.
        var outOfMemory: Bool

        init(message: String, outOfMemory: Bool) {
            self.message = message
            self.outOfMemory = outOfMemory
        }

        init?(_ error: xmlError) {
            outOfMemory = error.code == Int32(XML_ERR_NO_MEMORY.rawValue)
            guard outOfMemory || error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) else { return nil }
            let text = error.message.map { String(cString: $0) } ?? "error \(error.code)"
            message = "HTML cut short by libxml2: " + TerminalText.singleLine(text)
        }
    }

    /// Collects lines as UTF-8 bytes: text nodes arrive as C strings from libxml2 and are
    /// copied byte runs at a time, collapsing whitespace the way a browser renders it.
    struct LineWriter {
        var lines: [String] = []
        var current: [UInt8] = []
        var pendingSpace = false

        mutating func text(_ bytes: UnsafePointer<UInt8>, preformatted: Bool) {
            var p = bytes
            while p.pointee != 0 {
                let b = p.pointee
                if preformatted {
                    if b == 0x0A { breakLine() } else if b != 0x0D { current.append(b) }
                } else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    pendingSpace = true
                } else {
                    if pendingSpace && !current.isEmpty { current.append(0x20) }
                    pendingSpace = false
                    current.append(b)
                }
                p += 1
            }
        }

        mutating func raw(_ s: String) {
            if pendingSpace && !current.isEmpty && !s.hasPrefix(" ") { current.append(0x20) }
            pendingSpace = false
            current.append(contentsOf: s.utf8)
        }

        var currentIsEmpty: Bool { current.isEmpty }
        var currentEndsWithColon: Bool { current.last == 0x3A }

        mutating func breakLine() {
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }

        /// A block boundary: end the line if it has text, and leave one blank line between
        /// paragraphs the way browsers' "save as text" does.
        mutating func blockBoundary() {
            if !current.isEmpty { breakLine() }
            if let last = lines.last, !last.isEmpty { lines.append("") }
        }

        mutating func finish() -> String {
            if !current.isEmpty { breakLine() }
            return lines.joined(separator: "\n")
        }
    }

    /// Iterative walk: saved pages can nest deeply, and recursion would overflow the stack.
    static func walk(_ root: xmlNodePtr?, into writer: inout LineWriter) {
        var node = root
        var preDepth = 0
        var listCounters: [Int] = []
        var listOrdered: [Bool] = []
        var cellIndex: [Int] = []
        // Post-order actions need to know when we leave an element: walk with explicit
        // descent/ascent over the first-child / next-sibling / parent links.
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    writer.text(content, preformatted: preDepth > 0)
                }
            case XML_ELEMENT_NODE:
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if skipped.contains(name) { break }
                enter(name, &writer, &preDepth, &listCounters, &listOrdered, &cellIndex)
                if current.pointee.children != nil {
                    descend = true
                } else {
                    leave(name, &writer, &preDepth, &listCounters, &listOrdered, &cellIndex)
                }
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Move to the next sibling, closing every element we climb out of.
            var climb: xmlNodePtr? = current
            node = nil
            while let c = climb {
                if c == root { break }
                if let next = c.pointee.next { node = next; break }
                climb = c.pointee.parent
                if let p = climb, p.pointee.type == XML_ELEMENT_NODE {
                    let name = p.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    leave(name, &writer, &preDepth, &listCounters, &listOrdered, &cellIndex)
                }
                if climb == root || climb == nil { break }
            }
        }
    }

    static func enter(_ name: String, _ w: inout LineWriter, _ preDepth: inout Int,
                      _ counters: inout [Int], _ ordered: inout [Bool], _ cells: inout [Int]) {
        switch name {
        case "br": w.breakLine()
        case "pre": preDepth += 1; w.blockBoundary()
        case "ol": counters.append(0); ordered.append(true); w.blockBoundary()
        case "ul": counters.append(0); ordered.append(false); w.blockBoundary()
        case "li":
            if !w.currentIsEmpty { w.breakLine() }
            if var n = counters.popLast(), let isOrdered = ordered.last {
                n += 1
                counters.append(n)
                // Lists flatten to "1." on real saves; number them so clauses stay apart.
                w.raw(isOrdered ? "\(n). " : "· ")
            } else {
                w.raw("· ")
            }
        case "tr": if !w.currentIsEmpty { w.breakLine() }; cells.append(0)
        case "td", "th":
            if var n = cells.popLast() {
                // Cells on one line read "a | b"; a "Label:" cell reads as a field line, and
                // a cell after block content (paragraphs) starts its own line anyway.
                if n > 0, !w.currentIsEmpty { w.raw(w.currentEndsWithColon ? " " : " | ") }
                n += 1
                cells.append(n)
            }
        default:
            if blocks.contains(name) { w.blockBoundary() }
        }
    }

    static func leave(_ name: String, _ w: inout LineWriter, _ preDepth: inout Int,
                      _ counters: inout [Int], _ ordered: inout [Bool], _ cells: inout [Int]) {
        switch name {
        case "pre": preDepth = max(0, preDepth - 1); w.blockBoundary()
        case "ol", "ul": _ = counters.popLast(); _ = ordered.popLast(); w.blockBoundary()
        case "li": w.breakLine()
        case "tr": _ = cells.popLast(); w.breakLine()
        case "td", "th", "br": break
        default:
            if blocks.contains(name) { w.blockBoundary() }
        }
    }
}
