import ArgumentParser
import Evaluation
import Extraction
import Foundation
import KnowledgeGraph

/// `newsgraph eval`: extract every annotated article and score it against its gold file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor against gold annotations (the figures of shared/tools/score.py).",
        discussion: """
        For each GOLD/NAME.json the article it names ("article": "NAME.txt") is read from --articles, \
        extracted, and scored: entity F1 typed and untyped, relation F1 labelled and unlabelled \
        (micro-averaged), and how often the negated flag agrees on matched relations. A missing article \
        counts as an empty graph, as in score.py.
          newsgraph eval --gold corpus/dev/gold --articles corpus/dev/articles --verbose
          newsgraph eval --gold OUT/gold --articles OUT/articles --coarse   # after gum_news.py OUT
        """
    )

    @Option(help: ArgumentHelp("The folder of gold annotations (NAME.json).", valueName: "dir"))
    var gold: String

    @Option(help: ArgumentHelp("The folder of the annotated articles.", valueName: "dir"))
    var articles: String

    @Flag(help: "Also list, per article, the gold entities not found, the extra entities and every missed or extra relation.")
    var verbose = false

    @Flag(help: "Print the figures as JSON, in the shape of score.py --json.")
    var json = false

    @Option(help: ArgumentHelp("Also write each predicted graph as DIR/NAME.json, for score.py or inspection.", valueName: "dir"))
    var writePredictions: String?

    @Flag(help: "Score named entities coarsely, as score.py --coarse: GovernmentBody, Organization and MediaOutlet count as ORG, and only Person, Location, ORG and Event are scored (for gold such as ../shared/tools/gum_news.py's).")
    var coarse = false

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        try reportingErrors {
            let extractor = try extraction.extractor()
            let goldFiles = try Self.goldFiles(in: gold)
            let articleFolder = URL(fileURLWithPath: articles)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: articles, isDirectory: &isFolder), isFolder.boolValue else {
                throw CLIError("\(articles): no such folder; --articles names the folder that holds the annotated articles")
            }
            if let writePredictions { try FileOutput.ensureFolder(URL(fileURLWithPath: writePredictions)) }
            var total = ExtractionScore()
            for file in goldFiles {
                let stem = file.deletingPathExtension().lastPathComponent
                let annotation = try GoldAnnotation.read(file)
                let articleURL = articleFolder.appendingPathComponent(annotation.article)
                var graph = KnowledgeGraph()
                var rules: [String: String] = [:]
                if FileManager.default.fileExists(atPath: articleURL.path) {
                    let read = try ArticleReader().read(articleURL, source: articleURL.relativePath)
                    if verbose, read.count == 1, let article = read.first {
                        let explained = extractor.explainedGraph(article)
                        graph = explained.graph
                        rules = Self.rules(of: explained.explanation, graph: graph)
                    } else {
                        graph = extractor.extract(read)
                    }
                } else {
                    printError("warning: \(articleURL.path) not found; \(stem) counts as an empty graph")
                }
                if let writePredictions {
                    try FileOutput.write(try graph.jsonData(), to: URL(fileURLWithPath: writePredictions).appendingPathComponent(stem + ".json"))
                }
                var score = ExtractionScore(article: stem, gold: annotation, predicted: graph, coarse: coarse)
                for index in score.misses.indices {
                    for relation in score.misses[index].relations.indices where score.misses[index].relations[relation].kind == "extra" {
                        let miss = score.misses[index].relations[relation]
                        score.misses[index].relations[relation].rule = rules["\(miss.subject)\t\(miss.predicate)\t\(miss.object)"]
                    }
                }
                total = total + score
            }
            if json {
                FileHandleWriter.standardOutput(try ScoreReport.json(total, articles: goldFiles.count) + Data("\n".utf8))
            } else {
                print(ScoreReport.text(total, articles: goldFiles.count, verbose: verbose), terminator: "")
            }
        }
    }

    /// The rule behind each kept relation, by subject, predicate and object, as ids and as names
    /// (the first rule when several relations read the same).
    static func rules(of explanation: Explanation, graph: KnowledgeGraph) -> [String: String] {
        let names = Dictionary(graph.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rules: [String: String] = [:]
        for relation in explanation.sentences.flatMap(\.relations) where relation.dropped == nil {
            for key in ["\(relation.subject)\t\(relation.predicate)\t\(relation.object)",
                        "\(names[relation.subject] ?? relation.subject)\t\(relation.predicate)\t\(names[relation.object] ?? relation.object)"] where rules[key] == nil {
                rules[key] = relation.rule
            }
        }
        return rules
    }

    /// The gold files of a folder, sorted by name as score.py sorts them.
    static func goldFiles(in path: String) throws -> [URL] {
        let folder = URL(fileURLWithPath: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw CLIError("\(path): no such folder; --gold names the folder of gold annotations (NAME.json)")
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
        guard !files.isEmpty else { throw EvaluationError.noGold(path: path) }
        return files.map { folder.appendingPathComponent($0) }
    }
}
