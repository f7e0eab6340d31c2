/// Every simple path between two nodes up to a hop limit, by depth-first search over the
/// undirected simple graph. Exponential in the limit in the worst case, so the limit is
/// required and the number of paths capped. Paths come shortest first, then in node order.
public enum SimplePaths {
    /// Every simple path of at most `maxHops` hops, at most `limit` of them.
    public static func all(_ graph: GraphIndex, from source: Int32, to target: Int32, maxHops: Int, limit: Int = 1000) -> [[Int32]] {
        var found: [[Int32]] = []
        var path: [Int32] = [source]
        var onPath = Set<Int32>([source])
        func extend(_ v: Int32) {
            guard found.count < limit else { return }
            if v == target { found.append(path); return }
            guard path.count - 1 < maxHops else { return }
            for u in graph.neighbors(of: v) where !onPath.contains(u) {
                path.append(u); onPath.insert(u)
                extend(u)
                path.removeLast(); onPath.remove(u)
            }
        }
        extend(source)
        return found.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
    }
}
