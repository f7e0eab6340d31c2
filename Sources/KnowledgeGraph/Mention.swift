/// A place in a document's text where an entity is named, in Unicode scalar offsets.
public struct Mention: Codable, Hashable, Comparable, Sendable {
    /// The id of the document the offsets refer to.
    public var document: String
    /// Offset of the first scalar of the mention.
    public var start: Int
    /// Offset one past the last scalar of the mention.
    public var end: Int

    /// Creates a mention of `document[start..<end]`.
    public init(document: String, start: Int, end: Int) {
        self.document = document
        self.start = start
        self.end = end
    }

    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}
