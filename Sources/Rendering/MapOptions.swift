/// What a map shows beyond the graph itself: the layout engine, a highlighted part,
/// clusters, and whether edges carry labels.
public struct MapOptions: Sendable {
    /// The layout engine the DOT is tuned for.
    public var engine: LayoutEngine
    /// Entities drawn emphasised (a path); when non-empty, the rest is drawn faded.
    public var highlightedEntities: Set<String>
    /// Edges drawn emphasised, as (subject, object) pairs in either direction.
    public var highlightedEdges: Set<EntityPair>
    /// Boxes around groups of entities (Graphviz clusters); an entity belongs to at most one.
    public var clusters: [MapCluster]
    /// Whether edges carry their predicate labels (they are always in the tooltips).
    public var edgeLabels: Bool
    /// The largest drawing, in inches per side (Graphviz `size`): bigger maps are scaled down to fit.
    public var sizeLimit: Double?

    /// Options for `engine`, with nothing highlighted, no clusters and labelled edges.
    public init(engine: LayoutEngine = .dot, highlightedEntities: Set<String> = [], highlightedEdges: Set<EntityPair> = [],
                clusters: [MapCluster] = [], edgeLabels: Bool = true, sizeLimit: Double? = nil) {
        self.engine = engine
        self.highlightedEntities = highlightedEntities
        self.highlightedEdges = highlightedEdges
        self.clusters = clusters
        self.edgeLabels = edgeLabels
        self.sizeLimit = sizeLimit
    }
}

/// Two entity ids, unordered: `EntityPair(a, b) == EntityPair(b, a)`.
public struct EntityPair: Hashable, Sendable {
    /// The smaller id.
    public let first: String
    /// The larger id.
    public let second: String

    /// The pair of `a` and `b`, in either order.
    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }
}

/// A labelled group of entities drawn inside one box.
public struct MapCluster: Sendable, Equatable {
    /// The box's caption.
    public var label: String
    /// The entity ids inside it.
    public var entityIDs: [String]

    /// A cluster captioned `label` around `entityIDs`.
    public init(label: String, entityIDs: [String]) {
        self.label = label
        self.entityIDs = entityIDs
    }
}
