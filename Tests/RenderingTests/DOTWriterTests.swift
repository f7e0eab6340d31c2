import Extraction
import Foundation
import KnowledgeGraph
import Rendering
import XCTest

/// The DOT writer's output is pinned by a golden file and escapes hostile text.
final class DOTWriterTests: XCTestCase {
    /// The seed article's DOT equals the golden file (rewrite with NEWSGRAPH_UPDATE_SNAPSHOTS=1).
    func testSeedGoldenDOT() throws {
        let article = try ArticleReader().read(try Fixture.url("00_tass_messengers.txt"), source: "seeds/00_tass_messengers.txt")[0]
        let dot = DOTWriter().write(try Extractor(lexicon: Lexicon.builtIn()).extract(article))
        if Fixture.updating { return try Data(dot.utf8).write(to: Fixture.sourceURL("00_tass_messengers.golden.dot")) }
        XCTAssertEqual(dot, try String(contentsOf: try Fixture.url("00_tass_messengers.golden.dot"), encoding: .utf8))
    }

    /// Quotes, backslashes, Graphviz escapes and line breaks are neutralised.
    func testQuotedEscapes() {
        XCTAssertEqual(DOTEscaping.quoted(#"a "b" \N c"#), #""a \"b\" \\N c""#)
        XCTAssertEqual(DOTEscaping.quoted("line\nbreak\u{202E}x"), "\"line breakx\"")
        XCTAssertEqual(DOTEscaping.quoted(#"end\"#), #""end\\ ""#)
    }

    /// Ids differing only by bidirectional or control characters, with backslashes, or shaped like
    /// legend or Graphviz-anonymous nodes, stay distinct nodes named as `nodeName` says, with labels
    /// ending in a backslash (regressions: FuzzDOT's findings in Fuzz/corpus/dot/regression-*.bin).
    func testNodeNamesAreLosslessAndDistinct() throws {
        let ids = ["person:Back\\slash \\N \\l \\G", "person:trailing\\", "person:\u{202E}RTL override", "person:RTL override", "person:ctrl\u{1}\u{2}\u{7F}", "person:ctrl   ",
                   "legend:Person", "~legend:Person", "%3", "person:100%", "person:100~25"]
        let entities = ids.map { Entity(id: $0, type: .person, name: $0) }
        let relations = ids.dropFirst().map { Relation(subject: ids[0], predicate: .worksFor, object: $0, confidence: 1, evidence: []) }
        let dot = DOTWriter().write(KnowledgeGraph(entities: entities, relations: relations))
        let parsed = try GraphvizRenderer().parse(dot: dot)
        let entityNodes = parsed.nodes.filter { !$0.hasPrefix("~legend:") }
        XCTAssertEqual(entityNodes.count, ids.count)
        XCTAssertEqual(Set(entityNodes), Set(ids.map(DOTEscaping.nodeName)))
        XCTAssertEqual(parsed.edges, relations.count)
        XCTAssertEqual(DOTEscaping.nodeName("person:dmitry-peskov"), "person:dmitry-peskov")
        XCTAssertEqual(DOTEscaping.nodeName("a\u{202E}%~"), "a~E2~80~AE~25~7E")
    }

    /// A graph whose names and sentences try to inject DOT parses to exactly its own nodes and edges.
    func testHostileTextInjectsNothingIntoDOT() throws {
        let graph = HostileGraph.make()
        let dot = DOTWriter().write(graph)
        let parsed = try GraphvizRenderer().parse(dot: dot)
        let entityNodes = parsed.nodes.filter { !$0.hasPrefix("~legend:") }
        XCTAssertEqual(Set(entityNodes), Set(graph.entities.map { DOTEscaping.nodeName($0.id) }))
        let legendEdges = Set(graph.entities.map(\.type)).count - 1
        XCTAssertEqual(parsed.edges, graph.relations.count + legendEdges)
        XCTAssertFalse(dot.contains("URL="))
        XCTAssertFalse(dot.contains("href="))
    }
}

/// A small graph made of the strings an attacker would put into an article.
enum HostileGraph {
    static let names = [
        #"Evil "]; x -> y ["#,
        "</text><script>alert(1)</script>",
        #"Back\slash \N \l \G"#,
        "javascript:alert(1)",
        "Line\nbreak \" onload=\"alert(1)",
    ]

    static func make() -> KnowledgeGraph {
        let entities = names.enumerated().map { index, name in
            Entity(id: "person:hostile-\(index)", type: index % 2 == 0 ? .person : .organization, name: name, aliases: [name + " alias"],
                   mentions: [Mention(document: "d", start: 0, end: 1)])
        }
        let relations = (1..<names.count).map { index in
            Relation(id: "r\(index)", subject: entities[0].id, predicate: .worksFor, object: entities[index].id, confidence: 0.5,
                     evidence: [Evidence(document: "d", sentence: 0, text: names[index] + #" said "]; a -> b [label="x"#, start: 0, end: 1)])
        }
        return KnowledgeGraph(documents: [Document(id: "d")], entities: entities, relations: relations)
    }
}
