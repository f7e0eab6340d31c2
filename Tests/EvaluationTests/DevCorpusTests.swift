import Evaluation
import Extraction
import Foundation
import XCTest

/// The extractor on the development corpus (a copy of shared/corpus/dev in Corpus/dev;
/// its README says these articles were written for testing and are not published
/// articles). Fails when a change lowers the scores below the targets.
final class DevCorpusTests: XCTestCase {
    /// The targets: typed entity F1 0.90 and labelled relation F1 0.75 (shared/tools/score.py's figures).
    static let entityTypedFloor = 0.90
    static let relationLabelledFloor = 0.75

    func testScoresReachTheTargets() throws {
        guard let corpus = Bundle.module.url(forResource: "Corpus/dev", withExtension: nil) else {
            return XCTFail("the dev corpus copy is missing from the test bundle")
        }
        let extractor = try Extractor(lexicon: try Lexicon.builtIn())
        let goldFolder = corpus.appendingPathComponent("gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(names.count, 17)
        var total = ExtractionScore()
        for name in names {
            let gold = try GoldAnnotation.read(goldFolder.appendingPathComponent(name))
            let article = try ArticleReader().read(corpus.appendingPathComponent("articles").appendingPathComponent(gold.article))[0]
            total = total + ExtractionScore(article: name, gold: gold, predicted: extractor.extract(article))
        }
        print(ScoreReport.text(total, articles: names.count, verbose: false), terminator: "")
        XCTAssertGreaterThanOrEqual(total.entitiesTyped.f1, Self.entityTypedFloor)
        XCTAssertGreaterThanOrEqual(total.relationsLabelled.f1, Self.relationLabelledFloor)
        XCTAssertEqual(total.negationAgreed, total.negationChecked, "every matched relation agrees with gold on negation")
    }

    /// Built together, the corpus's articles merge: one Pavel Durov and one Roskomnadzor with mentions
    /// in every article that names them, no two entities of one type sharing a name, and a statement
    /// reported by several articles held once with all its evidence.
    func testArticlesMergeAcrossDocuments() throws {
        guard let corpus = Bundle.module.url(forResource: "Corpus/dev/articles", withExtension: nil) else {
            return XCTFail("the dev corpus copy is missing from the test bundle")
        }
        let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
        let articles = try files.flatMap { try ArticleReader().read($0) }
        let graph = try Extractor(lexicon: try Lexicon.builtIn()).extract(articles)
        XCTAssertEqual(graph.documents.count, 17)
        let durov = graph.entities.filter { $0.name == "Pavel Durov" }
        XCTAssertEqual(durov.map(\.type), [.person])
        XCTAssertEqual(Set(durov[0].mentions.map(\.document)),
                       ["00_tass_messengers", "01_tass_telegram_block", "02_reuters_telegram_unblock", "03_interfax_yarovaya_law", "09_tass_durov_registration"])
        let roskomnadzor = try XCTUnwrap(graph.entities.first { $0.name == "Roskomnadzor" })
        XCTAssertGreaterThanOrEqual(Set(roskomnadzor.mentions.map(\.document)).count, 6)
        let keys = graph.entities.map { "\($0.type.rawValue) \($0.name)" }
        XCTAssertEqual(keys.count, Set(keys).count)
        XCTAssertTrue(graph.relations.contains { Set($0.evidence.map(\.document)).count > 1 })
    }
}
