#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file from bytes to a parsed page, or the reason it yields none.
enum DocumentReading {
    enum Outcome {
        case page(ParsedPage, encoding: String)
        case skipped(LoadReport.SkipReason, String?)
    }

    /// Linux's O_NOATIME (hidden behind _GNU_SOURCE in Glibc's Swift module).
    #if os(Linux)
    static let noAccessTime: Int32 = 0o1000000
    #else
    static let noAccessTime: Int32 = 0
    #endif

    static let textExtensions: Set<String> = ["txt", "text"]
    static let htmlExtensions: Set<String> = ["htm", "html"]
    /// ModernGov web-service exports (`GetMeeting`, `GetMeetings`), read from their bytes.
    static let xmlExtensions: Set<String> = ["xml"]
    static let pdfExtension = "pdf"

    static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), let slash = path.lastIndex(of: "/").map({ path.index(after: $0) }) ?? Optional(path.startIndex),
              dot > slash else { return "" }
        return String(path[path.index(after: dot)...]).lowercased()
    }

    static func read(_ entry: DirectoryWalk.Entry, maximumSize: Int, pdf: PDFConverter = .standard) -> Outcome {
        // libxml2 (HTML pages, XML exports and their HTML bodies) may fail to allocate and
        // carry on with less: such a file is marked to be read again.
        let memoryFailures = LibXML2Errors.memoryFailures
        let outcome = readWhole(entry, maximumSize: maximumSize, pdf: pdf)
        guard LibXML2Errors.memoryFailures > memoryFailures else { return outcome }
        return ResourceShortage.marking(outcome, "libxml2 ran out of memory")
    }

    static func readWhole(_ entry: DirectoryWalk.Entry, maximumSize: Int, pdf: PDFConverter) -> Outcome {
        let ext = fileExtension(entry.relativePath)
        let isHTML = htmlExtensions.contains(ext)
        let isXML = xmlExtensions.contains(ext)
        guard isHTML || isXML || ext == pdfExtension || textExtensions.contains(ext) else {
            return .skipped(.notMinuteDocument, ext.isEmpty ? "no .txt, .text, .htm, .html, .xml or .pdf extension" : ".\(ext) file")
        }
        let bytes: [UInt8]
        switch readBytes(entry.absolutePath, maximumSize: maximumSize, followsLink: entry.throughLink, device: entry.device) {
        case .success(let b): bytes = b
        case .failure(let box): return box.outcome
        }
        if isXML {
            switch ModernGovXMLReader.read(bytes) {
            case .page(var page, let encoding):
                page.compact()
                return .page(page, encoding: encoding)
            case .refused(let reason, let detail):
                return .skipped(reason, detail)
            }
        }
        if ext == pdfExtension { return readPDF(bytes, converter: pdf, maximumSize: maximumSize) }
        let text: String
        let encoding: TextDecoding.Encoding
        do {
            (text, encoding) = try TextDecoding.decode(bytes)
        } catch TextDecoding.Failure.empty {
            return .skipped(.empty, nil)
        } catch {
            return .skipped(.binary, nil)
        }
        let html = isHTML ? HTMLText.read(text) : nil
        let plain = html.map { TextDecoding.sanitise($0.text) } ?? text
        // The address the browser recorded outranks anything the text says.
        let address = isHTML ? HTMLAddress.find(text).flatMap { CouncilDetection.fromAddress($0, line: 0) } : nil
        return reportingCut(html?.cut, parse(plain, encoding: encoding.rawValue, statedAddress: address))
    }

    /// A page libxml2 stopped reading part-way is never silently short: the reason is a
    /// warning when the rest gave a page, and the skip's detail when it did not. A cut for
    /// want of memory is marked to be read again (`ResourceShortage`).
    static func reportingCut(_ found: HTMLText.Cut?, _ outcome: Outcome) -> Outcome {
        guard let found else { return outcome }
        let cut = found.outOfMemory ? ResourceShortage.marked(found.message) : found.message
        switch outcome {
        case .page(var page, let encoding):
            page.warnings.append(cut)
            return .page(page, encoding: encoding)
        case .skipped(let reason, let detail):
            return .skipped(reason, [detail, cut].compactMap { $0 }.joined(separator: "; "))
        }
    }

    /// Sanitised text to a parsed page: where every kind of file (text, HTML, PDF) ends.
    static func parse(_ plain: String, encoding: String, statedAddress: StatedCouncil? = nil) -> Outcome {
        guard var page = PageReader.read(plain) else {
            return .skipped(.notMinuteDocument, "no page kind line or meeting fields found")
        }
        if let statedAddress { page.council = statedAddress }
        page.compact()
        return .page(page, encoding: encoding)
    }

    /// POSIX read: opened non-blocking so a FIFO cannot hang the load, checked to be a
    /// regular file after opening so a swap between listing and reading is caught.
    /// A file the walk did not reach through a link is opened with O_NOFOLLOW, and one on
    /// another file system than the walk saw (`device`, 0 for unchecked) is not read: a
    /// file swapped for a link to /proc or /dev meanwhile is reported, not read.
    static func readBytes(_ path: [UInt8], maximumSize: Int, followsLink: Bool = false,
                          device: UInt64 = 0) -> Result<[UInt8], ReadFailureBox> {
        // O_NOATIME keeps even the access times of the user's files as they were; the
        // kernel allows it only to the files' owner, so fall back without it.
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followsLink ? 0 : O_NOFOLLOW)
        var fd = withCPath(path) { open($0, flags | noAccessTime) }
        if fd < 0, errno == EPERM { fd = withCPath(path) { open($0, flags) } }
        guard fd >= 0 else {
            if errno == ELOOP {
                return .failure(ReadFailureBox(.skipped(.symlinkNotFollowed, "replaced by a link while loading")))
            }
            let reason = errno == ENOENT ? "deleted while loading" : String(cString: strerror(errno))
            return .failure(ReadFailureBox(.skipped(.unreadable, reason)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            return .failure(ReadFailureBox(.skipped(.notRegularFile, nil)))
        }
        if device != 0, UInt64(st.st_dev) != device {
            return .failure(ReadFailureBox(.skipped(.symlinkNotFollowed, "moved to another file system while loading")))
        }
        let size = Int(st.st_size)
        if size > maximumSize {
            return .failure(ReadFailureBox(.skipped(.tooLarge, "\(size / 1_048_576) MB, limit \(maximumSize / 1_048_576) MB")))
        }
        if size == 0 { return .failure(ReadFailureBox(.skipped(.empty, nil))) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + total, size - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailureBox(.skipped(.unreadable, String(cString: strerror(errno)))))
            }
            if n == 0 { break }
            total += n
        }
        if total < size { bytes.removeSubrange(total...) }
        return .success(bytes)
    }

    struct ReadFailureBox: Error {
        var outcome: Outcome
        init(_ outcome: Outcome) { self.outcome = outcome }
    }
}
