/// Groups a text's words into sentences: a sentence ends at ".", "!", "?" or "…" (with any
/// closing quotes and brackets after it) when the next word starts a sentence, and at every line
/// break (headlines, paragraphs). Never after an abbreviated title ("Dr. Smith"). O(n).
public struct SentenceSegmenter: Sendable {
    private let lists: WordLists

    /// A segmenter with the shipped word lists.
    public init(lists: WordLists = .shipped) { self.lists = lists }

    /// The sentences as ranges of word positions; `scalars` is the text the words' ranges point into.
    public func sentences(_ tokens: [SyntaxToken], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            var end = index + 1
            var breaks = false
            if isTerminal(tokens[index]) {
                // Closing quotes and brackets written right after the mark belong to this sentence.
                while end < tokens.count && tokens[end - 1].noSpaceAfter && isClosing(tokens[end].form) { end += 1 }
                breaks = end == tokens.count || startsSentence(tokens[end])
            } else if tokens[index].form.hasSuffix("."), tokens[index].form.count > 1, end < tokens.count,
                      !lists.titles.contains(String(tokens[index].form.dropLast()).lowercased()) {
                breaks = startsSentence(tokens[end]) && lists.sentenceStarters.contains(tokens[end].form)
            }
            if end < tokens.count && lineBreak(between: tokens[end - 1], tokens[end], scalars) { breaks = true }
            if breaks || end == tokens.count {
                out.append(start..<end)
                start = end
            }
            index = end
        }
        return out
    }

    private func isTerminal(_ token: SyntaxToken) -> Bool {
        guard let first = token.form.unicodeScalars.first else { return false }
        return (first == "." || first == "!" || first == "?" || first == "\u{2026}")
            && token.form.unicodeScalars.allSatisfy { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\u{2026}" }
    }

    private func isClosing(_ form: String) -> Bool {
        form == "\"" || form == "'" || form == "\u{201D}" || form == "\u{2019}" || form == ")" || form == "]" || form == "}" || form == "\u{00BB}"
    }

    /// The word can begin a sentence: a capital, a digit, an opening quote or bracket.
    private func startsSentence(_ token: SyntaxToken) -> Bool {
        guard let first = token.form.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.numericType != nil
            || first == "\"" || first == "\u{201C}" || first == "(" || first == "'" || first == "\u{2018}" || first == "["
    }

    private func lineBreak(between a: SyntaxToken, _ b: SyntaxToken, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let left = a.range, let right = b.range, left.upperBound <= right.lowerBound else { return false }
        for i in left.upperBound..<right.lowerBound where scalars[i] == "\n" || scalars[i] == "\r" || scalars[i] == "\u{2029}" { return true }
        return false
    }
}
