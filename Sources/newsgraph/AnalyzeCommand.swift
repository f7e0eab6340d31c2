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

    @Argument(help: ArgumentHelp("The graph (SCHEMA.md JSON); or give --store.", valueName: "graph.json")) var graph: String?
    @OptionGroup var source: GraphStoreOptions
    @Option(help: "How many entities to list per measure.") var top = 10
    @Option(help: "Estimate betweenness from this many sampled sources (for big graphs).") var samples: Int?
    @Option(help: "The seed for sampling and for the community search.") var seed: UInt64 = 1
    @Option(help: "Louvain's resolution: above 1 gives more, smaller communities.") var resolution = 1.0
    @Option(help: ArgumentHelp("Leave these measures out on very large graphs (betweenness, closeness, pagerank, louvain, brokers, cores, strong).",
                               valueName: "measure"))
    var skip: [String] = []
    @Flag(help: "Print every figure as JSON.") var json = false

    func validate() throws {
        for measure in skip where !GraphAnalysis.measures.contains(measure) {
            throw ValidationError("unknown measure '\(measure)' for --skip; use one of \(GraphAnalysis.measures.joined(separator: ", "))")
        }
    }
    @Flag(help: "Print the seconds each step took on standard error (load, index, components, betweenness, ...).") var timings = false

    func run() throws {
        try reportingErrors {
            let clock = ContinuousClock()
            let started = clock.now
            let loaded = try source.load(json: graph, structureOnly: true)
            let loadedAt = clock.now
            let index = GraphIndex(loaded)
            let indexedAt = clock.now
            let analysis = GraphAnalysis(index, samples: samples, seed: seed, resolution: resolution, skip: Set(skip))
            if timings {
                let seconds = GraphAnalysis.seconds
                let steps = [("load", seconds(started.duration(to: loadedAt))), ("index", seconds(loadedAt.duration(to: indexedAt)))] + analysis.timings
                printError(steps.map { String(format: "%@=%.3fs", $0.0, $0.1) }.joined(separator: " "))
            }
            if json {
                FileHandleWriter.standardOutput(try analysis.jsonData(ids: index.ids) + Data("\n".utf8))
            } else {
                print(analysis.report(loaded, index: index, top: top))
            }
        }
    }
}
