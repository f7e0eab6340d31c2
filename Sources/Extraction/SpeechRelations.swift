import KnowledgeGraph

/// Which outlet carries a measure, and who would not comment on it: "the ministry told
/// TASS", "..., the agency told the Interfax news agency" and "first reported by the weekly
/// Le Point" (reported), "Tencent did not respond to a request for comment" (commented_on,
/// negated). The measure is one the sentence names, else the article's latest before it.
/// (A plain "X said" next to a measure is not read as a comment on it: on the dev corpus
/// that reading was wrong three times out of four.)
struct SpeechRelations: Sendable {
    static let speakers: Set<EntityType> = [.person, .governmentBody, .organization, .mediaOutlet, .application]

    func find(in view: SentenceView) -> [RelationCandidate] {
        told(view) + reportedBy(view) + unanswered(view)
    }

    /// "X told (the) OUTLET": the outlet reports the measure.
    private func told(_ view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for index in view.sentence.tokens where view.word(index) == "told" {
            let start = view.word(index + 1) == "the" ? index + 2 : index + 1
            guard let outlet = view.mention(startingAt: start), view.type(of: outlet) == .mediaOutlet,
                  let measure = view.mentions.first(where: { view.type(of: $0) == .proposal }) ?? latestMeasure(before: view) else { continue }
            found += [view.relation(outlet, .reported, measure, confidence: 0.6)].compactMap { $0 }
        }
        return found
    }

    /// "first reported by the weekly Le Point", "OUTLET reported" with the measure elsewhere.
    private func reportedBy(_ view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for index in view.sentence.tokens where ["reported", "reports"].contains(view.word(index)) {
            var outlet: MentionSpan?
            if view.word(index + 1) == "by" {
                outlet = view.mentions.first { $0.tokens.lowerBound > index + 1 && $0.tokens.lowerBound <= index + 5 && view.type(of: $0) == .mediaOutlet }
            } else {
                outlet = view.mentions.last { $0.tokens.upperBound <= index && index - $0.tokens.upperBound <= 2 && view.type(of: $0) == .mediaOutlet }
            }
            guard let outlet, let measure = view.mentions.first(where: { view.type(of: $0) == .proposal }) ?? latestMeasure(before: view) else { continue }
            found += [view.relation(outlet, .reported, measure, confidence: 0.6)].compactMap { $0 }
        }
        return found
    }

    /// "X did not respond to a request for comment": X did not comment on the measure.
    private func unanswered(_ view: SentenceView) -> [RelationCandidate] {
        let range = view.sentence.tokens
        guard let respond = range.first(where: { ["respond", "reply", "comment"].contains(view.word($0)) }),
              (max(range.lowerBound, respond - 3)..<respond).contains(where: { ["not", "n't", "declined", "refused"].contains(view.word($0)) }),
              let actor = VerbRelations().subjectCandidates(before: respond, view).first(where: { Self.speakers.contains(view.type(of: $0)) }),
              let measure = view.mentions.first(where: { view.type(of: $0) == .proposal && $0.start > actor.start }) ?? latestMeasure(before: view)
        else { return [] }
        return [view.relation(actor, .commentedOn, measure, confidence: 0.6, negated: true)].compactMap { $0 }
    }

    /// The measure mentioned last before this sentence.
    /// The document's measure mentions by start offset, for `latestMeasure`.
    private let measures: [MentionSpan]

    /// Indexes `document`'s measure mentions once: each sentence then costs a binary search.
    init(document: AnnotatedDocument) {
        measures = document.mentions
            .filter { $0.cluster.map { document.clusters[$0].type == .proposal } == true }
            .sorted { $0.start < $1.start }
    }

    private func latestMeasure(before view: SentenceView) -> MentionSpan? {
        // The last measure mention starting before the sentence (the first of equal starts, as `max` gave).
        var low = 0, high = measures.count
        while low < high {
            let middle = (low + high) / 2
            if measures[middle].start < view.sentence.start { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let start = measures[low - 1].start
        var first = low - 1
        while first > 0 && measures[first - 1].start == start { first -= 1 }
        return measures[first]
    }
}
