/// The six figures of Universal Dependencies scoring, computed as `shared/tools/ud_score.py` does:
/// sentences paired in order, words aligned by their character spans in each sentence's text
/// (so a system that tokenizes by itself is scored fairly), every figure over the gold words.
public struct SyntaxScore: Sendable, Equatable {
    /// Sentences scored.
    public var sentences = 0
    /// Gold words, system words, and words whose span matches.
    public var goldWords = 0, systemWords = 0, matchedWords = 0
    /// Matched words with the right UPOS, XPOS, lemma, head, head and universal relation.
    public var universal = 0, penn = 0, lemma = 0, unlabelled = 0, labelled = 0

    /// An empty score.
    public init() {}

    /// F1 of word spans.
    public var tokensF1: Double {
        let p = systemWords == 0 ? 0 : Double(matchedWords) / Double(systemWords)
        let r = goldWords == 0 ? 0 : Double(matchedWords) / Double(goldWords)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func share(_ n: Int) -> Double { goldWords == 0 ? 0 : Double(n) / Double(goldWords) }
    /// UPOS accuracy over gold words.
    public var universalAccuracy: Double { share(universal) }
    /// XPOS accuracy over gold words.
    public var pennAccuracy: Double { share(penn) }
    /// Lemma accuracy over gold words.
    public var lemmaAccuracy: Double { share(lemma) }
    /// Unlabelled attachment score.
    public var uas: Double { share(unlabelled) }
    /// Labelled attachment score (universal part of the relation).
    public var las: Double { share(labelled) }

    /// Scores system sentences against gold ones; they must pair up one to one with the same text.
    public static func score(gold: [SyntaxSentence], system: [SyntaxSentence]) throws -> SyntaxScore {
        guard gold.count == system.count else {
            throw SyntaxError.unscorable("\(gold.count) gold sentences but \(system.count) system sentences")
        }
        var score = SyntaxScore()
        score.sentences = gold.count
        for (k, (g, s)) in zip(gold, system).enumerated() {
            let goldText = g.comment("text"), systemText = s.comment("text")
            if let goldText, let systemText, goldText != systemText {
                throw SyntaxError.unscorable("sentence \(k + 1): system text differs from gold text")
            }
            let text = goldText ?? g.tokens.map(\.form).joined(separator: " ")
            let goldSpans = spans(text, g.tokens), systemSpans = spans(text, s.tokens)
            var bySpan: [Range<Int>: Int] = [:]
            for (j, span) in systemSpans.enumerated() { if let span { bySpan[span] = j } }
            var align: [Int: Int] = [:]
            for (i, span) in goldSpans.enumerated() { if let span, let j = bySpan[span] { align[i] = j } }
            score.goldWords += g.tokens.count
            score.systemWords += s.tokens.count
            score.matchedWords += align.count
            for (i, j) in align {
                let gt = g.tokens[i], st = s.tokens[j]
                if gt.upos == st.upos { score.universal += 1 }
                if gt.xpos == st.xpos { score.penn += 1 }
                if gt.lemma == st.lemma { score.lemma += 1 }
                let headRight = gt.head == 0 ? st.head == 0 : (st.head != 0 && align[gt.head - 1] == st.head - 1)
                if headRight {
                    score.unlabelled += 1
                    if gt.relation.split(separator: ":").first == st.relation.split(separator: ":").first { score.labelled += 1 }
                }
            }
        }
        return score
    }

    /// Each word's span in the text, found left to right as ud_score.py does (nil when not found).
    /// Offsets are in Unicode scalars, as Python's string indices are.
    static func spans(_ text: String, _ tokens: [SyntaxToken]) -> [Range<Int>?] {
        let scalars = Array(text.unicodeScalars)
        var out: [Range<Int>?] = []
        var at = 0
        for token in tokens {
            let form = Array(token.form.unicodeScalars)
            guard let found = find(form, in: scalars, from: at) else { out.append(nil); continue }
            out.append(found..<(found + form.count))
            at = found + form.count
        }
        return out
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        if needle.isEmpty { return start <= haystack.count ? start : nil }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
