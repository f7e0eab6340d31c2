/// The k-core number of every node of the undirected simple graph: the largest k such that the
/// node belongs to a subgraph where every node has at least k neighbours. Batagelj and
/// Zaversnik's bucket algorithm ("An O(m) algorithm for cores decomposition of networks", 2003).
/// O(N + E).
public enum CoreNumbers {
    /// Each node's core number, by node number.
    public static func compute(_ graph: GraphIndex) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var degree = (0..<n).map { graph.degree(of: Int32($0)) }
        let maxDegree = degree.max() ?? 0
        var bins = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { bins[d] += 1 }
        var start = 0
        for d in 0...maxDegree { let count = bins[d]; bins[d] = start; start += count }
        var position = [Int](repeating: 0, count: n)
        var vertices = [Int](repeating: 0, count: n)
        for v in 0..<n { position[v] = bins[degree[v]]; vertices[position[v]] = v; bins[degree[v]] += 1 }
        for d in stride(from: maxDegree, to: 0, by: -1) { bins[d] = bins[d - 1] }
        bins[0] = 0
        for i in 0..<n {
            let v = vertices[i]
            for u32 in graph.neighbors(of: Int32(v)) {
                let u = Int(u32)
                guard degree[u] > degree[v] else { continue }
                let du = degree[u], pu = position[u], pw = bins[du], w = vertices[pw]
                if u != w { position[u] = pw; vertices[pu] = w; position[w] = pu; vertices[pw] = u }
                bins[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
