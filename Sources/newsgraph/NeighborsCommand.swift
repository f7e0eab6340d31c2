import ArgumentParser
import Foundation
import GraphAlgorithms
import KnowledgeGraph

/// `newsgraph neighbors`: what an entity is linked to, within a number of hops.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities within --depth hops of an entity, with the relations that link them.",
        discussion: "NAME is an entity id, name or alias (any case). Exit 2 when it is unknown or ambiguous."
    )

    @Argument(help: ArgumentHelp("The graph (SCHEMA.md JSON; leave it out with --store), then the entity: an id, name or alias.", valueName: "graph.json> <name"))
    var arguments: [String] = []
    @OptionGroup var source: GraphStoreOptions

    /// The graph file (nil with --store) and the entity name.
    private var parts: (graph: String?, name: String) {
        source.store == nil ? (arguments.first, arguments.last ?? "") : (nil, arguments.first ?? "")
    }

    func validate() throws {
        let expected = source.store == nil ? 2 : 1
        guard arguments.count == expected else {
            throw ValidationError(source.store == nil ? "give the graph file and the entity: neighbors GRAPH.json NAME" : "with --store give only the entity: neighbors --store FILE NAME")
        }
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
    }
    @Option(help: "How many hops out to go.") var depth = 1
    @Flag(help: "Print the neighbourhood as JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let loaded = try source.load(json: parts.graph)
            let center = try EntityLookup(graph: loaded).find(parts.name)
            let index = GraphIndex(loaded)
            let ego = EgoNetwork.around(index, center: index.node[center.id]!, depth: depth)
            let inside = Set(ego.map { index.ids[Int($0.node)] })
            let relations = loaded.relations.filter { inside.contains($0.subject) && inside.contains($0.object) && $0.subject != $0.object }
            let byID = loaded.entitiesByID()
            if json {
                let object: [String: Any] = [
                    "center": center.id, "depth": depth,
                    "entities": ego.map { ["id": index.ids[Int($0.node)], "hops": $0.hops, "name": byID[index.ids[Int($0.node)]]!.name,
                                           "type": byID[index.ids[Int($0.node)]]!.type.rawValue] },
                    "relations": relations.map { ["subject": $0.subject, "predicate": $0.predicate.rawValue, "object": $0.object, "negated": $0.negated] },
                ]
                FileHandleWriter.standardOutput(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) + Data("\n".utf8))
                return
            }
            print("\(center.name) (\(center.type.rawValue)): \(ego.count - 1) entit\(ego.count == 2 ? "y" : "ies") within \(depth) hop\(depth == 1 ? "" : "s")")
            for relation in relations.sorted(by: { ($0.subject, $0.predicate.rawValue, $0.object) < ($1.subject, $1.predicate.rawValue, $1.object) }) {
                var phrase = relation.predicate.phrase
                if relation.negated { phrase = "not " + phrase }
                if relation.modality == .hypothetical { phrase = "possibly " + phrase }
                print("  \(byID[relation.subject]!.name) —\(phrase)→ \(byID[relation.object]!.name)")
            }
        }
    }
}
