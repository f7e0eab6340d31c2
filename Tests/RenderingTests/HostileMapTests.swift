import Extraction
import Foundation
import KnowledgeGraph
import Rendering
import XCTest

/// Hostile names, documents and sentences (`Tests/Hostile`) stay inert text in every map format.
final class HostileMapTests: XCTestCase {
    private static let hostileFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Hostile")
    /// Strings that would be markup, script or graph structure if they escaped their text.
    private static let payloads = ["<script>window.pwned", "<img src=x onerror", "<svg onload", "\" onload=\"", "</text><script"]

    /// The hostile graph file, and the hostile article run through the extractor.
    private func hostileGraphs() throws -> [(String, KnowledgeGraph)] {
        let file = try KnowledgeGraph(jsonData: Data(contentsOf: Self.hostileFolder.appendingPathComponent("hostile_graph.json")))
        let article = try ArticleReader().read(Self.hostileFolder.appendingPathComponent("hostile_article.txt"))[0]
        return [("hostile_graph.json", file), ("hostile_article.txt", try Extractor(lexicon: Lexicon.builtIn()).extract(article))]
    }

    func testEveryFormatKeepsHostileTextInert() throws {
        for (name, graph) in try hostileGraphs() {
            XCTAssertFalse(graph.entities.isEmpty, name)
            let options = MapOptions.planned(for: graph, layout: .automatic)
            let intendedEdges = MapEdge.merging(graph.relations).count + Set(graph.entities.map(\.type)).count - 1

            // DOT as written, and as Graphviz writes it back after layout: exactly the intended nodes and edges.
            let written = DOTWriter().write(graph, options: options)
            for dot in [written, String(decoding: try MapRenderer().render(graph, as: .dot, options: options), as: UTF8.self)] {
                let parsed = try GraphvizRenderer().parse(dot: dot)
                XCTAssertEqual(Set(parsed.nodes.filter { !$0.hasPrefix("~legend:") }), Set(graph.entities.map { DOTEscaping.nodeName($0.id) }), name)
                XCTAssertEqual(parsed.edges, intendedEdges, name)
                XCTAssertFalse(dot.contains("URL=") || dot.contains("href="), name)
            }

            // SVG: well-formed, no script element, no handler attribute, no link; the names are text.
            let svg = try MapRenderer().render(graph, as: .svg, options: options)
            let scan = try SVGScan(svg)
            XCTAssertFalse(scan.elements.contains("script") || scan.elements.contains("img") || scan.elements.contains("foreignObject"), name)
            XCTAssertFalse(scan.attributes.contains { $0.lowercased().hasPrefix("on") }, name)
            XCTAssertTrue(scan.linkTargets.isEmpty, "\(name): \(scan.linkTargets)")
            for entity in graph.entities { XCTAssertTrue(scan.texts.contains(entity.name), "\(name): \(entity.name)") }

            // PNG and PDF: real images.
            XCTAssertEqual(Array(try MapRenderer().render(graph, as: .png, options: options).prefix(4)), [0x89, 0x50, 0x4E, 0x47], name)
            XCTAssertEqual(Array(try MapRenderer().render(graph, as: .pdf, options: options).prefix(4)), Array("%PDF".utf8), name)

            // HTML: the page's own two scripts only, and no payload anywhere as markup.
            let page = String(decoding: try MapRenderer().render(graph, as: .html, options: options), as: UTF8.self)
            XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 2, name)
            XCTAssertEqual(page.components(separatedBy: "</script>").count - 1, 2, name)
            for payload in Self.payloads { XCTAssertFalse(page.contains(payload), "\(name): \(payload)") }
            XCTAssertFalse(page.lowercased().contains("href=\"javascript"), name)
        }
    }
}
