import Foundation
import KnowledgeGraph

/// Draws a knowledge graph as a map in any `MapFormat`: DOT from `DOTWriter`, laid out
/// and rendered in-process by `GraphvizRenderer`, wrapped by `HTMLMapWriter` for HTML.
public struct MapRenderer: Sendable {
    /// The largest PNG, in inches per side at 96 dpi (4,800 pixels): rasterising a
    /// 5,000-entity map at full size takes longer than its layout and gives an image no viewer opens.
    public static let pngSizeLimit = 50.0

    /// A renderer.
    public init() {}

    /// The map of `graph` as `format`.
    /// - Throws: `RenderError` with Graphviz's messages, or an encoding error for HTML.
    public func render(_ graph: KnowledgeGraph, as format: MapFormat, options: MapOptions) throws -> Data {
        var options = options
        if format == .png && options.sizeLimit == nil { options.sizeLimit = Self.pngSizeLimit }
        let dot = DOTWriter().write(graph, options: options)
        let drawn = try GraphvizRenderer().render(dot: dot, engine: options.engine, format: format.graphvizFormat)
        return format == .html ? try HTMLMapWriter().write(graph, svg: drawn) : drawn
    }
}

extension MapOptions {
    /// Options sized to `graph`: the engine from `layout` (by the number of entities and
    /// merged edges when automatic) and edge labels unless the map has more than
    /// `LayoutChoice.edgeLabelLimit` edges, or as `edgeLabels` says.
    public static func planned(for graph: KnowledgeGraph, layout: LayoutChoice, edgeLabels: Bool? = nil, clusters: [MapCluster] = [],
                               highlightedEntities: Set<String> = [], highlightedEdges: Set<EntityPair> = []) -> MapOptions {
        let edgeCount = MapEdge.merging(graph.relations).count
        let engine = layout.resolve(entities: graph.entities.count, edges: edgeCount, clustered: !clusters.isEmpty)
        return MapOptions(engine: engine, highlightedEntities: highlightedEntities, highlightedEdges: highlightedEdges,
                          clusters: clusters, edgeLabels: edgeLabels ?? (edgeCount <= LayoutChoice.edgeLabelLimit))
    }
}
