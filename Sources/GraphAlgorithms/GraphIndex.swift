import KnowledgeGraph

/// A compact index over a knowledge graph, built once: `Int32` node ids in entity order,
/// the undirected simple projection in CSR form (relations collapsed per pair, self-loops
/// dropped, neighbours sorted) for analytics, and the directed relations in CSR form for
/// direction-aware paths. O(N + R log R) to build, 4 bytes per adjacency entry.
public struct GraphIndex: Sendable {
    /// Entity ids, by node number.
    public let ids: [String]
    /// Node number of each entity id.
    public let node: [String: Int32]
    /// Undirected simple graph: the neighbours of `v` are `neighbors[offsets[v]..<offsets[v + 1]]`.
    public let offsets: [Int32]
    public let neighbors: [Int32]
    /// Directed relations: the out-edges of `v` are `outTargets[outOffsets[v]..<outOffsets[v + 1]]`,
    /// `outRelations` holding each edge's relation index in the graph.
    public let outOffsets: [Int32]
    public let outTargets: [Int32]
    public let outRelations: [Int32]

    /// The number of nodes.
    public var nodeCount: Int { ids.count }
    /// The number of undirected simple edges.
    public var edgeCount: Int { neighbors.count / 2 }

    /// Indexes `graph`, keeping only the relations `include` accepts (all by default).
    public init(_ graph: KnowledgeGraph, include: (Relation) -> Bool = { _ in true }) {
        ids = graph.entities.map(\.id)
        var node: [String: Int32] = [:]
        node.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() { node[id] = Int32(index) }
        self.node = node
        var pairs: [(Int32, Int32, Int32)] = []
        pairs.reserveCapacity(graph.relations.count)
        for (index, relation) in graph.relations.enumerated() where include(relation) {
            guard let s = node[relation.subject], let o = node[relation.object] else { continue }
            pairs.append((s, o, Int32(index)))
        }
        let n = ids.count
        // Directed CSR, counting sort by source.
        var outOffsets = [Int32](repeating: 0, count: n + 1)
        for (s, _, _) in pairs { outOffsets[Int(s) + 1] += 1 }
        for v in 0..<n { outOffsets[v + 1] += outOffsets[v] }
        var fill = outOffsets
        var outTargets = [Int32](repeating: 0, count: pairs.count)
        var outRelations = [Int32](repeating: 0, count: pairs.count)
        for (s, o, r) in pairs {
            let slot = Int(fill[Int(s)])
            outTargets[slot] = o
            outRelations[slot] = r
            fill[Int(s)] += 1
        }
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outRelations = outRelations
        // Undirected simple CSR: both directions, then sort and deduplicate each row.
        var degree = [Int32](repeating: 0, count: n + 1)
        for (s, o, _) in pairs where s != o {
            degree[Int(s) + 1] += 1
            degree[Int(o) + 1] += 1
        }
        for v in 0..<n { degree[v + 1] += degree[v] }
        var slots = degree
        var raw = [Int32](repeating: 0, count: Int(degree[n]))
        for (s, o, _) in pairs where s != o {
            raw[Int(slots[Int(s)])] = o
            slots[Int(s)] += 1
            raw[Int(slots[Int(o)])] = s
            slots[Int(o)] += 1
        }
        var offsets = [Int32](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(raw.count)
        for v in 0..<n {
            var row = raw[Int(degree[v])..<Int(degree[v + 1])].sorted()
            var unique: [Int32] = []
            unique.reserveCapacity(row.count)
            for u in row where unique.last != u { unique.append(u) }
            row = unique
            neighbors += row
            offsets[v + 1] = Int32(neighbors.count)
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }

    /// The neighbours of `v` in the undirected simple graph.
    @inlinable public func neighbors(of v: Int32) -> ArraySlice<Int32> {
        neighbors[Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1])]
    }

    /// The degree of `v` in the undirected simple graph.
    @inlinable public func degree(of v: Int32) -> Int {
        Int(offsets[Int(v) + 1] - offsets[Int(v)])
    }
}
