import ArgumentParser
import Foundation
import KnowledgeGraph
import Rendering

/// `newsgraph render`: a graph JSON file -> a drawn map, through libgvc in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph JSON file as svg, png, pdf or laid-out dot with Graphviz.",
        discussion: "The format defaults from the output's extension. Rendering runs in-process through libgvc."
    )

    @Argument(help: ArgumentHelp("The graph to draw (SCHEMA.md JSON).", valueName: "graph.json"))
    var graph: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "out"))
    var output: String

    @OptionGroup var rendering: RenderOptions
    @OptionGroup var view: MapView

    @Option(help: "The output format (svg, png, pdf, dot); by default from the output's extension.")
    var format: OutputFormat?

    func validate() throws {
        if format == nil && OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; end it with .svg, .png, .pdf or .dot, or pass --format")
        }
    }

    func run() throws {
        try reportingErrors {
            let url = URL(fileURLWithPath: output)
            guard let chosen = format ?? OutputFormat(pathExtension: url.pathExtension) else { throw ExitCode.validationFailure }
            let loaded = try view.apply(to: GraphInput.load(graph))
            let data = try GraphvizRenderer().render(dot: DOTWriter().write(loaded), engine: rendering.layout, format: chosen)
            try FileOutput.write(data, to: url)
        }
    }
}
