import Foundation

extension KnowledgeGraph: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, documents, entities, relations
    }

    /// Decodes a graph in SCHEMA.md's JSON form; missing arrays read as empty.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == KnowledgeGraph.schemaVersion else {
            throw GraphError.unsupportedSchemaVersion(version)
        }
        documents = try container.decodeIfPresent([Document].self, forKey: .documents) ?? []
        entities = try container.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        relations = try container.decodeIfPresent([Relation].self, forKey: .relations) ?? []
    }

    /// Encodes the graph in SCHEMA.md's JSON form.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(KnowledgeGraph.schemaVersion, forKey: .schemaVersion)
        try container.encode(documents, forKey: .documents)
        try container.encode(entities, forKey: .entities)
        try container.encode(relations, forKey: .relations)
    }

    /// Reads a graph from JSON bytes and checks that its references hold.
    /// - Throws: `GraphError` saying what is wrong and where.
    public init(jsonData: Data) throws {
        do {
            self = try JSONDecoder().decode(KnowledgeGraph.self, from: jsonData)
        } catch let error as GraphError {
            throw error
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty, let syntax = KnowledgeGraph.syntaxError(in: jsonData) {
                throw GraphError.malformed(detail: syntax)
            }
            throw GraphError.malformed(detail: KnowledgeGraph.describe(error))
        } catch {
            throw GraphError.malformed(detail: String(describing: error))
        }
        try validate()
    }

    /// The graph as pretty-printed JSON with sorted keys: the same graph always gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Checks ids are unique, relations point at existing entities and carry evidence.
    public func validate() throws {
        try checkReferences()
        var relationIDs = Set<String>()
        for relation in relations {
            guard relationIDs.insert(relation.id).inserted else { throw GraphError.duplicateID(relation.id) }
            if relation.evidence.isEmpty { throw GraphError.missingEvidence(relation: relation.id) }
        }
    }

    /// Unique entity ids, and relations between existing entities: what a graph's structure needs.
    func checkReferences() throws {
        var seen = Set<String>()
        for entity in entities where !seen.insert(entity.id).inserted {
            throw GraphError.duplicateID(entity.id)
        }
        for relation in relations {
            for end in [relation.subject, relation.object] where !seen.contains(end) {
                throw GraphError.danglingReference(relation: relation.id, entity: end)
            }
        }
    }

    /// Where the JSON syntax breaks, as "invalid JSON at line L, column C: reason".
    private static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            guard let range = reason.range(of: #"character \d+"#, options: .regularExpression),
                  let offset = Int(reason[range].dropFirst("character ".count)) else {
                return "invalid JSON: \(reason)"
            }
            var line = 1
            var column = 1
            for byte in data.prefix(offset) {
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            }
            let what = reason.replacingOccurrences(of: #"\s*around character \d+\.?"#, with: "", options: .regularExpression)
            return "invalid JSON at line \(line), column \(column): \(what.lowercased()); fix the file or regenerate it with newsgraph extract"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let parts = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return parts.isEmpty ? "at the top level" : "at " + parts.joined().drop { $0 == "." }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field '\(key.stringValue)' \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription) \(path(context))"
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { ": \($0.localizedDescription)" } ?? ""
            return "\(context.debugDescription)\(underlying) \(path(context))"
        @unknown default:
            return String(describing: error)
        }
    }
}
