/// The ego network of a node: every node within `depth` hops over the undirected simple graph,
/// with its distance. O(N + E) by breadth-first search.
public enum EgoNetwork {
    /// (node, hops) for every node within `depth` hops of `center`, the center first, then by distance and node number.
    public static func around(_ graph: GraphIndex, center: Int32, depth: Int) -> [(node: Int32, hops: Int)] {
        let distances = ShortestPaths.distances(graph, from: center, limit: depth)
        return distances.enumerated().compactMap { node, hops in hops >= 0 ? (Int32(node), Int(hops)) : nil }
            .sorted { $0.hops != $1.hops ? $0.hops < $1.hops : $0.node < $1.node }
    }
}
