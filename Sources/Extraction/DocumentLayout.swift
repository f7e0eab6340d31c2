/// Finds the headline and the dateline ("MOSCOW, May 30. /TASS/.", "BRUSSELS (Reuters) -").
///
/// Lines before the first dateline are the headline and sub-headline; without a
/// dateline, a first line with no closing period is the headline.
struct DocumentLayout: Sendable {
    /// How many tokens a dateline may span before its closing mark.
    static let maximumDatelineTokens = 14

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let lineStarts = tokens.indices.filter { tokens[$0].lineBefore }
        for (number, start) in lineStarts.enumerated() where number < 4 {
            if let dateline = dateline(in: tokens, at: start) {
                document.dateline = dateline
                break
            }
        }
        guard let firstLineEnd = lineStarts.dropFirst().first ?? (tokens.isEmpty ? nil : tokens.count) else { return }
        if let dateline = document.dateline, dateline.tokens.lowerBound > 0 {
            document.headline = 0..<firstLineEnd
        } else if document.dateline == nil, let last = tokens[..<firstLineEnd].last,
                  !last.isPunctuation([".", "!", "?", "\"", "\u{201D}"]), firstLineEnd < tokens.count {
            document.headline = 0..<firstLineEnd
        }
    }

    /// A dateline starting at `start`: capitalised place words, then within a few tokens
    /// an agency between slashes or parentheses, then a closing ".", "-" or dash.
    private func dateline(in tokens: [Token], at start: Int) -> Dateline? {
        var index = start
        while index < tokens.count, tokens[index].isAllCaps || (index > start && tokens[index].isCapitalized && tokens[index - 1].isAllCaps) {
            index += 1
        }
        guard index > start, tokens[start].isAllCaps else { return nil }
        let place = start..<index
        let limit = min(tokens.count, start + Self.maximumDatelineTokens)
        while index < limit {
            let token = tokens[index]
            if token.lineBefore && index > start { return nil }
            if token.isPunctuation(["/", "("]) {
                let close = token.text == "/" ? "/" : ")"
                var end = index + 1
                while end < limit, !tokens[end].isPunctuation([close]) { end += 1 }
                guard end < limit, end > index + 1 else { return nil }
                let agency = (index + 1)..<end
                var after = end + 1
                while after < tokens.count, tokens[after].isPunctuation([".", "-", "\u{2013}", "\u{2014}", ":"]), !tokens[after].lineBefore {
                    after += 1
                }
                guard after > end + 1 || after == tokens.count else { return nil }
                return Dateline(tokens: start..<after, place: place, agency: agency)
            }
            if token.isPunctuation(["-", "\u{2013}", "\u{2014}"]) && index > place.upperBound {
                return Dateline(tokens: start..<(index + 1), place: place, agency: nil)
            }
            index += 1
        }
        return nil
    }
}
