import Foundation
import XCTest

/// `parse`, `eval-syntax` and `train` run as the built binary.
final class SyntaxCLITests: XCTestCase {
    private var packageRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
    private var tiny: String { packageRoot.appendingPathComponent("Tests/SyntaxTests/Fixtures/tiny.conllu").path }
    private var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-syntax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    private func run(_ arguments: [String]) throws -> BuiltBinary.Run { try BuiltBinary.run(arguments, in: packageRoot) }

    private func sharedFile(_ path: String) throws -> URL { try BuiltBinary.sharedFile(path, packageRoot: packageRoot) }

    /// The first `count` sentences of a treebank, as a file in the work folder.
    private func excerpt(_ treebank: URL, sentences count: Int) throws -> String {
        let text = try String(contentsOf: treebank, encoding: .utf8)
        let blocks = text.components(separatedBy: "\n\n").prefix(count)
        let path = work.appendingPathComponent("excerpt.conllu").path
        try (blocks.joined(separator: "\n\n") + "\n\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The seed parses into CoNLL-U with document and sentence ids, texts, offsets and a sensible first tree.
    func testParseSeed() throws {
        let result = try run(["parse", "seeds/00_tass_messengers.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("# newdoc id = 00_tass_messengers\n# sent_id = 00_tass_messengers-1\n# text = "), result.stdout)
        let sentence = try XCTUnwrap(result.stdout.components(separatedBy: "\n\n").first { $0.contains("# text = Kremlin spokesman Dmitry Peskov said") })
        let words = sentence.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter { $0.count == 10 }
        // Kremlin spokesman Dmitry Peskov said ... no decisions ... have been taken: Dmitry is the subject, taken the complement.
        XCTAssertEqual(words.first { $0[1] == "Dmitry" }.map { [$0[6], $0[7]] }, ["5", "nsubj"])
        XCTAssertEqual(words.first { $0[1] == "decisions" }?[7], "nsubj:pass")
        XCTAssertEqual(words.first { $0[1] == "taken" }.map { [$0[6], $0[7]] }, ["5", "ccomp"])
        let said = try XCTUnwrap(words.first { $0[1] == "said" })
        XCTAssertEqual(Array(said[2...7]), ["say", "VERB", "VBD", "_", "0", "root"])
        let peskov = try XCTUnwrap(words.first { $0[1] == "Peskov" })
        XCTAssertTrue(peskov[9].contains("TokenRange="), peskov[9])
        let article = try String(contentsOf: packageRoot.appendingPathComponent("seeds/00_tass_messengers.txt"), encoding: .utf8)
        let range = peskov[9].split(separator: "=").last?.split(separator: ":").compactMap { Int($0) } ?? []
        let scalars = Array(article.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[range[0]..<range[1]])), "Peskov")
    }

    /// JSON output has documents, sentences and words with offsets, and -o writes the same bytes.
    func testParseJSON() throws {
        let out = work.appendingPathComponent("syntax.json").path
        XCTAssertEqual(try run(["parse", "seeds/00_tass_messengers.txt", "--format", "json", "-o", out]).status, 0)
        let stdout = try run(["parse", "seeds/00_tass_messengers.txt", "--format", "json"]).stdout
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), stdout)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.first?["id"] as? String, "00_tass_messengers")
        let sentences = try XCTUnwrap(documents.first?["sentences"] as? [[String: Any]])
        let words = try XCTUnwrap(sentences.first?["words"] as? [[String: Any]])
        XCTAssertEqual(words.first?["start"] as? Int, 0)
        XCTAssertNotNil(words.first?["deprel"] as? String)
    }

    /// eval-syntax prints what ud_score.py prints for the same output, with gold words and from raw text.
    func testEvalSyntaxAgreesWithUDScore() throws {
        let gold = try excerpt(try sharedFile("data/ud/en_ewt-ud-dev.conllu"), sentences: 60)
        let scorer = try sharedFile("tools/ud_score.py").path
        for raw in [false, true] {
            let system = work.appendingPathComponent("system-\(raw).conllu").path
            let ours = try run(["eval-syntax", "--gold", gold, "--write-conllu", system] + (raw ? ["--raw"] : []))
            XCTAssertEqual(ours.status, 0, ours.stderr)
            let theirs = try BuiltBinary.runPython([scorer, gold, system]).stdout
            XCTAssertEqual(ours.stdout, theirs, "raw: \(raw)")
            let json = try run(["eval-syntax", "--gold", gold, "--json"] + (raw ? ["--raw"] : []))
            let figures = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(figures["sentences"] as? Int, 60)
        }
    }

    /// train writes the same model bytes twice, reports every epoch, and the models parse the tiny treebank.
    func testTrainOnTinyTreebank() throws {
        let tagger = work.appendingPathComponent("tagger.model").path
        let again = work.appendingPathComponent("again.model").path
        let parser = work.appendingPathComponent("parser.model").path
        let first = try run(["train", "tagger", "--train", tiny, "--dev", tiny, "--epochs", "6", "--min-updates", "1", "-o", tagger])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("epoch 6: dev UPOS"), first.stderr)
        XCTAssertEqual(try run(["train", "tagger", "--train", tiny, "--dev", tiny, "--epochs", "6", "--min-updates", "1", "-o", again]).status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: tagger)), try Data(contentsOf: URL(fileURLWithPath: again)))
        let trained = try run(["train", "parser", "--train", tiny, "--dev", tiny, "--tagger", tagger, "--epochs", "15", "--min-updates", "1", "-o", parser])
        XCTAssertEqual(trained.status, 0, trained.stderr)
        let scored = try run(["eval-syntax", "--gold", tiny, "--tagger", tagger, "--parser", parser])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertTrue(scored.stdout.contains("upos       100.00"), scored.stdout)
        XCTAssertTrue(scored.stdout.contains("las        100.00"), scored.stdout)
    }

    /// Broken input gets one line naming the place, exit 1; a wrong kind of model is refused.
    func testErrors() throws {
        let bad = work.appendingPathComponent("bad.conllu").path
        try "# text = A b\n1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tb\n\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let malformed = try run(["eval-syntax", "--gold", bad])
        XCTAssertEqual(malformed.status, 1)
        XCTAssertEqual(malformed.stderr, "error: \(bad):3: malformed CoNLL-U: 2 columns, expected 10 separated by tabs\n")
        let model = work.appendingPathComponent("t.model").path
        XCTAssertEqual(try run(["train", "tagger", "--train", tiny, "--epochs", "1", "-o", model]).status, 0)
        let wrongKind = try run(["eval-syntax", "--gold", tiny, "--parser", model])
        XCTAssertEqual(wrongKind.status, 1)
        XCTAssertTrue(wrongKind.stderr.contains("it is a tagger model, not a parser model"), wrongKind.stderr)
        XCTAssertEqual(try run(["train", "parser", "--train", tiny, "--jackknife", "1", "-o", model]).status, 64)
        XCTAssertEqual(try run(["parse", work.appendingPathComponent("missing.txt").path]).status, 1)
    }

    /// train ner reads GUM brackets and IOB2, leaves GUM's news out by default, writes the same bytes
    /// twice; eval-ner scores the model and lists differing sentences with --verbose.
    func testTrainAndEvaluateTheRecognizer() throws {
        let fixtures = packageRoot.appendingPathComponent("Tests/SyntaxTests/Fixtures")
        let gum = fixtures.appendingPathComponent("entities.conllu").path, iob = fixtures.appendingPathComponent("tiny.iob2").path
        let model = work.appendingPathComponent("ner.model").path, again = work.appendingPathComponent("again.model").path
        let trained = try run(["train", "ner", "--train", gum, iob, "--epochs", "5", "--min-updates", "1", "-o", model])
        XCTAssertEqual(trained.status, 0, trained.stderr)
        XCTAssertTrue(trained.stderr.hasPrefix("training the named-entity recognizer on 3 sentences (26 words, 6 entities), dev 0 sentences\n"), trained.stderr)
        XCTAssertTrue(trained.stderr.contains("epoch 5: dev F1"), trained.stderr)
        XCTAssertEqual(try run(["train", "ner", "--train", gum, iob, "--epochs", "5", "--min-updates", "1", "-o", again]).status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: model)), try Data(contentsOf: URL(fileURLWithPath: again)))
        let scored = try run(["eval-ner", "--gold", gum, "--model", model, "--genre", "bio"])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertEqual(scored.stdout, """
        sentences: 2
        all      P=1.000 R=1.000 F1=1.000 (gold 3)
        PER      P=1.000 R=1.000 F1=1.000 (gold 1)
        LOC      P=1.000 R=1.000 F1=1.000 (gold 1)
        ORG      P=1.000 R=1.000 F1=1.000 (gold 1)

        """)
        let news = try run(["eval-ner", "--gold", gum, "--genre", "news", "--verbose"])
        XCTAssertEqual(news.status, 0, news.stderr)
        XCTAssertTrue(news.stdout.hasPrefix("sentences: 1\n"), news.stdout)
        let wrongKind = try run(["eval-ner", "--gold", gum, "--model", work.appendingPathComponent("missing.model").path])
        XCTAssertEqual(wrongKind.status, 1)
        XCTAssertTrue(wrongKind.stderr.contains("missing.model cannot be used: it cannot be read"), wrongKind.stderr)
    }
}
