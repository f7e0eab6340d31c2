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

    private enum CodingKeys: String, CodingKey { case document, sentence, text, start, end }

    /// Decodes evidence; `start` and `end` may be left out (graphs made by other tools) and read as 0.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(String.self, forKey: .document)
        sentence = try container.decode(Int.self, forKey: .sentence)
        text = try container.decode(String.self, forKey: .text)
        start = try container.decodeIfPresent(Int.self, forKey: .start) ?? 0
        end = try container.decodeIfPresent(Int.self, forKey: .end) ?? 0
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.text) < (rhs.document, rhs.start, rhs.end, rhs.text)
    }
}
