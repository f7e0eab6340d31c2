import Foundation
import GraphAlgorithms
import KnowledgeGraph

/// A path of entity ids with, for each hop, the relation that links the two entities
/// (the one with most evidence when several do) and its evidence sentences.
struct CitedPath {
    let entities: [Entity]
    let relations: [Relation]

    init(nodes: [String], graph: KnowledgeGraph, index: GraphIndex, directed: Bool) {
        let byID = graph.entitiesByID()
        entities = nodes.map { byID[$0]! }
        relations = zip(nodes, nodes.dropFirst()).map { a, b in
            let linking = graph.relations.filter { ($0.subject == a && $0.object == b) || (!directed && $0.subject == b && $0.object == a) }
            return linking.max { lhs, rhs in
                (lhs.evidence.count, lhs.confidence, rhs.predicate.rawValue) < (rhs.evidence.count, rhs.confidence, lhs.predicate.rawValue)
            }!
        }
    }

    /// `{"hops", "nodes", "edges": [{"subject", "predicate", "object", "evidence"}]}`.
    var jsonObject: [String: Any] {
        ["hops": relations.count, "nodes": entities.map(\.id), "edges": relations.map { relation in
            ["subject": relation.subject, "predicate": relation.predicate.rawValue, "object": relation.object,
             "negated": relation.negated,
             "evidence": relation.evidence.map { ["document": $0.document, "sentence": $0.sentence, "text": $0.text, "start": $0.start, "end": $0.end] }]
        }]
    }

    /// Hop by hop: entity (type) —predicate→ entity (type), the evidence under each hop.
    func text(number: Int?) -> String {
        var lines: [String] = []
        let names = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, "\($0.name) (\($0.type.rawValue))") })
        lines.append((number.map { "Path \($0): " } ?? "") + "\(relations.count) hop\(relations.count == 1 ? "" : "s"), \(entities.first!.name) to \(entities.last!.name)")
        for relation in relations {
            var phrase = relation.predicate.phrase
            if relation.negated { phrase = "not " + phrase }
            if relation.modality == .hypothetical { phrase = "possibly " + phrase }
            lines.append("  \(names[relation.subject]!) —\(phrase)→ \(names[relation.object]!)")
            for evidence in relation.evidence.prefix(2) {
                lines.append("      “\(evidence.text)” [\(evidence.document), sentence \(evidence.sentence)]")
            }
        }
        return lines.joined(separator: "\n")
    }
}
