import Foundation
import KnowledgeGraph

/// One drawn edge: every relation from one entity to another, merged.
///
/// Its label lists the distinct predicates in plain words with the number of relations when
/// there are several; its width grows with the number of evidence sentences; it is dashed
/// when every relation is negated and dotted when every one is hypothetical.
public struct MapEdge: Sendable, Equatable {
    /// How an edge's line is drawn.
    public enum LineStyle: String, Sendable {
        case solid, dashed, dotted
    }

    /// The subject entity's id.
    public var subject: String
    /// The object entity's id.
    public var object: String
    /// The merged relations, in the graph's order.
    public var relations: [Relation]

    /// The number of evidence sentences over all merged relations.
    public var evidenceCount: Int { relations.reduce(0) { $0 + $1.evidence.count } }

    /// The label: distinct predicate phrases, then `(×N)` for N > 1 relations.
    public var label: String {
        var phrases: [String] = []
        for relation in relations {
            let phrase = Self.phrase(relation)
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        let text = phrases.joined(separator: "; ")
        return relations.count > 1 ? "\(text) (×\(relations.count))" : text
    }

    /// Dashed when every relation is negated, dotted when every one is hypothetical.
    public var lineStyle: LineStyle {
        if relations.allSatisfy(\.negated) { return .dashed }
        if relations.allSatisfy({ $0.modality == .hypothetical }) { return .dotted }
        return .solid
    }

    /// The line width: 1 for one sentence, growing with the logarithm of the count, at most 6.
    public var width: Double {
        let count = max(evidenceCount, 1)
        return min(1 + 1.5 * log2(Double(count)), 6)
    }

    /// A relation's predicate in plain words, marked when negated or hypothetical.
    public static func phrase(_ relation: Relation) -> String {
        var phrase = relation.predicate.phrase
        if relation.negated { phrase = "not " + phrase }
        if relation.modality == .hypothetical { phrase = "possibly " + phrase }
        return phrase
    }

    /// The relations grouped by (subject, object), in the order each pair first appears. O(E).
    public static func merging(_ relations: [Relation]) -> [MapEdge] {
        var position: [Pair: Int] = [:]
        var edges: [MapEdge] = []
        for relation in relations {
            let pair = Pair(subject: relation.subject, object: relation.object)
            if let index = position[pair] {
                edges[index].relations.append(relation)
            } else {
                position[pair] = edges.count
                edges.append(MapEdge(subject: relation.subject, object: relation.object, relations: [relation]))
            }
        }
        return edges
    }

    private struct Pair: Hashable {
        let subject: String
        let object: String
    }
}
