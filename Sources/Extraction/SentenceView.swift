import KnowledgeGraph

/// One sentence's tokens and the resolved mentions in it, for the relation patterns.
struct SentenceView {
    let document: AnnotatedDocument
    let sentence: Sentence
    /// Mentions in the sentence that belong to an entity, sorted by start.
    let mentions: [MentionSpan]

    init(document: AnnotatedDocument, sentence: Sentence) {
        self.init(document: document, sentence: sentence, mentions: document.mentions.filter { sentence.tokens.contains($0.tokens.lowerBound) })
    }

    /// A view over mentions already picked for the sentence (see `mentionsBySentence`).
    init(document: AnnotatedDocument, sentence: Sentence, mentions: [MentionSpan]) {
        self.document = document
        self.sentence = sentence
        self.mentions = mentions.filter { $0.cluster != nil }.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
    }

    /// The document's mentions grouped by the sentence they start in, in one pass.
    static func mentionsBySentence(_ document: AnnotatedDocument) -> [[MentionSpan]] {
        var groups = [[MentionSpan]](repeating: [], count: document.sentences.count)
        for mention in document.mentions where mention.cluster != nil {
            let sentence = document.sentenceOfToken[mention.tokens.lowerBound]
            if groups.indices.contains(sentence) { groups[sentence].append(mention) }
        }
        return groups
    }

    var tokens: [Token] { document.tokens }

    func type(of mention: MentionSpan) -> EntityType { document.clusters[mention.cluster ?? 0].type }

    /// The mention that starts at token `index`, preferring the longest.
    func mention(startingAt index: Int) -> MentionSpan? {
        mentions.first { $0.tokens.lowerBound == index }
    }

    /// The mention that ends right before token `index`.
    func mention(endingAt index: Int) -> MentionSpan? {
        mentions.last { $0.tokens.upperBound == index }
    }

    /// A possessive "'s" follows the mention: it owns what comes next.
    func isPossessor(_ mention: MentionSpan) -> Bool {
        mention.tokens.upperBound < sentence.tokens.upperBound && tokens[mention.tokens.upperBound].kind == .possessive
    }

    /// The lower-case word at `index`, or "" outside the sentence.
    func word(_ index: Int) -> String {
        sentence.tokens.contains(index) ? tokens[index].lower : ""
    }

    /// A relation candidate in this sentence.
    func relation(_ subject: MentionSpan, _ predicate: Predicate, _ object: MentionSpan, confidence: Double,
                  negated: Bool = false, modality: Modality? = nil) -> RelationCandidate? {
        guard let s = subject.cluster, let o = object.cluster, s != o else { return nil }
        return RelationCandidate(subject: s, predicate: predicate, object: o, negated: negated, modality: modality,
                                 confidence: confidence, sentence: sentence.index)
    }
}

/// Actors: the types that can do things (propose, block, use, report).
let actorTypes: Set<EntityType> = [.person, .governmentBody, .organization, .mediaOutlet, .group, .location]
