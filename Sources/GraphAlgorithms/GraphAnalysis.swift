import Foundation
import KnowledgeGraph

/// Every measure `newsgraph analyze` reports, computed once over a graph index.
public struct GraphAnalysis: Sendable {
    public let nodes: Int
    public let edges: Int
    public let components: [[Int32]]
    public let degree: [Int]
    public let betweenness: [Double]
    public let closeness: [Double]
    public let pagerank: [Double]
    public let communities: [[Int32]]
    public let modularity: Double
    /// Articulation points and bridges: the brokers whose removal splits a component.
    public let articulationPoints: [Int32]
    public let bridges: [(Int32, Int32)]
    /// The k-core number of each node.
    public let coreNumbers: [Int]
    /// Strongly connected components of the relations' own direction.
    public let strongComponents: [[Int32]]
    /// Seconds each step took, in order.
    public private(set) var timings: [(step: String, seconds: Double)] = []

    /// A duration in seconds, for timings.
    public static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The measures `analyze` can compute; `--skip` leaves some out on very large graphs.
    public static let measures = ["betweenness", "closeness", "pagerank", "louvain", "brokers", "cores", "strong"]

    /// Runs the measures, leaving out those in `skip` (their figures stay empty);
    /// `samples` estimates betweenness from that many seeded random sources.
    public init(_ graph: GraphIndex, samples: Int? = nil, seed: UInt64 = 1, resolution: Double = 1, skip: Set<String> = []) {
        let clock = ContinuousClock()
        var timings: [(String, Double)] = []
        func timed<T>(_ step: String, empty: T, _ body: () -> T) -> T {
            if skip.contains(step) { return empty }
            let start = clock.now
            let result = body()
            let elapsed = start.duration(to: clock.now)
            timings.append((step, Self.seconds(elapsed)))
            return result
        }
        nodes = graph.nodeCount
        edges = graph.edgeCount
        components = timed("components", empty: []) { Components.connected(graph) }
        degree = (0..<graph.nodeCount).map { graph.degree(of: Int32($0)) }
        var sources: [Int32]?
        if let samples, samples < graph.nodeCount {
            var order = Array(0..<graph.nodeCount)
            var random = SplitMix64(seed: seed)
            random.shuffle(&order)
            sources = order.prefix(samples).map(Int32.init)
        }
        betweenness = timed("betweenness", empty: []) { Betweenness.compute(graph, sources: sources) }
        closeness = timed("closeness", empty: []) { Closeness.compute(graph) }
        pagerank = timed("pagerank", empty: []) { PageRank.compute(graph) ?? [] }
        (communities, modularity) = timed("louvain", empty: ([], 0)) { Louvain.communities(graph, resolution: resolution, seed: seed) }
        (articulationPoints, bridges) = timed("brokers", empty: ([], [])) { Brokers.find(graph) }
        coreNumbers = timed("cores", empty: []) { CoreNumbers.compute(graph) }
        strongComponents = timed("strong", empty: []) { StrongComponents.compute(graph) }
        self.timings = timings
    }

    /// `{"nodes", "edges", "components", "degree", "betweenness", "closeness", "pagerank", "communities", "modularity"}`, keyed by
    /// entity id, plus `articulationPoints`, `bridges`, `coreNumber` and the number of `strongComponents`.
    public func jsonData(ids: [String]) throws -> Data {
        // Written directly: JSONSerialization's locale-aware key sorting dominates on large graphs.
        // Entity ids are written in node order, which is the graph's (sorted) entity order.
        var out = JSONText()
        out.open()
        out.key("articulationPoints"); out.array(articulationPoints.map { ids[Int($0)] })
        out.key("betweenness"); out.object(ids, betweenness)
        out.key("bridges"); out.nested(bridges.map { [ids[Int($0.0)], ids[Int($0.1)]] })
        out.key("closeness"); out.object(ids, closeness)
        out.key("communities"); out.nested(communities.map { $0.map { ids[Int($0)] } })
        out.key("components"); out.nested(components.map { $0.map { ids[Int($0)] } })
        out.key("coreNumber"); out.object(ids, coreNumbers.map(Double.init))
        out.key("degree"); out.object(ids, degree.map(Double.init))
        out.key("edges"); out.number(Double(edges))
        out.key("modularity"); out.number(modularity)
        out.key("nodes"); out.number(Double(nodes))
        out.key("pagerank"); out.object(ids, pagerank)
        out.key("strongComponents"); out.number(Double(strongComponents.count))
        out.close()
        return out.data
    }

    /// A node's figure, or 0 when the measure was skipped.
    private func score(_ values: [Double], _ node: Int32) -> Double { values.isEmpty ? 0 : values[Int(node)] }

    /// A report for people: sizes, the top entities by each measure, the communities.
    public func report(_ graph: KnowledgeGraph, index: GraphIndex, top: Int) -> String {
        let name = { (v: Int) in "\(graph.entities[v].name) (\(graph.entities[v].type.rawValue))" }
        var lines = ["\(nodes) entities, \(edges) linked pairs, \(components.count) component\(components.count == 1 ? "" : "s") (largest \(components.first?.count ?? 0))"]
        func list(_ title: String, _ values: [Double], _ format: (Double) -> String) {
            lines.append("")
            lines.append(title)
            for v in values.indices.sorted(by: { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }).prefix(top) {
                lines.append("  \(format(values[v]).padding(toLength: 9, withPad: " ", startingAt: 0)) \(name(v))")
            }
        }
        list("Most connected (degree)", degree.map(Double.init)) { String(Int($0)) }
        list("Brokers (betweenness)", betweenness) { String(format: "%.4f", $0) }
        list("Most central (PageRank)", pagerank) { String(format: "%.4f", $0) }
        lines.append("")
        lines.append("Brokers (removing one splits its component): " + (articulationPoints.isEmpty ? "none"
            : articulationPoints.sorted { score(betweenness, $0) > score(betweenness, $1) }.prefix(top).map { name(Int($0)) }.joined(separator: ", ")))
        lines.append("Densest core: \(coreNumbers.max() ?? 0)-core, \(coreNumbers.filter { $0 == coreNumbers.max() }.count) entities")
        lines.append("")
        lines.append("Communities (modularity \(String(format: "%.3f", modularity)))")
        for (number, community) in communities.prefix(top).enumerated() {
            let members = community.sorted { score(pagerank, $0) > score(pagerank, $1) }.prefix(6).map { graph.entities[Int($0)].name }
            lines.append("  \(number + 1). \(community.count) entities: " + members.joined(separator: ", ") + (community.count > 6 ? ", ..." : ""))
        }
        return lines.joined(separator: "\n")
    }
}
