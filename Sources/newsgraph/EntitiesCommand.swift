import ArgumentParser
import Foundation
import GraphStore
import KnowledgeGraph

/// `newsgraph entities`: how the store resolved an entity across articles.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Explain an entity of a store: its aliases, its mentions per document, and why each article's form was merged into it."
    )

    @Argument(help: "The entity: an id, name or alias (any case).") var name: String
    @Option(help: ArgumentHelp("The store (from `newsgraph ingest`).", valueName: "file")) var store = GraphStoreOptions.defaultPath

    func run() throws {
        try reportingErrors {
            let graphStore = try GraphStore(path: store, create: false)
            let graph = try graphStore.graph()
            let entity = try EntityLookup(graph: graph).find(name)
            guard let explanation = try graphStore.explain(entityID: entity.id) else { throw CLIError("\(entity.id) vanished from the store") }
            var lines = ["\(explanation.entity.name) [\(explanation.entity.type.rawValue)] \(explanation.entity.id)"]
            lines.append("aliases: " + (explanation.entity.aliases.isEmpty ? "none" : explanation.entity.aliases.joined(separator: "; ")))
            lines.append("mentions: \(explanation.mentionsPerDocument.reduce(0) { $0 + $1.count }) in \(explanation.mentionsPerDocument.count) documents")
            for (document, count) in explanation.mentionsPerDocument { lines.append("  \(document): \(count)") }
            lines.append("resolutions:")
            for item in explanation.resolutions {
                lines.append("  \(item.document)\(item.date.map { " (\($0))" } ?? ""): '\(item.form)' -> \(item.reason == "new" ? "first seen here" : item.reason)")
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
