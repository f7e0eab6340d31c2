/// The sentence a relation was read from.
public struct Evidence: Codable, Hashable, Comparable, Sendable {
    /// The id of the document holding the sentence.
    public var document: String
    /// The sentence's index in its document, counted from 0.
    public var sentence: Int
    /// The sentence's text, verbatim.
    public var text: String
    /// Offset of the sentence's first scalar in the document text.
    public var start: Int
    /// Offset one past the sentence's last scalar.
    public var end: Int

    /// Creates an evidence record.
    public init(document: String, sentence: Int, text: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.text) < (rhs.document, rhs.start, rhs.end, rhs.text)
    }
}
