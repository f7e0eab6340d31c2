import Foundation
import KnowledgeGraph

/// Loads a graph JSON file named on the command line.
enum GraphInput {
    /// The graph in `path`.
    /// - Throws: `CLIError` saying which file is wrong and where.
    static func load(_ path: String) throws -> KnowledgeGraph {
        try read(path) { try KnowledgeGraph(jsonData: $0) }
    }

    /// Only the graph's structure (no mentions, no evidence), for `analyze`.
    static func loadStructure(_ path: String) throws -> KnowledgeGraph {
        try read(path) { try KnowledgeGraph(structureOfJSON: $0) }
    }

    private static func read(_ path: String, _ decode: (Data) throws -> KnowledgeGraph) throws -> KnowledgeGraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): no such graph file; create one with 'newsgraph extract ARTICLE -o \(path)'")
        }
        do {
            return try decode(data)
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }
}
