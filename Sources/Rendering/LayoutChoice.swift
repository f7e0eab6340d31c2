/// Which Graphviz engine lays a map out: one named by the user, or one chosen by size.
///
/// `dot` draws the clearest small maps but its crossing minimisation and spline routing grow
/// far faster than the graph: on this project's bench machine it took 5 s for a random graph of
/// 100 nodes and 300 edges and did not finish 200 nodes and 600 edges in a minute. So the
/// automatic choice keeps `dot` to graphs within `dotLimit`, uses `fdp` (which draws clusters)
/// for clustered graphs up to `fdpClusterLimit` entities, and `sfdp` with prism overlap removal
/// and straight edges otherwise (5,000 nodes in about 5 s; see bench/render_results.md).
public enum LayoutChoice: Sendable, Equatable {
    /// Chosen from the graph's size.
    case automatic
    /// Always this engine.
    case engine(LayoutEngine)

    /// The most entities and drawn edges `dot` is chosen for.
    public static let dotLimit = (entities: 150, edges: 150)
    /// The most entities `fdp` is chosen for when the map has clusters.
    public static let fdpClusterLimit = 2_000
    /// The most drawn edges that get labels by default; above it labels would hide the map.
    public static let edgeLabelLimit = 1_000

    /// The engine for a map of `entities` nodes and `edges` drawn (merged) edges.
    public func resolve(entities: Int, edges: Int, clustered: Bool) -> LayoutEngine {
        switch self {
        case .engine(let engine):
            return engine
        case .automatic:
            if entities <= Self.dotLimit.entities && edges <= Self.dotLimit.edges { return .dot }
            if clustered && entities <= Self.fdpClusterLimit { return .fdp }
            return .sfdp
        }
    }
}

extension LayoutChoice: CustomStringConvertible {
    /// `auto` or the engine's name, as the command line spells it.
    public var description: String {
        switch self {
        case .automatic: "auto"
        case .engine(let engine): engine.rawValue
        }
    }

    /// Reads `auto` or an engine name.
    public init?(name: String) {
        if name == "auto" {
            self = .automatic
        } else if let engine = LayoutEngine(rawValue: name) {
            self = .engine(engine)
        } else {
            return nil
        }
    }
}
