import Foundation
import GraphAlgorithms
import KnowledgeGraph
import Rendering

/// `newsgraph-soak [COUNT]`: renders COUNT random cyclic graphs (30 entities, 60 relations, dot
/// engine, SVG) in one process and prints the resident memory every 1,000 renders, to show that
/// Graphviz's per-layout allocations are given back (bench/resources.md).
@main
struct RenderSoak {
    static func main() throws {
        let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
        var generator = SplitMix64(seed: 7)
        let started = Date()
        emit("renders\tresident MB\tseconds")
        for round in 1...count {
            let graph = randomGraph(&generator)
            let svg = try MapRenderer().render(graph, as: .svg, options: MapOptions.planned(for: graph, layout: .engine(.dot)))
            precondition(!svg.isEmpty)
            if round % 1_000 == 0 || round == 1 {
                emit("\(round)\t\(residentMegabytes())\t\(String(format: "%.1f", Date().timeIntervalSince(started)))")
            }
        }
    }

    /// Writes a line to standard output at once (unbuffered, so progress shows in a pipe).
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// A random graph with cycles: 30 people, 60 relations between random pairs.
    static func randomGraph(_ generator: inout SplitMix64) -> KnowledgeGraph {
        let entities = (0..<30).map { Entity(id: "p\($0)", type: .person, name: "Person \($0) \(generator.next() % 1000)") }
        let relations = (0..<60).compactMap { index -> Relation? in
            let (a, b) = (Int(generator.next() % 30), Int(generator.next() % 30))
            guard a != b else { return nil }
            return Relation(id: "r\(index)", subject: "p\(a)", predicate: .worksFor, object: "p\(b)", confidence: 1,
                            evidence: [Evidence(document: "d", sentence: index, text: "sentence \(index)", start: 0, end: 1)])
        }
        return KnowledgeGraph(documents: [Document(id: "d")], entities: entities, relations: relations)
    }

    /// The process's resident set size, from /proc/self/statm.
    static func residentMegabytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return -1 }
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }
}
