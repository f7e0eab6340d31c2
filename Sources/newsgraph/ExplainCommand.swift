import ArgumentParser
import Extraction
import Foundation
import Syntax

/// `newsgraph explain`: why an article's graph is what it is, sentence by sentence.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, the words, mentions and relations of an article and the rule behind each.",
        discussion: """
        For each sentence: the words with the part of speech the rules saw and their head in the \
        dependency parse; the mentions with their type, what decided it (lexicon, head word, \
        context, gazetteer, recognizer, name shape, dateline, description) and their entity; every \
        relation with the frame or rule that stated it (verb frames by file and line of \
        Sources/Extraction/Resources/grammar/verb-frames.tsv), and every candidate dropped with the reason.
          newsgraph explain seeds/00_tass_messengers.txt --sentence 3
          newsgraph explain article.txt --json -o why.json
        """
    )

    @Argument(help: ArgumentHelp("One article file (.txt, .md, .html, or a .jsonl holding one article).", valueName: "article"))
    var input: String

    @Option(help: ArgumentHelp("Only this sentence (numbered from 1; the headline is sentence 1).", valueName: "n"))
    var sentence: Int?

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        try reportingErrors {
            let articles = try ArticleInputs.articles([input])
            guard articles.count == 1, let article = articles.first else {
                throw CLIError("\(input) holds \(articles.count) articles; explain takes one (split the .jsonl, or pick one file)")
            }
            var explanation = try extraction.extractor().explain(article, parser: try SyntaxPipeline.shipped())
            if let sentence {
                guard explanation.sentences.indices.contains(sentence - 1) else {
                    throw CLIError("--sentence \(sentence): the article has \(explanation.sentences.count) sentences (numbered from 1)")
                }
                explanation.sentences = [explanation.sentences[sentence - 1]]
            }
            let data: Data
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                data = try encoder.encode(explanation) + Data("\n".utf8)
            } else {
                data = Data(explanation.report.utf8)
            }
            if let output {
                try FileOutput.write(data, to: URL(fileURLWithPath: output))
            } else {
                FileHandleWriter.standardOutput(data)
            }
        }
    }
}
