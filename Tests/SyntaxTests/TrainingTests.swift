import Foundation
@testable import Syntax
import XCTest

/// A tagger and a parser trained on a tiny treebank give exact answers, and the same bytes twice.
final class TrainingTests: XCTestCase {
    private func tiny() throws -> [SyntaxSentence] {
        guard let url = Bundle.module.url(forResource: "Fixtures/tiny", withExtension: "conllu") else { throw XCTSkip("fixture missing") }
        return try CoNLLU.read(contentsOf: url)
    }

    private func trainedTagger(_ sentences: [SyntaxSentence]) throws -> PartOfSpeechTagger {
        var training = TaggerTraining()
        training.epochs = 10
        training.minUpdates = 1
        return try training.train(sentences, dev: sentences)
    }

    private func trainedParser(_ sentences: [SyntaxSentence]) throws -> DependencyParser {
        var training = ParserTraining()
        training.epochs = 15
        training.minUpdates = 1
        return try training.train(sentences, dev: sentences)
    }

    /// The tagger learns the tiny treebank's tags and lemmas, and tags a new sentence of its words.
    func testTaggerOnTinyTreebank() throws {
        let sentences = try tiny()
        let tagger = try trainedTagger(sentences)
        for gold in sentences {
            var sentence = SyntaxSentence(tokens: gold.tokens.map { SyntaxToken(form: $0.form) })
            tagger.annotate(&sentence)
            XCTAssertEqual(sentence.tokens.map(\.xpos), gold.tokens.map(\.xpos), gold.text)
            XCTAssertEqual(sentence.tokens.map(\.lemma), gold.tokens.map(\.lemma), gold.text)
        }
        var new = SyntaxSentence(tokens: ["The", "court", "banned", "the", "messengers", "."].map { SyntaxToken(form: $0) })
        tagger.annotate(&new)
        XCTAssertEqual(new.tokens.map(\.upos), ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
        XCTAssertEqual(new.tokens.prefix(4).map(\.lemma), ["the", "court", "ban", "the"])
    }

    /// The parser learns the tiny treebank's trees, labels included.
    func testParserOnTinyTreebank() throws {
        let sentences = try tiny()
        let parser = try trainedParser(sentences)
        for gold in sentences {
            var sentence = gold
            for i in sentence.tokens.indices { sentence.tokens[i].head = -1; sentence.tokens[i].relation = "_" }
            parser.annotate(&sentence)
            XCTAssertEqual(sentence.tokens.map(\.head), gold.tokens.map(\.head), gold.text)
            XCTAssertEqual(sentence.tokens.map(\.relation), gold.tokens.map(\.relation), gold.text)
        }
    }

    /// Training twice on the same data with the same seed gives byte-identical model files,
    /// and a written model reads back to the same answers.
    func testTrainingIsDeterministic() throws {
        let sentences = try tiny()
        let first = TaggerTraining.modelBytes(try trainedTagger(sentences))
        XCTAssertEqual(first, TaggerTraining.modelBytes(try trainedTagger(sentences)))
        let parserBytes = ParserTraining.modelBytes(try trainedParser(sentences))
        XCTAssertEqual(parserBytes, ParserTraining.modelBytes(try trainedParser(sentences)))
        let reread = try PartOfSpeechTagger(modelBytes: first, path: "t")
        XCTAssertEqual(TaggerTraining.modelBytes(reread), first)
        let parser = try DependencyParser(modelBytes: parserBytes, path: "p")
        XCTAssertEqual(ParserTraining.modelBytes(parser), parserBytes)
    }

    /// Projectivizing lifts a crossing arc to the head's head and leaves projective trees alone.
    func testProjectivizer() {
        // 1 <- 3 crosses 2 -> 4: word 4's head (2) is lifted to 2's head (3).
        XCTAssertEqual(Projectivizer.projectivize([3, 3, 0, 2]), [3, 3, 0, 3])
        XCTAssertEqual(Projectivizer.projectivize([2, 0, 2, 3]), [2, 0, 2, 3])
    }

    /// The dynamic oracle's costs on a small configuration (Goldberg & Nivre 2013).
    func testOracleCosts() {
        // Gold: 0 <- 1 -> 2, 1 is the root's dependent (root is position 3).
        let heads: [Int32] = [1, 3, 1]
        let children: [[Int32]] = [[], [0, 2], [], [1]]
        var state = ParseState(count: 3)
        var inStack = [false, false, false, false]
        state.apply(.shift, label: -1); inStack[0] = true
        // Stack [0], front 1: left (1 -> 0) is right; shifting loses 0's head.
        XCTAssertEqual(state.cost(.left, goldHeads: heads, goldChildren: children, inStack: inStack), 0)
        XCTAssertEqual(state.cost(.shift, goldHeads: heads, goldChildren: children, inStack: inStack), 1)
    }
}
