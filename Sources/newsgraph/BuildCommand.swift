import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph
import Rendering

/// `newsgraph build`: articles -> graph.json, graph.dot, graph.svg and graph.html in one folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the knowledge graph of articles and draw it: writes graph.json, graph.dot, graph.svg and graph.html.",
        discussion: "INPUT is article files (.txt, .md, .html, or .jsonl with one article per line) or folders of them; all are merged into one graph."
    )

    @Argument(help: ArgumentHelp("Article files (.txt, .md, .html, .jsonl) or folders of them.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String

    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var rendering: RenderOptions

    func run() throws {
        try reportingErrors {
            let articles = try ArticleInputs.articles(inputs)
            let graph = try extraction.extractor().extract(articles)
            let folder = URL(fileURLWithPath: output)
            try FileOutput.ensureFolder(folder)
            let options = MapOptions.planned(for: graph, layout: rendering.layout, edgeLabels: rendering.edgeLabels.choice)
            try rendering.checkTimeBudget(options, entities: graph.entities.count, edges: MapEdge.merging(graph.relations).count)
            let dot = DOTWriter().write(graph, options: options)
            let svg = try GraphvizRenderer().render(dot: dot, engine: options.engine, format: .svg)
            let html = try HTMLMapWriter().write(graph, svg: svg)
            let files: [(String, Data)] = [
                ("graph.json", try graph.jsonData()), ("graph.dot", Data(dot.utf8)), ("graph.svg", svg), ("graph.html", html),
            ]
            for (name, data) in files {
                try FileOutput.write(data, to: folder.appendingPathComponent(name))
            }
            let written = files.map { folder.appendingPathComponent($0.0).relativePath }.joined(separator: ", ")
            print("\(graph.documents.count) documents, \(graph.entities.count) entities, \(graph.relations.count) relations -> \(written)")
        }
    }
}
