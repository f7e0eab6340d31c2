import KnowledgeGraph

extension GraphStore {
    /// The stored graph, or the part reported between two dates (ISO days, inclusive): the
    /// documents dated in range, the relations with evidence from them (only that evidence),
    /// and the entities those relations join or those documents mention. Documents without a
    /// date are left out when a range is given. Canonical order, relation ids `r<row>`.
    public func graph(since: String? = nil, until: String? = nil) throws -> KnowledgeGraph {
        let filtered = since != nil || until != nil
        let documents = try db.statement("SELECT id, title, source, date, url FROM documents ORDER BY id").rows { row in
            Document(id: row.text(0), title: row.optionalText(1), source: row.optionalText(2), date: row.optionalText(3), url: row.optionalText(4))
        }.filter { document in
            guard filtered else { return true }
            guard let date = document.date else { return false }
            return (since.map { date >= $0 } ?? true) && (until.map { String(date.prefix($0.count)) <= $0 } ?? true)
        }
        let kept = Set(documents.map(\.id))

        var evidence: [Int64: [Evidence]] = [:]
        for (relation, item) in try db.statement("SELECT relation, document, sentence, text, start, \"end\" FROM evidence").rows({ row in
            (row.int(0), Evidence(document: row.text(1), sentence: Int(row.int(2)), text: row.text(3), start: Int(row.int(4)), end: Int(row.int(5))))
        }) where kept.contains(item.document) {
            evidence[relation, default: []].append(item)
        }
        let relations = try db.statement("SELECT id, subject, predicate, object, negated, modality, confidence FROM relations ORDER BY id").rows { row in
            Relation(id: "r\(row.int(0))", subject: row.text(1), predicate: Predicate(rawValue: row.text(2)), object: row.text(3),
                     negated: row.int(4) != 0, modality: Modality(rawValue: row.text(5)), confidence: row.double(6),
                     evidence: (evidence[row.int(0)] ?? []).sorted())
        }.filter { !$0.evidence.isEmpty || !filtered }

        var mentions: [String: [Mention]] = [:]
        for (entity, mention) in try db.statement("SELECT entity, document, start, \"end\" FROM mentions").rows({ row in
            (row.text(0), Mention(document: row.text(1), start: Int(row.int(2)), end: Int(row.int(3))))
        }) where kept.contains(mention.document) {
            mentions[entity, default: []].append(mention)
        }
        var aliases: [String: [String]] = [:]
        for (entity, alias) in try db.statement("SELECT entity, alias FROM aliases ORDER BY entity, alias").rows({ ($0.text(0), $0.text(1)) }) {
            aliases[entity, default: []].append(alias)
        }
        let joined = Set(relations.flatMap { [$0.subject, $0.object] })
        let entities = try db.statement("SELECT id, type, name FROM entities ORDER BY id").rows { row -> Entity? in
            guard let type = EntityType(rawValue: row.text(1)) else { return nil }
            let id = row.text(0)
            return Entity(id: id, type: type, name: row.text(2), aliases: (aliases[id] ?? []).filter { $0 != row.text(2) }, mentions: (mentions[id] ?? []).sorted())
        }.compactMap { $0 }.filter { !filtered || joined.contains($0.id) || !$0.mentions.isEmpty }
        return KnowledgeGraph(documents: documents, entities: entities, relations: relations)
    }

    /// Everything the store knows of one entity: its record, its mentions per document, and
    /// each time an article's entity was resolved to it, with the form and the reason.
    public func explain(entityID: String) throws -> EntityExplanation? {
        guard let record = try db.statement("SELECT type, name FROM entities WHERE id = ?").bind(.text(entityID)).rows({ ($0.text(0), $0.text(1)) }).first,
              let type = EntityType(rawValue: record.0) else { return nil }
        let aliases = try db.statement("SELECT alias FROM aliases WHERE entity = ? ORDER BY alias").bind(.text(entityID)).rows { $0.text(0) }.filter { $0 != record.1 }
        let mentions = try db.statement("SELECT document, count(*) FROM mentions WHERE entity = ? GROUP BY document ORDER BY document").bind(.text(entityID))
            .rows { (document: $0.text(0), count: Int($0.int(1))) }
        let merges = try db.statement("SELECT m.form, m.document, d.date, m.reason FROM merges m LEFT JOIN documents d ON d.id = m.document WHERE m.entity = ? ORDER BY m.rowid")
            .bind(.text(entityID)).rows { (form: $0.text(0), document: $0.text(1), date: $0.optionalText(2), reason: $0.text(3)) }
        return EntityExplanation(entity: Entity(id: entityID, type: type, name: record.1, aliases: aliases), mentionsPerDocument: mentions, resolutions: merges)
    }
}

/// An entity as the store explains it (`newsgraph entities`).
public struct EntityExplanation: Sendable {
    /// The entity with its aliases.
    public var entity: Entity
    /// How many times each document names it.
    public var mentionsPerDocument: [(document: String, count: Int)]
    /// Each article entity resolved to it: the form, the document, its date, and why.
    public var resolutions: [(form: String, document: String, date: String?, reason: String)]
}
