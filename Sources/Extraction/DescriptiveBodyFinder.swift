import KnowledgeGraph
import Syntax

/// Finds state bodies named by a description rather than a proper name: a demonym, up to two
/// lower-case modifiers and a head that WordNet or the vocabulary calls a government body ("the
/// Indonesian military", "Greek court", "South Korean military", "Australian authorities",
/// "the Malaysian navy"). Each becomes a GovernmentBody named as the text words it, without its
/// determiner. Offices ("the Italian government", "the Chinese foreign ministry") are left to
/// `DescriptionFinder`, which names them after their country. Runs after `NameSpanFinder`. O(tokens).
struct DescriptiveBodyFinder: Sendable {
    let lexicon: Lexicon
    let headNouns: HeadNouns
    /// How many lower-case modifiers may stand between the demonym and the head.
    static let maximumModifiers = 2

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let tags = document.universalTags
        // A demonym's own mention ("South Korean" as South Korea) gives way to the body it describes.
        let isDemonym = { (mention: MentionSpan) in lexicon.country(forDemonym: mention.text) != nil }
        var covered = Set(document.mentions.filter { !isDemonym($0) }.flatMap { Array($0.tokens) })
        var found: [MentionSpan] = []
        for sentence in document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                guard !covered.contains(index), tokens[index].isCapitalized else { continue }
                // "Indonesian", or the two words of "South Korean".
                var afterDemonym = index + 1
                if lexicon.country(forDemonym: tokens[index].text) == nil {
                    guard index + 1 < sentence.tokens.upperBound, tokens[index + 1].isCapitalized,
                          lexicon.country(forDemonym: tokens[index].text + " " + tokens[index + 1].text) != nil else { continue }
                    afterDemonym = index + 2
                }
                var head = afterDemonym
                while head < sentence.tokens.upperBound, head - afterDemonym <= Self.maximumModifiers, !covered.contains(head),
                      tokens[head].kind == .word, !tokens[head].isCapitalized, !isBodyHead(tokens[head]) {
                    guard ["ADJ", "NOUN"].contains(tags[head]) else { break }
                    head += 1
                }
                guard head < sentence.tokens.upperBound, !covered.contains(head), tokens[head].kind == .word, !tokens[head].isCapitalized,
                      isBodyHead(tokens[head]), Vocabulary.offices[tokens[head].lower] == nil,
                      head == afterDemonym || Vocabulary.offices[tokens[head - 1].lower + " " + tokens[head].lower] == nil,
                      head + 1 >= sentence.tokens.upperBound || tags[head + 1] != "NOUN" else { continue }
                let span = index..<(head + 1)
                var mention = MentionSpan(tokens: span, start: tokens[index].start, end: tokens[head].end,
                                          text: document.text(tokens: span), kind: .name)
                mention.type = .governmentBody
                mention.typeConfidence = 0.75
                mention.typeSource = .headWord
                mention.headWord = tokens[head].lower
                found.append(mention)
                span.forEach { covered.insert($0) }
                index = head
            }
        }
        let described = Set(found.flatMap { Array($0.tokens) })
        document.mentions.removeAll { isDemonym($0) && $0.tokens.contains { described.contains($0) } }
        document.mentions += found
    }

    /// A lower-case noun heading a state body: WordNet's government class or the vocabulary's.
    private func isBodyHead(_ token: Token) -> Bool {
        headNouns.class(of: token.text) == .government || Vocabulary.headWords[token.lower] == .governmentBody
    }
}
