import KnowledgeGraph

/// Finds proposed or enacted measures from their cues and names each by a short
/// descriptive phrase, keeping the text's wording as an alias:
/// "has proposed to ban officials from using foreign apps" -> "ban on foreign apps for officials";
/// "the ministry's proposal to ...", "plans to ...", "a ban on ...". O(tokens).
struct ProposalFinder: Sendable {
    /// Verbs whose "to"-infinitive states a measure.
    static let proposingVerbs: Set<String> = Grammar.words("proposing-verbs")
    /// Proposing verbs that state a measure only before a verb of regulating ("plans to ban", not
    /// "plans to hold the contest", "voted to support it").
    static let intentionVerbs: Set<String> = Grammar.words("intention-verbs")
    /// Verbs of regulating, whose infinitive after an intention verb states a measure: the
    /// prohibitions and these.
    static let regulatingVerbs = Set(prohibitions.keys).union(Grammar.words("regulating-verbs"))
    /// Words that end a proposal's name ("a bill to ban X, which ...").
    static let nameEnds: Set<String> = Grammar.words("proposal-name-ends")
    /// Nouns whose "to"-infinitive or "on"-phrase states a measure.
    static let proposalNouns: Set<String> = Grammar.words("proposal-nouns")
    /// Verbs of prohibition, and the noun a measure built on them is called.
    static let prohibitions: [String: String] = Grammar.table("prohibitions") { $0 }
    /// Words before a cue that void it: a negation or an impersonal passive.
    static let voidingWords: Set<String> = Grammar.words("voiding-words")
    /// How many words of the wording a fallback name keeps.
    static let maximumNameWords = 8

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        var found: [MentionSpan] = []
        for sentence in document.sentences {
            let range = sentence.tokens
            for index in range where tokens[index].kind == .word {
                let word = tokens[index].lower
                let isVerbCue = Self.proposingVerbs.contains(word)
                let isNounCue = Self.proposalNouns.contains(word)
                guard isVerbCue || isNounCue, index + 2 < range.upperBound else { continue }
                let next = tokens[index + 1].lower
                guard next == "to" || (isNounCue && next == "on") else { continue }
                // "no decision on ...", "it is planned to ...": nothing is proposed by anyone.
                let previous = index > range.lowerBound ? tokens[index - 1].lower : ""
                if Self.voidingWords.contains(previous) { continue }
                let clauseStart = index + 2
                let clauseEnd = clauseBoundary(from: clauseStart, limit: range.upperBound, tokens: tokens)
                guard clauseEnd > clauseStart, tokens[clauseStart].kind == .word, !tokens[clauseStart].isCapitalized,
                      !Self.intentionVerbs.contains(word) || Self.regulatingVerbs.contains(tokens[clauseStart].lower) else { continue }
                let clause = Array(clauseStart..<clauseEnd)
                let spanStart = isNounCue ? index : clauseStart
                var mention = MentionSpan(tokens: spanStart..<clauseEnd, start: tokens[spanStart].start,
                                          end: tokens[clauseEnd - 1].end, text: document.text(tokens: spanStart..<clauseEnd), kind: .name)
                mention.type = .proposal
                mention.typeConfidence = 0.7
                mention.headWord = isNounCue ? word : "proposal"
                let wording = document.text(tokens: clauseStart..<clauseEnd)
                mention.canonicalName = name(for: clause, cue: next == "on" ? word : nil, tokens: tokens)
                mention.extraForms = [wording] + (isNounCue ? [mention.text] : [])
                found.append(mention)
            }
        }
        document.mentions += found
    }

    /// The end of the clause: a comma, period, semicolon, quote, dash or a new clause.
    private func clauseBoundary(from start: Int, limit: Int, tokens: [Token]) -> Int {
        var index = start
        while index < limit {
            let token = tokens[index]
            if token.kind == .punctuation && token.text != "-" { break }
            if Self.nameEnds.contains(token.lower) { break }
            index += 1
        }
        return index
    }

    /// "ban on Y for X" for "ban X from using Y"; otherwise the first words of the wording.
    private func name(for clause: [Int], cue: String?, tokens: [Token]) -> String {
        let words = clause.map { tokens[$0].text }
        if let cue { return ([cue, "on"] + words.prefix(Self.maximumNameWords)).joined(separator: " ") }
        if let first = words.first, let noun = Self.prohibitions[first.lowercased()],
           let from = words.firstIndex(of: "from"), from > 1 {
            let who = words[1..<from].joined(separator: " ")
            var what = Array(words[(from + 1)...])
            if what.first?.hasSuffix("ing") == true { what.removeFirst() }
            if let forIndex = what.firstIndex(of: "for") { what = Array(what[..<forIndex]) }
            if !what.isEmpty { return "\(noun) on \(what.joined(separator: " ")) for \(who)" }
        }
        return words.prefix(Self.maximumNameWords).joined(separator: " ")
    }
}
