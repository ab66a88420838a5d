import Dispatch
import Foundation

/// Builds `SearchIndex`'s flat buffers from a corpus, one slice of items per core.
///
/// Each slice interns its tokens to dense local ids and collects (token, position) pairs a
/// chunk of items at a time; a counting sort by token turns a chunk into per-token runs in
/// item order, which are varint-encoded straight away (the chunk's pairs are then dropped,
/// so the peak stays near the size of the encoded index, not of 45M raw occurrences). The
/// join maps local ids to the sorted global vocabulary and copies each token's pieces, slice
/// by slice, into one contiguous range; only the first posting of a token in a later slice
/// is re-encoded, its item gap being relative to the earlier slice's last item.
enum SearchIndexBuilder {
    struct Built {
        var vocabulary: [String]
        var postingOffsets: [UInt64]
        var postings: [UInt8]
        var positionOffsets: [UInt64]
        var positions: [UInt8]
        /// Per token, how many items hold it.
        var itemCounts: [UInt32]
    }

    /// One token's encoded postings and positions for one chunk of a slice (32-bit
    /// offsets: a chunk's buffers are a few MB; there are a million pieces at 100k).
    struct Piece {
        let token: Int32
        let firstInSlice: Bool
        let itemCount: Int32
        private let postingStart: UInt32, postingEnd: UInt32
        private let positionStart: UInt32, positionEnd: UInt32

        init(token: Int32, firstInSlice: Bool, itemCount: Int32, postings: Range<Int>, positions: Range<Int>) {
            self.token = token
            self.firstInSlice = firstInSlice
            self.itemCount = itemCount
            postingStart = UInt32(postings.lowerBound); postingEnd = UInt32(postings.upperBound)
            positionStart = UInt32(positions.lowerBound); positionEnd = UInt32(positions.upperBound)
        }

        var postings: Range<Int> { Int(postingStart)..<Int(postingEnd) }
        var positions: Range<Int> { Int(positionStart)..<Int(positionEnd) }
    }

    /// One chunk's encoding, in buffers of exactly its size (a slice-wide growing buffer
    /// would hold up to twice its bytes), each freed as soon as the join has copied it.
    struct Chunk {
        var postings: [UInt8] = []
        var positions: [UInt8] = []
        var pieces: [Piece] = []
    }

    struct Slice {
        var interner = TokenInterner()
        var lastItem: [Int32] = []
        var chunks: [Chunk] = []
    }

    /// Occurrences per chunk: the chunk's pairs take 16 bytes each while sorting, so 1M
    /// keeps both slices' scratch near 32 MB; 3M gave the same build time and a 40 MB
    /// higher peak at 100k.
    static let chunkOccurrences = 1_000_000

    /// Position gap after each field, so `p, p + 1` never spans two fields.
    static let fieldGap: UInt32 = 1

    /// `slices` and `chunkOccurrences` are for tests, to exercise the join on a small corpus.
    static func build(_ items: [Item], slices: Int? = nil, chunkOccurrences: Int = chunkOccurrences) -> Built {
        let sliceCount = max(1, min(slices ?? ProcessInfo.processInfo.activeProcessorCount, slices == nil ? items.count / 512 : items.count))
        var slices = [Slice](repeating: Slice(), count: sliceCount)
        slices.withUnsafeMutableBufferPointer { out in
            let buffer = out
            DispatchQueue.concurrentPerform(iterations: sliceCount) { s in
                let start = items.count * s / sliceCount, end = items.count * (s + 1) / sliceCount
                buffer[s] = buildSlice(items[start..<end], chunkOccurrences: chunkOccurrences)
            }
        }
        return join(&slices)
    }

    // MARK: - One slice

    static func buildSlice(_ items: ArraySlice<Item>, chunkOccurrences: Int) -> Slice {
        var slice = Slice()
        var collector = Collector()
        collector.tokens.reserveCapacity(min(chunkOccurrences, 1 << 20))
        collector.positions.reserveCapacity(min(chunkOccurrences, 1 << 20))
        var chunk = ChunkScratch()
        for item in items {
            collector.position = 0
            collector.add(item.title, interner: &slice.interner)
            let titleLength = collector.position - fieldGap
            for field in SearchIndex.bodyFields(of: item) { collector.add(field, interner: &slice.interner) }
            collector.items.append((Int32(item.id), collector.tokens.count, titleLength))
            if collector.tokens.count >= chunkOccurrences {
                chunk.encode(collector, into: &slice)
                collector.removeAll()
            }
        }
        chunk.encode(collector, into: &slice)
        return slice
    }

    /// One chunk's occurrences in item order. A struct with a mutating method, so the
    /// per-token closure captures it inout (checked at compile time): captured locals cost a
    /// runtime exclusivity check per token, a third of the build.
    struct Collector {
        var tokens: [Int32] = []
        var positions: [UInt32] = []
        /// Per item of the chunk: its id, where its occurrences end, its title's length.
        var items: [(id: Int32, end: Int, titleLength: UInt32)] = []
        var position: UInt32 = 0
        /// The field's previous token when it is a stop word, else -1: a stop word after it
        /// makes a pair (`StopWordPairs`).
        var previousStopWord: Int32 = -1

        mutating func add(_ field: String, interner: inout TokenInterner) {
            previousStopWord = -1
            Tokenizer.forEachWordBytes(in: field) { word in
                let id = interner.id(of: word)
                tokens.append(id)
                positions.append(position)
                if interner.stopWordNumber[Int(id)] >= 0 {
                    if previousStopWord >= 0 {
                        tokens.append(interner.pairID(previousStopWord, id))
                        positions.append(position &- 1)
                    }
                    previousStopWord = id
                } else {
                    previousStopWord = -1
                }
                position &+= 1
            }
            position &+= fieldGap
        }

        mutating func removeAll() {
            tokens.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
            items.removeAll(keepingCapacity: true)
        }
    }

    /// Buffers reused from chunk to chunk.
    struct ChunkScratch {
        var counts: [Int] = []
        var sortedItem: [Int32] = []
        var sortedPosition: [UInt32] = []
        var postings: [UInt8] = []
        var positions: [UInt8] = []
        var pieces: [Piece] = []

        mutating func encode(_ chunk: Collector, into slice: inout Slice) {
            let tokens = chunk.tokens, positions = chunk.positions, items = chunk.items
            guard !tokens.isEmpty else { return }
            let vocabularyCount = slice.interner.count
            if slice.lastItem.count < vocabularyCount {
                slice.lastItem.append(contentsOf: repeatElement(-1, count: vocabularyCount - slice.lastItem.count))
            }
            // Counting sort by token, stable: each token's run stays in item, then position, order.
            counts.removeAll(keepingCapacity: true)
            counts.append(contentsOf: repeatElement(0, count: vocabularyCount + 1))
            for t in tokens { counts[Int(t) + 1] += 1 }
            for t in 0..<vocabularyCount { counts[t + 1] += counts[t] }
            sortedItem.removeAll(keepingCapacity: true)
            sortedItem.append(contentsOf: repeatElement(0, count: tokens.count))
            sortedPosition.removeAll(keepingCapacity: true)
            sortedPosition.append(contentsOf: repeatElement(0, count: tokens.count))
            var next = counts // write cursors; `counts` keeps the run starts
            var o = 0
            for (k, item) in items.enumerated() {
                while o < item.end {
                    let t = Int(tokens[o])
                    let dst = next[t]
                    next[t] = dst + 1
                    sortedItem[dst] = Int32(k) // chunk-local item index
                    sortedPosition[dst] = positions[o]
                    o += 1
                }
            }
            self.postings.removeAll(keepingCapacity: true)
            self.positions.removeAll(keepingCapacity: true)
            pieces.removeAll(keepingCapacity: true)
            for t in 0..<vocabularyCount where counts[t + 1] > counts[t] {
                encodeRun(token: t, counts[t]..<counts[t + 1], items: items, into: &slice)
            }
            slice.chunks.append(Chunk(postings: Array(self.postings), positions: Array(self.positions), pieces: Array(pieces)))
        }

        private mutating func encodeRun(token t: Int, _ run: Range<Int>, items: [(id: Int32, end: Int, titleLength: UInt32)],
                                        into slice: inout Slice) {
            let postingStart = postings.count, positionStart = positions.count
            let first = slice.lastItem[t] < 0
            var last = Int(slice.lastItem[t])
            var postingCount: Int32 = 0
            var i = run.lowerBound
            while i < run.upperBound {
                let local = Int(sortedItem[i])
                let item = Int(items[local].id), titleLength = items[local].titleLength
                var j = i, title = 0
                while j < run.upperBound, sortedItem[j] == sortedItem[i] {
                    if sortedPosition[j] < titleLength { title += 1 }
                    j += 1
                }
                let body = j - i - title
                let gap = UInt64(item - last)
                if title == 0 && body == 1 {
                    Varint.append(gap << 1 | 1, to: &postings)
                } else {
                    Varint.append(gap << 1, to: &postings)
                    Varint.append(UInt64(body) << 1 | (title > 0 ? 1 : 0), to: &postings)
                    if title > 0 { Varint.append(UInt64(title), to: &postings) }
                }
                var previous: UInt32 = 0
                for k in i..<j {
                    let p = sortedPosition[k]
                    Varint.append(UInt64(k == i ? p : p - previous), to: &positions)
                    previous = p
                }
                last = item
                postingCount += 1
                i = j
            }
            slice.lastItem[t] = Int32(last)
            pieces.append(Piece(token: Int32(t), firstInSlice: first, itemCount: postingCount, postings: postingStart..<postings.count,
                                positions: positionStart..<positions.count))
        }
    }

    // MARK: - Join

    static func join(_ slices: inout [Slice]) -> Built {
        // The global vocabulary, sorted, and each slice's local ids mapped into it.
        var ids: [String: Int32] = [:]
        var localNames: [[String]] = []
        for s in slices.indices {
            let names = (0..<slices[s].interner.count).map { slices[s].interner.string($0) }
            for n in names where ids[n] == nil { ids[n] = 0 }
            localNames.append(names)
        }
        let vocabulary = ids.keys.sorted()
        for (g, token) in vocabulary.enumerated() { ids[token] = Int32(g) }
        let toGlobal = localNames.map { names in names.map { ids[$0]! } }
        ids = [:]
        localNames = []

        // Sizes per token, with the first posting of a token in a later slice re-encoded
        // against the last item of that token in the slices before.
        let n = vocabulary.count
        var postingSize = [Int](repeating: 0, count: n)
        var positionSize = [Int](repeating: 0, count: n)
        var lastItem = [Int32](repeating: -1, count: n)
        var itemCounts = [UInt32](repeating: 0, count: n)
        for s in slices.indices {
            for chunk in slices[s].chunks {
                chunk.postings.withUnsafeBufferPointer { bytes in
                    for piece in chunk.pieces {
                        let g = Int(toGlobal[s][Int(piece.token)])
                        postingSize[g] += piece.postings.count
                        positionSize[g] += piece.positions.count
                        itemCounts[g] += UInt32(piece.itemCount)
                        if piece.firstInSlice, lastItem[g] >= 0 {
                            let (old, new) = rebasedHead(bytes, piece.postings, after: lastItem[g])
                            postingSize[g] += Varint.size(new) - Varint.size(old)
                        }
                    }
                }
            }
            for (t, last) in slices[s].lastItem.enumerated() where last >= 0 { lastItem[Int(toGlobal[s][t])] = last }
        }
        var postingOffsets = [UInt64](repeating: 0, count: n + 1)
        var positionOffsets = [UInt64](repeating: 0, count: n + 1)
        for g in 0..<n {
            postingOffsets[g + 1] = postingOffsets[g] + UInt64(postingSize[g])
            positionOffsets[g + 1] = positionOffsets[g] + UInt64(positionSize[g])
        }
        postingSize = []
        positionSize = []

        // Copy, chunk by chunk, each chunk freed once copied. The final buffers are not
        // zeroed first: their pages are touched only as the copy reaches them, while the
        // chunks already copied are being freed. Every byte is written: the sizes are exact.
        var postingCursor = postingOffsets.dropLast().map { Int($0) }
        var positionCursor = positionOffsets.dropLast().map { Int($0) }
        lastItem = [Int32](repeating: -1, count: n)
        let postingTotal = Int(postingOffsets[n]), positionTotal = Int(positionOffsets[n])
        var positions: [UInt8] = []
        let postings = [UInt8](unsafeUninitializedCapacity: postingTotal) { postingOut, postingCount in
            positions = [UInt8](unsafeUninitializedCapacity: positionTotal) { positionOut, positionCount in
                for s in slices.indices {
                    for c in slices[s].chunks.indices {
                        let chunk = slices[s].chunks[c]
                        slices[s].chunks[c] = Chunk()
                        chunk.postings.withUnsafeBufferPointer { bytes in
                            chunk.positions.withUnsafeBufferPointer { positionBytes in
                                for piece in chunk.pieces {
                                    let g = Int(toGlobal[s][Int(piece.token)])
                                    var from = piece.postings.lowerBound
                                    if piece.firstInSlice, lastItem[g] >= 0 {
                                        let (old, new) = rebasedHead(bytes, piece.postings, after: lastItem[g])
                                        var head: [UInt8] = []
                                        Varint.append(new, to: &head)
                                        for b in head { postingOut[postingCursor[g]] = b; postingCursor[g] += 1 }
                                        from += Varint.size(old)
                                    }
                                    let count = piece.postings.upperBound - from
                                    if count > 0 {
                                        UnsafeMutableRawPointer(postingOut.baseAddress! + postingCursor[g])
                                            .copyMemory(from: bytes.baseAddress! + from, byteCount: count)
                                        postingCursor[g] += count
                                    }
                                    let positionCount = piece.positions.count
                                    if positionCount > 0 {
                                        UnsafeMutableRawPointer(positionOut.baseAddress! + positionCursor[g])
                                            .copyMemory(from: positionBytes.baseAddress! + piece.positions.lowerBound, byteCount: positionCount)
                                        positionCursor[g] += positionCount
                                    }
                                }
                            }
                        }
                    }
                    for (t, last) in slices[s].lastItem.enumerated() where last >= 0 { lastItem[Int(toGlobal[s][t])] = last }
                    slices[s] = Slice()
                }
                positionCount = positionTotal
            }
            postingCount = postingTotal
        }
        return Built(vocabulary: vocabulary, postingOffsets: postingOffsets, postings: postings,
                     positionOffsets: positionOffsets, positions: positions, itemCounts: itemCounts)
    }

    /// A piece's first posting head as encoded (gap from -1) and as it must be once joined
    /// after `last`.
    static func rebasedHead(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, after last: Int32) -> (UInt64, UInt64) {
        var at = range.lowerBound
        let old = Varint.read(bytes, &at, range.upperBound)!
        let item = Int(old >> 1) - 1
        return (old, UInt64(item - Int(last)) << 1 | (old & 1))
    }
}
