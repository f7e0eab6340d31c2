import Foundation
import KnowledgeGraph

/// Loads a graph JSON file named on the command line.
enum GraphInput {
    /// The graph in `path`.
    /// - Throws: `CLIError` saying which file is wrong and where.
    static func load(_ path: String) throws -> KnowledgeGraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): no such graph file; create one with 'newsgraph extract ARTICLE -o \(path)'")
        }
        do {
            return try KnowledgeGraph(jsonData: data)
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }
}
