import Dispatch
import Foundation
import MinutesKit

/// Runs `Loader.load` and builds the search index on a background queue. The main loop
/// polls it between keys; curses is never touched from here.
final class LoadJob: @unchecked Sendable {
    enum Outcome {
        case loaded(Corpus, SearchIndex)
        case failed(String)
    }

    private let lock = NSLock()
    private var progress: (read: Int, total: Int)?
    private var progressChanged = false
    private var outcome: Outcome?
    private var snapshot: Corpus?
    /// Cache writes in flight; `finishSaves` waits for them so quitting right after a first
    /// load still leaves the next start fast.
    private let saving = DispatchGroup()
    private var quitting = false

    func start(directory: String, cache: CorpusCache?, followsSymlinks: Bool = false) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result: Outcome
            do {
                // Saved to the cache below, once the reader has everything on screen.
                let options = Loader.Options(cache: cache, savesToCache: false, followsSymlinks: followsSymlinks)
                let corpus = try Loader.load(directory: directory, options: options, progress: { [self] read, total in
                    lock.lock()
                    progress = (read, total)
                    progressChanged = true
                    lock.unlock()
                }, snapshot: { [self] partial in
                    lock.lock()
                    snapshot = partial
                    lock.unlock()
                })
                // Every meeting is browsable while the index builds; the corpus is saved
                // meanwhile on another thread, so it is in the cache by the time search is.
                lock.lock()
                snapshot = corpus
                lock.unlock()
                if let cache, !corpus.isFromCache {
                    saveInBackground { cache.save(corpus) }
                }
                let cachedIndex = cache?.index(for: corpus)
                let index = cachedIndex ?? FreedMemory.buildIndex(corpus)
                lock.lock()
                outcome = .loaded(corpus, index)
                lock.unlock()
                if let cache, cachedIndex == nil {
                    saveInBackground { cache.save(index, for: corpus) }
                }
                return
            } catch let failure as Loader.Failure {
                result = .failed(failure.description)
            } catch {
                result = .failed("Cannot load \(directory): \(error).")
            }
            lock.lock()
            outcome = result
            lock.unlock()
        }
    }

    /// Starts a cache write unless the browser is quitting.
    private func saveInBackground(_ save: @escaping @Sendable () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard !quitting else { return }
        saving.enter()
        DispatchQueue.global(qos: .utility).async { [saving] in
            save()
            saving.leave()
        }
    }

    /// Called after the terminal is restored on `q`: lets cache writes in flight finish
    /// (a second or so at 100,000 documents) and starts no new ones.
    func finishSaves() {
        lock.lock()
        quitting = true
        lock.unlock()
        _ = saving.wait(timeout: .now() + 30)
    }

    /// New progress since the last call, if any.
    func takeProgress() -> (read: Int, total: Int)? {
        lock.lock(); defer { lock.unlock() }
        guard progressChanged else { return nil }
        progressChanged = false
        return progress
    }

    /// The newest corpus-so-far since the last call, if any.
    func takeSnapshot() -> Corpus? {
        lock.lock(); defer { lock.unlock() }
        let s = snapshot
        snapshot = nil
        return s
    }

    /// The outcome, once, when loading has ended.
    func takeOutcome() -> Outcome? {
        lock.lock(); defer { lock.unlock() }
        let o = outcome
        outcome = nil
        return o
    }
}
