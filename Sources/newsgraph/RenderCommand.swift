import ArgumentParser
import Foundation
import KnowledgeGraph
import Rendering

/// `newsgraph render`: a graph JSON file -> a drawn map, through libgvc in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph JSON file as svg, png, pdf, laid-out dot, or an interactive html page.",
        discussion: """
        The format defaults from the output's extension. Rendering runs in-process through libgvc; \
        the html page is self-contained (inline SVG, pan and zoom, search, evidence panel).
          newsgraph render graphs/graph.json -o map.html
          newsgraph render graphs/graph.json -o peskov.svg --focus Peskov --depth 2
          newsgraph render graphs/graph.json -o path.svg --path Peskov WhatsApp --cluster type
        """
    )

    @Argument(help: ArgumentHelp("The graph to draw (SCHEMA.md JSON); or give --store.", valueName: "graph.json"))
    var graph: String?
    @OptionGroup var source: GraphStoreOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "out"))
    var output: String

    @OptionGroup var rendering: RenderOptions
    @OptionGroup var view: MapView

    @Option(help: "The output format (svg, png, pdf, dot, html); by default from the output's extension.")
    var format: MapFormat?

    func validate() throws {
        if format == nil && MapFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; end it with .svg, .png, .pdf, .dot or .html, or pass --format")
        }
    }

    func run() throws {
        try reportingErrors {
            let url = URL(fileURLWithPath: output)
            guard let chosen = format ?? MapFormat(pathExtension: url.pathExtension) else { throw ExitCode.validationFailure }
            let prepared = try view.prepare(source.load(json: graph))
            let options = prepared.options(rendering)
            if !prepared.clusters.isEmpty && options.engine != .dot && options.engine != .fdp {
                printError("note: \(options.engine.rawValue) does not draw clusters; narrow the map with --top or --focus, or pass --layout fdp")
            }
            let edges = MapEdge.merging(prepared.graph.relations).count
            try rendering.checkTimeBudget(options, entities: prepared.graph.entities.count, edges: edges)
            if prepared.graph.entities.count > LayoutChoice.dotLimit.entities {
                printError("laying out \(prepared.graph.entities.count) entities and \(prepared.graph.relations.count) relations with \(options.engine.rawValue)...")
            }
            let data = try MapRenderer().render(prepared.graph, as: chosen, options: options)
            try FileOutput.write(data, to: url)
        }
    }
}
