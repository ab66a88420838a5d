/// Where a key is pressed: each context has its own bindings.
public enum Context: String, Hashable, Sendable, CaseIterable {
    case panes = "Browsing the three panes"
    case reader = "Decision, full width"
    case picker = "Committee and council pickers"
    case searchInput = "Search line"
    case help = "This help"
}

/// One row of the key table: keys, what they do, where, and the help text.
public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: String
    public let contexts: Set<Context>

    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// Keys as data (after tig and lazygit): the same table drives dispatch and the `?` screen,
/// so the two never disagree.
public enum Keymap {
    private static let lists: Set<Context> = [.panes, .reader, .help]

    public static let table: [Binding] = [
        Binding(keys: [.down, .char("j")], action: .moveDown, help: "Move down", contexts: lists),
        Binding(keys: [.up, .char("k")], action: .moveUp, help: "Move up", contexts: lists),
        Binding(keys: [.pageDown, .ctrl("d")], action: .pageDown, help: "Page down", contexts: lists),
        Binding(keys: [.pageUp, .ctrl("u")], action: .pageUp, help: "Page up", contexts: lists),
        Binding(keys: [.home, .char("g")], action: .top, help: "Go to the first line", contexts: lists),
        Binding(keys: [.end, .char("G")], action: .bottom, help: "Go to the last line", contexts: lists),
        Binding(keys: [.tab], action: .nextPane, help: "Next pane", contexts: [.panes]),
        Binding(keys: [.backTab], action: .previousPane, help: "Previous pane", contexts: [.panes]),
        Binding(keys: [.right, .char("l")], action: .paneRight, help: "Pane to the right", contexts: [.panes]),
        Binding(keys: [.left, .char("h")], action: .paneLeft, help: "Pane to the left", contexts: [.panes]),
        Binding(keys: [.enter], action: .open,
                help: "Open: a meeting shows its items, an item its decision full width", contexts: [.panes]),
        Binding(keys: [.char("c")], action: .openCommitteePicker, help: "Filter by committee", contexts: [.panes]),
        Binding(keys: [.char("u")], action: .openCouncilPicker,
                help: "Filter by council (when there are several)", contexts: [.panes]),
        Binding(keys: [.char("C")], action: .clearFilter, help: "Clear the committee and council filters",
                contexts: [.panes]),
        Binding(keys: [.char("/")], action: .startSearch, help: "Search as you type", contexts: [.panes]),
        Binding(keys: [.char("n")], action: .nextMatch, help: "Next matching item", contexts: [.panes, .reader]),
        Binding(keys: [.char("N")], action: .previousMatch, help: "Previous matching item",
                contexts: [.panes, .reader]),
        Binding(keys: [.escape], action: .clearSearch, help: "Clear the search", contexts: [.panes]),
        Binding(keys: [.char("o")], action: .openSource, help: "Open the item's source file in $PAGER",
                contexts: [.panes, .reader]),
        Binding(keys: [.char("?")], action: .help, help: "Show this help", contexts: [.panes, .reader]),
        Binding(keys: [.char("q")], action: .quit, help: "Quit", contexts: [.panes]),
        Binding(keys: [.escape, .char("q")], action: .back, help: "Back to the panes", contexts: [.reader]),
        Binding(keys: [.escape, .char("q"), .char("?")], action: .back, help: "Close the help", contexts: [.help]),

        Binding(keys: [.down, .ctrl("n")], action: .moveDown, help: "Move down", contexts: [.picker]),
        Binding(keys: [.up, .ctrl("p")], action: .moveUp, help: "Move up", contexts: [.picker]),
        Binding(keys: [.pageDown], action: .pageDown, help: "Page down", contexts: [.picker]),
        Binding(keys: [.pageUp], action: .pageUp, help: "Page up", contexts: [.picker]),
        Binding(keys: [.char(" ")], action: .pickerToggleMark, help: "Mark or unmark (several may be marked)",
                contexts: [.picker]),
        Binding(keys: [.enter], action: .pickerApply,
                help: "Apply the marked ones (or the one under the cursor)", contexts: [.picker]),
        Binding(keys: [.backspace], action: .deleteBackward, help: "Delete the last typed character",
                contexts: [.picker, .searchInput]),
        Binding(keys: [.escape], action: .back, help: "Cancel", contexts: [.picker]),

        Binding(keys: [.enter], action: .searchAccept, help: "Keep the search and browse the matches",
                contexts: [.searchInput]),
        Binding(keys: [.escape], action: .clearSearch, help: "Clear the search", contexts: [.searchInput]),
        Binding(keys: [.down], action: .nextMatch, help: "Next matching item", contexts: [.searchInput]),
        Binding(keys: [.up], action: .previousMatch, help: "Previous matching item", contexts: [.searchInput]),
    ]

    /// Text typed in the picker and the search line goes into the text, unless bound.
    public static let typingNote = "Other keys type into the text; it narrows as you type."

    public static func action(for key: Key, in context: Context) -> Action? {
        for binding in table where binding.contexts.contains(context) && binding.keys.contains(key) {
            return binding.action
        }
        if context == .picker || context == .searchInput, case .char(let c) = key { return .insert(c) }
        return nil
    }

    /// The help screen's lines, generated from the table.
    public static func helpLines() -> [(keys: String, help: String, isHeading: Bool)] {
        var out: [(String, String, Bool)] = []
        for context in Context.allCases {
            if !out.isEmpty { out.append(("", "", false)) }
            out.append((context.rawValue, "", true))
            for b in table where b.contexts.contains(context) { out.append((b.keyLabel, b.help, false)) }
            if context == .picker || context == .searchInput { out.append(("", typingNote, false)) }
            if context == .panes { out.append(("Mouse", "Click selects and focuses; the wheel scrolls", false)) }
        }
        return out
    }
}
