import ArgumentParser
import Foundation
import GraphStore
import KnowledgeGraph

/// Where a graph command reads its graph: a graph JSON file, or a store (`--store`) with an
/// optional date range (`--since`, `--until`).
struct GraphStoreOptions: ParsableArguments {
    /// The store `ingest` writes when no `--store` is given.
    static let defaultPath = "graphs/newsgraph.sqlite"

    @Option(help: ArgumentHelp("Read the graph from this store (from `newsgraph ingest`) instead of a graph JSON file.", valueName: "file"))
    var store: String?
    @Option(help: ArgumentHelp("With --store: only facts reported on or after this date.", valueName: "YYYY-MM-DD"))
    var since: String?
    @Option(help: ArgumentHelp("With --store: only facts reported on or before this date.", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        if store == nil && (since != nil || until != nil) { throw ValidationError("--since and --until need --store") }
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, !Self.isDate(value) { throw ValidationError("\(flag) takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '\(value)'") }
        }
    }

    /// The graph: from the store when `--store` is given, else from the JSON file `path`.
    /// - Throws: `CLIError` when neither or both are given or the file is wrong; `StoreError` for a store.
    func load(json path: String?, structureOnly: Bool = false) throws -> KnowledgeGraph {
        switch (path, store) {
        case (let path?, nil):
            return structureOnly ? try GraphInput.loadStructure(path) : try GraphInput.load(path)
        case (nil, let store?):
            return try GraphStore(path: store, create: false).graph(since: since, until: until)
        case (nil, nil):
            throw CLIError("give a graph JSON file or --store FILE")
        case (_?, _?):
            throw CLIError("give either a graph JSON file or --store, not both")
        }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && parts.dropFirst().allSatisfy { $0.count == 2 }
    }
}
