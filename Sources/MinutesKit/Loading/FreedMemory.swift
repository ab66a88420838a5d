#if canImport(Glibc)
import Glibc

@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory that parsing or an index build freed back to the system.
///
/// Both leave free fragments inside malloc's heaps that a long browser session would carry
/// for nothing, and the index's large buffers come from fresh mappings that cannot reuse
/// them. At 100,000 documents: 43 MB after a first parse, 80 MB after an index build, in
/// 17 ms each.
public enum FreedMemory {
    /// Builds `corpus`'s index between two releases: what the parse left before, what the
    /// build left after.
    public static func buildIndex(_ corpus: Corpus) -> SearchIndex {
        release()
        let index = SearchIndex(corpus)
        release()
        return index
    }

    public static func release() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}
