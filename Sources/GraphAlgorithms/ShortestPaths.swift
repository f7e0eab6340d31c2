/// Shortest paths by breadth-first search (unweighted hops), O(N + E) per query, over the
/// undirected simple graph or, with `directed`, the relations' own direction.
public enum ShortestPaths {
    /// A shortest path from `source` to `target` as node numbers (both ends included), or nil.
    /// Nodes in `avoid` are never entered; `maxHops` bounds the length.
    public static func bfs(_ graph: GraphIndex, from source: Int32, to target: Int32, directed: Bool = false,
                           avoid: Set<Int32> = [], maxHops: Int = .max, blockedEdges: Set<UInt64> = []) -> [Int32]? {
        if source == target { return [source] }
        let n = graph.nodeCount
        var parent = [Int32](repeating: -1, count: n)
        var depth = [Int32](repeating: -1, count: n)
        var queue = [source]
        queue.reserveCapacity(n)
        depth[Int(source)] = 0
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            if Int(depth[Int(v)]) >= maxHops { continue }
            let next: ArraySlice<Int32> = directed
                ? graph.outTargets[Int(graph.outOffsets[Int(v)])..<Int(graph.outOffsets[Int(v) + 1])]
                : graph.neighbors(of: v)
            for u in next where depth[Int(u)] < 0 && !avoid.contains(u) && (blockedEdges.isEmpty || !blockedEdges.contains(KShortestPaths.key(v, u))) {
                depth[Int(u)] = depth[Int(v)] + 1
                parent[Int(u)] = v
                if u == target {
                    var path = [u]
                    var step = v
                    while step >= 0 { path.append(step); step = parent[Int(step)] }
                    return path.reversed()
                }
                queue.append(u)
            }
        }
        return nil
    }

    /// Hop distances from `source` to every node within `limit` hops (-1 for the others).
    public static func distances(_ graph: GraphIndex, from source: Int32, limit: Int = .max) -> [Int32] {
        var depth = [Int32](repeating: -1, count: graph.nodeCount)
        var queue = [source]
        depth[Int(source)] = 0
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            if Int(depth[Int(v)]) >= limit { continue }
            for u in graph.neighbors(of: v) where depth[Int(u)] < 0 {
                depth[Int(u)] = depth[Int(v)] + 1
                queue.append(u)
            }
        }
        return depth
    }
}
