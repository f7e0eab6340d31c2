/// Runs the relation patterns over every sentence and keeps each statement once
/// per sentence, with the highest confidence any pattern gave it.
struct RelationFinder: Sendable {
    func apply(to document: inout AnnotatedDocument) {
        let titles = TitleRelations()
        let possessives = PossessiveRelations()
        let verbs = VerbRelations()
        let proposals = ProposalRelations()
        let measures = MeasureRelations()
        let speech = SpeechRelations()
        let nested = NestedNameRelations()
        var best: [RelationKey: RelationCandidate] = [:]
        var order: [RelationKey] = []
        for sentence in document.sentences {
            let view = SentenceView(document: document, sentence: sentence)
            guard !view.mentions.isEmpty else { continue }
            for candidate in titles.find(in: view) + possessives.find(in: view) + verbs.find(in: view) + proposals.find(in: view) + measures.find(in: view) + speech.find(in: view) + nested.find(in: view) {
                let key = RelationKey(candidate)
                if let existing = best[key] {
                    if candidate.confidence > existing.confidence { best[key] = candidate }
                } else {
                    best[key] = candidate
                    order.append(key)
                }
            }
        }
        document.relations = order.compactMap { best[$0] }
    }

    /// A statement within one sentence.
    private struct RelationKey: Hashable {
        var subject: Int, object: Int, predicate: String, negated: Bool, hypothetical: Bool, sentence: Int
        init(_ candidate: RelationCandidate) {
            subject = candidate.subject
            object = candidate.object
            predicate = candidate.predicate.rawValue
            negated = candidate.negated
            hypothetical = candidate.modality != nil
            sentence = candidate.sentence
        }
    }
}
