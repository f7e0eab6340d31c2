/// The typed knowledge graph of one or more articles: documents, entities and relations.
///
/// A value type; `canonicalized()` gives the deterministic form every writer uses
/// (stable ids, sorted arrays, duplicate statements merged).
public struct KnowledgeGraph: Hashable, Sendable {
    /// The JSON format version this code reads and writes.
    public static let schemaVersion = 1

    /// The articles the graph was built from, sorted by id.
    public var documents: [Document]
    /// The entities, sorted by id.
    public var entities: [Entity]
    /// The relations, sorted by statement.
    public var relations: [Relation]

    /// Creates a graph from its parts, kept as given.
    public init(documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = []) {
        self.documents = documents
        self.entities = entities
        self.relations = relations
    }

    /// The entity with this id, if any. O(n); build a dictionary for repeated look-ups.
    public func entity(withID id: String) -> Entity? {
        entities.first { $0.id == id }
    }

    /// A dictionary from entity id to entity. O(n).
    public func entitiesByID() -> [String: Entity] {
        Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
