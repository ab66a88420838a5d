import CLibXML2

/// An XML file parsed by libxml2 the safe way, for the ModernGov web-service exports.
///
/// Options: no network (`XML_PARSE_NONET`), no DTD loading, no entity substitution (no
/// `XML_PARSE_NOENT`): an entity reference stays a reference node and is never expanded,
/// so neither an external entity nor an entity bomb can reach the text. libxml2's own
/// limits (depth 256, 10 MB text nodes) stay on (no `XML_PARSE_HUGE`). Recovery is on, so
/// a cut-off file still yields what came before the break; `error` says where it broke.
final class XMLTree {
    struct ParseError: Sendable, Equatable, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { line > 0 ? "XML error at line \(line): \(message)" : "XML error: \(message)" }
    }

    private let doc: xmlDocPtr
    /// Set when the file is not well-formed XML; the tree then holds what libxml2 recovered.
    let error: ParseError?
    /// The file has a DOCTYPE (internal or external subset): entity declarations live there.
    let hasDoctype: Bool

    private static let initialise: Void = { xmlInitParser() }()

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_RECOVER.rawValue)

    /// Nil when libxml2 could not build a document at all; `failure` then says why.
    init?(_ bytes: [UInt8], failure: inout ParseError?) {
        _ = Self.initialise
        LibXML2Errors.silence()
        guard !bytes.isEmpty, let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlCtxtReadMemory(context, base, Int32(clamping: buffer.count), nil, nil, Self.options)
            }
        }
        var error: ParseError?
        if context.pointee.wellFormed == 0 {
            if let last = xmlCtxtGetLastError(context), let message = last.pointee.message {
                // libxml2's messages end with a line break; keep the one sentence.
                let text = String(cString: message).split(separator: "\n").first.map { String($0.trimmedSpaces()) } ?? ""
                error = ParseError(line: Int(last.pointee.line), message: TextDecoding.sanitise(text))
            } else {
                error = ParseError(line: 0, message: "not well-formed")
            }
        }
        guard let parsed else {
            failure = error ?? ParseError(line: 0, message: "not XML")
            return nil
        }
        doc = parsed
        self.error = error
        hasDoctype = parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil
    }

    deinit { xmlFreeDoc(doc) }

    /// The document element. Valid only while the tree is alive.
    var root: Element? { xmlDocGetRootElement(doc).map(Element.init) }

    /// The encoding the file declared, lowercased (`utf-8`, `iso-8859-1`), if any.
    var declaredEncoding: String? { doc.pointee.encoding.map { String(cString: $0).lowercased() } }
}

extension XMLTree {
    /// One element of an `XMLTree`, which must outlive it. Names compare lowercased, so
    /// `AgendaItemTitle` and `agendaitemtitle` are one element name.
    struct Element {
        let node: xmlNodePtr

        /// The local name (no namespace prefix), lowercased.
        var name: String { node.pointee.name.map { String(cString: $0).lowercased() } ?? "" }

        /// 1-based line in the file where the element starts (0 when libxml2 does not know).
        var line: Int { max(0, Int(xmlGetLineNo(node))) }

        /// Element children, in order.
        var children: [Element] {
            var result: [Element] = []
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { result.append(Element(node: c)) }
                child = c.pointee.next
            }
            return result
        }

        /// The first child named by `names`, the earlier name preferred (exports spell some
        /// fields more than one way).
        func child(_ names: [String]) -> Element? {
            let kids = children
            for n in names {
                if let found = kids.first(where: { $0.name == n }) { return found }
            }
            return nil
        }

        /// The text of the first child named by `names` that has any (see `text`).
        func text(_ names: [String]) -> String? {
            let kids = children
            for n in names {
                for k in kids where k.name == n {
                    let t = k.text
                    if !t.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return t }
                }
            }
            return nil
        }

        /// The markup of the first child named by `names` that has any (see `markup`).
        func markup(_ names: [String]) -> String? {
            let kids = children
            for n in names {
                for k in kids where k.name == n {
                    let m = k.markup
                    if !m.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return m }
                }
            }
            return nil
        }

        /// The element's own text: its text and CDATA children, as libxml2 decoded them.
        /// Entity references are left out, never expanded.
        var text: String {
            var bytes: [UInt8] = []
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                    append(content, to: &bytes)
                }
                child = c.pointee.next
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The element's content as markup: an escaped HTML body (`&lt;p&gt;…`) decodes to its
        /// HTML, and a body carried as real child elements is written back out as markup, so
        /// either spelling reaches the HTML reader as HTML. Entity references are left out.
        var markup: String {
            var bytes: [UInt8] = []
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content { append(content, to: &bytes) }
                case XML_ELEMENT_NODE:
                    if let buffer = xmlBufferCreate() {
                        // Level 0, no formatting: the element and its subtree as written.
                        if xmlNodeDump(buffer, c.pointee.doc, c, 0, 0) >= 0, let content = xmlBufferContent(buffer) {
                            append(content, to: &bytes)
                        }
                        xmlBufferFree(buffer)
                    }
                default:
                    break
                }
                child = c.pointee.next
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        private func append(_ content: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
            var p = content
            while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
        }

        /// Every element under this one (not itself) named `name`, in document order, without
        /// descending into a match. Iterative: no recursion however deep the file nests.
        func descendants(named name: String) -> [Element] {
            var found: [Element] = []
            walk { element in
                if element.name == name { found.append(element); return false }
                return true
            }
            return found
        }

        /// The first element at or under this one whose name is in `names`, in document order.
        func first(namedIn names: Set<String>) -> Element? {
            if names.contains(name) { return self }
            var result: Element?
            walk { element in
                if result != nil { return false }
                if names.contains(element.name) { result = element; return false }
                return true
            }
            return result
        }

        /// Pre-order walk over the elements under this one; `visit` returns whether to descend.
        private func walk(_ visit: (Element) -> Bool) {
            var current = node.pointee.children
            while let c = current {
                var descend = false
                if c.pointee.type == XML_ELEMENT_NODE {
                    descend = visit(Element(node: c)) && c.pointee.children != nil
                }
                if descend {
                    current = c.pointee.children
                    continue
                }
                // Next sibling, or climb until an ancestor (below this element) has one.
                var climb: xmlNodePtr? = c
                current = nil
                while let up = climb, up != node {
                    if let next = up.pointee.next { current = next; break }
                    climb = up.pointee.parent
                }
            }
        }
    }
}
