import Syntax

/// Splits the token stream into sentences.
///
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it)
/// when the next token starts a new sentence (capitalised, a digit, an opening quote),
/// and always at a line break. The dateline is no part of any sentence.
/// An abbreviation or initial keeps its period (the tokenizer's doing) and ends a sentence only
/// when a word that starts sentences far more often follows ("Washington D.C. The team ...",
/// the Syntax module's sentence-starters list).
struct SentenceSplitter: Sendable {
    /// Words after which an abbreviation's period ends a sentence.
    static let starters = WordLists.shipped.sentenceStarters
    static let terminators: Set<String> = [".", "!", "?"]
    /// Closing quotes and brackets that stay with the sentence they end.
    static let closers: Set<String> = Grammar.words("closers")
    /// Opening quotes and brackets that may start a sentence.
    static let openers: Set<String> = Grammar.words("openers")

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        var sentenceOf = [Int](repeating: -1, count: tokens.count)
        var sentences: [Sentence] = []
        var start: Int? = nil
        var quoteOpen = false
        func close(at end: Int) {
            guard let first = start, end > first else { start = nil; return }
            let index = sentences.count
            sentences.append(Sentence(index: index, tokens: first..<end, start: tokens[first].start, end: tokens[end - 1].end))
            for position in first..<end { sentenceOf[position] = index }
            start = nil
            quoteOpen = false
        }
        var index = 0
        while index < tokens.count {
            if let dateline = document.dateline, dateline.tokens.lowerBound == index {
                close(at: index)
                index = dateline.tokens.upperBound
                continue
            }
            let token = tokens[index]
            if token.lineBefore { close(at: index) }
            if start == nil { start = index }
            if token.isPunctuation(["\""]) { quoteOpen.toggle() }
            if token.kind == .word, token.text.hasSuffix("."), token.text.count > 1, index + 1 < tokens.count,
               !tokens[index + 1].lineBefore, Self.starters.contains(tokens[index + 1].text) {
                close(at: index + 1)
                index += 1
                continue
            }
            if token.isPunctuation(Self.terminators) {
                var end = index + 1
                while end < tokens.count, !tokens[end].lineBefore, tokens[end].isPunctuation(Self.closers.union(Self.terminators)) {
                    if tokens[end].text == "\"" && !quoteOpen { break }
                    if tokens[end].text == "\"" { quoteOpen = false }
                    end += 1
                }
                if end == tokens.count || tokens[end].lineBefore || startsSentence(tokens[end]) {
                    close(at: end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(at: tokens.count)
        document.sentences = sentences
        document.sentenceOfToken = sentenceOf
    }

    private func startsSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || token.isPunctuation(Self.openers)
    }
}
