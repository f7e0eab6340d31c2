import KnowledgeGraph

/// Runs the relation patterns over every sentence and keeps each statement once
/// per sentence, with the highest confidence any pattern gave it.
struct RelationFinder: Sendable {
    func apply(to document: inout AnnotatedDocument) {
        let titles = TitleRelations()
        let possessives = PossessiveRelations()
        let verbs = VerbRelations()
        let proposals = ProposalRelations()
        let measures = MeasureRelations()
        let speech = SpeechRelations(document: document)
        let nested = NestedNameRelations(document: document)
        var best: [RelationKey: RelationCandidate] = [:]
        var order: [RelationKey] = []
        let grouped = SentenceView.mentionsBySentence(document)
        for sentence in document.sentences {
            let view = SentenceView(document: document, sentence: sentence, mentions: grouped[sentence.index])
            guard !view.mentions.isEmpty else { continue }
            let stated = Self.ruled("title", titles.find(in: view)) + Self.ruled("possessive", possessives.find(in: view))
                + Self.ruled("verb", verbs.find(in: view)) + Self.ruled("proposal", proposals.find(in: view))
                + Self.ruled("measure", measures.find(in: view)) + Self.ruled("speech", speech.find(in: view))
                + Self.ruled("nested name", nested.find(in: view))
            for candidate in stated {
                let key = RelationKey(candidate)
                if let existing = best[key] {
                    let (kept, dropped) = candidate.confidence > existing.confidence ? (candidate, existing) : (existing, candidate)
                    best[key] = kept
                    document.droppedRelations.append(DroppedRelation(candidate: dropped, reason: "the same statement, stated with more confidence by \(kept.rule)"))
                } else {
                    best[key] = candidate
                    order.append(key)
                }
            }
        }
        var relations = order.compactMap { best[$0] }
        relations += Self.ruled("stance", StanceRelations().find(in: document, grouped: grouped, existing: relations))
        let headlines = Set(document.sentences.filter { document.headline?.contains($0.tokens.lowerBound) == true }.map(\.index))
        let standIns = withoutCountryStandIns(relations, clusters: document.clusters, headlines: headlines)
        document.relations = withoutRestatedEnactments(standIns)
        document.droppedRelations += Self.removed(from: relations, kept: standIns, reason: "a country standing in for the body that acted")
            + Self.removed(from: standIns, kept: document.relations, reason: "an enactment the actor's direct act already states")
    }

    /// The candidates with their rule, where the pattern did not name a finer one.
    private static func ruled(_ rule: String, _ candidates: [RelationCandidate]) -> [RelationCandidate] {
        candidates.map { candidate in
            var candidate = candidate
            if candidate.rule.isEmpty { candidate.rule = rule }
            return candidate
        }
    }

    /// The candidates of `all` that a filter left out of `kept` (which keeps their order), with a reason.
    private static func removed(from all: [RelationCandidate], kept: [RelationCandidate], reason: String) -> [DroppedRelation] {
        var next = 0
        var dropped: [DroppedRelation] = []
        for candidate in all {
            if next < kept.count && kept[next] == candidate { next += 1 } else { dropped.append(DroppedRelation(candidate: candidate, reason: reason)) }
        }
        return dropped
    }

    /// "Roskomnadzor blocks Telegram" already says that Roskomnadzor enacted the block of Telegram:
    /// the enactment is dropped when the same actor acts directly on one of the measure's targets.
    private func withoutRestatedEnactments(_ relations: [RelationCandidate]) -> [RelationCandidate] {
        var targets: [Int: Set<Int>] = [:]
        for relation in relations where relation.predicate == .targets { targets[relation.subject, default: []].insert(relation.object) }
        let direct = Set(relations.filter { Self.directMeasures.contains($0.predicate) && !$0.negated }.map { "\($0.subject) \($0.object)" })
        return relations.filter { relation in
            guard relation.predicate == .enacted, let measured = targets[relation.object] else { return true }
            return !measured.contains { direct.contains("\(relation.subject) \($0)") }
        }
    }

    static let directMeasures: Set<Predicate> = [.blocks, .banned, .restricts]

    /// "Russia blocks LinkedIn" in a story where Roskomnadzor blocks it: the country stands in
    /// for the body that acted, so its copy of the statement is dropped; a headline's country
    /// too, when a body acts on the same target anywhere in the story.
    private func withoutCountryStandIns(_ relations: [RelationCandidate], clusters: [EntityCluster], headlines: Set<Int>) -> [RelationCandidate] {
        var targets: [Int: Set<Int>] = [:]
        for relation in relations where relation.predicate == .targets { targets[relation.subject, default: []].insert(relation.object) }
        // What a relation acts on: its object, or the targets of the measure it enacts.
        let actedOn = { (relation: RelationCandidate) -> Set<Int> in
            relation.predicate == .enacted ? targets[relation.object] ?? [] : [relation.object]
        }
        var acted: [Int: Set<Int>] = [:]
        var same: [String: Set<Int>] = [:]
        for relation in relations where clusters[relation.subject].type != .location && Self.measurePredicates.contains(relation.predicate) {
            for target in actedOn(relation) { acted[target, default: []].insert(relation.sentence) }
            same["\(relation.predicate.rawValue) \(relation.object)", default: []].insert(relation.sentence)
        }
        return relations.filter { relation in
            guard clusters[relation.subject].type == .location, Self.measurePredicates.contains(relation.predicate) else { return true }
            // The same statement by a body elsewhere; or a headline's country, when a body acts on the target in the story.
            // In the same sentence the country is one of the actors ("the United States, Canada and the Commission").
            if let sentences = same["\(relation.predicate.rawValue) \(relation.object)"], !sentences.contains(relation.sentence) { return false }
            return !(headlines.contains(relation.sentence) && actedOn(relation).contains { acted[$0] != nil })
        }
    }

    static let measurePredicates: Set<Predicate> = [.blocks, .banned, .restricts, .enacted, .fined, .sued]

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
