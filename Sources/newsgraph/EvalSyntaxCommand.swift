import ArgumentParser
import Foundation
import Syntax

/// `newsgraph eval-syntax`: the shipped (or given) syntax models scored on a CoNLL-U treebank.
struct EvalSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-syntax",
        abstract: "Score tokenization, tags, lemmas and dependency trees against a CoNLL-U treebank (the figures of ud_score.py).",
        discussion: """
        With gold words (default) the tagger and parser get the treebank's words; with --raw each \
        sentence's `# text` goes through newsgraph's own tokenizer and sentence splitter first. \
        Words are aligned by character span, as ud_score.py does, so the figures agree with it.
          newsgraph eval-syntax --gold en_ewt-ud-test.conllu
          newsgraph eval-syntax --gold en_ewt-ud-test.conllu --raw --json
        """
    )

    @Option(help: ArgumentHelp("The gold treebank (CoNLL-U).", valueName: "file"))
    var gold: String

    @Flag(help: "Tokenize and split each sentence's text instead of using the gold words.")
    var raw = false

    @Flag(help: "Print the figures as JSON, in the shape of ud_score.py --json.")
    var json = false

    @Option(help: ArgumentHelp("Also write the system's CoNLL-U to this file (for ud_score.py).", valueName: "file"))
    var writeConllu: String?

    @Option(help: ArgumentHelp("Use this tagger model instead of the shipped one.", valueName: "file"))
    var tagger: String?

    @Option(help: ArgumentHelp("Use this parser model instead of the shipped one.", valueName: "file"))
    var parser: String?

    func run() throws {
        try reportingErrors {
            let pipeline = SyntaxPipeline(
                tagger: try tagger.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? SyntaxPipeline.shipped().tagger,
                parser: try parser.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) } ?? SyntaxPipeline.shipped().parser)
            let goldSentences = try CoNLLU.read(contentsOf: URL(fileURLWithPath: gold))
            let start = Date()
            let system = goldSentences.map { raw ? pipeline.parseAsOne($0.text) : pipeline.reannotated($0) }
            let seconds = Date().timeIntervalSince(start)
            let score = try SyntaxScore.score(gold: goldSentences, system: system)
            if let writeConllu { try FileOutput.write(Data(CoNLLU.write(system).utf8), to: URL(fileURLWithPath: writeConllu)) }
            printError(String(format: "%d words in %.2f s (%.0f words/s)", score.systemWords, seconds, Double(score.systemWords) / max(seconds, 1e-9)))
            FileHandleWriter.standardOutput(Data((json ? score.json : score.report).utf8))
        }
    }
}
