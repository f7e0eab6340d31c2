import KnowledgeGraph

/// Who takes a measure stated by its verb (see `MeasureFinder`): the verb's subject
/// enacted it ("Roskomnadzor starts blocking Telegram", "Britain has banned TikTok"),
/// the agent of a passive too ("was blocked by the regulator"), or, with no agent, the
/// body whose ruling it is ("the court ruled that Telegram should be blocked"). Asking
/// someone to act proposes the measure and sends it to them ("may ask Apple and Google to
/// remove Telegram"). Modality is read between the actor and the verb.
struct MeasureRelations: Sendable {
    /// Verbs that put a measure to someone else: "ask X to ...".
    static let askingVerbs: Set<String> = Grammar.words("asking-verbs")
    /// Actors that take measures, preferred over places ("Russia restricts ...") when both precede the verb.
    static let institutions: Set<EntityType> = [.governmentBody, .organization, .person, .mediaOutlet]

    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let tokens = view.tokens
        for measure in view.mentions where measure.headWord == MeasureFinder.measureHead && measure.cluster != nil {
            guard let verb = measure.tokens.first(where: { MeasureFinder.verbs[tokens[$0].lower] != nil && !tokens[$0].isCapitalized }) else { continue }
            let passive = MeasureFinder.isPassive(verb, range: view.sentence.tokens, tokens: tokens)
            var actors: [MentionSpan] = []
            var predicate = Predicate.enacted
            var recipients: [MentionSpan] = []
            if passive, view.word(verb + 1) == "by" || view.word(measure.tokens.upperBound) == "by" {
                let start = view.word(verb + 1) == "by" ? verb + 2 : measure.tokens.upperBound + 1
                actors = view.mentions.filter { $0.tokens.lowerBound == start || ($0.tokens.lowerBound == start + 1 && view.word(start) == "the") }
            } else {
                var subjectEnd = passive ? measure.tokens.lowerBound : verb
                if view.word(verb - 1) == "to", let ask = (max(view.sentence.tokens.lowerBound, verb - 8)..<(verb - 1)).last(where: {
                    Self.askingVerbs.contains(tokens[$0].lower)
                }) {
                    predicate = .proposed
                    recipients = view.mentions.filter { $0.tokens.lowerBound > ask && $0.tokens.upperBound < verb && actorTypes.contains(view.type(of: $0)) }
                    subjectEnd = ask
                }
                let candidates = VerbRelations().subjectCandidates(before: subjectEnd, view)
                    .filter { $0.tokens.upperBound <= measure.tokens.lowerBound && actorTypes.contains(view.type(of: $0)) }
                let institution = candidates.first { Self.institutions.contains(view.type(of: $0)) }
                if let institution { actors = [institution] } else if !passive, let place = candidates.first { actors = [place] }
            }
            for actor in actors {
                let markers = actor.tokens.upperBound < verb ? (actor.tokens.upperBound..<verb).map { tokens[$0].lower } : []
                let modality: Modality? = markers.contains { Vocabulary.hypotheticalMarkers.contains($0) } ? .hypothetical : nil
                found += [view.relation(actor, predicate, measure, confidence: 0.7, modality: modality)].compactMap { $0 }
                for recipient in recipients {
                    found += [view.relation(measure, .sentTo, recipient, confidence: 0.65, modality: modality)].compactMap { $0 }
                }
            }
        }
        return found
    }
}
