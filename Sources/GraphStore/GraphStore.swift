import Foundation
import KnowledgeGraph

/// The embedded SQLite store of a growing graph: documents (with content hashes), resolved
/// entities with aliases, mentions and the reasons of every merge, and relations with all
/// their evidence.
///
/// WAL journal, one transaction per batch (`add(_:)`): a crash loses at most the batch in flight,
/// and since a document is committed together with its facts, re-running the ingest completes it.
/// Not thread-safe: one store object per thread.
public final class GraphStore {
    let db: SQLiteConnection
    private let path: String
    private var resolver: EntityResolver?
    private var relationIDs: [Relation.StatementKey: Int64] = [:]
    private var entityNames: [String: (type: EntityType, name: String)] = [:]

    /// One article ready to add: its document record, content hash and extracted graph.
    public struct Article: Sendable {
        public var document: Document
        public var hash: String
        public var graph: KnowledgeGraph

        /// Bundles an article's document, hash and graph.
        public init(document: Document, hash: String, graph: KnowledgeGraph) {
            self.document = document
            self.hash = hash
            self.graph = graph
        }
    }

    /// What one batch added.
    public struct BatchResult: Sendable, Equatable {
        public var documents = 0
        public var newEntities = 0
        public var mergedEntities = 0
        public var newRelations = 0
        public var evidence = 0

        /// Nothing added yet.
        public init() {}
    }

    /// Opens the store at `path`; `create` makes the file and tables when missing.
    /// - Throws: `StoreError` when the file cannot be opened or is not a store.
    public init(path: String, create: Bool) throws {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.cannotOpen(path: path, reason: "no such file; build one with `newsgraph ingest ARTICLES --store \(path)`")
        }
        self.path = path
        db = try SQLiteConnection(path: path)
        try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY;")
        if create { try db.execute(Self.schema) }
        let tables = try db.statement("SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('documents','entities','relations','evidence')").rows { $0.int(0) }
        guard tables.first == 4 else { throw StoreError.notAStore(path: path) }
    }

    static let schema = """
    CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, title TEXT, source TEXT, date TEXT, url TEXT);
    CREATE TABLE IF NOT EXISTS entities(id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS aliases(entity TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(entity, alias)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS mentions(entity TEXT NOT NULL, document TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS mentions_by_entity ON mentions(entity);
    CREATE TABLE IF NOT EXISTS merges(entity TEXT NOT NULL, form TEXT NOT NULL, document TEXT NOT NULL, reason TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS merges_by_entity ON merges(entity);
    CREATE TABLE IF NOT EXISTS relations(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
        negated INTEGER NOT NULL, modality TEXT NOT NULL, confidence REAL NOT NULL, UNIQUE(subject, predicate, object, negated, modality));
    CREATE TABLE IF NOT EXISTS evidence(relation INTEGER NOT NULL, document TEXT NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS evidence_by_relation ON evidence(relation);
    """

    /// The content hashes of every stored document.
    public func knownHashes() throws -> Set<String> {
        Set(try db.statement("SELECT hash FROM documents").rows { $0.text(0) })
    }

    /// Numbers of documents, entities, relations and evidence sentences.
    public func counts() throws -> (documents: Int, entities: Int, relations: Int, evidence: Int) {
        func count(_ table: String) throws -> Int { Int(try db.statement("SELECT count(*) FROM \(table)").rows { $0.int(0) }.first ?? 0) }
        return (try count("documents"), try count("entities"), try count("relations"), try count("evidence"))
    }

    /// SQLite's own consistency check: "ok" or the problems found.
    public func integrityCheck() throws -> String {
        try db.statement("PRAGMA integrity_check").rows { $0.text(0) }.joined(separator: "; ")
    }

    /// Adds a batch of articles in one transaction: resolves their entities against the store,
    /// merges relations that state the same thing, and appends all evidence. Articles whose hash
    /// is already stored are skipped. O(facts) hash-map work plus the inserts.
    public func add(_ articles: [Article]) throws -> BatchResult {
        try loadIndexes()
        var resolver = self.resolver!
        var relationIDs = self.relationIDs
        var entityNames = self.entityNames
        let result = try db.transaction { () -> BatchResult in
            var result = BatchResult()
            var hashes = Set<String>()
            for article in articles {
                guard hashes.insert(article.hash).inserted,
                      try db.statement("SELECT 1 FROM documents WHERE hash = ?").bind(.text(article.hash)).rows({ _ in 1 }).isEmpty else { continue }
                let documentID = try uniqueDocumentID(article.document.id)
                let document = article.document
                try db.statement("INSERT INTO documents(id, hash, title, source, date, url) VALUES (?, ?, ?, ?, ?, ?)")
                    .bind(.text(documentID), .text(article.hash), .optional(document.title), .optional(document.source), .optional(document.date), .optional(document.url)).run()
                result.documents += 1
                var storeID: [String: String] = [:]
                for entity in article.graph.entities {
                    let decision = resolver.resolve(entity)
                    let id: String
                    if let known = decision.id {
                        id = known
                        result.mergedEntities += 1
                        if let current = entityNames[id], entity.name.count > current.name.count, decision.reason.hasPrefix("full name") {
                            try db.statement("UPDATE entities SET name = ? WHERE id = ?").bind(.text(entity.name), .text(id)).run()
                            try db.statement("INSERT OR IGNORE INTO aliases(entity, alias) VALUES (?, ?)").bind(.text(id), .text(current.name)).run()
                            entityNames[id] = (entity.type, entity.name)
                        }
                    } else {
                        id = try uniqueEntityID(entity, taken: entityNames)
                        try db.statement("INSERT INTO entities(id, type, name) VALUES (?, ?, ?)").bind(.text(id), .text(entity.type.rawValue), .text(entity.name)).run()
                        entityNames[id] = (entity.type, entity.name)
                        result.newEntities += 1
                    }
                    resolver.register(entity, as: id)
                    storeID[entity.id] = id
                    try db.statement("INSERT INTO merges(entity, form, document, reason) VALUES (?, ?, ?, ?)")
                        .bind(.text(id), .text(entity.name), .text(documentID), .text(decision.reason)).run()
                    for alias in entity.aliases + [entity.name] where alias != entityNames[id]?.name {
                        try db.statement("INSERT OR IGNORE INTO aliases(entity, alias) VALUES (?, ?)").bind(.text(id), .text(alias)).run()
                    }
                    for mention in entity.mentions {
                        try db.statement("INSERT INTO mentions(entity, document, start, \"end\") VALUES (?, ?, ?, ?)")
                            .bind(.text(id), .text(documentID), .int(mention.start), .int(mention.end)).run()
                    }
                }
                for relation in article.graph.relations {
                    guard let subject = storeID[relation.subject], let object = storeID[relation.object], subject != object else { continue }
                    var copy = relation
                    copy.subject = subject
                    copy.object = object
                    let rowID: Int64
                    if let known = relationIDs[copy.statementKey] {
                        rowID = known
                        try db.statement("UPDATE relations SET confidence = max(confidence, ?) WHERE id = ?").bind(.real(relation.confidence), .integer(known)).run()
                    } else {
                        try db.statement("INSERT INTO relations(subject, predicate, object, negated, modality, confidence) VALUES (?, ?, ?, ?, ?, ?)")
                            .bind(.text(subject), .text(relation.predicate.rawValue), .text(object), .bool(relation.negated),
                                  .text(relation.modality?.rawValue ?? ""), .real(relation.confidence)).run()
                        rowID = db.lastInsertRowID
                        relationIDs[copy.statementKey] = rowID
                        result.newRelations += 1
                    }
                    for evidence in relation.evidence {
                        try db.statement("INSERT INTO evidence(relation, document, sentence, text, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)")
                            .bind(.integer(rowID), .text(documentID), .int(evidence.sentence), .text(evidence.text), .int(evidence.start), .int(evidence.end)).run()
                        result.evidence += 1
                    }
                }
            }
            return result
        }
        self.resolver = resolver
        self.relationIDs = relationIDs
        self.entityNames = entityNames
        return result
    }

    /// Reads what the resolver and the relation index need, once per store object.
    private func loadIndexes() throws {
        guard resolver == nil else { return }
        var resolver = EntityResolver()
        var aliases: [String: [String]] = [:]
        for (entity, alias) in try db.statement("SELECT entity, alias FROM aliases ORDER BY entity, alias").rows({ ($0.text(0), $0.text(1)) }) {
            aliases[entity, default: []].append(alias)
        }
        for row in try db.statement("SELECT id, type, name FROM entities ORDER BY rowid").rows({ ($0.text(0), $0.text(1), $0.text(2)) }) {
            guard let type = EntityType(rawValue: row.1) else { continue }
            entityNames[row.0] = (type, row.2)
            resolver.register(Entity(id: row.0, type: type, name: row.2, aliases: aliases[row.0] ?? []), as: row.0)
        }
        let keys = try db.statement("SELECT id, subject, predicate, object, negated, modality FROM relations").rows { row in
            (row.int(0), Relation(subject: row.text(1), predicate: Predicate(rawValue: row.text(2)), object: row.text(3),
                                  negated: row.int(4) != 0, modality: Modality(rawValue: row.text(5)), confidence: 0, evidence: []).statementKey)
        }
        for (id, key) in keys { relationIDs[key] = id }
        self.resolver = resolver
    }

    /// `id`, or `id-2`, `id-3`... when another document already has it.
    private func uniqueDocumentID(_ id: String) throws -> String {
        var candidate = id
        var suffix = 2
        while try !db.statement("SELECT 1 FROM documents WHERE id = ?").bind(.text(candidate)).rows({ _ in 1 }).isEmpty {
            candidate = "\(id)-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// The type prefix and slug of the name, suffixed when taken.
    private func uniqueEntityID(_ entity: Entity, taken: [String: (type: EntityType, name: String)]) throws -> String {
        let base = entity.type.idPrefix + ":" + NameKey.slug(entity.name)
        var candidate = base
        var suffix = 2
        while taken[candidate] != nil {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}
