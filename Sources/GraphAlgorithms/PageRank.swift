/// PageRank of the undirected simple graph as networkx's `pagerank(G, alpha=0.85, tol=1e-10)`
/// computes it (L. Page et al., "The PageRank citation ranking", 1999): every edge both ways,
/// uniform teleport, isolated nodes' rank spread uniformly, power iteration until the L1 change
/// falls below N·tol. O(E) per iteration. networkx gives up after 100 iterations; this goes on
/// to 1,000 by default, so that graphs networkx cannot rank (a star oscillates for ~130) still get ranks.
public enum PageRank {
    /// The ranks, or nil when `maxIterations` pass without convergence.
    public static func compute(_ graph: GraphIndex, alpha: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 1000) -> [Double]? {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let uniform = 1 / Double(n)
        var rank = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        let inverseDegree = (0..<n).map { v in graph.degree(of: Int32(v)) > 0 ? 1 / Double(graph.degree(of: Int32(v))) : 0 }
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for v in 0..<n where inverseDegree[v] == 0 { dangling += rank[v] }
            let base = alpha * dangling * uniform + (1 - alpha) * uniform
            for v in 0..<n {
                var incoming = 0.0
                for u in graph.neighbors(of: Int32(v)) { incoming += rank[Int(u)] * inverseDegree[Int(u)] }
                next[v] = alpha * incoming + base
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - rank[v]) }
            swap(&rank, &next)
            if change < Double(n) * tolerance { return rank }
        }
        return nil
    }
}
