/// Connected components of the undirected simple graph, by breadth-first search.
/// O(N + E). Components come largest first, ties by their smallest node number; nodes in
/// each component in increasing order.
public enum Components {
    /// The connected components as lists of node numbers.
    public static func connected(_ graph: GraphIndex) -> [[Int32]] {
        let n = graph.nodeCount
        var label = [Int32](repeating: -1, count: n)
        var components: [[Int32]] = []
        var queue = [Int32](repeating: 0, count: n)
        for start in 0..<n where label[start] < 0 {
            let id = Int32(components.count)
            var head = 0, tail = 0
            queue[tail] = Int32(start); tail += 1
            label[start] = id
            while head < tail {
                let v = queue[head]; head += 1
                for u in graph.neighbors(of: v) where label[Int(u)] < 0 {
                    label[Int(u)] = id
                    queue[tail] = u; tail += 1
                }
            }
            components.append(queue[0..<tail].sorted())
        }
        return components.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }
}
