/// A typed thing the articles talk about: a person, a body, an app, a proposal...
public struct Entity: Codable, Hashable, Sendable {
    /// A stable id: the type's prefix and a slug of the name (`person:dmitry-peskov`).
    public var id: String
    /// What kind of thing this is.
    public var type: EntityType
    /// The fullest form the text gives.
    public var name: String
    /// Other forms that refer to it, sorted, without the name itself.
    public var aliases: [String]
    /// Where it is named, sorted by document and offset.
    public var mentions: [Mention]

    /// Creates an entity; aliases and mentions are kept as given.
    public init(id: String, type: EntityType, name: String, aliases: [String] = [], mentions: [Mention] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }

    private enum CodingKeys: String, CodingKey { case id, type, name, aliases, mentions }

    /// Decodes an entity; `aliases` and `mentions` may be left out (graphs made by other tools).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(EntityType.self, forKey: .type)
        name = try container.decode(String.self, forKey: .name)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        mentions = try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    }

    /// The name followed by every alias.
    public var allNames: [String] { [name] + aliases }
}
