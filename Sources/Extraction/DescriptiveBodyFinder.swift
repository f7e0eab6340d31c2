import KnowledgeGraph
import Syntax

/// Finds state bodies named by a description rather than a proper name: a demonym or a place's
/// name, or an indefinite article and at least one modifier, then up to two lower-case modifiers
/// and a head that WordNet or the vocabulary calls a government body ("the Indonesian military",
/// "Greek court", "South Korean military", "Australian authorities", "a Moscow district court",
/// "an appeals court"); a place's own mention stays. Each becomes a GovernmentBody named as the text words it, without its
/// determiner. Offices ("the Italian government", "the Chinese foreign ministry") are left to
/// `DescriptionFinder`, which names them after their country. Runs after `NameSpanFinder`. O(tokens).
struct DescriptiveBodyFinder: Sendable {
    let lexicon: Lexicon
    let headNouns: HeadNouns
    /// The place gazetteer: a place's name may open the description ("a Moscow district court").
    let gazetteer: PlaceGazetteer
    /// Heads that name no one body after an article or a place ("an internet service").
    static let vagueHeads: Set<String> = Grammar.words("vague-heads")
    /// How many lower-case modifiers may stand between the demonym and the head.
    static let maximumModifiers = 2

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let tags = document.universalTags
        // A demonym's own mention ("South Korean" as South Korea) gives way to the body it describes.
        let isDemonym = { (mention: MentionSpan) in lexicon.country(forDemonym: mention.text) != nil }
        var covered = Set(document.mentions.filter { !isDemonym($0) }.flatMap { Array($0.tokens) })
        var found: [MentionSpan] = []
        // Where each place's name ends, by its first token ("Moscow", "New York"): places the lexicon or the gazetteer knows.
        var places: [Int: Int] = [:]
        for mention in document.mentions where mention.kind == .name && !isDemonym(mention)
            && (lexicon.entry(for: mention.text)?.type == .location || gazetteer.kinds(of: mention.text) != nil) {
            places[mention.tokens.lowerBound] = mention.tokens.upperBound
        }
        for sentence in document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                // "an appeals court", "a city district court": an indefinite article introduces a new body.
                let indefinite = ["a", "an"].contains(tokens[index].lower) && index + 1 < sentence.tokens.upperBound && !tokens[index + 1].isCapitalized
                // "a Moscow district court": a place's name before the description.
                let place = places[index]
                guard indefinite || place != nil || (!covered.contains(index) && tokens[index].isCapitalized) else { continue }
                // "Indonesian", or the two words of "South Korean".
                var afterDemonym = index + 1
                if indefinite || place != nil {
                    afterDemonym = place ?? index + 1
                } else if lexicon.country(forDemonym: tokens[index].text) == nil {
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
                // An indefinite description needs a modifier ("a court" says nothing of which); after an article or a
                // place, a plural ("US agencies") or a service is no one body.
                guard !indefinite || head > afterDemonym, head < sentence.tokens.upperBound,
                      !(indefinite || place != nil) || (!tokens[head].lower.hasSuffix("s") && !Self.vagueHeads.contains(tokens[head].lower)), !covered.contains(head), tokens[head].kind == .word, !tokens[head].isCapitalized,
                      isBodyHead(tokens[head]), Vocabulary.offices[tokens[head].lower] == nil,
                      head == afterDemonym || Vocabulary.offices[tokens[head - 1].lower + " " + tokens[head].lower] == nil,
                      head + 1 >= sentence.tokens.upperBound || tags[head + 1] != "NOUN" else { continue }
                let span = (indefinite ? index + 1 : index)..<(head + 1)
                var mention = MentionSpan(tokens: span, start: tokens[span.lowerBound].start, end: tokens[head].end,
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
