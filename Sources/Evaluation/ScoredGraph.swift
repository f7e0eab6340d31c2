import KnowledgeGraph

/// The part of a graph that scoring reads, on either side: entities with their names
/// and relations with their flags, in file order. The optional `Group` type is left
/// out, with the relations that touch it, as the scorer does. A coarse view (score.py --coarse)
/// maps GovernmentBody, Organization and MediaOutlet to ORG and keeps Person, Location, ORG and
/// Event only, for gold such as GUM's named entities that does not tell a ministry from a company.
struct ScoredGraph {
    struct Node {
        var id: String
        var type: String
        /// Name and aliases, without those that normalise to nothing.
        var names: [String]
        var keys: Set<String>
    }

    struct Edge {
        var subject: String
        var predicate: String
        var object: String
        var negated: Bool
        /// Gold only: the readings that count as this relation.
        var readings: [GoldReading]
    }

    static let unscoredTypes: Set<String> = [EntityType.group.rawValue]
    /// The coarse type of each type a coarse view keeps.
    static let coarseTypes: [String: String] = [
        EntityType.governmentBody.rawValue: "ORG", EntityType.organization.rawValue: "ORG", EntityType.mediaOutlet.rawValue: "ORG",
        "ORG": "ORG", EntityType.person.rawValue: EntityType.person.rawValue, EntityType.location.rawValue: EntityType.location.rawValue,
        EntityType.event.rawValue: EntityType.event.rawValue,
    ]

    var nodes: [Node]
    var edges: [Edge]

    init(gold: GoldAnnotation, coarse: Bool = false) {
        self.init(coarse: coarse, nodes: gold.entities.map { ($0.id, $0.type, [$0.name] + ($0.aliases ?? [])) },
                  edges: gold.relations.map { Edge(subject: $0.subject, predicate: $0.predicate, object: $0.object,
                                                   negated: $0.negated ?? false, readings: $0.readings) })
    }

    init(predicted graph: KnowledgeGraph, coarse: Bool = false) {
        self.init(coarse: coarse, nodes: graph.entities.map { ($0.id, $0.type.rawValue, $0.allNames) },
                  edges: graph.relations.map { Edge(subject: $0.subject, predicate: $0.predicate.rawValue, object: $0.object,
                                                    negated: $0.negated, readings: []) })
    }

    private init(coarse: Bool, nodes: [(String, String, [String])], edges: [Edge]) {
        let kept = coarse ? nodes.compactMap { id, type, names in Self.coarseTypes[type].map { (id, $0, names) } }
            : nodes.filter { !Self.unscoredTypes.contains($0.1) }
        let dropped = Set(nodes.map(\.0)).subtracting(kept.map(\.0))
        self.nodes = kept.map { id, type, names in
            let named = names.filter { !$0.isEmpty && !NameKey.normalize($0).isEmpty }
            return Node(id: id, type: type, names: named, keys: Set(named.map(NameKey.normalize)))
        }
        self.edges = edges.filter { !dropped.contains($0.subject) && !dropped.contains($0.object) }
    }
}
