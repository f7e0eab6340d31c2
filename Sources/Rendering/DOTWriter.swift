import KnowledgeGraph

/// Writes a knowledge graph as Graphviz DOT, in pure Swift.
///
/// Nodes are entities, shaped and coloured by type (`MapStyle`), with a tooltip giving type
/// and aliases. Relations between the same two entities are merged into one edge (`MapEdge`)
/// labelled in plain words, as wide as its evidence is long, dashed when negated and dotted
/// when hypothetical, with the evidence sentences as tooltip. A legend lists the types
/// present. Nodes get the SVG ids `n<index>` (index in `graph.entities`) and edges
/// `e<index>` (index in `MapEdge.merging(graph.relations)`), which the HTML page relies on.
/// Every piece of article text is escaped with `DOTEscaping.quoted`, and none is placed in
/// URL or href attributes. The output is deterministic: the graph's canonical order. O(V + E).
public struct DOTWriter: Sendable {
    /// The styles used for nodes.
    public var style: MapStyle
    /// The most evidence sentences an edge tooltip lists.
    public var maximumTooltipSentences = 3

    /// A writer with the default style.
    public init(style: MapStyle = MapStyle()) {
        self.style = style
    }

    /// The DOT text of `graph` drawn with `options`.
    public func write(_ graph: KnowledgeGraph, options: MapOptions = MapOptions()) -> String {
        let edges = MapEdge.merging(graph.relations)
        var graphLine = graphAttributes(options.engine, edgeCount: edges.count)
        if let limit = options.sizeLimit { graphLine += ", size=\"\(limit.formatted),\(limit.formatted)\"" }
        var lines = ["digraph newsgraph {", "  graph [\(graphLine)];"]
        lines.append("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.2, color=\"#333333\"];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];")
        lines += legend(for: Set(graph.entities.map(\.type)))

        let highlighting = !options.highlightedEntities.isEmpty
        var nodeLines: [String: String] = [:]
        for (index, entity) in graph.entities.enumerated() {
            let emphasis: Emphasis = !highlighting ? .normal : options.highlightedEntities.contains(entity.id) ? .strong : .faded
            nodeLines[entity.id] = nodeStatement(entity, index: index, emphasis: emphasis)
        }
        for (index, cluster) in options.clusters.enumerated() {
            let members = cluster.entityIDs.compactMap { nodeLines.removeValue(forKey: $0) }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph cluster_\(index) {")
            lines.append("    graph [label=\(DOTEscaping.quoted(cluster.label)), style=\"rounded,filled\", fillcolor=\"#F5F5F5\", color=\"#BBBBBB\", fontsize=12];")
            lines += members.map { "  " + $0 }
            lines.append("  }")
        }
        lines += graph.entities.compactMap { nodeLines[$0.id] }

        for (index, edge) in edges.enumerated() {
            let emphasis: Emphasis = !highlighting ? .normal
                : options.highlightedEdges.contains(EntityPair(edge.subject, edge.object)) ? .strong : .faded
            lines.append(edgeStatement(edge, index: index, emphasis: emphasis, labelled: options.edgeLabels))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// How strongly an element is drawn when part of the map is highlighted.
    private enum Emphasis {
        case normal, strong, faded
    }

    /// Layout attributes that keep each engine fast and legible: the engine itself (so that
    /// `dot -Tsvg` on an exported file uses it too); `dot` left to right with `newrank` (2.43
    /// double-frees in `gvFreeLayout` on labelled edges between clusters without it) and bounded
    /// network simplex and crossing minimisation; the force-directed engines with prism overlap
    /// removal, and straight edges above 100 edges, where spline routing dominates the time
    /// (sfdp: 1.3 of 1.3 s on 100 nodes and 200 edges).
    private func graphAttributes(_ engine: LayoutEngine, edgeCount: Int) -> String {
        var attributes = ["layout=\(engine.rawValue)", "fontname=\"Helvetica\"", "fontsize=11", "bgcolor=\"white\"", "pad=0.3"]
        switch engine {
        case .dot:
            attributes += ["rankdir=LR", "newrank=true", "nodesep=0.35", "ranksep=0.6", "splines=true", "nslimit=20", "mclimit=2"]
        case .neato, .fdp, .sfdp, .circo, .twopi:
            attributes += ["overlap=prism", "sep=\"+6\"", "outputorder=edgesfirst", "splines=\(edgeCount <= 100 ? "true" : "false")"]
        }
        return attributes.joined(separator: ", ")
    }

    private func nodeStatement(_ entity: Entity, index: Int, emphasis: Emphasis) -> String {
        let node = style.node(for: entity.type)
        var tooltip = entity.type.rawValue + ": " + entity.name
        if !entity.aliases.isEmpty { tooltip += " (also: " + entity.aliases.joined(separator: "; ") + ")" }
        var attributes = ["id=\"n\(index)\"", "label=\(DOTEscaping.quoted(entity.name))", "shape=\(node.shape)"]
        switch emphasis {
        case .normal:
            attributes += ["fillcolor=\"\(node.fill)\"", "fontcolor=\"\(node.font)\""]
        case .strong:
            attributes += ["fillcolor=\"\(node.fill)\"", "fontcolor=\"\(node.font)\"", "penwidth=3", "color=\"#000000\""]
        case .faded:
            attributes += ["fillcolor=\"\(node.fill)55\"", "fontcolor=\"#666666\"", "color=\"#AAAAAA\""]
        }
        attributes.append("tooltip=\(DOTEscaping.quoted(tooltip))")
        return "  \(DOTEscaping.quoted(DOTEscaping.nodeName(entity.id))) [\(attributes.joined(separator: ", "))];"
    }

    private func edgeStatement(_ edge: MapEdge, index: Int, emphasis: Emphasis, labelled: Bool) -> String {
        var attributes = ["id=\"e\(index)\""]
        if labelled { attributes.append("label=\(DOTEscaping.quoted(edge.label))") }
        if edge.lineStyle != .solid { attributes.append("style=\(edge.lineStyle.rawValue)") }
        switch emphasis {
        case .normal:
            if edge.lineStyle != .solid { attributes.append("color=\"#999999\"") }
            attributes.append("penwidth=\(edge.width.formatted)")
        case .strong:
            attributes += ["color=\"#000000\"", "fontcolor=\"#000000\"", "penwidth=\(max(edge.width + 1.5, 3).formatted)"]
        case .faded:
            attributes += ["color=\"#CCCCCC\"", "fontcolor=\"#AAAAAA\"", "penwidth=\(edge.width.formatted)"]
        }
        attributes.append("tooltip=\(DOTEscaping.quoted(tooltip(edge, labelled: labelled)))")
        return "  \(DOTEscaping.quoted(DOTEscaping.nodeName(edge.subject))) -> \(DOTEscaping.quoted(DOTEscaping.nodeName(edge.object))) [\(attributes.joined(separator: ", "))];"
    }

    /// Each relation's phrase with up to `maximumTooltipSentences` evidence sentences in all.
    private func tooltip(_ edge: MapEdge, labelled: Bool) -> String {
        var parts: [String] = labelled ? [] : [edge.label]
        var budget = maximumTooltipSentences
        for relation in edge.relations {
            let sentences = relation.evidence.prefix(budget).map { "[\($0.document)] \($0.text)" }
            budget -= sentences.count
            let lead = edge.relations.count > 1 ? MapEdge.phrase(relation) + ": " : ""
            if !sentences.isEmpty { parts.append(lead + sentences.joined(separator: " | ")) }
        }
        return parts.joined(separator: " | ")
    }

    /// A cluster with one sample node per entity type present.
    private func legend(for types: Set<EntityType>) -> [String] {
        guard !types.isEmpty else { return [] }
        var lines = ["  subgraph cluster_legend {", "    label=\"Legend\"; fontsize=10; style=\"rounded\"; color=\"#BBBBBB\";"]
        let sorted = types.sorted()
        for type in sorted {
            let node = style.node(for: type)
            lines.append("    \(DOTEscaping.quoted(DOTEscaping.legendName(type.rawValue))) [id=\"legend-\(type.rawValue)\", label=\"\(type.rawValue)\", shape=\(node.shape), fillcolor=\"\(node.fill)\", fontcolor=\"\(node.font)\", fontsize=9, tooltip=\"entity type \(type.rawValue)\"];")
        }
        for (first, second) in zip(sorted, sorted.dropFirst()) {
            lines.append("    \(DOTEscaping.quoted(DOTEscaping.legendName(first.rawValue))) -> \(DOTEscaping.quoted(DOTEscaping.legendName(second.rawValue))) [style=invis];")
        }
        lines.append("  }")
        return lines
    }
}

private extension Double {
    /// Up to two decimals, without trailing zeros: deterministic and short.
    var formatted: String {
        let hundredths = (self * 100).rounded()
        let whole = Int(hundredths) / 100
        let fraction = Int(hundredths) % 100
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
