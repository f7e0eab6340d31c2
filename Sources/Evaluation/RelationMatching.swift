/// Matches predicted relations to gold ones through an entity alignment, as the scorer
/// does: in prediction order, each takes the first unmatched gold relation one of whose
/// readings has the same subject and object (either way round for `coordinated_with`)
/// and, when labelled, the same predicate.
enum RelationMatching {
    static let symmetricPredicates: Set<String> = ["coordinated_with"]

    struct Result {
        var counts = Counts()
        var negationChecked = 0
        var negationAgreed = 0
        var misses: [RelationMiss] = []
    }

    static func match(gold: [ScoredGraph.Edge], predicted: [ScoredGraph.Edge], mapping: [String: String], labelled: Bool) -> Result {
        var result = Result()
        var matched = Set<Int>()
        for relation in predicted {
            var hit: Int?
            if let subject = mapping[relation.subject], let object = mapping[relation.object] {
                hit = gold.indices.first { index in
                    !matched.contains(index) && gold[index].readings.contains { reading in
                        sameFact(reading, subject: subject, predicate: relation.predicate, object: object, labelled: labelled)
                    }
                }
            }
            guard let hit else {
                result.counts.falsePositives += 1
                result.misses.append(RelationMiss(kind: "extra", subject: relation.subject, predicate: relation.predicate, object: relation.object))
                continue
            }
            matched.insert(hit)
            result.counts.truePositives += 1
            if labelled {
                result.negationChecked += 1
                if gold[hit].negated == relation.negated { result.negationAgreed += 1 }
            }
        }
        result.counts.falseNegatives = gold.count - matched.count
        for (index, relation) in gold.enumerated() where !matched.contains(index) {
            result.misses.append(RelationMiss(kind: "missed", subject: relation.subject, predicate: relation.predicate, object: relation.object))
        }
        return result
    }

    private static func sameFact(_ reading: GoldReading, subject: String, predicate: String, object: String, labelled: Bool) -> Bool {
        let forward = reading.subject == subject && reading.object == object
        let backward = symmetricPredicates.contains(reading.predicate) && reading.subject == object && reading.object == subject
        return (forward || backward) && (!labelled || reading.predicate == predicate)
    }
}
