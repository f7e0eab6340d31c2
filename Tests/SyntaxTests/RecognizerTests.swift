import Foundation
@testable import Syntax
import XCTest

/// Named-entity data readers, the gazetteers, and the recognizer's training and shipped model.
final class RecognizerTests: XCTestCase {
    private func fixture(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: ext) else { throw XCTSkip("fixture missing") }
        return url
    }

    private func spans(_ sentence: EntitySentence) -> [String] {
        sentence.entities.map { "\(sentence.words[$0.words].joined(separator: " "))/\($0.type.rawValue)" }
    }

    /// GUM's brackets give named mentions only (all proper nouns or connectors), the longest where
    /// they nest, without "the"; news documents are left out on request.
    func testGUMNamedMentions() throws {
        let sentences = try CoNLLU.read(contentsOf: fixture("entities", "conllu"))
        let all = EntityCorpus.gumNamedEntities(sentences)
        XCTAssertEqual(all.map(spans), [["Mary Smith/PER", "Boston/LOC", "University of Texas/ORG"], [], ["Paris/LOC"]])
        let withoutNews = EntityCorpus.gumNamedEntities(sentences, excludingGenres: ["news"])
        XCTAssertEqual(withoutNews.count, 2)
        XCTAssertEqual(EntityCorpus.gumNamedEntities(sentences, onlyGenres: ["news"]).map(spans), [["Paris/LOC"]])
    }

    /// IOB2: PER, LOC and ORG spans; other types are outside.
    func testIOB2() throws {
        let text = try String(contentsOf: fixture("tiny", "iob2"), encoding: .utf8)
        let sentences = try EntityCorpus.iob2(text, file: "tiny.iob2")
        XCTAssertEqual(sentences.map(spans), [["John Lee/PER", "New York/LOC", "Acme/ORG"]])
        XCTAssertThrowsError(try EntityCorpus.iob2("1\tonly-two\n", file: "bad.iob2")) { error in
            XCTAssertEqual("\(error)", "bad.iob2:1: malformed CoNLL-U: expected NUMBER<TAB>FORM<TAB>TAG")
        }
    }

    /// BIO labels and spans round-trip; an inside label only follows its own type.
    func testLabels() {
        let spans = [NamedEntitySpan(words: 0..<2, type: .person), NamedEntitySpan(words: 3..<4, type: .event)]
        let labels = EntityLabels.labels(of: spans, count: 5)
        XCTAssertEqual(labels, [1, 2, 0, 7, 0])
        XCTAssertEqual(EntityLabels.spans(of: labels), spans)
        XCTAssertFalse(EntityLabels.allowed(EntityLabels.inside(.place), after: EntityLabels.begin(.person)))
        XCTAssertTrue(EntityLabels.allowed(EntityLabels.inside(.place), after: EntityLabels.begin(.place)))
    }

    /// Gazetteer names match over words whatever their punctuation; the longest name wins.
    func testGazetteer() throws {
        let gazetteer = try PlaceGazetteer(tsv: "# c\nLos Angeles\tcity\tUS\t3820914\nLos\tcity\tUS\t10\nWashington, D.C.\tcity\tUS\t0\nTexas\tstate\tUS\t0\n", path: "p.tsv")
        let matches = gazetteer.matches(["In", "Los", "Angeles", ",", "Washington", "D.C.", "and", "texas", "Texas"])
        XCTAssertEqual(matches.map(\.words), [1..<3, 4..<6, 8..<9])
        XCTAssertEqual(matches[0].kinds, [.city, .largeCity])
        XCTAssertEqual(gazetteer.kinds(of: "TEXAS"), .state)
        let hyphenated = try PlaceGazetteer(tsv: "Winston-Salem\tcity\tUS\t250000\nSão Paulo\tcity\tBR\t10021295\n", path: "p.tsv")
        XCTAssertEqual(hyphenated.matches(["to", "Winston", "-", "Salem", "and", "São", "Paulo"]).map(\.words), [1..<4, 5..<7])
        XCTAssertNil(gazetteer.kinds(of: "Texarkana"))
        XCTAssertThrowsError(try PlaceGazetteer(tsv: "Oslo\tcapital\tNO\t1\n", path: "p.tsv"))
    }

    /// Head nouns in the singular and regular plurals.
    func testHeadNouns() throws {
        let nouns = try HeadNouns(tsv: "court\tgovernment\nauthority\tgovernment\nbus\tplace\n", path: "h.tsv")
        XCTAssertEqual(nouns.class(of: "Courts"), .government)
        XCTAssertEqual(nouns.class(of: "authorities"), .government)
        XCTAssertEqual(nouns.class(of: "buses"), .place)
        XCTAssertNil(nouns.class(of: "cat"))
    }

    /// Training on a tiny corpus is deterministic and learns its entities; the model refuses to be a tagger.
    func testTrainingIsDeterministic() throws {
        var sentences = EntityCorpus.gumNamedEntities(try CoNLLU.read(contentsOf: fixture("entities", "conllu")))
        for index in sentences.indices { sentences[index].universalTags = try ShippedModels.tagger.get().universalTags(sentences[index].words) }
        var training = RecognizerTraining()
        training.epochs = 5
        training.minUpdates = 1
        let first = RecognizerTraining.modelBytes(try training.train(sentences, dev: []))
        let second = RecognizerTraining.modelBytes(try training.train(sentences, dev: []))
        XCTAssertEqual(first, second)
        let recognizer = try EntityRecognizer(modelBytes: first, path: "r.model")
        XCTAssertEqual(RecognizerTraining.score(recognizer, on: sentences).f1, 1.0)
        XCTAssertThrowsError(try PartOfSpeechTagger(modelBytes: first, path: "r.model")) { error in
            XCTAssertTrue("\(error)".contains("it is a named-entity recognizer model, not a tagger model"), "\(error)")
        }
    }

    /// The shipped recognizer finds the people, places and organisations of plain news sentences.
    func testShippedRecognizer() throws {
        let recognizer = try ShippedModels.recognizer.get()
        let tagger = try ShippedModels.tagger.get()
        let words = ["Barack", "Obama", "met", "Angela", "Merkel", "in", "Berlin", "on", "Monday", "."]
        let found = recognizer.recognize(words, universalTags: tagger.universalTags(words))
        XCTAssertEqual(found.map(\.words), [0..<2, 3..<5, 6..<7])
        XCTAssertEqual(found.map(\.type), [.person, .person, .place])
    }

    /// The shipped gazetteers hold what their scripts made from GeoNames, ISO 3166, WordNet and the census.
    func testShippedGazetteers() throws {
        let places = try PlaceGazetteer.shipped.get()
        XCTAssertGreaterThan(places.count, 40_000)
        XCTAssertEqual(places.kinds(of: "Kabul")?.contains(.largeCity), true)
        XCTAssertEqual(places.kinds(of: "Florida")?.contains(.state), true)
        let nouns = try HeadNouns.shipped.get()
        XCTAssertEqual(nouns.class(of: "court"), .government)
        XCTAssertEqual(nouns.class(of: "museum"), .place)
        let demonyms = Dictionary(try Demonyms.shipped.get().map { ($0.demonym, $0.country) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(demonyms["Indonesian"], "Indonesia")
        XCTAssertEqual(demonyms["Greek"], "Greece")
        let given = try NameList.givenNames.get()
        XCTAssertGreaterThan(given.count, 4_500)
        XCTAssertTrue(given.contains("Ann") && given.contains("MARCUS"))
        XCTAssertFalse(given.contains("Houston"), "a city of a million people is left out")
        XCTAssertFalse(given.contains("Liberty"), "a common word is no given name unless one in 500 people has it")
        XCTAssertTrue(given.contains("John"))
        let surnames = try NameList.surnames.get()
        XCTAssertTrue(surnames.contains("Hill") && surnames.contains("Berg"))
        XCTAssertFalse(surnames.contains("Arena"), "a surname held by fewer than one person in 20,000 is left out")
    }

    /// Given names from list text: one a line, comments skipped, any case.
    func testNameList() {
        let names = NameList(list: "# name\nAnn\nMarcus\n")
        XCTAssertEqual(names.count, 2)
        XCTAssertTrue(names.contains("ann"))
        XCTAssertFalse(names.contains("name"))
    }
}
