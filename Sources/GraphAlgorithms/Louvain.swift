/// Community detection by the Louvain method (V. D. Blondel et al., "Fast unfolding of
/// communities in large networks", J. Stat. Mech. 2008): nodes move to the neighbouring
/// community with the largest modularity gain until none improves, communities become nodes,
/// and the two phases repeat. Node order is shuffled with a seeded generator, so a seed gives
/// one result; smaller graphs are partitioned from several seeds (16 below 1,000 edges, 2 below
/// 100,000) and the partition with the highest modularity is kept. Near-linear in E per run.
public enum Louvain {
    /// Communities as lists of node numbers (largest first), and their modularity.
    public static func communities(_ graph: GraphIndex, resolution: Double = 1, seed: UInt64 = 1) -> (communities: [[Int32]], modularity: Double) {
        let tries = graph.edgeCount < 1_000 ? 16 : graph.edgeCount < 100_000 ? 2 : 1
        let runs = parallelChunks(tries) { attempt in
            single(graph, resolution: resolution, seed: seed &+ UInt64(attempt))
        }
        return runs.enumerated().max { lhs, rhs in
            lhs.element.modularity != rhs.element.modularity ? lhs.element.modularity < rhs.element.modularity : lhs.offset > rhs.offset
        }!.element
    }

    /// One Louvain run from one seed.
    static func single(_ graph: GraphIndex, resolution: Double, seed: UInt64) -> (communities: [[Int32]], modularity: Double) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], 0) }
        var level = WeightedGraph(graph)
        var membership = Array(0..<n)
        var random = SplitMix64(seed: seed)
        while true {
            let moved = level.oneLevel(resolution: resolution, random: &random)
            guard let assignment = moved else { break }
            for v in 0..<n { membership[v] = assignment[membership[v]] }
            level = level.aggregated(by: assignment)
        }
        var groups: [Int: [Int32]] = [:]
        for v in 0..<n { groups[membership[v], default: []].append(Int32(v)) }
        let communities = groups.values.map { $0.sorted() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return (communities, Modularity.compute(graph, communities: communities, resolution: resolution))
    }
}

/// Modularity of a partition of the undirected simple graph (M. Newman, 2006):
/// Σ_c [ L_c / m − γ (d_c / 2m)² ], as networkx's `community.modularity`.
public enum Modularity {
    /// The modularity of `communities`, a partition of the nodes.
    public static func compute(_ graph: GraphIndex, communities: [[Int32]], resolution: Double = 1) -> Double {
        let m = Double(graph.edgeCount)
        guard m > 0 else { return 0 }
        var label = [Int](repeating: -1, count: graph.nodeCount)
        for (index, community) in communities.enumerated() { for v in community { label[Int(v)] = index } }
        var inner = [Double](repeating: 0, count: communities.count)
        var degree = [Double](repeating: 0, count: communities.count)
        for v in 0..<graph.nodeCount {
            let c = label[v]
            degree[c] += Double(graph.degree(of: Int32(v)))
            for u in graph.neighbors(of: Int32(v)) where Int(u) > v && label[Int(u)] == c { inner[c] += 1 }
        }
        var q = 0.0
        for c in communities.indices { q += inner[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m)) }
        return q
    }
}

/// A weighted undirected graph with self-loops, in CSR form: one level of the Louvain method.
struct WeightedGraph {
    /// The neighbours of `v` (no self-loops) are `targets[offsets[v]..<offsets[v + 1]]`, with `weights`.
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// Weight of the edges inside each node (each counted once).
    var inner: [Double]
    /// Total edge weight m.
    var total: Double

    var nodeCount: Int { inner.count }

    init(_ graph: GraphIndex) {
        offsets = graph.offsets.map(Int.init)
        targets = graph.neighbors
        weights = [Double](repeating: 1, count: graph.neighbors.count)
        inner = [Double](repeating: 0, count: graph.nodeCount)
        total = Double(graph.edgeCount)
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], inner: [Double], total: Double) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.inner = inner
        self.total = total
    }

    /// Weighted degree: a self-loop counts twice.
    func degree(_ v: Int) -> Double {
        var sum = 2 * inner[v]
        for e in offsets[v]..<offsets[v + 1] { sum += weights[e] }
        return sum
    }

    /// The modularity a pass must gain for another pass to run.
    static let minimumGain = 1e-7

    /// Local moves until a pass gains less than `minimumGain`; the community of each node
    /// renumbered 0..<k, or nil when no node moved.
    func oneLevel(resolution: Double, random: inout SplitMix64) -> [Int]? {
        let n = nodeCount
        guard total > 0 else { return nil }
        var community = Array(0..<n)
        let degrees = (0..<n).map(degree)
        var tot = degrees
        var order = Array(0..<n)
        random.shuffle(&order)
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        var improved = true
        let twoM = 2 * total
        // Passes stop when a pass gains less than `minimumGain` modularity, as networkx's threshold does.
        while improved {
            var passGain = 0.0
            for v in order {
                let current = community[v]
                let k = degrees[v]
                touched.removeAll(keepingCapacity: true)
                for e in offsets[v]..<offsets[v + 1] {
                    let c = community[Int(targets[e])]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += weights[e]
                }
                tot[current] -= k
                var best = current
                let stayGain = weightTo[current] - resolution * tot[current] * k / twoM
                var bestGain = stayGain
                for c in touched where c != current {
                    let gain = weightTo[c] - resolution * tot[c] * k / twoM
                    if gain > bestGain + 1e-12 { best = c; bestGain = gain }
                }
                tot[best] += k
                for c in touched { weightTo[c] = 0 }
                weightTo[current] = 0
                if best != current {
                    community[v] = best
                    movedAny = true
                    passGain += (bestGain - stayGain) / total
                }
            }
            improved = passGain > Self.minimumGain
        }
        guard movedAny else { return nil }
        var renumber = [Int](repeating: -1, count: n)
        var next = 0
        return community.map { c in
            if renumber[c] < 0 { renumber[c] = next; next += 1 }
            return renumber[c]
        }
    }

    /// The graph of communities: one node each, weights summed, inner edges as self-loops.
    func aggregated(by assignment: [Int]) -> WeightedGraph {
        let k = (assignment.max() ?? -1) + 1
        var inner = [Double](repeating: 0, count: k)
        // Edges between communities, as (from, to, weight) both ways, then summed per pair after sorting.
        var pairs: [(Int32, Int32, Double)] = []
        for v in 0..<nodeCount {
            let c = assignment[v]
            inner[c] += self.inner[v]
            for e in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[e])
                guard u > v else { continue }
                let d = assignment[u]
                if c == d {
                    inner[c] += weights[e]
                } else {
                    pairs.append((Int32(c), Int32(d), weights[e]))
                    pairs.append((Int32(d), Int32(c), weights[e]))
                }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var offsets = [Int](repeating: 0, count: k + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var previous: (Int32, Int32)?
        for (from, to, weight) in pairs {
            if let last = previous, last.0 == from, last.1 == to {
                weights[weights.count - 1] += weight
            } else {
                targets.append(to)
                weights.append(weight)
            }
            previous = (from, to)
            offsets[Int(from) + 1] = targets.count
        }
        // A community with no outside edges keeps an empty row.
        for c in 0..<k { offsets[c + 1] = max(offsets[c + 1], offsets[c]) }
        return WeightedGraph(offsets: offsets, targets: targets, weights: weights, inner: inner, total: total)
    }
}
