/// The k shortest simple paths by Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless
/// paths in a network", Management Science 17(11), 1971) over breadth-first search: each next
/// path deviates from a previous one at a spur node with the used continuations removed.
/// O(k N (N + E)). Paths come shortest first, ties in the order found.
public enum KShortestPaths {
    /// Up to `k` shortest simple paths from `source` to `target`, as node numbers.
    public static func yen(_ graph: GraphIndex, from source: Int32, to target: Int32, k: Int, directed: Bool = false,
                           avoid: Set<Int32> = [], maxHops: Int = .max) -> [[Int32]] {
        guard let first = ShortestPaths.bfs(graph, from: source, to: target, directed: directed, avoid: avoid, maxHops: maxHops) else { return [] }
        var found = [first]
        var candidates: [[Int32]] = []
        while found.count < k {
            let last = found[found.count - 1]
            for spur in 0..<(last.count - 1) {
                let root = Array(last[0...spur])
                var blockedEdges = Set<UInt64>()
                for path in found where path.count > spur + 1 && Array(path[0...spur]) == root {
                    blockedEdges.insert(Self.key(path[spur], path[spur + 1]))
                }
                var blockedNodes = avoid
                for node in root.dropLast() { blockedNodes.insert(node) }
                guard let tail = ShortestPaths.bfs(graph, from: root[spur], to: target, directed: directed, avoid: blockedNodes,
                                                   maxHops: maxHops == .max ? .max : maxHops - spur, blockedEdges: blockedEdges) else { continue }
                let candidate = root + tail.dropFirst()
                if !found.contains(candidate) && !candidates.contains(candidate) { candidates.append(candidate) }
            }
            guard let best = candidates.indices.min(by: { candidates[$0].count < candidates[$1].count }) else { break }
            found.append(candidates.remove(at: best))
        }
        return found
    }

    /// A key for the edge from `a` to `b`.
    static func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }
}
