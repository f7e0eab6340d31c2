/// One article the graph was built from.
public struct Document: Codable, Hashable, Sendable {
    /// A stable id, by default the file name without its extension.
    public var id: String
    /// The headline, when the article has one.
    public var title: String?
    /// Where the article was read from (a path or URL), as given by the user.
    public var source: String?
    /// The publication date (ISO 8601, day precision) when known.
    public var date: String?
    /// The article's address when known.
    public var url: String?

    /// Creates a document record.
    public init(id: String, title: String? = nil, source: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
        self.url = url
    }
}
