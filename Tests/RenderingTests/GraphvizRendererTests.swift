import Extraction
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KnowledgeGraph
import Rendering
import XCTest

/// libgvc renders well-formed SVG with every entity, and its failures come back as typed errors.
final class GraphvizRendererTests: XCTestCase {
    /// The seed's SVG is well-formed XML and shows every entity's name.
    func testSeedSVGShowsEveryEntity() throws {
        let article = try ArticleReader().read(try Fixture.url("00_tass_messengers.txt"))[0]
        let graph = try Extractor(lexicon: Lexicon.builtIn()).extract(article)
        let svg = try GraphvizRenderer().render(dot: DOTWriter().write(graph), engine: .dot, format: .svg)
        let scan = try SVGScan(svg)
        for entity in graph.entities {
            XCTAssertTrue(scan.texts.contains(entity.name), "missing \(entity.name)")
        }
    }

    /// Hostile names render as text: no script element, no event handler attribute, no javascript: link.
    func testHostileTextStaysTextInSVG() throws {
        let graph = HostileGraph.make()
        let svg = try GraphvizRenderer().render(dot: DOTWriter().write(graph), engine: .dot, format: .svg)
        let scan = try SVGScan(svg)
        XCTAssertFalse(scan.elements.contains("script"))
        XCTAssertFalse(scan.attributes.contains { $0.hasPrefix("on") })
        XCTAssertFalse(scan.linkTargets.contains { $0.lowercased().contains("javascript") })
        XCTAssertTrue(scan.texts.contains("</text><script>alert(1)</script>"))
        XCTAssertTrue(scan.texts.contains(#"Back\slash \N \l \G"#))
    }

    /// Every engine lays out the seed; PNG and PDF come out with their magic numbers.
    func testEnginesAndFormats() throws {
        let dot = DOTWriter().write(HostileGraph.make())
        for engine in LayoutEngine.allCases {
            XCTAssertFalse(try GraphvizRenderer().render(dot: dot, engine: engine, format: .svg).isEmpty, engine.rawValue)
        }
        XCTAssertEqual(Array(try GraphvizRenderer().render(dot: dot, engine: .dot, format: .png).prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(Array(try GraphvizRenderer().render(dot: dot, engine: .dot, format: .pdf).prefix(4)), Array("%PDF".utf8))
    }

    /// DOT that Graphviz cannot parse raises `invalidDOT` carrying Graphviz's message.
    func testSyntaxErrorCarriesGraphvizMessage() {
        XCTAssertThrowsError(try GraphvizRenderer().render(dot: "digraph { a -> }", engine: .dot, format: .svg)) { error in
            guard case .invalidDOT(let messages)? = error as? RenderError else { return XCTFail("\(error)") }
            XCTAssertTrue(messages.joined().contains("syntax error"), "\(messages)")
        }
    }

    /// Renders from several threads at once are serialised and all succeed.
    func testConcurrentRendersAreSafe() {
        let dot = DOTWriter().write(HostileGraph.make())
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if (try? GraphvizRenderer().render(dot: dot, engine: .dot, format: .svg)) == nil { failures.increment() }
        }
        XCTAssertEqual(failures.value, 0)
    }
}

/// What an SVG document holds: element names, attribute names, link targets and texts.
final class SVGScan: NSObject, XMLParserDelegate {
    private(set) var elements = Set<String>()
    private(set) var attributes = Set<String>()
    private(set) var linkTargets: [String] = []
    private(set) var texts = Set<String>()
    private var current = ""

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else {
            throw NSError(domain: "SVGScan", code: 1, userInfo: [NSLocalizedDescriptionKey: "SVG is not well-formed: \(String(describing: parser.parserError))"])
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.insert(name)
        self.attributes.formUnion(attributes.keys)
        linkTargets += attributes.filter { $0.key.hasSuffix("href") }.map(\.value)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.insert(current) }
        current = ""
    }
}

/// A thread-safe counter for the concurrency test.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
