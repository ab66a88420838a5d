import MinutesKit

/// Everything that can change the browser's state. Keys become actions through the
/// `Keymap` table; the loader and the terminal send the rest.
public enum Action: Sendable {
    // Movement, in whichever list or text has focus.
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    // Panes.
    case nextPane, previousPane, paneLeft, paneRight
    /// Enter: on a meeting, go to its items; on an item, open its decision full width.
    case open
    /// Esc or q in a full-width view, picker or help: back to the panes.
    case back
    case quit
    case help

    // Filters.
    case openCommitteePicker, openCouncilPicker, clearFilter
    case pickerToggleMark, pickerApply

    // Search.
    case startSearch, searchAccept, nextMatch, previousMatch, clearSearch

    case openSource

    // Text entry in the search line and the pickers.
    case insert(Character)
    case deleteBackward

    case mouse(MouseEvent)
    case resize(width: Int, height: Int)

    // From the loader.
    case loadProgress(read: Int, total: Int)
    /// The documents read so far, while loading goes on: browsable at once, searchable once
    /// loading ends.
    case partiallyLoaded(Corpus)
    /// The index may come built (off the main thread); nil builds it here.
    case loaded(Corpus, SearchIndex?)
}

/// Work the reducer asks for and the Terminal carries out, so `reduce` stays pure.
public enum Effect: Hashable, Sendable {
    case quit
    /// Suspend curses, run $PAGER on this file (at this line, when the pager is less),
    /// come back and redraw. `path` is the source's path under `root` as the corpus shows
    /// it (escaped, see `FileName`); the Terminal opens the bytes it stands for.
    case openInPager(root: String, path: String, line: Int)
}
