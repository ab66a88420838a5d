extension DocumentReading {
    /// A PDF: its text through pdftotext, the printer's furniture cleaned away (PDFText),
    /// sanitised, then read like a text page. What goes wrong on the way is a skip with its
    /// reason (encrypted, damaged, timed out, no pdftotext), never a crash or a hang.
    static func readPDF(_ bytes: [UInt8], converter: PDFConverter, maximumSize: Int) -> Outcome {
        let output: [UInt8]
        switch converter.text(of: bytes, outputLimit: maximumSize) {
        case .success(let o): output = o
        case .failure(let failure):
            // A crash (out of memory is one cause), a timeout on a busy machine, or no
            // process to run may not happen next time: such a file is read again.
            switch failure {
            case .crashed, .timedOut, .cannotRun: return .skipped(failure.reason, ResourceShortage.marked(failure.detail))
            default: return .skipped(failure.reason, failure.detail)
            }
        }
        let text = TextDecoding.sanitise(PDFText.clean(String(decoding: output, as: UTF8.self)))
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
            return .skipped(.empty, "the PDF has no text, only images: scanned pages need OCR first")
        }
        return parse(text, encoding: "pdf")
    }
}
