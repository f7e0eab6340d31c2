import ArgumentParser
import GraphAlgorithms
import KnowledgeGraph

/// The part of a graph a map shows: around one entity, the most central entities, some types
/// or predicates. Filters apply in that order; relations are kept between kept entities only.
struct MapView: ParsableArguments {
    @Option(help: ArgumentHelp("Show only the entities within --depth hops of this one (an id, name or alias).", valueName: "name"))
    var focus: String?
    @Option(help: "How many hops around --focus to show.") var depth = 1
    @Option(help: ArgumentHelp("Show only the N entities with the highest PageRank.", valueName: "N")) var top: Int?
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Show only entities of these types.", valueName: "type"))
    var types: [EntityType] = []
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Show only relations with these predicates.", valueName: "predicate"))
    var predicates: [String] = []

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    /// The graph cut down to the view.
    func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
        var keep = Set(graph.entities.map(\.id))
        if let focus {
            let center = try EntityLookup(graph: graph).find(focus)
            let index = GraphIndex(graph)
            keep = Set(EgoNetwork.around(index, center: index.node[center.id]!, depth: depth).map { index.ids[Int($0.node)] })
        }
        if let top {
            let index = GraphIndex(graph)
            let ranks = PageRank.compute(index) ?? []
            let ranked = index.ids.indices.filter { keep.contains(index.ids[$0]) }
                .sorted { ranks[$0] != ranks[$1] ? ranks[$0] > ranks[$1] : $0 < $1 }
            keep = Set(ranked.prefix(top).map { index.ids[$0] })
        }
        if !types.isEmpty {
            let allowed = Set(types)
            keep = keep.filter { id in graph.entity(withID: id).map { allowed.contains($0.type) } ?? false }
        }
        let allowedPredicates = Set(predicates)
        let relations = graph.relations.filter {
            keep.contains($0.subject) && keep.contains($0.object) && (allowedPredicates.isEmpty || allowedPredicates.contains($0.predicate.rawValue))
        }
        return KnowledgeGraph(documents: graph.documents, entities: graph.entities.filter { keep.contains($0.id) }, relations: relations)
    }
}
