import KnowledgeGraph

/// Writes a knowledge graph as GraphML (Gephi, yEd, Cytoscape, networkx): entities as nodes
/// with name, type and aliases; relations as directed edges with predicate, negation,
/// modality, confidence, the number of evidence sentences, their documents and the first
/// sentence. Text is XML-escaped and characters XML 1.0 forbids are dropped. O(V + E).
public struct GraphMLWriter: Sendable {
    /// A writer.
    public init() {}

    private static let keys: [(id: String, domain: String, name: String, type: String)] = [
        ("name", "node", "name", "string"), ("type", "node", "type", "string"), ("aliases", "node", "aliases", "string"),
        ("predicate", "edge", "predicate", "string"), ("negated", "edge", "negated", "boolean"), ("modality", "edge", "modality", "string"),
        ("confidence", "edge", "confidence", "double"), ("evidence_count", "edge", "evidence_count", "int"),
        ("documents", "edge", "documents", "string"), ("evidence", "edge", "evidence", "string"),
    ]

    /// The GraphML document of `graph`.
    public func write(_ graph: KnowledgeGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        for key in Self.keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n"
        for entity in graph.entities {
            out += "    <node id=\"\(Self.escaped(entity.id))\">"
            out += data("name", entity.name) + data("type", entity.type.rawValue) + data("aliases", entity.aliases.joined(separator: "; "))
            out += "</node>\n"
        }
        for relation in graph.relations {
            out += "    <edge id=\"\(Self.escaped(relation.id))\" source=\"\(Self.escaped(relation.subject))\" target=\"\(Self.escaped(relation.object))\">"
            out += data("predicate", relation.predicate.rawValue) + data("negated", relation.negated ? "true" : "false")
            out += data("modality", relation.modality?.rawValue ?? "") + data("confidence", "\(relation.confidence)")
            out += data("evidence_count", "\(relation.evidence.count)")
            out += data("documents", Array(Set(relation.evidence.map(\.document))).sorted().joined(separator: "; "))
            out += data("evidence", relation.evidence.first?.text ?? "")
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private func data(_ key: String, _ value: String) -> String {
        "<data key=\"\(key)\">\(Self.escaped(value))</data>"
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
