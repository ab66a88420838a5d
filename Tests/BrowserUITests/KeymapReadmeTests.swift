@testable import BrowserUI
import Foundation
import XCTest

/// README's key table for the three panes is checked against `Keymap.table`, the table that
/// drives the keys and the help screen: a key bound and not documented, or documented and
/// not bound, fails here.
final class KeymapReadmeTests: XCTestCase {
    struct NoTable: Error {}

    /// The key names in the first column of README's table under "Browsing the three panes".
    static func readmePaneKeys() throws -> Set<String> {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let start = text.range(of: "Browsing the three panes") else { throw NoTable() }
        var keys = Set<String>()
        var inTable = false
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| Keys |") { inTable = true; continue }
            guard inTable else { continue }
            guard line.hasPrefix("|") else { break }
            if line.hasPrefix("|---") { continue }
            let cell = line.split(separator: "|")[0].trimmingCharacters(in: .whitespaces)
            for part in cell.components(separatedBy: " / ") {
                for name in part.components(separatedBy: ", ") { keys.insert(name.trimmingCharacters(in: .whitespaces)) }
            }
        }
        return keys
    }

    func testEveryPaneKeyIsInReadmeAndEveryReadmeKeyIsBound() throws {
        let documented = try Self.readmePaneKeys()
        XCTAssertFalse(documented.isEmpty)
        let bound = Set(Keymap.table.filter { $0.contexts.contains(.panes) }.flatMap { $0.keys.map(\.label) })
        XCTAssertEqual(bound.subtracting(documented), [], "bound in Keymap.table but missing from README's table")
        XCTAssertEqual(documented.subtracting(bound).subtracting(["Mouse"]), [], "in README's table but not bound")
    }
}
