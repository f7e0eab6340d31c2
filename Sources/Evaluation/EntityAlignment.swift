import KnowledgeGraph

/// Greedy one-to-one alignment of predicted to gold entities, as the scorer does it:
/// gold entities in file order each take the first free predicted entity that shares a
/// normalised name; a second pass then also accepts, for Proposal, Law and Event, any
/// two wordings whose content words overlap (Jaccard) by at least 0.5.
enum EntityAlignment {
    static let fuzzyTypes: Set<String> = ["Proposal", "Law", "Event"]
    static let fuzzyThreshold = 0.5

    /// Predicted id -> gold id.
    static func align(gold: [ScoredGraph.Node], predicted: [ScoredGraph.Node], typed: Bool) -> [String: String] {
        var mapping: [String: String] = [:]
        var used = Set<String>()
        for exactPass in [true, false] {
            for g in gold where !used.contains(g.id) {
                for p in predicted where mapping[p.id] == nil {
                    let matches = exactPass ? (!typed || g.type == p.type) && !g.keys.isDisjoint(with: p.keys)
                                            : entitiesMatch(g, p, typed: typed)
                    guard matches else { continue }
                    mapping[p.id] = g.id
                    used.insert(g.id)
                    break
                }
            }
        }
        return mapping
    }

    static func entitiesMatch(_ gold: ScoredGraph.Node, _ predicted: ScoredGraph.Node, typed: Bool) -> Bool {
        if typed && gold.type != predicted.type { return false }
        if !gold.keys.isDisjoint(with: predicted.keys) { return true }
        guard fuzzyTypes.contains(gold.type), !typed || fuzzyTypes.contains(predicted.type) else { return false }
        return gold.names.contains { a in predicted.names.contains { b in NameKey.overlap(a, b) >= fuzzyThreshold } }
    }
}
