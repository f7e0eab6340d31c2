import KnowledgeGraph

/// Finds measures named by a noun phrase rather than a verb: "a ban on public worship at
/// archaeological sites", "the Thai crackdown on human trafficking", "a travel ban", "two flag
/// referendums", "the WHO recommendation that all salt be iodised". The phrase is a measure noun
/// (`Vocabulary.measureNouns`, lower case) with the modifiers before it (adjectives, nouns, whole
/// names, numbers) and the phrase its preposition or "that" opens, up to the clause's end or a
/// verb of its own; it must say which measure it is, by that phrase or by a modifier that is no
/// vague word ("the new policy" says nothing; some nouns need the phrase,
/// `Vocabulary.measureNounsNeedingComplement`). Each becomes a Proposal named by its words; after
/// "the" or "this" it is a description, which refers to an earlier measure when there is one.
/// Runs after the proposal and verb measure finders, whose measures it does not repeat. O(tokens).
struct NominalMeasureFinder: Sendable {
    /// Universal tags of the words that may modify a measure noun before it.
    static let modifierTags: Set<String> = Grammar.words("modifier-tags")
    /// Words that open the phrase saying what a measure is on or for.
    static let complementOpeners: Set<String> = Grammar.words("complement-openers")
    /// Words that end that phrase: a new clause, or what is said of the measure.
    static let complementStops: Set<String> = Grammar.words("complement-stops")
    /// How many words the modifiers and the complement keep.
    static let maximumModifiers = 3
    static let maximumComplementWords = 9

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let tags = document.universalTags
        // Measures and laws already named; a description ("his travel ban") gives way to the phrase.
        let covered = Set(document.mentions.filter { $0.kind == .name && ($0.type == .proposal || $0.type == .law) }.flatMap { Array($0.tokens) })
        // Where each name starts, by token: a modifier takes a name whole or not at all.
        var nameStart: [Int: Int] = [:]
        for mention in document.mentions where mention.kind == .name {
            for token in mention.tokens { nameStart[token] = min(nameStart[token] ?? mention.tokens.lowerBound, mention.tokens.lowerBound) }
        }
        var found: [MentionSpan] = []
        for sentence in document.sentences {
            let range = sentence.tokens
            for index in range where tokens[index].kind == .word && !tokens[index].isCapitalized && !covered.contains(index)
                && Vocabulary.measureNouns.contains(tokens[index].lower) && index < tags.count && tags[index] == "NOUN" {
                var start = index
                while start > range.lowerBound, index - start < Self.maximumModifiers, start - 1 < tags.count,
                      Self.modifierTags.contains(tags[start - 1]), tokens[start - 1].kind != .punctuation, !covered.contains(start - 1),
                      !Vocabulary.functionWords.contains(tokens[start - 1].lower) || tags[start - 1] == "NUM" {
                    // "the WHO recommendation" takes the name; "the Digital Economy of the Russian Federation programme" stops before it.
                    if let first = nameStart[start - 1] {
                        guard index - first <= Self.maximumModifiers, first >= range.lowerBound else { break }
                        start = first
                        continue
                    }
                    start -= 1
                }
                let head = tokens[index].lower
                let specific = !Vocabulary.measureNounsNeedingComplement.contains(head)
                    && (start..<index).contains { !Vocabulary.vagueModifiers.contains(tokens[$0].lower) && tags[$0] != "NUM" }
                var end = index + 1
                if end < range.upperBound, Self.complementOpeners.contains(tokens[end].lower),
                   tokens[end].lower != "that" || Vocabulary.measureNounsTakingThat.contains(head) {
                    var last = end + 1
                    // A verb ends the phrase ("the ban on TikTok passed in December") unless it is the phrase's own
                    // ("the policy of turning away boats", "safeguards to protect pilgrims").
                    while last < range.upperBound, last - end <= Self.maximumComplementWords, !covered.contains(last),
                          tokens[last].kind != .punctuation || tokens[last].text == "-", !Self.complementStops.contains(tokens[last].lower),
                          last == end + 1 || tokens[last - 1].lower == "to" || last >= tags.count || !["VERB", "AUX"].contains(tags[last]) {
                        last += 1
                    }
                    if last > end + 1 { end = last }
                }
                guard specific || end > index + 1, !(start..<end).contains(where: { covered.contains($0) }) else { continue }
                // "The ban of TikTok on federal devices" after a ban: a definite phrase refers back first, and
                // names a measure of its own only when nothing before it is one (see `Coreference`).
                let definite = start > range.lowerBound && Vocabulary.definiteDeterminers.contains(tokens[start - 1].lower)
                let span = (definite ? start - 1 : start)..<end
                var mention = MentionSpan(tokens: span, start: tokens[span.lowerBound].start, end: tokens[end - 1].end,
                                          text: document.text(tokens: span), kind: definite ? .description : .name)
                mention.type = .proposal
                mention.typeConfidence = 0.6
                mention.typeSource = .headWord
                mention.headWord = tokens[index].lower
                mention.isPhraseMeasure = true
                found.append(mention)
            }
        }
        document.mentions += found
    }
}
