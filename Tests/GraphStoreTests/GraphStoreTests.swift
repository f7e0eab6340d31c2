import Extraction
import Foundation
import GraphStore
import KnowledgeGraph
import XCTest

/// The store: idempotent ingest, cross-article resolution with reasons, never across types.
final class GraphStoreTests: XCTestCase {
    private var folder: URL!
    private static let devArticles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EvaluationTests/Corpus/dev/articles")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func devCorpus() throws -> [GraphStore.Article] {
        let extractor = try Extractor(lexicon: try Lexicon.builtIn())
        let files = try FileManager.default.contentsOfDirectory(at: Self.devArticles, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        return try files.map { url in
            let article = try ArticleReader().read(url)[0]
            let graph = extractor.extract(article)
            return GraphStore.Article(document: graph.documents[0], hash: ContentHash.of(article.text), graph: graph)
        }
    }

    /// Adding the same articles twice adds nothing the second time.
    func testIngestIsIdempotent() throws {
        let articles = try devCorpus()
        let store = try GraphStore(path: folder.appendingPathComponent("s.sqlite").path, create: true)
        let first = try store.add(articles)
        XCTAssertEqual(first.documents, articles.count)
        let counts = try store.counts()
        let second = try store.add(articles)
        XCTAssertEqual(second, GraphStore.BatchResult())
        XCTAssertEqual(try store.counts().entities, counts.entities)
        XCTAssertEqual(try store.counts().relations, counts.relations)
        XCTAssertEqual(try store.counts().evidence, counts.evidence)
        XCTAssertEqual(try store.integrityCheck(), "ok")
        // A new store object (a later run) sees the same thing.
        XCTAssertEqual(try GraphStore(path: folder.appendingPathComponent("s.sqlite").path, create: false).add(articles), GraphStore.BatchResult())
    }

    /// The dev corpus's Pavel Durov, named in five articles, is one entity with mentions in each,
    /// and the facts several articles report are one relation with all their evidence.
    func testSamePersonAcrossArticlesIsOneEntity() throws {
        let store = try GraphStore(path: folder.appendingPathComponent("s.sqlite").path, create: true)
        _ = try store.add(try devCorpus())
        let graph = try store.graph()
        let durovs = graph.entities.filter { $0.name.contains("Durov") }
        XCTAssertEqual(durovs.map(\.id), ["person:pavel-durov"])
        XCTAssertEqual(Set(durovs[0].mentions.map(\.document)).count, 5)
        let explanation = try XCTUnwrap(try store.explain(entityID: "person:pavel-durov"))
        XCTAssertEqual(explanation.resolutions.count, 5)
        XCTAssertEqual(explanation.resolutions.first?.reason, "new")
        XCTAssertTrue(explanation.resolutions.dropFirst().allSatisfy { $0.reason.hasPrefix("same name") })
        let founded = graph.relations.filter { $0.subject == "person:pavel-durov" && $0.predicate == .founded && $0.object == "app:telegram" }
        XCTAssertEqual(founded.count, 1)
        XCTAssertGreaterThan(Set(founded[0].evidence.map(\.document)).count, 1)
        // Nothing merged across types: every entity's resolutions came from entities of its own type.
        for entity in graph.entities {
            XCTAssertEqual(Set(graph.entities.filter { $0.id == entity.id }.map(\.type)).count, 1)
        }
    }

    /// The resolver's rules, each with its reason, and the cases it must refuse.
    func testResolverRules() {
        var resolver = EntityResolver()
        func person(_ name: String) -> Entity { Entity(id: "x", type: .person, name: name) }
        resolver.register(person("Dmitry Peskov"), as: "person:dmitry-peskov")
        resolver.register(Entity(id: "x", type: .governmentBody, name: "National Security Agency"), as: "gov:nsa")
        resolver.register(Entity(id: "x", type: .person, name: "Volodymyr Zelensky"), as: "person:zelensky")
        resolver.register(Entity(id: "x", type: .person, name: "Anna Ivanova"), as: "person:anna")
        resolver.register(Entity(id: "x", type: .person, name: "Boris Ivanov"), as: "person:boris")

        XCTAssertEqual(resolver.resolve(person("Dmitriy Peskov")).id, "person:dmitry-peskov")
        XCTAssertTrue(resolver.resolve(person("Dmitriy Peskov")).reason.hasPrefix("transliteration variant"))
        XCTAssertEqual(resolver.resolve(person("Volodymyr Zelenskyy")).id, "person:zelensky")
        XCTAssertEqual(resolver.resolve(person("Peskov")).id, "person:dmitry-peskov")
        XCTAssertTrue(resolver.resolve(person("Peskov")).reason.hasPrefix("surname"))
        XCTAssertEqual(resolver.resolve(Entity(id: "y", type: .governmentBody, name: "NSA")).id, "gov:nsa")
        XCTAssertTrue(resolver.resolve(Entity(id: "y", type: .governmentBody, name: "NSA")).reason.hasPrefix("acronym"))
        // Refused: another type with the same name, an acronym of a person, an unknown name.
        XCTAssertNil(resolver.resolve(Entity(id: "y", type: .organization, name: "Dmitry Peskov")).id)
        XCTAssertNil(resolver.resolve(Entity(id: "y", type: .organization, name: "NSA")).id)
        XCTAssertNil(resolver.resolve(person("Ivan Petrov")).id)
        // Refused: two people who share a surname alias are not one person.
        XCTAssertNil(resolver.resolve(Entity(id: "y", type: .person, name: "Boris Peskov", aliases: ["Peskov"])).id)
        // Refused: a shared role description is not a shared identity.
        resolver.register(Entity(id: "x", type: .person, name: "Olga Walker", aliases: ["Ministry of Transport spokesperson"]), as: "person:olga")
        XCTAssertNil(resolver.resolve(Entity(id: "y", type: .person, name: "James Porter", aliases: ["Ministry of Transport spokesperson"])).id)
        // Refused: a surname shared by two known people... "Ivanova" and "Ivanov" differ, so add a second Ivanov.
        resolver.register(Entity(id: "x", type: .person, name: "Sergei Ivanov"), as: "person:sergei")
        XCTAssertNil(resolver.resolve(person("Ivanov")).id)
    }

    /// Date filters keep the documents in range and only the facts they report.
    func testDateRange() throws {
        func article(_ id: String, _ date: String, _ text: String) -> GraphStore.Article {
            let graph = try! Extractor(lexicon: try! Lexicon.builtIn()).extract(Article(id: id, text: text, date: date))
            return GraphStore.Article(document: graph.documents[0], hash: ContentHash.of(text), graph: graph)
        }
        let store = try GraphStore(path: folder.appendingPathComponent("s.sqlite").path, create: true)
        _ = try store.add([
            article("a", "2024-01-10", "Kremlin spokesman Dmitry Peskov said on Monday that officials use Telegram."),
            article("b", "2025-06-01", "Telegram founder Pavel Durov said on Tuesday that the app would stay free."),
        ])
        let early = try store.graph(until: "2024-12-31")
        XCTAssertEqual(early.documents.map(\.id), ["a"])
        XCTAssertTrue(early.entities.contains { $0.name == "Dmitry Peskov" })
        XCTAssertFalse(early.entities.contains { $0.name == "Pavel Durov" })
        XCTAssertTrue(early.relations.allSatisfy { $0.evidence.allSatisfy { $0.document == "a" } })
        XCTAssertEqual(try store.graph(since: "2025").documents.map(\.id), ["b"])
        XCTAssertEqual(try store.graph().documents.count, 2)
    }
}
