import KnowledgeGraph

/// What a measure's own wording names: "to ban Telegram and WhatsApp" makes the
/// proposal target Telegram and WhatsApp.
struct ProposalRelations: Sendable {
    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for proposal in view.mentions where view.type(of: proposal) == .proposal && proposal.kind == .name && proposal.tokens.count > 1 {
            for inner in view.mentions where inner != proposal && proposal.tokens.contains(inner.tokens.lowerBound)
                && [.application, .organization, .mediaOutlet].contains(view.type(of: inner)) && !view.isPossessor(inner) {
                found += [view.relation(proposal, .targets, inner, confidence: 0.7)].compactMap { $0 }
            }
        }
        return found
    }
}
