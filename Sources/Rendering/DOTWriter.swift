import KnowledgeGraph

/// Writes a knowledge graph as Graphviz DOT, in pure Swift.
///
/// Nodes are entities, shaped and coloured by type (`MapStyle`), with a tooltip giving
/// type and aliases; edges are relations labelled with the predicate in plain words,
/// dashed when negated and dotted when hypothetical, with the evidence sentences as
/// tooltip. A legend lists the types present. Every piece of article text is escaped
/// with `DOTEscaping.quoted`, and none is placed in URL or href attributes.
/// The output is deterministic: the graph's canonical order. O(V + E).
public struct DOTWriter: Sendable {
    /// The styles used for nodes.
    public var style: MapStyle
    /// The most evidence sentences an edge tooltip lists.
    public var maximumTooltipSentences = 3

    /// A writer with the default style.
    public init(style: MapStyle = MapStyle()) {
        self.style = style
    }

    /// The DOT text of `graph`.
    public func write(_ graph: KnowledgeGraph) -> String {
        var lines: [String] = [
            "digraph newsgraph {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, bgcolor=\"white\", pad=0.3, nodesep=0.35, ranksep=0.6, overlap=false, splines=true, nslimit=20, mclimit=2];",
            "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.2, color=\"#333333\"];",
            "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];",
        ]
        lines += legend(for: Set(graph.entities.map(\.type)))
        for entity in graph.entities {
            let node = style.node(for: entity.type)
            var tooltip = entity.type.rawValue + ": " + entity.name
            if !entity.aliases.isEmpty { tooltip += " (also: " + entity.aliases.joined(separator: "; ") + ")" }
            lines.append("  \(DOTEscaping.quoted(entity.id)) [label=\(DOTEscaping.quoted(entity.name)), shape=\(node.shape), fillcolor=\"\(node.fill)\", fontcolor=\"\(node.font)\", tooltip=\(DOTEscaping.quoted(tooltip))];")
        }
        for relation in graph.relations {
            var attributes = ["label=\(DOTEscaping.quoted(edgeLabel(relation)))"]
            if relation.negated {
                attributes.append("style=dashed")
            } else if relation.modality == .hypothetical {
                attributes.append("style=dotted")
            }
            if relation.negated || relation.modality != nil { attributes.append("color=\"#999999\"") }
            let sentences = relation.evidence.prefix(maximumTooltipSentences).map { "[\($0.document)] \($0.text)" }
            attributes.append("tooltip=\(DOTEscaping.quoted(sentences.joined(separator: " | ")))")
            attributes.append("penwidth=\(min(1 + Double(relation.evidence.count - 1) * 0.5, 4))")
            lines.append("  \(DOTEscaping.quoted(relation.subject)) -> \(DOTEscaping.quoted(relation.object)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The predicate in plain words, marked when negated or hypothetical.
    func edgeLabel(_ relation: Relation) -> String {
        var label = relation.predicate.phrase
        if relation.negated { label = "not " + label }
        if relation.modality == .hypothetical { label = "possibly " + label }
        return label
    }

    /// A cluster with one sample node per entity type present.
    private func legend(for types: Set<EntityType>) -> [String] {
        guard !types.isEmpty else { return [] }
        var lines = ["  subgraph cluster_legend {", "    label=\"Legend\"; fontsize=10; style=\"rounded\"; color=\"#BBBBBB\";"]
        let sorted = types.sorted()
        for type in sorted {
            let node = style.node(for: type)
            lines.append("    \"legend:\(type.rawValue)\" [label=\"\(type.rawValue)\", shape=\(node.shape), fillcolor=\"\(node.fill)\", fontcolor=\"\(node.font)\", fontsize=9, tooltip=\"entity type \(type.rawValue)\"];")
        }
        for (first, second) in zip(sorted, sorted.dropFirst()) {
            lines.append("    \"legend:\(first.rawValue)\" -> \"legend:\(second.rawValue)\" [style=invis];")
        }
        lines.append("  }")
        return lines
    }
}
