import ArgumentParser
import MinutesKit

/// `minutes show DIR REF`: one item in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one item in full: the decision first, then reasons, call-in, minutes, documents and sources.",
        discussion: "REF is the first column of `minutes items`, or any unambiguous prefix of it (at least 4 characters)."
    )

    @OptionGroup var folder: FolderArgument

    @Argument(help: ArgumentHelp("The item's ref, as `minutes items` prints it.", valueName: "ref"))
    var ref: String

    @Flag(help: "Print the item as a JSON object (the fields of `minutes export`).")
    var json = false

    func run() throws {
        let corpus = try folder.load()
        guard let item = corpus.item(ref: ref) else {
            let wanted = ref.lowercased()
            let count = wanted.count >= 4 ? corpus.items.filter { $0.ref.hasPrefix(wanted) }.count : 0
            if wanted.count < 4, corpus.items.contains(where: { $0.ref.hasPrefix(wanted) }) {
                throw UserError("The ref '\(ref)' is too short; give at least 4 characters of it.")
            }
            if count > 1 {
                throw UserError("The ref '\(ref)' matches \(count) items; give more of it (see `minutes items \(folder.dir)`).")
            }
            throw UserError("No item has the ref '\(ref)'; `minutes items \(folder.dir)` lists the refs.")
        }
        if json { return try Output.json(ItemRecord(item, in: corpus)) }
        Output.write(ItemText.render(item, in: corpus, width: Output.wrapWidth))
    }
}
