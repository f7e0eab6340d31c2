import KnowledgeGraph

/// What speakers judge about a measure the sentence refers to, read over the whole article
/// after the other patterns: a negative judgement ("misguided", "political theater",
/// "without any warning") is criticism, a positive one support. A statement with no judgement
/// is not read as a comment: on the dev corpus that reading was wrong three times out of four.
/// The speaker is the subject of a speech verb in the sentence, or, for a quotation with no
/// such verb, of the sentence next to it that attributes it.
struct StanceRelations: Sendable {
    /// Verbs of saying that attribute a statement to their subject ("said", "told", "warned").
    static let speechVerbs: Set<String> = Grammar.words("speech-verbs")
    /// Words of a statement that say its speaker is against what it is about ("unfair", "censorship").
    static let negative: Set<String> = Grammar.words("negative")
    /// Words of a statement that say its speaker is for what it is about ("welcome", "necessary").
    static let positive: Set<String> = Grammar.words("positive")
    static let speakers: Set<EntityType> = [.person, .governmentBody, .organization, .application]

    /// `grouped` holds the document's mentions by sentence (`SentenceView.mentionsBySentence`).
    func find(in document: AnnotatedDocument, grouped: [[MentionSpan]], existing: [RelationCandidate]) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let stated = Set(existing.map { "\($0.subject) \($0.object)" })
        for sentence in document.sentences {
            let view = SentenceView(document: document, sentence: sentence, mentions: grouped[sentence.index])
            let measures = view.mentions.filter { view.type(of: $0) == .proposal }
            guard !measures.isEmpty, let speaker = speaker(in: sentence, document, grouped: grouped) else { continue }
            let words = Set(sentence.tokens.map { document.tokens[$0].lower })
            for measure in measures {
                guard let subject = speaker.cluster, let object = measure.cluster, subject != object,
                      !stated.contains("\(subject) \(object)"), !measure.tokens.contains(speaker.tokens.lowerBound) else { continue }
                let predicate: Predicate
                if !words.isDisjoint(with: Self.negative) {
                    predicate = .criticized
                } else if !words.isDisjoint(with: Self.positive) {
                    predicate = .supports
                } else {
                    continue
                }
                found.append(RelationCandidate(subject: subject, predicate: predicate, object: object, confidence: 0.5, sentence: sentence.index))
            }
        }
        return found
    }

    /// The speaker of a sentence: a speech verb's subject (or the name after it, "..., said X"),
    /// else, for a quotation, the speaker of the next or previous sentence.
    private func speaker(in sentence: Sentence, _ document: AnnotatedDocument, grouped: [[MentionSpan]], looking: Bool = true) -> MentionSpan? {
        let view = SentenceView(document: document, sentence: sentence, mentions: grouped[sentence.index])
        for index in sentence.tokens where Self.speechVerbs.contains(view.word(index)) && !document.tokens[index].isCapitalized {
            if let subject = VerbRelations().subjectCandidates(before: index, view).first, index - subject.tokens.upperBound <= 6 {
                return Self.speakers.contains(view.type(of: subject)) ? subject : nil
            }
            var after = index + 1
            if view.word(after) == "the" { after += 1 }
            if let inverted = view.mention(startingAt: after), Self.speakers.contains(view.type(of: inverted)) { return inverted }
        }
        guard looking, sentence.tokens.contains(where: { Self.quotes.contains(document.tokens[$0].text) }) else { return nil }
        for neighbour in [sentence.index + 1, sentence.index - 1] where document.sentences.indices.contains(neighbour) {
            if let speaker = speaker(in: document.sentences[neighbour], document, grouped: grouped, looking: false) { return speaker }
        }
        return nil
    }

    static let quotes: Set<String> = ["\"", "\u{201C}", "\u{201D}"]
}
