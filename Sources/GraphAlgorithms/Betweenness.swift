/// Betweenness centrality of the undirected simple graph by Brandes' algorithm
/// (U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001):
/// one BFS and one dependency accumulation per source, O(N E) time, O(N + E) memory per worker.
/// Sources are split into a fixed number of chunks run on all cores and summed in chunk order,
/// so results do not depend on the machine. Normalised as networkx's default
/// `betweenness_centrality(G)`: 1 / ((n - 1)(n - 2)); with `sources` (sampling) scaled by n / k.
public enum Betweenness {
    /// Each node's betweenness, by node number; from `sources` only when given (sampling).
    public static func compute(_ graph: GraphIndex, sources: [Int32]? = nil) -> [Double] {
        let n = graph.nodeCount
        let from = sources ?? (0..<n).map(Int32.init)
        let chunkCount = min(workChunks, max(1, from.count))
        let partials = parallelChunks(chunkCount) { chunk in
            var scratch = Scratch(n: n)
            var sum = [Double](repeating: 0, count: n)
            var index = chunk
            while index < from.count {
                accumulate(graph, source: from[index], into: &sum, scratch: &scratch)
                index += chunkCount
            }
            return sum
        }
        var total = [Double](repeating: 0, count: n)
        for partial in partials { for v in 0..<n { total[v] += partial[v] } }
        guard n > 2 else { return total.map { _ in 0 } }
        var scale = 1 / Double((n - 1) * (n - 2))
        if let sources { scale *= Double(n) / Double(max(1, sources.count)) }
        return total.map { $0 * scale }
    }

    /// Per-worker arrays reused across sources.
    struct Scratch {
        var sigma: [Double]
        var delta: [Double]
        var distance: [Int32]
        var order: [Int32]
        init(n: Int) {
            sigma = [Double](repeating: 0, count: n)
            delta = [Double](repeating: 0, count: n)
            distance = [Int32](repeating: -1, count: n)
            order = [Int32](repeating: 0, count: n)
        }
    }

    /// Adds the dependencies of every node on shortest paths from `source`.
    static func accumulate(_ graph: GraphIndex, source: Int32, into sum: inout [Double], scratch: inout Scratch) {
        graph.offsets.withUnsafeBufferPointer { offsets in
        graph.neighbors.withUnsafeBufferPointer { neighbors in
        scratch.sigma.withUnsafeMutableBufferPointer { sigma in
        scratch.delta.withUnsafeMutableBufferPointer { delta in
        scratch.distance.withUnsafeMutableBufferPointer { distance in
        scratch.order.withUnsafeMutableBufferPointer { order in
            var head = 0, tail = 0
            order[tail] = source; tail += 1
            sigma[Int(source)] = 1
            distance[Int(source)] = 0
            while head < tail {
                let v = Int(order[head]); head += 1
                let next = distance[v] + 1
                for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let u = Int(neighbors[e])
                    if distance[u] < 0 {
                        distance[u] = next
                        order[tail] = Int32(u); tail += 1
                    }
                    if distance[u] == next { sigma[u] += sigma[v] }
                }
            }
            // Back-propagate dependencies in reverse BFS order; predecessors are the neighbours one step closer.
            var index = tail - 1
            while index >= 0 {
                let w = Int(order[index])
                let previous = distance[w] - 1
                let coefficient = (1 + delta[w]) / sigma[w]
                for e in Int(offsets[w])..<Int(offsets[w + 1]) {
                    let v = Int(neighbors[e])
                    if distance[v] == previous { delta[v] += sigma[v] * coefficient }
                }
                if w != Int(source) { sum[w] += delta[w] }
                index -= 1
            }
            for index in 0..<tail {
                let v = Int(order[index])
                sigma[v] = 0
                delta[v] = 0
                distance[v] = -1
            }
        }}}}}}
    }
}
