import Foundation
import KnowledgeGraph
import Rendering
import XCTest

/// Merged edges, the automatic engine choice, highlighted and clustered DOT, and HTML escaping.
final class MapTests: XCTestCase {
    /// A three-entity graph: two relations from Peskov to the Kremlin (one with two sentences), one negated to Telegram.
    static func smallGraph() -> KnowledgeGraph {
        let entities = [
            Entity(id: "person:peskov", type: .person, name: "Dmitry Peskov", aliases: ["Peskov"]),
            Entity(id: "gov:kremlin", type: .governmentBody, name: "Kremlin"),
            Entity(id: "app:telegram", type: .application, name: "Telegram"),
        ]
        func evidence(_ sentence: Int, _ text: String) -> Evidence { Evidence(document: "d1", sentence: sentence, text: text, start: 0, end: 1) }
        let relations = [
            Relation(id: "r1", subject: "person:peskov", predicate: .spokespersonOf, object: "gov:kremlin", confidence: 0.9,
                     evidence: [evidence(0, "Kremlin spokesman Dmitry Peskov said."), evidence(2, "Peskov speaks for the Kremlin.")]),
            Relation(id: "r2", subject: "person:peskov", predicate: .worksFor, object: "gov:kremlin", confidence: 0.8, evidence: [evidence(0, "Kremlin spokesman Dmitry Peskov said.")]),
            Relation(id: "r3", subject: "person:peskov", predicate: .uses, object: "app:telegram", negated: true, confidence: 0.7, evidence: [evidence(1, "Peskov does not use Telegram.")]),
        ]
        return KnowledgeGraph(documents: [Document(id: "d1", title: "Kremlin")], entities: entities, relations: relations)
    }

    /// Relations between the same ordered pair become one edge with both phrases and a count.
    func testParallelRelationsMergeIntoOneEdge() {
        let edges = MapEdge.merging(Self.smallGraph().relations)
        XCTAssertEqual(edges.count, 2)
        XCTAssertEqual(edges[0].label, "spokesperson of; works for (×2)")
        XCTAssertEqual(edges[0].evidenceCount, 3)
        XCTAssertEqual(edges[0].width, 1 + 1.5 * log2(3), accuracy: 1e-12)
        XCTAssertEqual(edges[0].lineStyle, .solid)
        XCTAssertEqual(edges[1].label, "not uses")
        XCTAssertEqual(edges[1].width, 1)
        XCTAssertEqual(edges[1].lineStyle, .dashed)
    }

    /// The automatic choice: dot within its limits, fdp for clustered mid-size maps, sfdp above; a named engine always wins.
    func testAutomaticLayoutChoice() {
        XCTAssertEqual(LayoutChoice.automatic.resolve(entities: 150, edges: 150, clustered: false), .dot)
        XCTAssertEqual(LayoutChoice.automatic.resolve(entities: 100, edges: 151, clustered: false), .sfdp)
        XCTAssertEqual(LayoutChoice.automatic.resolve(entities: 151, edges: 10, clustered: true), .fdp)
        XCTAssertEqual(LayoutChoice.automatic.resolve(entities: 2_001, edges: 10, clustered: true), .sfdp)
        XCTAssertEqual(LayoutChoice.engine(.dot).resolve(entities: 5_000, edges: 10_000, clustered: false), .dot)
        XCTAssertEqual(LayoutChoice(name: "auto"), .automatic)
        XCTAssertEqual(LayoutChoice(name: "neato"), .engine(.neato))
        XCTAssertNil(LayoutChoice(name: "graphviz"))
        let big = MapOptions.planned(for: ThousandEdgeGraph.make(edges: 1_001), layout: .automatic)
        XCTAssertEqual(big.engine, .sfdp)
        XCTAssertFalse(big.edgeLabels)
        XCTAssertTrue(MapOptions.planned(for: ThousandEdgeGraph.make(edges: 1_000), layout: .automatic).edgeLabels)
    }

    /// A highlighted path and a cluster give exactly this DOT.
    func testHighlightedClusteredDOT() throws {
        let options = MapOptions(engine: .dot, highlightedEntities: ["person:peskov", "gov:kremlin"], highlightedEdges: [EntityPair("gov:kremlin", "person:peskov")],
                                 clusters: [MapCluster(label: "Power \"x\"", entityIDs: ["gov:kremlin", "person:peskov"])])
        let dot = DOTWriter().write(Self.smallGraph(), options: options)
        if Fixture.updating { return try Data(dot.utf8).write(to: Fixture.sourceURL("small_map.golden.dot")) }
        XCTAssertEqual(dot, try String(contentsOf: try Fixture.url("small_map.golden.dot"), encoding: .utf8))
        let parsed = try GraphvizRenderer().parse(dot: dot)
        XCTAssertEqual(parsed.nodes.filter { !$0.hasPrefix("~legend:") }.count, 3)
    }

    /// Force-directed engines get overlap removal, and straight edges on big maps.
    func testForceDirectedAttributes() {
        let small = DOTWriter().write(Self.smallGraph(), options: MapOptions(engine: .sfdp))
        XCTAssertTrue(small.contains("overlap=prism"))
        XCTAssertTrue(small.contains("splines=true"))
        let big = DOTWriter().write(ThousandEdgeGraph.make(edges: 201), options: MapOptions(engine: .sfdp, edgeLabels: false))
        XCTAssertTrue(big.contains("splines=false"))
        XCTAssertFalse(big.contains("label=\"works for\""))
    }

    /// HTML text escaping and script-safe JSON.
    func testHTMLEscaping() {
        XCTAssertEqual(HTMLEscaping.text(#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(HTMLEscaping.scriptJSON(#"{"a":"</script><!--&\#u{2028}"}"#), #"{"a":"\u003c/script\u003e\u003c!--\u0026\u2028"}"#)
    }

    /// The page carries the graph as JSON the script can read back, and the SVG inline without prolog or comments.
    func testHTMLPageStructure() throws {
        let graph = Self.smallGraph()
        let svg = try GraphvizRenderer().render(dot: DOTWriter().write(graph), engine: .dot, format: .svg)
        let page = String(decoding: try HTMLMapWriter().write(graph, svg: svg), as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(page.contains("<?xml"))
        XCTAssertFalse(page.contains("<!--"))
        XCTAssertTrue(page.contains("default-src 'none'"))
        XCTAssertTrue(page.contains(#"<g id="n0" class="node">"#))
        XCTAssertTrue(page.contains(#"<g id="e0" class="edge">"#))
        let start = try XCTUnwrap(page.range(of: #"<script type="application/json" id="newsgraph-data">"#))
        let end = try XCTUnwrap(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let data = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let edges = try XCTUnwrap(data?["edges"] as? [[String: Any]])
        XCTAssertEqual(edges.count, 2)
        XCTAssertEqual((edges[0]["relations"] as? [Any])?.count, 2)
        XCTAssertEqual((data?["entities"] as? [[String: Any]])?.first?["name"] as? String, "Dmitry Peskov")
    }
}

/// A star graph with a given number of edges, for size thresholds.
enum ThousandEdgeGraph {
    static func make(edges: Int) -> KnowledgeGraph {
        let entities = (0...edges).map { Entity(id: "e\($0)", type: .organization, name: "Entity \($0)") }
        let relations = (1...edges).map { Relation(id: "r\($0)", subject: "e0", predicate: .worksFor, object: "e\($0)", confidence: 1, evidence: []) }
        return KnowledgeGraph(documents: [], entities: entities, relations: relations)
    }
}
