/// One article as read from disk: its id, headline and normalised text.
public struct Article: Hashable, Sendable {
    /// A stable id, by default the file name without extension.
    public var id: String
    /// The article's text with line ends normalised to "\n" and no byte-order mark.
    public var text: String
    /// Where it was read from, as the user named it.
    public var source: String?
    /// The publication date when known.
    public var date: String?
    /// The article's address when known.
    public var url: String?

    /// Creates an article from its text.
    public init(id: String, text: String, source: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.source = source
        self.date = date
        self.url = url
    }
}
