/// Strongly connected components of the directed relations (subject -> object), by Tarjan's
/// algorithm (1972) run iteratively. O(N + R). Components largest first, nodes sorted.
public enum StrongComponents {
    /// The strongly connected components as lists of node numbers.
    public static func compute(_ graph: GraphIndex) -> [[Int32]] {
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var work: [(Int32, Int32)] = []
        var counter: Int32 = 0
        var components: [[Int32]] = []
        for root in 0..<n where index[root] < 0 {
            work.append((Int32(root), graph.outOffsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let (v, position) = work.last {
                if position < graph.outOffsets[Int(v) + 1] {
                    work[work.count - 1].1 += 1
                    let u = graph.outTargets[Int(position)]
                    if index[Int(u)] < 0 {
                        index[Int(u)] = counter; low[Int(u)] = counter; counter += 1
                        stack.append(u); onStack[Int(u)] = true
                        work.append((u, graph.outOffsets[Int(u)]))
                    } else if onStack[Int(u)] {
                        low[Int(v)] = min(low[Int(v)], index[Int(u)])
                    }
                } else {
                    work.removeLast()
                    if let (p, _) = work.last { low[Int(p)] = min(low[Int(p)], low[Int(v)]) }
                    if low[Int(v)] == index[Int(v)] {
                        var component: [Int32] = []
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            component.append(w)
                            if w == v { break }
                        }
                        components.append(component.sorted())
                    }
                }
            }
        }
        return components.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }
}
