import ArgumentParser
import Dispatch
import Foundation
import GraphAlgorithms
import KnowledgeGraph

/// `newsgraph path`: how two entities are connected, hop by hop, each hop cited.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two entities are connected: the shortest paths, each hop with its evidence sentence.",
        discussion: """
        FROM and TO are entity ids, names or aliases (any case). Hops count over the undirected graph \
        unless --directed. Exit 1 when there is no path, 2 when a name is unknown or ambiguous.
          newsgraph path graphs/graph.json Peskov WhatsApp
        """
    )

    @Argument(help: ArgumentHelp("The graph (SCHEMA.md JSON; leave it out with --store), then where the path starts and ends: ids, names or aliases.",
                                 valueName: "graph.json> <from> <to"))
    var arguments: [String] = []
    @OptionGroup var source: GraphStoreOptions

    /// The graph file (nil with --store) and the two ends.
    private var parts: (graph: String?, from: String, to: String) {
        let ends = arguments.suffix(2)
        return (source.store == nil ? arguments.first : nil, ends.first ?? "", ends.last ?? "")
    }
    @Option(help: "How many shortest simple paths to show (Yen's algorithm).") var k = 1
    @Option(help: "The longest path, in hops.") var maxHops = Int.max
    @Flag(help: "Follow relations only from subject to object.") var directed = false
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Use only relations with these predicates.", valueName: "predicate"))
    var via: [String] = []
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Never pass through these entities.", valueName: "name"))
    var avoid: [String] = []
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Pass only through entities of these types (Person, GovernmentBody, ...).", valueName: "type"))
    var types: [EntityType] = []
    @Flag(help: "Prefer well-attested links: the lightest path, a link weighing 1 / (its evidence sentences x confidence).")
    var weighted = false
    @Flag(help: "List every simple path up to --max-hops (at most 1,000) instead of the shortest ones.") var allSimple = false
    @Flag(help: "Print the paths as JSON.") var json = false
    @Option(help: ArgumentHelp("Answer every FROM<TAB>TO line of this file against one loaded graph; prints hops and milliseconds per pair and the p50/p99 latency.", valueName: "file"))
    var pairs: String?

    func validate() throws {
        let expected = (source.store == nil ? 3 : 2) - (pairs == nil ? 0 : 2)
        guard arguments.count == expected else {
            throw ValidationError(pairs != nil ? "with --pairs give only the graph file (or --store)"
                : source.store == nil ? "give the graph file and two entities: path GRAPH.json FROM TO" : "with --store give only the two entities: path --store FILE FROM TO")
        }
        guard k >= 1 else { throw ValidationError("--k must be at least 1") }
        guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
        if allSimple && maxHops == .max { throw ValidationError("--all-simple needs --max-hops N (the number of paths grows fast)") }
    }

    func run() throws {
        try reportingErrors {
            if let pairs { return try answerPairs(pairs) }
            let (graphFile, from, to) = parts
            let loaded = try self.source.load(json: graphFile)
            let lookup = EntityLookup(graph: loaded)
            let predicates = Set(via.map { Predicate(rawValue: $0) })
            let index = GraphIndex(loaded) { predicates.isEmpty || predicates.contains($0.predicate) }
            let (source, target, cited) = try answer(from, to, loaded: loaded, lookup: lookup, index: index)
            if json {
                let object: [String: Any] = ["from": source.id, "to": target.id, "paths": cited.map(\.jsonObject)]
                FileHandleWriter.standardOutput(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) + Data("\n".utf8))
            } else if !cited.isEmpty {
                print(cited.enumerated().map { $1.text(number: cited.count > 1 ? $0 + 1 : nil) }.joined(separator: "\n"))
            }
            if cited.isEmpty {
                printError("no path from \(source.name) to \(target.name)" + (maxHops < Int.max ? " within \(maxHops) hops" : "")
                           + (directed ? " following relations' direction" : ""))
                throw ExitCode.failure
            }
        }
    }
    /// The two ends and the cited paths between them, by the options' rules.
    private func answer(_ from: String, _ to: String, loaded: KnowledgeGraph, lookup: EntityLookup, index: GraphIndex) throws -> (Entity, Entity, [CitedPath]) {
        let source = try lookup.find(from), target = try lookup.find(to)
        var avoided = Set(try avoid.map { try lookup.find($0).id }.compactMap { index.node[$0] })
        if !types.isEmpty {
            // Intermediate entities of other types are avoided; the ends are always allowed.
            let allowed = Set(types)
            for entity in loaded.entities where !allowed.contains(entity.type) && entity.id != source.id && entity.id != target.id {
                if let node = index.node[entity.id] { avoided.insert(node) }
            }
        }
        let (start, end) = (index.node[source.id]!, index.node[target.id]!)
        let paths: [[Int32]]
        if allSimple {
            paths = SimplePaths.all(index, from: start, to: end, maxHops: maxHops).filter { $0.dropFirst().dropLast().allSatisfy { !avoided.contains($0) } }
        } else if weighted {
            paths = WeightedPaths.dijkstra(index, weights: WeightedPaths.weights(index, loaded), from: start, to: end, avoid: avoided).map { [$0] } ?? []
        } else {
            paths = KShortestPaths.yen(index, from: start, to: end, k: k, directed: directed, avoid: avoided, maxHops: maxHops)
        }
        let cited = paths.map { CitedPath(nodes: $0.map { index.ids[Int($0)] }, graph: loaded, index: index, directed: directed) }
        return (source, target, cited)
    }

    /// `--pairs`: every pair answered against one loaded graph, with its latency.
    private func answerPairs(_ file: String) throws {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw CLIError("\(file): cannot read the pairs file; give a UTF-8 file of FROM<TAB>TO lines")
        }
        let started = DispatchTime.now()
        let loaded = try source.load(json: arguments.first)
        let lookup = EntityLookup(graph: loaded)
        let predicates = Set(via.map { Predicate(rawValue: $0) })
        let index = GraphIndex(loaded) { predicates.isEmpty || predicates.contains($0.predicate) }
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        var latencies: [Double] = []
        var output = ""
        for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { throw CLIError("\(file):\(number + 1): expected FROM<TAB>TO") }
            let begin = DispatchTime.now()
            let (_, _, cited) = try answer(String(fields[0]), String(fields[1]), loaded: loaded, lookup: lookup, index: index)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - begin.uptimeNanoseconds) / 1e6
            latencies.append(milliseconds)
            output += "\(fields[0])\t\(fields[1])\t\(cited.first.map { "\($0.relations.count)" } ?? "none")\t\(String(format: "%.3f", milliseconds))\n"
        }
        FileHandleWriter.standardOutput(Data(output.utf8))
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
        printError(String(format: "%d pairs: p50 %.3f ms, p99 %.3f ms, max %.3f ms; graph loaded in %.2f s", sorted.count, percentile(0.5), percentile(0.99), sorted.last ?? 0, loadSeconds))
    }
}

extension EntityType: ExpressibleByArgument {}
