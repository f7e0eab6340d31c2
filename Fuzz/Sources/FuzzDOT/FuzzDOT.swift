import Foundation
import KnowledgeGraph
import Rendering

/// libFuzzer entry: the bytes become entity names, aliases and evidence sentences of a small
/// graph (split on 0x00); the DOT written for it, plain and highlighted with clusters, must parse in
/// Graphviz (agmemread) to exactly the intended nodes and edges.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    let parts = text.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 2 else { return 0 }
    let types = EntityType.allCases
    let entities = parts.prefix(6).enumerated().map { index, part in
        Entity(id: "\(types[index % types.count].idPrefix):\(part)#\(index)", type: types[index % types.count], name: part, aliases: [part + "\u{202E}"])
    }
    let relations = entities.indices.dropFirst().map { index in
        Relation(id: "r\(index)", subject: entities[0].id, predicate: Predicate(rawValue: parts[index % parts.count]), object: entities[index].id,
                 negated: index % 2 == 0, modality: index % 3 == 0 ? .hypothetical : nil, confidence: 0.5,
                 evidence: [Evidence(document: parts.last!, sentence: 0, text: parts[(index + 1) % parts.count], start: 0, end: 1)])
    }
    let graph = KnowledgeGraph(documents: [Document(id: parts.last!)], entities: entities, relations: relations)
    let options = [
        MapOptions(),
        MapOptions(engine: .sfdp, highlightedEntities: [entities[0].id], highlightedEdges: [EntityPair(entities[0].id, entities[1].id)],
                   clusters: [MapCluster(label: parts[0], entityIDs: [entities[0].id, entities[1].id])], edgeLabels: false),
    ]
    for option in options {
        let dot = DOTWriter().write(graph, options: option)
        guard let parsed = try? GraphvizRenderer().parse(dot: dot) else { preconditionFailure("Graphviz refused our DOT:\n\(dot)") }
        let nodes = Set(parsed.nodes.filter { !$0.hasPrefix("~legend:") })
        precondition(nodes == Set(entities.map { DOTEscaping.nodeName($0.id) }), "DOT nodes differ: \(nodes)")
        let legendEdges = Set(entities.map(\.type)).count - 1
        precondition(parsed.edges == MapEdge.merging(relations).count + legendEdges, "DOT edges differ")
    }
    return 0
}

/// The executable's entry point under SwiftPM (which links `main` to `FuzzDOT_main`): hands the
/// command line to libFuzzer's driver with this target's test function.
@_cdecl("FuzzDOT_main")
public func fuzzDOTMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &vector, fuzzDOT)
}

/// libFuzzer's driver (linked in by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt
