extension SyntaxPipeline {
    /// The sentence's gold words tagged, lemmatized and parsed afresh (its comments kept).
    public func reannotated(_ gold: SyntaxSentence) -> SyntaxSentence {
        var sentence = SyntaxSentence(tokens: gold.tokens.map { SyntaxToken(form: $0.form, misc: $0.misc, noSpaceAfter: $0.noSpaceAfter) },
                                      comments: gold.comments, multiwordTokens: gold.multiwordTokens)
        annotate(&sentence)
        return sentence
    }

    /// A text tokenized, split, tagged and parsed, with its sentences joined back into one (each
    /// keeps its own root), so that it pairs with the one gold sentence the text came from.
    public func parseAsOne(_ text: String) -> SyntaxSentence {
        var tokens: [SyntaxToken] = []
        for sentence in parse(text) {
            let offset = tokens.count
            for var token in sentence.tokens {
                if token.head > 0 { token.head += offset }
                tokens.append(token)
            }
        }
        return SyntaxSentence(tokens: tokens, comments: ["text = " + text])
    }
}
