/// The coarse kinds of named entity the recognizer tells apart.
public enum NamedEntityType: String, CaseIterable, Sendable {
    case person = "PER", place = "LOC", organization = "ORG", event = "EVT"
}

/// A named entity found over a sentence's words.
public struct NamedEntitySpan: Hashable, Sendable {
    /// The words it covers (indices into the sentence).
    public var words: Range<Int>
    /// Person, place, organisation or event.
    public var type: NamedEntityType
    /// How far the winning label's score is ahead of the next-best label's at the first word
    /// (0 for a gold span): small margins are weak evidence.
    public var margin: Float

    /// A span of these words and type.
    public init(words: Range<Int>, type: NamedEntityType, margin: Float = 0) {
        self.words = words
        self.type = type
        self.margin = margin
    }
}

/// The BIO labels of named entities as classes: 0 is outside, then B and I of each type in
/// `NamedEntityType.allCases` order.
enum EntityLabels {
    static let count = 1 + 2 * NamedEntityType.allCases.count
    static let outside = 0

    static func begin(_ type: NamedEntityType) -> Int { 1 + 2 * (NamedEntityType.allCases.firstIndex(of: type) ?? 0) }
    static func inside(_ type: NamedEntityType) -> Int { begin(type) + 1 }
    static func type(of label: Int) -> NamedEntityType? { label == 0 ? nil : NamedEntityType.allCases[(label - 1) / 2] }
    static func isInside(_ label: Int) -> Bool { label > 0 && label % 2 == 0 }

    /// An inside label may only follow a label of its own type.
    static func allowed(_ label: Int, after previous: Int) -> Bool {
        !isInside(label) || (previous > 0 && type(of: previous) == type(of: label))
    }

    /// The labels of spans over `count` words.
    static func labels(of spans: [NamedEntitySpan], count: Int) -> [Int] {
        var labels = [Int](repeating: outside, count: count)
        for span in spans where span.words.upperBound <= count && !span.words.isEmpty {
            labels[span.words.lowerBound] = begin(span.type)
            for index in span.words.dropFirst() { labels[index] = inside(span.type) }
        }
        return labels
    }

    /// The spans labels spell (an inside label with no begin before it opens a span).
    static func spans(of labels: [Int]) -> [NamedEntitySpan] {
        var spans: [NamedEntitySpan] = []
        var index = 0
        while index < labels.count {
            guard let type = type(of: labels[index]) else { index += 1; continue }
            var end = index + 1
            while end < labels.count, labels[end] == inside(type) { end += 1 }
            spans.append(NamedEntitySpan(words: index..<end, type: type))
            index = end
        }
        return spans
    }
}
