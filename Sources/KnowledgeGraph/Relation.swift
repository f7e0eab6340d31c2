/// Whether a relation is stated as fact or as a possibility.
public enum Modality: String, Codable, Hashable, Sendable {
    /// "may cover", "could be banned", "is considering".
    case hypothetical
}

/// A typed, directed statement between two entities, with the sentences it came from.
public struct Relation: Codable, Hashable, Sendable {
    /// A stable id (`r1`, `r2`, ...) assigned in sorted order.
    public var id: String
    /// The id of the entity the statement is about.
    public var subject: String
    /// What is said of subject and object.
    public var predicate: Predicate
    /// The id of the other entity.
    public var object: String
    /// True when the text states the relation as not holding.
    public var negated: Bool
    /// Set when the text states it as a possibility only.
    public var modality: Modality?
    /// How sure the extractor is, from 0 to 1.
    public var confidence: Double
    /// The sentences that state it; never empty.
    public var evidence: [Evidence]

    /// Creates a relation.
    public init(id: String = "", subject: String, predicate: Predicate, object: String,
                negated: Bool = false, modality: Modality? = nil, confidence: Double,
                evidence: [Evidence]) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.negated = negated
        self.modality = modality
        self.confidence = confidence
        self.evidence = evidence
    }

    /// What makes two relations the same statement: endpoints, predicate, negation, modality.
    public var statementKey: StatementKey {
        StatementKey(subject: subject, predicate: predicate, object: object, negated: negated, modality: modality)
    }

    /// The identity of a statement regardless of where it was read.
    public struct StatementKey: Hashable, Comparable, Sendable {
        public var subject: String
        public var predicate: Predicate
        public var object: String
        public var negated: Bool
        public var modality: Modality?

        public static func < (lhs: StatementKey, rhs: StatementKey) -> Bool {
            (lhs.subject, lhs.predicate.rawValue, lhs.object, lhs.negated ? 1 : 0, lhs.modality?.rawValue ?? "")
                < (rhs.subject, rhs.predicate.rawValue, rhs.object, rhs.negated ? 1 : 0, rhs.modality?.rawValue ?? "")
        }
    }
}
