/// What can go wrong when reading or checking a graph, with a message for people.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON, or not a graph; `detail` says where.
    case malformed(detail: String)
    /// The file declares a schema version this program does not read.
    case unsupportedSchemaVersion(Int)
    /// Two entities or two relations share an id.
    case duplicateID(String)
    /// A relation names an entity that the graph does not hold.
    case danglingReference(relation: String, entity: String)
    /// A relation has no evidence sentence.
    case missingEvidence(relation: String)

    public var description: String {
        switch self {
        case .malformed(let detail):
            "not a NewsGraph graph: \(detail)"
        case .unsupportedSchemaVersion(let version):
            "schemaVersion \(version) is not supported (this newsgraph reads version \(KnowledgeGraph.schemaVersion)); regenerate the graph with this version"
        case .duplicateID(let id):
            "the id '\(id)' is used twice; ids of entities and relations must be unique"
        case .danglingReference(let relation, let entity):
            "relation '\(relation)' refers to entity '\(entity)', which the graph does not contain"
        case .missingEvidence(let relation):
            "relation '\(relation)' has no evidence sentence; every relation needs at least one"
        }
    }
}
