import ArgumentParser
import Extraction
import Foundation
import Syntax

/// `newsgraph parse`: the syntax under a graph, sentence by sentence.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Split articles into sentences and words, and tag, lemmatize and parse them.",
        discussion: """
        CoNLL-U (default) gives `# newdoc id`, `# sent_id` and `# text` before each sentence and each \
        word's scalar offsets in its article as TokenRange=START:END in MISC; JSON gives the same \
        as documents, sentences and words.
          newsgraph parse seeds/00_tass_messengers.txt
          newsgraph parse articles/ --format json -o syntax.json
        """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case conllu, json
    }

    @Argument(help: ArgumentHelp("Article files (.txt, .md, .html, .jsonl) or folders of them.", valueName: "article"))
    var inputs: [String]

    @Option(help: "Output format: conllu or json.")
    var format: Format = .conllu

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let pipeline = try SyntaxPipeline.shipped()
            let articles = try ArticleInputs.articles(inputs)
            var documents: [(id: String, sentences: [SyntaxSentence])] = []
            for article in articles {
                var sentences = pipeline.parse(article.text)
                for index in sentences.indices { sentences[index].comments.insert("sent_id = \(article.id)-\(index + 1)", at: 0) }
                if !sentences.isEmpty { sentences[0].comments.insert("newdoc id = \(article.id)", at: 0) }
                documents.append((article.id, sentences))
            }
            let data: Data
            switch format {
            case .conllu: data = Data(CoNLLU.encode(documents.flatMap(\.sentences)))
            case .json: data = try SyntaxJSON.encode(documents)
            }
            if let output {
                try FileOutput.write(data, to: URL(fileURLWithPath: output))
            } else {
                FileHandleWriter.standardOutput(data)
            }
        }
    }
}
