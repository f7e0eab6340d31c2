/// Articulation points and bridges of the undirected simple graph: the brokers whose removal
/// splits a component. Tarjan's low-link depth-first search (R. Tarjan, "Depth-first search and
/// linear graph algorithms", SIAM J. Comput. 1(2), 1972), iterative so deep graphs cannot
/// overflow the stack. O(N + E).
public enum Brokers {
    /// Articulation points (sorted) and bridges (each as a sorted pair, the list sorted).
    public static func find(_ graph: GraphIndex) -> (articulationPoints: [Int32], bridges: [(Int32, Int32)]) {
        let n = graph.nodeCount
        var order = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [(Int32, Int32)] = []
        var counter: Int32 = 0
        // Stack of (node, next neighbour position).
        var stack: [(Int32, Int32)] = []
        for root in 0..<n where order[root] < 0 {
            var rootChildren = 0
            order[root] = counter; low[root] = counter; counter += 1
            stack.append((Int32(root), graph.offsets[root]))
            while let (v, position) = stack.last {
                if position < graph.offsets[Int(v) + 1] {
                    stack[stack.count - 1].1 += 1
                    let u = graph.neighbors[Int(position)]
                    if order[Int(u)] < 0 {
                        parent[Int(u)] = v
                        if Int(v) == root { rootChildren += 1 }
                        order[Int(u)] = counter; low[Int(u)] = counter; counter += 1
                        stack.append((u, graph.offsets[Int(u)]))
                    } else if u != parent[Int(v)] {
                        low[Int(v)] = min(low[Int(v)], order[Int(u)])
                    }
                } else {
                    stack.removeLast()
                    let p = parent[Int(v)]
                    if p >= 0 {
                        low[Int(p)] = min(low[Int(p)], low[Int(v)])
                        if low[Int(v)] >= order[Int(p)] && Int(p) != root { isCut[Int(p)] = true }
                        if low[Int(v)] > order[Int(p)] { bridges.append((min(p, v), max(p, v))) }
                    }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        let points = (0..<n).filter { isCut[$0] }.map(Int32.init)
        return (points, bridges.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 })
    }
}
