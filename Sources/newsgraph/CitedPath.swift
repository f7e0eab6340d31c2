import Foundation
import GraphAlgorithms
import KnowledgeGraph

/// A path of entity ids with, for each hop, the relation that links the two entities
/// (the one with most evidence when several do) and its evidence sentences.
struct CitedPath {
    let entities: [Entity]
    let relations: [Relation]

    /// Cites `nodes` (entity ids along a path of `index`, which was built from `graph`) through
    /// the index's out-edges: O(path length x degree), whatever the graph's size.
    init(nodes: [String], graph: KnowledgeGraph, index: GraphIndex, directed: Bool) {
        entities = nodes.map { graph.entities[Int(index.node[$0]!)] }
        func linking(_ from: Int32, _ to: Int32) -> [Relation] {
            (Int(index.outOffsets[Int(from)])..<Int(index.outOffsets[Int(from) + 1]))
                .filter { index.outTargets[$0] == to }.map { graph.relations[Int(index.outRelations[$0])] }
        }
        relations = zip(nodes, nodes.dropFirst()).map { a, b in
            let (u, v) = (index.node[a]!, index.node[b]!)
            let candidates = linking(u, v) + (directed ? [] : linking(v, u))
            return candidates.max { lhs, rhs in
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
