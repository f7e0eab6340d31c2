@testable import Extraction
import Foundation
import KnowledgeGraph
import XCTest

/// The extractor gives exact graphs for small texts and a stable graph for the seed article.
final class ExtractorTests: ExtractionTestCase {
    /// A title before a name, a verb frame with a coordinated list, and modality.
    func testTitlesVerbsAndLists() throws {
        let graph = try extract("Kremlin spokesman Dmitry Peskov said he uses Telegram. The Kremlin may block WhatsApp and Viber.")
        XCTAssertEqual(graph.entities.map { "\($0.type.rawValue):\($0.name)" },
                       ["Application:Telegram", "Application:Viber", "Application:WhatsApp", "GovernmentBody:Kremlin", "Person:Dmitry Peskov",
                        "Proposal:block of WhatsApp and Viber"])
        XCTAssertEqual(triples(graph), [
            "Dmitry Peskov spokesperson_of Kremlin",
            "Dmitry Peskov uses Telegram",
            "Kremlin blocks Viber (hypothetical)",
            "Kremlin blocks WhatsApp (hypothetical)",
            "block of WhatsApp and Viber targets Viber",
            "block of WhatsApp and Viber targets WhatsApp",
        ])
    }

    /// Negation before the verb sets `negated`; the passive with "by" swaps roles.
    func testNegationAndPassive() throws {
        let graph = try extract("Roskomnadzor has not blocked Skype. Telegram was blocked by Roskomnadzor.")
        XCTAssertEqual(triples(graph), ["Roskomnadzor blocks Skype (negated)", "Roskomnadzor blocks Telegram",
                                        "block of Telegram targets Telegram"])
    }

    /// A measure stated by its verb becomes a Proposal named by its noun and target; the ruling
    /// body is the actor of a passive one; asking someone to act proposes the measure and sends it
    /// to them; a direct "X bans Y" is not restated as "X enacted the ban".
    func testMeasuresStatedByVerbs() throws {
        let graph = try extract("Britain bans TikTok on government phones. The Tagansky District Court ruled that Telegram should be blocked. The watchdog may ask Apple to remove Telegram from its app store.")
        XCTAssertEqual(triples(graph), [
            "Tagansky District Court blocks Telegram",
            "United Kingdom banned TikTok",
            "Tagansky District Court proposed removal of Telegram from its app store (hypothetical)",
            "ban on TikTok on government phones targets TikTok",
            "block of Telegram targets Telegram",
            "removal of Telegram from its app store sent_to Apple (hypothetical)",
            "removal of Telegram from its app store targets Telegram",
        ].sorted())
    }

    /// An intention states a measure only before a verb of regulating; a particle makes another
    /// verb of a measure verb ("lifted off").
    func testIntentionsAndPhrasalVerbsStateNoMeasure() throws {
        let graph = try extract("The club plans to hold a dinner in Oslo. The rocket lifted off from the base. The ministry plans to ban the Zoom app.")
        XCTAssertEqual(graph.entities.filter { $0.type == .proposal }.map(\.name), ["ban the Zoom app"])
    }

    /// Possessive places and owners, and "X national PERSON".
    func testPossessivesAndNationality() throws {
        let graph = try extract("Russia’s Economic Development Ministry spoke. Google’s e-mail service Gmail works.")
        XCTAssertEqual(triples(graph), ["Economic Development Ministry located_in Russia", "Google owns Gmail"])
    }

    /// "its founder is (Russian national) PERSON": "its" finds the app named just before.
    func testFounderAndNationality() throws {
        let graph = try extract("Speaking about Telegram, he said that its founder is Russian national Pavel Durov.")
        XCTAssertEqual(triples(graph), ["Pavel Durov citizen_of Russia", "Pavel Durov founded Telegram"])
    }

    /// Titles split off a person's name only; bodies with title-like words stay whole;
    /// "NAME law" is a law; short unknown capitals name nothing; a Deputy Prime Minister belongs
    /// to the government of the country the text names (here only through "Australians").
    func testNameBoundaries() throws {
        let graph = try extract("Deputy Prime Minister Dmitry Grigorenko met the Prosecutor General's Office and the Ministry of Digital Development, Communications and Mass Media about the Yarovaya law, IP addresses and Australians.")
        XCTAssertEqual(graph.entities.map { "\($0.type.rawValue):\($0.name)" }, [
            "GovernmentBody:Government of Australia",
            "GovernmentBody:Ministry of Digital Development, Communications and Mass Media",
            "GovernmentBody:Prosecutor General's Office",
            "Law:Yarovaya law",
            "Person:Dmitry Grigorenko",
        ])
    }

    /// Every relation carries its sentence verbatim with offsets into the text.
    func testEvidenceIsTheSentence() throws {
        let text = "Intro line\nThe Kremlin may block WhatsApp. Nothing else."
        let graph = try extract(text)
        let evidence = try XCTUnwrap(graph.relations.first?.evidence.first)
        XCTAssertEqual(evidence.text, "The Kremlin may block WhatsApp.")
        XCTAssertEqual(String(String.UnicodeScalarView(Array(text.unicodeScalars)[evidence.start..<evidence.end])), evidence.text)
        XCTAssertEqual(evidence.sentence, 1)
    }

    /// The seed article's graph equals the committed snapshot (rewrite with NEWSGRAPH_UPDATE_SNAPSHOTS=1).
    func testSeedSnapshot() throws {
        let article = try ArticleReader().read(try Fixture.url("00_tass_messengers.txt"), source: "seeds/00_tass_messengers.txt")[0]
        let data = try Extractor(lexicon: Lexicon.builtIn()).extract(article).jsonData()
        if Fixture.updating { return try data.write(to: Fixture.sourceURL("00_tass_messengers.snapshot.json")) }
        let expected = try Data(contentsOf: try Fixture.url("00_tass_messengers.snapshot.json"))
        XCTAssertEqual(String(decoding: data, as: UTF8.self), String(decoding: expected, as: UTF8.self))
    }

    /// CRLF line ends and a byte-order mark change nothing in the graph.
    func testLineEndsAndBOMDoNotChangeTheGraph() throws {
        let url = try Fixture.url("00_tass_messengers.txt")
        let plain = try ArticleReader().read(url, source: "s")[0]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let variant = folder.appendingPathComponent("00_tass_messengers.txt")
        try Data(("\u{FEFF}" + plain.text.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: variant)
        let extractor = try Extractor(lexicon: Lexicon.builtIn())
        XCTAssertEqual(extractor.extract(try ArticleReader().read(variant, source: "s")[0]), extractor.extract(plain))
    }

    /// A bad lexicon row is refused with file and line.
    func testLexiconErrorsNameTheLine() {
        var lexicon = Lexicon()
        XCTAssertThrowsError(try lexicon.load(tsv: "Person\tAnna\nWidget\tThing\n", path: "my.tsv")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("lexicon my.tsv, line 2: unknown type 'Widget'"), "\(error)")
        }
    }

    /// Measures named by a noun phrase: a measure noun with specific modifiers or the phrase its
    /// preposition opens; vague modifiers name none, and a definite phrase refers back to a
    /// measure already named.
    func testMeasuresNamedByNounPhrases() throws {
        let graph = try extract("""
        Critics attacked his travel ban. Thailand announced a crackdown on human trafficking, and the agency issued a new policy. \
        The crackdown on human trafficking began in May.
        """)
        let proposals = graph.entities.filter { $0.type == .proposal }.map(\.name).sorted()
        XCTAssertEqual(proposals, ["crackdown on human trafficking", "travel ban"])
    }
}
