import KnowledgeGraph

/// Finds measures stated by their verb rather than a noun: "Roskomnadzor starts blocking
/// Telegram in Russia", "Britain bans TikTok on government phones", "Telegram should be
/// blocked", "30 days to remove TikTok from government devices". Each becomes a Proposal
/// named by the verb's noun and what it acts on ("block of Telegram in Russia", "ban on
/// TikTok on government phones"), with the text's wording as an alias; the mention spans
/// the verb and its object (from the object for the passive), so the targets lie inside it.
/// Negated uses ("has not banned") state no measure and are left to the verb relations.
/// A measure needs a named target: an object that is not a person or a place. The
/// "requirement" family counts only right after a proposing verb ("proposes obliging").
/// Runs after `ProposalFinder`, whose measures it does not repeat, and after typing. O(tokens).
struct MeasureFinder: Sendable {
    /// Measure verbs: the noun a measure is called by and the preposition its name takes.
    static let verbs: [String: (noun: String, preposition: String)] = {
        var table: [String: (noun: String, preposition: String)] = [:]
        for (line, text) in Grammar.entries(of: "measure-verbs.tsv") {
            let columns = text.split(separator: "\t", omittingEmptySubsequences: false).map(Grammar.trimmed)
            guard columns.count == 3, !columns[0].isEmpty else {
                fatalError("newsgraph's grammar file measure-verbs.tsv, line \(line): '\(text)' is not a noun, a preposition and forms")
            }
            for form in columns[2].split(separator: ",").map(Grammar.trimmed) { table[form] = (columns[0], columns[1]) }
        }
        return table
    }()
    /// Particles after a measure verb that make a phrasal verb of another meaning ("lift off", "block up").
    static let particles: Set<String> = ["off", "up"]
    /// Words an object phrase opens with that say nothing about what is acted on.
    static let objectOpeners: [[String]] = [["access", "to"], ["the", "use", "of"], ["use", "of"], ["the", "access", "to"]]
    /// Prepositions that open the one place or scope phrase a name keeps ("on government phones").
    static let scopePrepositions: Set<String> = Grammar.words("scope-prepositions")
    /// Words that end an object or scope phrase.
    static let stopWords: Set<String> = Grammar.words("stop-words")
    /// An object phrase runs on over "and" and "of" ("calls and messages", "the use of"); a scope over "and".
    static let objectStopWords = stopWords.subtracting(["and", "of"])
    static let scopeStopWords = stopWords.subtracting(["and"])
    /// How many words an object or scope phrase keeps.
    static let maximumPhraseWords = 6

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let covered = Set(document.mentions.filter { $0.type == .proposal }.flatMap { Array($0.tokens) })
        var found: [MentionSpan] = []
        // Each sentence's mentions, so that a verb looks at its sentence only (linear in the text).
        var bySentence = [[MentionSpan]](repeating: [], count: document.sentences.count)
        for mention in document.mentions {
            let sentence = document.sentenceOfToken[mention.tokens.lowerBound]
            if bySentence.indices.contains(sentence) { bySentence[sentence].append(mention) }
        }
        for (position, sentence) in document.sentences.enumerated() {
            let range = sentence.tokens
            for index in range where tokens[index].kind == .word && !tokens[index].isCapitalized && !covered.contains(index) {
                guard let (noun, preposition) = Self.verbs[tokens[index].lower], !isNoun(index, range, tokens), !isNegated(index, range, tokens),
                      // "Columbia lifted off": a particle makes another verb of it.
                      index + 1 >= range.upperBound || !Self.particles.contains(tokens[index + 1].lower),
                      let measure = measure(verb: index, noun: noun, preposition: preposition, sentence: range, mentions: bySentence[position],
                                            document: document) else { continue }
                found.append(measure)
            }
        }
        document.mentions += found
    }

    /// Words before a measure verb's form that make it a noun.
    static let nounDeterminers: Set<String> = Grammar.words("noun-determiners")

    /// "the ban", "a block": a noun, which the description and proposal finders read.
    private func isNoun(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        index > range.lowerBound && Self.nounDeterminers.contains(tokens[index - 1].lower)
    }

    private func isNegated(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        (max(range.lowerBound, index - 3)..<index).contains { Vocabulary.negationMarkers.contains(tokens[$0].lower) }
    }

    private func measure(verb: Int, noun: String, preposition: String, sentence range: Range<Int>, mentions: [MentionSpan],
                         document: AnnotatedDocument) -> MentionSpan? {
        let tokens = document.tokens
        let passive = Self.isPassive(verb, range: range, tokens: tokens) || isObjectComplement(verb, range: range, mentions: mentions, document: document)
        var objectWords: [Int] = []
        var spanStart = verb
        var next = verb + 1
        if passive {
            // "Telegram should be blocked": the thing acted on is the name before the verb.
            guard let object = mentions.filter({ $0.kind == .name && $0.tokens.upperBound <= verb && $0.tokens.lowerBound >= range.lowerBound
                                                          && verb - $0.tokens.upperBound <= 4 }).max(by: { $0.start < $1.start }),
                  isTarget(object), object.tokens.lowerBound == range.lowerBound || tokens[object.tokens.lowerBound - 1].lower != "by" else { return nil }
            objectWords = Array(object.tokens)
            spanStart = object.tokens.lowerBound
        } else {
            if noun.hasPrefix("requirement") {
                guard noun != "requirement" || (verb > range.lowerBound && ProposalFinder.proposingVerbs.contains(tokens[verb - 1].lower)) else { return nil }
                let end = phraseEnd(from: next, range: range, tokens: tokens, stops: [])
                objectWords = Array(next..<end)
                next = end
            } else {
                for opener in Self.objectOpeners where opener.indices.allSatisfy({ next + $0 < range.upperBound && tokens[next + $0].lower == opener[$0] }) {
                    next += opener.count
                    break
                }
                let end = phraseEnd(from: next, range: range, tokens: tokens, stops: Self.objectStopWords)
                objectWords = Array(next..<end)
                next = end
            }
            guard !objectWords.isEmpty else { return nil }
        }
        var scope: [Int] = []
        if next < range.upperBound, Self.scopePrepositions.contains(tokens[next].lower) {
            let end = phraseEnd(from: next + 1, range: range, tokens: tokens, stops: Self.scopeStopWords)
            if end > next + 1 { scope = Array(next..<end) }
        }
        var spanEnd = (scope.last ?? objectWords.last ?? verb) + 1
        // "foreign messaging apps such as WhatsApp, Signal and Telegram": the examples are targets, not the name.
        if let examples = examplesEnd(after: spanEnd, range: range, tokens: tokens) { spanEnd = examples }
        // "restricts calls on WhatsApp and Telegram": the thing acted on may be named in the scope or the examples.
        guard passive || noun.hasPrefix("requirement") || (verb..<spanEnd).contains(where: { index in
            mentions.contains { $0.tokens.lowerBound == index && $0.kind != .pronoun && isTarget($0) }
        }) else { return nil }
        let span = min(spanStart, verb)..<max(spanEnd, verb + 1)
        var words = [noun] + (preposition.isEmpty ? [] : [preposition])
        let lead = words.count
        words += objectWords.map { tokens[$0].text } + scope.map { tokens[$0].text }
        if words.count > lead, words[lead].lowercased() == "the" { words.remove(at: lead) }
        var mention = MentionSpan(tokens: span, start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end,
                                  text: document.text(tokens: span), kind: .name)
        mention.type = .proposal
        mention.typeConfidence = 0.65
        mention.headWord = Self.measureHead
        mention.canonicalName = words.joined(separator: " ").replacingOccurrences(of: " ,", with: ",")
        mention.extraForms = [mention.text]
        let targets = mentions.filter { $0.kind != .pronoun && isTarget($0) && span.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= span.upperBound }
        if Self.joinedNouns.contains(noun), let first = targets.min(by: { $0.start < $1.start }) {
            mention.measureTarget = NameKey.normalize(first.canonicalName ?? first.text)
            mention.measureScope = NameKey.contentWords(scope.dropFirst().map { tokens[$0].text }.joined(separator: " "))
        }
        return mention
    }

    /// A participle after a form of "be" ("was blocked", "should be blocked"); "is blocking" is not passive.
    static func isPassive(_ verb: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        !tokens[verb].lower.hasSuffix("ing") && (max(range.lowerBound, verb - 3)..<verb).contains { Vocabulary.beForms.contains(tokens[$0].lower) }
    }

    /// "ordered the site blocked": a causative verb, then the thing acted on, then the participle.
    private func isObjectComplement(_ verb: Int, range: Range<Int>, mentions: [MentionSpan], document: AnnotatedDocument) -> Bool {
        guard let object = mentions.first(where: { $0.tokens.upperBound == verb && $0.tokens.lowerBound > range.lowerBound }) else { return false }
        var before = object.tokens.lowerBound - 1
        if before > range.lowerBound, ["the", "a", "an", "its", "their"].contains(document.tokens[before].lower) { before -= 1 }
        return VerbRelations.causativeVerbs.contains(document.tokens[before].lower)
    }

    /// What a measure may act on: a thing, not a person or a place (typed by now, or unknown).
    private func isTarget(_ mention: MentionSpan) -> Bool {
        mention.type != .person && mention.type != .location
    }

    /// Measures that are one measure when they act on the same thing in one article.
    static let joinedNouns: Set<String> = Grammar.words("joined-nouns")

    /// The head word measure mentions carry, so that the relation patterns know them.
    static let measureHead = "measure verb"

    /// The end of a list of examples ("such as A, B and C", "including A and B") starting at `start`.
    private func examplesEnd(after start: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var index = start
        if index < range.upperBound, tokens[index].text == "," { index += 1 }
        if index + 1 < range.upperBound, tokens[index].lower == "such", tokens[index + 1].lower == "as" {
            index += 2
        } else if index < range.upperBound, tokens[index].lower == "including" {
            index += 1
        } else {
            return nil
        }
        var end = index
        while end < range.upperBound, tokens[end].isCapitalized || [",", "and", "or", "-"].contains(tokens[end].lower) { end += 1 }
        while end > index, !tokens[end - 1].isCapitalized { end -= 1 }
        return end > index ? end : nil
    }

    /// The end of a phrase: at punctuation (a comma only before a stop word), a stop word, or the length limit.
    private func phraseEnd(from start: Int, range: Range<Int>, tokens: [Token], stops: Set<String>) -> Int {
        var index = start
        while index < range.upperBound, index - start < Self.maximumPhraseWords {
            let token = tokens[index]
            if token.kind == .punctuation && token.text != "-" && token.text != "," { break }
            if token.text == ",", index + 1 < range.upperBound, !tokens[index + 1].isCapitalized { break }
            if stops.contains(token.lower) { break }
            index += 1
        }
        while index > start, tokens[index - 1].text == "," || tokens[index - 1].lower == "and" { index -= 1 }
        return index
    }
}
