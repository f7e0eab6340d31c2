/// The kind of thing an entity is, as listed in SCHEMA.md.
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    case person = "Person"
    case governmentBody = "GovernmentBody"
    case organization = "Organization"
    case mediaOutlet = "MediaOutlet"
    case application = "Application"
    case proposal = "Proposal"
    case law = "Law"
    case location = "Location"
    case event = "Event"
    case group = "Group"

    /// The prefix of entity ids of this type (`person:dmitry-peskov`).
    public var idPrefix: String {
        switch self {
        case .person: "person"
        case .governmentBody: "gov"
        case .organization: "org"
        case .mediaOutlet: "media"
        case .application: "app"
        case .proposal: "proposal"
        case .law: "law"
        case .location: "loc"
        case .event: "event"
        case .group: "group"
        }
    }

    /// Orders types by their declaration order, which is stable across runs.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
