import KnowledgeGraph

/// Shortest paths where well-attested links are short: Dijkstra's algorithm (E. W. Dijkstra,
/// "A note on two problems in connexion with graphs", 1959) with a binary heap, O((N + E) log N).
/// The weight of a linked pair is 1 / (the evidence sentences of all relations between the two,
/// each weighted by its confidence), so a pair reported by many sentences costs little and a
/// single weak statement costs much.
public enum WeightedPaths {
    /// Edge weights aligned with `graph.neighbors`.
    public static func weights(_ graph: GraphIndex, _ knowledge: KnowledgeGraph) -> [Double] {
        var support: [UInt64: Double] = [:]
        for relation in knowledge.relations {
            guard let s = graph.node[relation.subject], let o = graph.node[relation.object], s != o else { continue }
            let key = KShortestPaths.key(min(s, o), max(s, o))
            support[key, default: 0] += Double(max(1, relation.evidence.count)) * max(0.1, relation.confidence)
        }
        var weights = [Double](repeating: 1, count: graph.neighbors.count)
        for v in 0..<graph.nodeCount {
            for e in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                let u = graph.neighbors[e]
                weights[e] = 1 / (support[KShortestPaths.key(min(Int32(v), u), max(Int32(v), u))] ?? 1)
            }
        }
        return weights
    }

    /// The lightest path from `source` to `target` over the undirected graph, or nil.
    public static func dijkstra(_ graph: GraphIndex, weights: [Double], from source: Int32, to target: Int32, avoid: Set<Int32> = []) -> [Int32]? {
        let n = graph.nodeCount
        var distance = [Double](repeating: .infinity, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var heap = BinaryHeap()
        distance[Int(source)] = 0
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            if d > distance[Int(v)] { continue }
            if v == target { break }
            for e in Int(graph.offsets[Int(v)])..<Int(graph.offsets[Int(v) + 1]) {
                let u = graph.neighbors[e]
                guard !avoid.contains(u) else { continue }
                let candidate = d + weights[e]
                if candidate < distance[Int(u)] {
                    distance[Int(u)] = candidate
                    parent[Int(u)] = v
                    heap.push(candidate, u)
                }
            }
        }
        guard distance[Int(target)].isFinite else { return nil }
        var path = [target]
        while let last = path.last, last != source { path.append(parent[Int(last)]) }
        return path.reversed()
    }
}

/// A min-heap of (priority, node), ties by node number so runs repeat exactly.
struct BinaryHeap {
    private var items: [(Double, Int32)] = []

    private func less(_ a: (Double, Int32), _ b: (Double, Int32)) -> Bool { a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }

    mutating func push(_ priority: Double, _ node: Int32) {
        items.append((priority, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count && less(items[left], items[smallest]) { smallest = left }
                if right < items.count && less(items[right], items[smallest]) { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
