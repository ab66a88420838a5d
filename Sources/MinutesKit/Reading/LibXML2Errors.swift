import CLibXML2

/// libxml2's messages, kept off the terminal and counted where they matter.
enum LibXML2Errors {
    /// Drops every message libxml2 would print on this thread (it printed some, "Memory
    /// allocation failed" among them, whatever the parser options said). Call before each
    /// parse: libxml2's handlers are per thread.
    static func silence() { cl_silence_errors() }

    /// Allocations libxml2 reported failed on this thread so far. A page read while this
    /// grew is not what the file holds (`ResourceShortage`).
    static var memoryFailures: UInt { UInt(cl_memory_failures()) }
}
