import ArgumentParser
import Foundation
import KnowledgeGraph
import Rendering

/// `newsgraph export`: a graph JSON file -> DOT or canonical JSON.
struct ExportCommand: ParsableCommand {
    /// The formats `export` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, json
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a graph JSON file as DOT or as canonical JSON.",
        discussion: "Without -o the export goes to standard output."
    )

    @Argument(help: ArgumentHelp("The graph to export (SCHEMA.md JSON).", valueName: "graph.json"))
    var graph: String

    @Option(help: "The export format (dot, json).")
    var format: Format

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "out"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let loaded = try GraphInput.load(graph)
            let data: Data = switch format {
            case .dot: Data(DOTWriter().write(loaded).utf8)
            case .json: try loaded.canonicalized().jsonData()
            }
            if let output {
                try FileOutput.write(data, to: URL(fileURLWithPath: output))
            } else {
                FileHandleWriter.standardOutput(data)
            }
        }
    }
}
