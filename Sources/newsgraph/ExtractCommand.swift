import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

/// `newsgraph extract`: articles -> one graph as SCHEMA.md JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the knowledge graph of articles as JSON (SCHEMA.md).",
        discussion: "Several articles are merged into one graph. Without -o the JSON goes to standard output."
    )

    @Argument(help: ArgumentHelp("Article files (.txt, .md, .html, .jsonl) or folders of them.", valueName: "article"))
    var articles: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON to this file instead of standard output.", valueName: "out.json"))
    var output: String?

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        try reportingErrors {
            let graph = try extraction.extractor().extract(try ArticleInputs.articles(articles))
            let data = try graph.jsonData()
            if let output {
                try FileOutput.write(data, to: URL(fileURLWithPath: output))
            } else {
                FileHandleWriter.standardOutput(data)
            }
        }
    }
}
