/// A relation's label, in snake_case; the known ones are SCHEMA.md's vocabulary.
///
/// Unknown predicates decode without error (SCHEMA.md allows documented additions),
/// so a graph written by a newer version still loads.
public struct Predicate: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Wraps a snake_case predicate name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Decodes a predicate from its JSON string.
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the predicate as its JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// The predicate in plain words for maps and listings ("spokesperson of").
    public var phrase: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Whether SCHEMA.md lists this predicate.
    public var isKnown: Bool { Predicate.vocabulary.contains(self) }

    /// Whether the relation reads the same in both directions.
    public var isSymmetric: Bool { self == .coordinatedWith }

    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let spokespersonOf = Predicate(rawValue: "spokesperson_of")
    public static let representativeOf = Predicate(rawValue: "representative_of")
    public static let leads = Predicate(rawValue: "leads")
    public static let memberOf = Predicate(rawValue: "member_of")
    public static let worksFor = Predicate(rawValue: "works_for")
    public static let founded = Predicate(rawValue: "founded")
    public static let owns = Predicate(rawValue: "owns")
    public static let developedBy = Predicate(rawValue: "developed_by")
    public static let locatedIn = Predicate(rawValue: "located_in")
    public static let citizenOf = Predicate(rawValue: "citizen_of")
    public static let proposed = Predicate(rawValue: "proposed")
    public static let supports = Predicate(rawValue: "supports")
    public static let opposes = Predicate(rawValue: "opposes")
    public static let criticized = Predicate(rawValue: "criticized")
    public static let commentedOn = Predicate(rawValue: "commented_on")
    public static let reported = Predicate(rawValue: "reported")
    public static let announced = Predicate(rawValue: "announced")
    public static let enacted = Predicate(rawValue: "enacted")
    public static let sentTo = Predicate(rawValue: "sent_to")
    public static let coordinatedWith = Predicate(rawValue: "coordinated_with")
    public static let targets = Predicate(rawValue: "targets")
    public static let appliesTo = Predicate(rawValue: "applies_to")
    public static let banned = Predicate(rawValue: "banned")
    public static let blocks = Predicate(rawValue: "blocks")
    public static let restricts = Predicate(rawValue: "restricts")
    public static let regulates = Predicate(rawValue: "regulates")
    public static let uses = Predicate(rawValue: "uses")
    public static let partOf = Predicate(rawValue: "part_of")
    public static let basedOn = Predicate(rawValue: "based_on")
    public static let sued = Predicate(rawValue: "sued")
    public static let fined = Predicate(rawValue: "fined")
    public static let requested = Predicate(rawValue: "requested")
    public static let upheld = Predicate(rawValue: "upheld")
    public static let appealed = Predicate(rawValue: "appealed")
    public static let violated = Predicate(rawValue: "violated")
    public static let compliesWith = Predicate(rawValue: "complies_with")
    public static let replaces = Predicate(rawValue: "replaces")
    public static let renamedTo = Predicate(rawValue: "renamed_to")
    public static let appointed = Predicate(rawValue: "appointed")

    /// Every predicate SCHEMA.md lists, in its order.
    public static let vocabulary: [Predicate] = [
        .spokespersonOf, .representativeOf, .leads, .memberOf, .worksFor, .founded, .owns,
        .developedBy, .locatedIn, .citizenOf, .proposed, .supports, .opposes, .criticized,
        .commentedOn, .reported, .announced, .enacted, .sentTo, .coordinatedWith, .targets,
        .appliesTo, .banned, .blocks, .restricts, .regulates, .uses, .partOf, .basedOn, .sued,
        .fined, .requested, .upheld, .appealed, .violated, .compliesWith, .replaces, .renamedTo,
        .appointed,
    ]
}
