import ArgumentParser
import Foundation
import GraphExport
import KnowledgeGraph
import Rendering

/// `newsgraph export`: a graph JSON file, or a view of it, -> DOT or canonical JSON.
struct ExportCommand: ParsableCommand {
    /// The formats `export` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, json, graphml, neo4j
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a graph (JSON file or --store), or a view of it, as DOT, canonical JSON, GraphML or Neo4j import files.",
        discussion: """
        Without -o the export goes to standard output (neo4j needs -o FOLDER: it writes entities.csv, \
        relations.csv and load.cypher there). The DOT is what `render` lays out, tuned for the engine \
        --layout chooses and naming it (layout=...), so `dot -Tsvg FILE` draws it the same way. GraphML \
        opens in Gephi, yEd, Cytoscape and networkx.
        """
    )

    @Argument(help: ArgumentHelp("The graph to export (SCHEMA.md JSON); or give --store.", valueName: "graph.json"))
    var graph: String?
    @OptionGroup var source: GraphStoreOptions

    @Option(help: "The export format (dot, json, graphml, neo4j).")
    var format: Format

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "out"))
    var output: String?

    @OptionGroup var rendering: RenderOptions
    @OptionGroup var view: MapView

    func validate() throws {
        if format == .neo4j && output == nil { throw ValidationError("--format neo4j writes several files: give -o FOLDER") }
    }

    func run() throws {
        try reportingErrors {
            let prepared = try view.prepare(source.load(json: graph))
            let data: Data
            switch format {
            case .dot: data = Data(DOTWriter().write(prepared.graph, options: prepared.options(rendering)).utf8)
            case .json: data = try (source.store == nil ? prepared.graph.canonicalized() : prepared.graph).jsonData()
            case .graphml: data = Data(GraphMLWriter().write(prepared.graph).utf8)
            case .neo4j:
                let folder = URL(fileURLWithPath: output ?? ".")
                try FileOutput.ensureFolder(folder)
                for file in Neo4jExport().files(prepared.graph) {
                    try FileOutput.write(Data(file.text.utf8), to: folder.appendingPathComponent(file.name))
                }
                return
            }
            if let output {
                try FileOutput.write(data, to: URL(fileURLWithPath: output))
            } else {
                FileHandleWriter.standardOutput(data)
            }
        }
    }
}
