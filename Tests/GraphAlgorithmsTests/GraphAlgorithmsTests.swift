@testable import GraphAlgorithms
import KnowledgeGraph
import XCTest

/// Exact, hand-checked answers on small graphs: a path, a star, two triangles joined by a
/// bridge, and a disconnected graph.
final class GraphAlgorithmsTests: XCTestCase {
    /// A graph with nodes "a", "b", ... and one relation per edge.
    private func graph(_ nodes: String, _ edges: [(String, String)]) -> GraphIndex {
        let entities = nodes.map { Entity(id: String($0), type: .organization, name: String($0)) }
        let relations = edges.map { Relation(subject: $0.0, predicate: .partOf, object: $0.1, negated: false, confidence: 1, evidence: []) }
        return GraphIndex(KnowledgeGraph(entities: entities, relations: relations))
    }

    private var path: GraphIndex { graph("abcd", [("a", "b"), ("b", "c"), ("c", "d")]) }
    private var star: GraphIndex { graph("abcde", [("a", "b"), ("a", "c"), ("a", "d"), ("a", "e")]) }
    private var triangles: GraphIndex {
        graph("abcdef", [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "f"), ("f", "d")])
    }
    private var disconnected: GraphIndex { graph("abcde", [("a", "b"), ("c", "d"), ("d", "c"), ("e", "e")]) }

    func testIndexCollapsesPairsAndDropsSelfLoops() {
        let g = disconnected
        XCTAssertEqual(g.edgeCount, 2)
        XCTAssertEqual((0..<5).map { g.degree(of: Int32($0)) }, [1, 1, 1, 1, 0])
        XCTAssertEqual(Components.connected(g), [[0, 1], [2, 3], [4]])
    }

    func testShortestPathsAndYen() {
        XCTAssertEqual(ShortestPaths.bfs(path, from: 0, to: 3), [0, 1, 2, 3])
        XCTAssertNil(ShortestPaths.bfs(path, from: 0, to: 3, maxHops: 2))
        XCTAssertNil(ShortestPaths.bfs(disconnected, from: 0, to: 2))
        XCTAssertEqual(ShortestPaths.bfs(path, from: 3, to: 0, directed: true), nil)
        XCTAssertEqual(ShortestPaths.bfs(star, from: 1, to: 2, avoid: [0]), nil)
        // a -> e in the triangles: a c d e, then a b c d e and a c d f e (length 4).
        let paths = KShortestPaths.yen(triangles, from: 0, to: 4, k: 3)
        XCTAssertEqual(paths.first, [0, 2, 3, 4])
        XCTAssertEqual(Set(paths.dropFirst()), [[0, 1, 2, 3, 4], [0, 2, 3, 5, 4]])
    }

    func testBetweenness() {
        // Path a-b-c-d: b and c each lie on 2 of the 3 pairs' paths; normalised by (n-1)(n-2)/2 = 3.
        assertClose(Betweenness.compute(path), [0, 2.0 / 3, 2.0 / 3, 0])
        // Star: the hub lies on all 6 leaf pairs' paths: 6 / 6 = 1.
        assertClose(Betweenness.compute(star), [1, 0, 0, 0, 0])
        // Triangles joined by c-d: c and d broker 3*3 - 1 ... = 9 pairs of 10 pairs each? c: pairs (a|b, d|e|f) = 6 -> 6/10.
        assertClose(Betweenness.compute(triangles), [0, 0, 0.6, 0.6, 0, 0])
    }

    func testClosenessAndPageRank() {
        // Path: a reaches 3 nodes at total distance 6 -> 3/6; b at 1+1+2 = 4 -> 3/4.
        assertClose(Closeness.compute(path), [0.5, 0.75, 0.75, 0.5])
        // Disconnected: a reaches 1 node at distance 1 -> 1/1 * (1/4) = 0.25; e reaches none -> 0.
        assertClose(Closeness.compute(disconnected), [0.25, 0.25, 0.25, 0.25, 0])
        // Star PageRank: leaves share the hub's rank; the hub's rank solves r = 0.15/5 + 0.85 * 4 * (1 - r) / 4.
        let ranks = PageRank.compute(star)!
        XCTAssertEqual(ranks.reduce(0, +), 1, accuracy: 1e-9)
        XCTAssertEqual(ranks[0], (0.03 + 0.85) / 1.85, accuracy: 1e-8)
    }

    func testLouvainFindsTheTwoTriangles() {
        let (communities, modularity) = Louvain.communities(triangles, seed: 1)
        XCTAssertEqual(Set(communities.map(Set.init)), [[0, 1, 2], [3, 4, 5]])
        // Each triangle: 3 of 7 edges inside, degree sum 7 of 14: 2 * (3/7 - 1/4) = 5/14.
        XCTAssertEqual(modularity, 5.0 / 14, accuracy: 1e-12)
    }

    func testBrokersCoresAndStrongComponents() {
        let (points, bridges) = Brokers.find(triangles)
        XCTAssertEqual(points, [2, 3])
        XCTAssertEqual(bridges.map { [$0.0, $0.1] }, [[2, 3]])
        XCTAssertEqual(Brokers.find(star).articulationPoints, [0])
        XCTAssertEqual(Brokers.find(path).bridges.count, 3)
        XCTAssertEqual(CoreNumbers.compute(triangles), [2, 2, 2, 2, 2, 2])
        XCTAssertEqual(CoreNumbers.compute(star), [1, 1, 1, 1, 1])
        XCTAssertEqual(CoreNumbers.compute(disconnected), [1, 1, 1, 1, 0])
        // Directed: the triangle relations a->b->c->a form a cycle; c->d leaves it; d->e->f->d cycles.
        XCTAssertEqual(StrongComponents.compute(triangles), [[0, 1, 2], [3, 4, 5]])
        XCTAssertEqual(StrongComponents.compute(path), [[0], [1], [2], [3]])
    }

    func testWeightedAndSimplePaths() {
        // Unit weights (no evidence): Dijkstra finds the BFS path.
        let weights = [Double](repeating: 1, count: triangles.neighbors.count)
        XCTAssertEqual(WeightedPaths.dijkstra(triangles, weights: weights, from: 0, to: 4), [0, 2, 3, 4])
        XCTAssertNil(WeightedPaths.dijkstra(disconnected, weights: [1, 1, 1, 1], from: 0, to: 2))
        XCTAssertEqual(SimplePaths.all(triangles, from: 0, to: 4, maxHops: 4),
                       [[0, 2, 3, 4], [0, 1, 2, 3, 4], [0, 2, 3, 5, 4]])
        XCTAssertEqual(SimplePaths.all(triangles, from: 0, to: 4, maxHops: 3), [[0, 2, 3, 4]])
        XCTAssertEqual(EgoNetwork.around(star, center: 1, depth: 1).map(\.node), [1, 0])
        XCTAssertEqual(EgoNetwork.around(star, center: 1, depth: 2).map(\.hops), [0, 1, 2, 2, 2])
    }

    /// Evidence makes a link short: the pair reported by three sentences is preferred.
    func testEvidenceWeights() {
        let entities = "abcd".map { Entity(id: String($0), type: .organization, name: String($0)) }
        let evidence = { (count: Int) in (0..<count).map { Evidence(document: "d", sentence: $0, text: "s\($0)", start: $0, end: $0 + 1) } }
        let relations = [("a", "b", 1), ("b", "d", 1), ("a", "c", 3), ("c", "d", 3)].map {
            Relation(subject: $0.0, predicate: .partOf, object: $0.1, negated: false, confidence: 1, evidence: evidence($0.2))
        }
        let knowledge = KnowledgeGraph(entities: entities, relations: relations)
        let index = GraphIndex(knowledge)
        XCTAssertEqual(WeightedPaths.dijkstra(index, weights: WeightedPaths.weights(index, knowledge), from: 0, to: 3), [0, 2, 3])
    }

    private func assertClose(_ actual: [Double], _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
        for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: 1e-12, file: file, line: line) }
    }
}
