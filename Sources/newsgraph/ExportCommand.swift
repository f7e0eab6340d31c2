import ArgumentParser
import Foundation
import KnowledgeGraph
import Rendering

/// `newsgraph export`: a graph JSON file, or a view of it, -> DOT or canonical JSON.
struct ExportCommand: ParsableCommand {
    /// The formats `export` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, json
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a graph JSON file, or a view of it, as DOT or as canonical JSON.",
        discussion: """
        Without -o the export goes to standard output. The DOT is what `render` lays out, tuned for \
        the engine --layout chooses and naming it (layout=...), so `dot -Tsvg FILE` draws it the same way.
        """
    )

    @Argument(help: ArgumentHelp("The graph to export (SCHEMA.md JSON); or give --store.", valueName: "graph.json"))
    var graph: String?
    @OptionGroup var source: GraphStoreOptions

    @Option(help: "The export format (dot, json).")
    var format: Format

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "out"))
    var output: String?

    @OptionGroup var rendering: RenderOptions
    @OptionGroup var view: MapView

    func run() throws {
        try reportingErrors {
            let prepared = try view.prepare(source.load(json: graph))
            let data: Data = switch format {
            case .dot: Data(DOTWriter().write(prepared.graph, options: prepared.options(rendering)).utf8)
            case .json: try prepared.graph.canonicalized().jsonData()
            }
            if let output {
                try FileOutput.write(data, to: URL(fileURLWithPath: output))
            } else {
                FileHandleWriter.standardOutput(data)
            }
        }
    }
}
