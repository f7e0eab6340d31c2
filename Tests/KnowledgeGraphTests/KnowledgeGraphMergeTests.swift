import KnowledgeGraph
import XCTest

/// Merging graphs of several documents unites what is the same and nothing else.
final class KnowledgeGraphMergeTests: XCTestCase {
    private func graph(_ document: String, person: String, aliases: [String], body: String, bodyType: EntityType = .governmentBody) -> KnowledgeGraph {
        let evidence = Evidence(document: document, sentence: 0, text: "\(person) of \(body).", start: 0, end: 10)
        return KnowledgeGraph(
            documents: [Document(id: document)],
            entities: [Entity(id: "a", type: .person, name: person, aliases: aliases, mentions: [Mention(document: document, start: 0, end: 5)]),
                       Entity(id: "b", type: bodyType, name: body, aliases: ["the ministry"], mentions: [Mention(document: document, start: 6, end: 9)])],
            relations: [Relation(subject: "a", predicate: .spokespersonOf, object: "b", confidence: 0.8, evidence: [evidence])]
        )
    }

    /// The same person named fully in one article and by surname in another is one entity,
    /// and the statement both report is one relation with both sentences.
    func testSameEntitiesAndStatementsMerge() {
        let merged = KnowledgeGraph.merging([
            graph("d1", person: "Dmitry Peskov", aliases: ["Peskov"], body: "Kremlin"),
            graph("d2", person: "Peskov", aliases: [], body: "the Kremlin"),
        ])
        XCTAssertEqual(merged.entities.map(\.id), ["gov:kremlin", "person:dmitry-peskov"])
        XCTAssertEqual(merged.entities.first { $0.type == .person }?.aliases, ["Peskov"])
        XCTAssertEqual(merged.relations.count, 1)
        XCTAssertEqual(merged.relations[0].evidence.map(\.document), ["d1", "d2"])
        XCTAssertEqual(merged.documents.map(\.id), ["d1", "d2"])
    }

    /// Same name, different types: never merged. Shared descriptions ("the ministry"): never merged.
    func testNoMergeAcrossTypesOrDescriptions() {
        let merged = KnowledgeGraph.merging([
            graph("d1", person: "Anna Ivanova", aliases: [], body: "Telegram", bodyType: .application),
            graph("d2", person: "Boris Petrov", aliases: [], body: "Telegram", bodyType: .organization),
        ])
        XCTAssertEqual(merged.entities.map(\.id), ["app:telegram", "org:telegram", "person:anna-ivanova", "person:boris-petrov"])
    }

    /// Canonical ids come from type and name; equal slugs get numbered suffixes in sorted order.
    func testIDsAreStableAndUnique() {
        let graph = KnowledgeGraph(entities: [
            Entity(id: "x", type: .person, name: "Sérgio Lima", mentions: [Mention(document: "d", start: 0, end: 1)]),
            Entity(id: "y", type: .person, name: "Sergio Lima", mentions: [Mention(document: "d", start: 5, end: 6)]),
        ]).canonicalized()
        XCTAssertEqual(graph.entities.map(\.id), ["person:sergio-lima", "person:sergio-lima-2"])
        XCTAssertEqual(graph.entities.map(\.name), ["Sergio Lima", "Sérgio Lima"])
        XCTAssertEqual(graph.canonicalized(), graph)
    }

    /// Name keys fold case, typographic apostrophes, possessives and a leading "the".
    func testNameKeyFoldsLikeTheScorer() {
        XCTAssertEqual(NameKey.normalize("Russia’s Economic Development Ministry"), "russia economic development ministry")
        XCTAssertEqual(NameKey.normalize("The Kremlin"), "kremlin")
        XCTAssertEqual(NameKey.slug("Élisabeth Borne"), "elisabeth-borne")
    }
}
