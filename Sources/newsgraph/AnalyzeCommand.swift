import ArgumentParser
import Foundation
import GraphAlgorithms
import KnowledgeGraph

/// `newsgraph analyze`: components, central entities, communities and brokers of a graph.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a graph: components, top entities by degree, betweenness and PageRank, communities.",
        discussion: """
        All figures are over the undirected simple graph (relations collapsed per pair, self-loops dropped) \
        and normalised as networkx's defaults: betweenness_centrality(G), closeness_centrality(G), \
        pagerank(G, alpha=0.85). --json prints every figure for every entity.
        """
    )

    @Argument(help: ArgumentHelp("The graph (SCHEMA.md JSON).", valueName: "graph.json")) var graph: String
    @Option(help: "How many entities to list per measure.") var top = 10
    @Option(help: "Estimate betweenness from this many sampled sources (for big graphs).") var samples: Int?
    @Option(help: "The seed for sampling and for the community search.") var seed: UInt64 = 1
    @Flag(help: "Print every figure as JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let loaded = try GraphInput.load(graph)
            let index = GraphIndex(loaded)
            let analysis = GraphAnalysis(index, samples: samples, seed: seed)
            if json {
                FileHandleWriter.standardOutput(try analysis.jsonData(ids: index.ids) + Data("\n".utf8))
            } else {
                print(analysis.report(loaded, index: index, top: top))
            }
        }
    }
}
