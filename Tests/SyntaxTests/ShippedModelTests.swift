import Foundation
import Syntax
import XCTest

/// The models shipped in the package load and hold their accuracy on EWT dev (../shared/data/ud).
final class ShippedModelTests: XCTestCase {
    private func treebank(_ name: String) throws -> [SyntaxSentence] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data/ud/\(name)")
        guard FileManager.default.fileExists(atPath: url.path) else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("\(url.path) is missing in CI") }
            throw XCTSkip("\(url.path) not found")
        }
        return try CoNLLU.read(contentsOf: url)
    }

    /// Gold words: UPOS, lemma and LAS above floors set a little under the measured figures.
    func testEWTDevAboveFloors() throws {
        let gold = try treebank("en_ewt-ud-dev.conllu")
        let pipeline = try SyntaxPipeline.shipped()
        let score = try SyntaxScore.score(gold: gold, system: gold.map(pipeline.reannotated))
        XCTAssertGreaterThan(score.universalAccuracy, 0.950)
        XCTAssertGreaterThan(score.lemmaAccuracy, 0.965)
        XCTAssertGreaterThan(score.uas, 0.835)
        XCTAssertGreaterThan(score.las, 0.805)
    }

    /// Raw text: the tokenizer's spans match EWT's on dev.
    func testEWTDevRawTokens() throws {
        let gold = try treebank("en_ewt-ud-dev.conllu")
        let pipeline = try SyntaxPipeline.shipped()
        let score = try SyntaxScore.score(gold: gold, system: gold.map { pipeline.parseAsOne($0.text) })
        XCTAssertGreaterThan(score.tokensF1, 0.985)
    }

    /// The seed's first sentence gets the tree a reader expects: "said" is the root with Peskov its subject.
    func testSeedSentenceTree() throws {
        let pipeline = try SyntaxPipeline.shipped()
        let sentences = pipeline.parse("Kremlin spokesman Dmitry Peskov said on Monday that no decisions have been taken.")
        XCTAssertEqual(sentences.count, 1)
        let tokens = sentences[0].tokens
        func word(_ form: String) -> SyntaxToken? { tokens.first { $0.form == form } }
        XCTAssertEqual(word("said")?.relation, "root")
        XCTAssertEqual(word("said")?.lemma, "say")
        guard let subject = tokens.firstIndex(where: { $0.relation == "nsubj" && $0.head == 5 }) else { return XCTFail("no subject of said") }
        XCTAssertTrue(["Dmitry", "Peskov"].contains(tokens[subject].form), tokens[subject].form)
        XCTAssertEqual(word("decisions")?.relation, "nsubj:pass")
        XCTAssertEqual(word("taken")?.relation, "ccomp")
    }
}
