@testable import Extraction
import KnowledgeGraph
import XCTest

/// Shared helpers for tests that run the extractor on a short text and read its graph.
class ExtractionTestCase: XCTestCase {
    /// The graph of `text` as one article.
    func extract(_ text: String) throws -> KnowledgeGraph {
        try Extractor(lexicon: Lexicon.builtIn()).extract(Article(id: "t", text: text))
    }

    /// "Subject predicate Object (negated) (hypothetical)", sorted.
    func triples(_ graph: KnowledgeGraph) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
        return graph.relations.map { relation in
            var line = "\(names[relation.subject]!) \(relation.predicate) \(names[relation.object]!)"
            if relation.negated { line += " (negated)" }
            if relation.modality == .hypothetical { line += " (hypothetical)" }
            return line
        }.sorted()
    }

    /// "Type:Name" of every entity, in the graph's order.
    func entities(_ graph: KnowledgeGraph) -> [String] {
        graph.entities.map { "\($0.type.rawValue):\($0.name)" }
    }

    /// The aliases of the entity with this name.
    func aliases(of name: String, in graph: KnowledgeGraph) -> [String] {
        graph.entities.first { $0.name == name }?.aliases ?? []
    }
}
