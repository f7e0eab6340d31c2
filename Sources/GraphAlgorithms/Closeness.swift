/// Closeness centrality of the undirected simple graph, networkx's definition with
/// `wf_improved=True` (Wasserman and Faust's correction for disconnected graphs):
/// (r - 1) / Σd · (r - 1) / (n - 1) for the r nodes reachable from v, 0 when none.
/// One BFS per node, O(N E) time, run on all cores in fixed chunks.
public enum Closeness {
    /// Each node's closeness, by node number.
    public static func compute(_ graph: GraphIndex) -> [Double] {
        let n = graph.nodeCount
        let chunkCount = min(workChunks, max(1, n))
        let parts = parallelChunks(chunkCount) { chunk in
            var out: [(Int, Double)] = []
            var distance = [Int32](repeating: -1, count: n)
            var queue = [Int32](repeating: 0, count: n)
            graph.offsets.withUnsafeBufferPointer { offsets in
            graph.neighbors.withUnsafeBufferPointer { neighbors in
            distance.withUnsafeMutableBufferPointer { distance in
            queue.withUnsafeMutableBufferPointer { queue in
                var source = chunk
                while source < n {
                    var head = 0, tail = 0, total = 0
                    queue[tail] = Int32(source); tail += 1
                    distance[source] = 0
                    while head < tail {
                        let v = Int(queue[head]); head += 1
                        let next = distance[v] + 1
                        for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                            let u = Int(neighbors[e])
                            if distance[u] < 0 {
                                distance[u] = next
                                total += Int(next)
                                queue[tail] = Int32(u); tail += 1
                            }
                        }
                    }
                    if total > 0 && n > 1 {
                        let reachable = Double(tail - 1)
                        out.append((source, reachable / Double(total) * (reachable / Double(n - 1))))
                    }
                    for index in 0..<tail { distance[Int(queue[index])] = -1 }
                    source += chunkCount
                }
            }}}}
            return out
        }
        var result = [Double](repeating: 0, count: n)
        for part in parts { for (v, value) in part { result[v] = value } }
        return result
    }
}
