import Foundation

extension KnowledgeGraph {
    /// Reads only a graph's structure from JSON: entities' ids, types and names, and relations'
    /// ends and predicates, leaving out aliases, mentions, flags and evidence. About three times
    /// faster than the full reader on large graphs, for commands that analyse structure only.
    /// Input the one-pass scanner does not take (malformed JSON, another version, an unknown type)
    /// is read by `init(jsonData:)`, whose errors are located.
    /// - Throws: `GraphError` as `init(jsonData:)` does (syntax, version, fields, ids, references).
    public init(structureOfJSON data: Data) throws {
        let scanned = data.withUnsafeBytes { raw in
            var scanner = StructureScanner(raw.bindMemory(to: UInt8.self))
            return scanner.scan()
        }
        if let scanned, scanned.version == KnowledgeGraph.schemaVersion,
           let entities = try? scanned.entities.map({ (id: String, type: String, name: String) throws -> Entity in
               guard let entityType = EntityType(rawValue: type) else { throw GraphError.malformed(detail: "unknown type \(type)") }
               return Entity(id: id, type: entityType, name: name)
           }) {
            self.init(documents: [], entities: entities, relations: scanned.relations.map {
                Relation(subject: $0.subject, predicate: Predicate(rawValue: $0.predicate), object: $0.object, negated: false, confidence: 0, evidence: [])
            })
            try checkReferences()
            return
        }
        // Anything the scanner does not take goes to the full reader: its errors say where.
        self = try KnowledgeGraph(jsonData: data)
    }
}
