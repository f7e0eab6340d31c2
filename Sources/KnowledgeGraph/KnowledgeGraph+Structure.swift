import Foundation

extension KnowledgeGraph {
    /// Reads only a graph's structure from JSON: entities' ids, types and names, and relations'
    /// ends and predicates, leaving out aliases, mentions, flags and evidence. About three times
    /// faster than the full reader on large graphs, for commands that analyse structure only.
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
        try self.init(decodingStructureOf: data)
    }

    /// The same through JSONDecoder, for input the scanner does not take; its errors are located.
    private init(decodingStructureOf data: Data) throws {
        let skeleton: Skeleton
        do {
            skeleton = try JSONDecoder().decode(Skeleton.self, from: data)
        } catch let error as GraphError {
            throw error
        } catch {
            // The full reader gives the located message.
            _ = try KnowledgeGraph(jsonData: data)
            throw GraphError.malformed(detail: String(describing: error))
        }
        entities = skeleton.entities.map { Entity(id: $0.id, type: $0.type, name: $0.name) }
        relations = skeleton.relations.map {
            Relation(subject: $0.subject, predicate: $0.predicate, object: $0.object, negated: false, confidence: 0, evidence: [])
        }
        documents = []
        try checkReferences()
    }

    /// Unique entity ids, and relations between existing entities.
    private func checkReferences() throws {
        var seen = Set<String>()
        for entity in entities where !seen.insert(entity.id).inserted { throw GraphError.duplicateID(entity.id) }
        for relation in relations {
            for end in [relation.subject, relation.object] where !seen.contains(end) {
                throw GraphError.danglingReference(relation: relation.id, entity: end)
            }
        }
    }

    private struct Skeleton: Decodable {
        var entities: [EntitySkeleton]
        var relations: [RelationSkeleton]

        private enum CodingKeys: String, CodingKey { case schemaVersion, entities, relations }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let version = try container.decode(Int.self, forKey: .schemaVersion)
            guard version == KnowledgeGraph.schemaVersion else { throw GraphError.unsupportedSchemaVersion(version) }
            entities = try container.decodeIfPresent([EntitySkeleton].self, forKey: .entities) ?? []
            relations = try container.decodeIfPresent([RelationSkeleton].self, forKey: .relations) ?? []
        }
    }

    private struct EntitySkeleton: Decodable {
        var id: String
        var type: EntityType
        var name: String
    }

    private struct RelationSkeleton: Decodable {
        var subject: String
        var predicate: Predicate
        var object: String
    }
}
