import ArgumentParser
import GraphAlgorithms
import KnowledgeGraph
import Rendering

/// The part of a graph a map shows: around one entity, around the shortest path between two
/// (highlighted), the most central entities, some types or predicates, optionally clustered.
/// Filters apply in that order; relations are kept between kept entities only.
struct MapView: ParsableArguments {
    @Option(help: ArgumentHelp("Show only the entities within --depth hops of this one (an id, name or alias).", valueName: "name"))
    var focus: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Highlight the shortest path between two entities, shown with the entities within --depth hops of it.", valueName: "from> <to"))
    var path: [String] = []
    @Option(help: "How many hops around --focus or --path to show.") var depth = 1
    @Option(help: ArgumentHelp("Show only the N entities with the highest PageRank.", valueName: "N")) var top: Int?
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Show only entities of these types (Person,GovernmentBody or Person GovernmentBody).", valueName: "type"))
    var types: [ListArgument<EntityType>] = []
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Show only relations with these predicates (proposed,targets or proposed targets).", valueName: "predicate"))
    var predicates: [ListArgument<String>] = []
    @Option(help: "Draw boxes around communities (Louvain), documents (entities named in one article only) or types.")
    var cluster: MapClustering?

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        if focus != nil && depth < 1 { throw ValidationError("--depth must be at least 1 with --focus") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes two entities: --path FROM TO") }
        if !path.isEmpty && focus != nil { throw ValidationError("use either --focus or --path, not both") }
    }

    /// The graph cut down to the view, with what to highlight and the clusters to draw.
    func prepare(_ graph: KnowledgeGraph) throws -> PreparedMap {
        var keep = Set(graph.entities.map(\.id))
        var pathIDs: [String] = []
        if let focus {
            let center = try EntityLookup(graph: graph).find(focus)
            let index = GraphIndex(graph)
            keep = Set(EgoNetwork.around(index, center: index.node[center.id]!, depth: depth).map { index.ids[Int($0.node)] })
        }
        if path.count == 2 {
            pathIDs = try shortestPath(in: graph)
            keep = around(pathIDs, in: graph)
        }
        if let top {
            let index = GraphIndex(graph)
            let ranks = PageRank.compute(index) ?? []
            let ranked = index.ids.indices.filter { keep.contains(index.ids[$0]) }
                .sorted { ranks[$0] != ranks[$1] ? ranks[$0] > ranks[$1] : $0 < $1 }
            keep = Set(ranked.prefix(top).map { index.ids[$0] }).union(pathIDs)
        }
        if !types.isEmpty {
            let allowed = Set(flattened(types))
            keep = keep.filter { id in pathIDs.contains(id) || (graph.entity(withID: id).map { allowed.contains($0.type) } ?? false) }
        }
        let allowedPredicates = Set(flattened(predicates))
        let present = Set(graph.relations.map(\.predicate.rawValue))
        let unknown = allowedPredicates.filter { !present.contains($0) && !Predicate(rawValue: $0).isKnown }.sorted()
        if !unknown.isEmpty {
            throw CLIError("unknown predicate \(unknown.joined(separator: ", ")); known: \(Predicate.vocabulary.map(\.rawValue).joined(separator: ", "))")
        }
        let pathEdges = Set(zip(pathIDs, pathIDs.dropFirst()).map { EntityPair($0, $1) })
        let relations = graph.relations.filter {
            keep.contains($0.subject) && keep.contains($0.object)
                && (allowedPredicates.isEmpty || allowedPredicates.contains($0.predicate.rawValue) || pathEdges.contains(EntityPair($0.subject, $0.object)))
        }
        let shown = KnowledgeGraph(documents: graph.documents, entities: graph.entities.filter { keep.contains($0.id) }, relations: relations)
        return PreparedMap(graph: shown, highlightedEntities: Set(pathIDs), highlightedEdges: pathEdges,
                           clusters: cluster.map { $0.clusters(of: shown) } ?? [])
    }

    /// The entity ids along a shortest path between the two `--path` entities.
    /// - Throws: `CLIError` when they are not connected.
    private func shortestPath(in graph: KnowledgeGraph) throws -> [String] {
        let lookup = EntityLookup(graph: graph)
        let source = try lookup.find(path[0]), target = try lookup.find(path[1])
        let index = GraphIndex(graph)
        guard let nodes = ShortestPaths.bfs(index, from: index.node[source.id]!, to: index.node[target.id]!) else {
            throw CLIError("no path between \(source.name) and \(target.name): they are in different components; try `newsgraph neighbors` on each")
        }
        return nodes.map { index.ids[Int($0)] }
    }

    /// The path's entities and every entity within `depth` hops of one of them.
    private func around(_ pathIDs: [String], in graph: KnowledgeGraph) -> Set<String> {
        var keep = Set(pathIDs)
        guard depth > 0 else { return keep }
        let index = GraphIndex(graph)
        for id in pathIDs {
            for (node, _) in EgoNetwork.around(index, center: index.node[id]!, depth: depth) { keep.insert(index.ids[Int(node)]) }
        }
        return keep
    }
}

/// A view ready to draw: its graph, the highlighted path and the clusters.
struct PreparedMap {
    var graph: KnowledgeGraph
    var highlightedEntities: Set<String>
    var highlightedEdges: Set<EntityPair>
    var clusters: [MapCluster]

    /// Map options for this view with the user's layout and label choices.
    func options(_ rendering: RenderOptions) -> MapOptions {
        .planned(for: graph, layout: rendering.layout, edgeLabels: rendering.edgeLabels.choice, clusters: clusters,
                 highlightedEntities: highlightedEntities, highlightedEdges: highlightedEdges)
    }
}
