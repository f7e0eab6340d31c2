import KnowledgeGraph

/// Relations stated by possessives and place modifiers:
/// "Russia’s Economic Development Ministry" (located_in), "Google’s e-mail service Gmail"
/// (owns), "the ministry's proposal" (proposed), "Moscow-based Kaspersky" (located_in).
struct PossessiveRelations: Sendable {
    /// How many lower-case words may stand between a possessor and what it owns.
    static let maximumGap = 5
    /// Nouns of a legal action.
    static let lawsuitNouns: Set<String> = Grammar.words("lawsuit-nouns")
    /// Nouns of a company's part: "the US-based unit of Alphabet".
    static let unitNouns: Set<String> = Grammar.words("unit-nouns")

    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let tokens = view.tokens
        for owner in view.mentions where view.isPossessor(owner) {
            var index = owner.tokens.upperBound + 1
            var gap = 0
            while gap <= Self.maximumGap, index < view.sentence.tokens.upperBound {
                if let owned = view.mention(startingAt: index) {
                    found += relation(owner: owner, owned: owned, view).map { [$0] } ?? []
                    break
                }
                guard tokens[index].kind == .word || tokens[index].text == "-", !tokens[index].isCapitalized else { break }
                index += 1
                gap += 1
            }
        }
        // PLACE-based X
        for place in view.mentions where view.type(of: place) == .location {
            let end = place.tokens.upperBound
            guard view.word(end) == "-", view.word(end + 1) == "based" else { continue }
            var index = end + 2
            var gap = 0
            // "The California-based company": a description that spans the place.
            var located = view.mentions.first { $0.kind == .description && $0.tokens.lowerBound < place.tokens.lowerBound && $0.tokens.upperBound > end }
            while located == nil, gap <= Self.maximumGap, index < view.sentence.tokens.upperBound,
                  !["of", ",", "which", "that"].contains(view.word(index)) {
                if let mention = view.mention(startingAt: index) {
                    located = mention
                    break
                }
                // "the California-based company" ends here, unless a name follows ("company Meta").
                if Vocabulary.descriptionNouns[view.word(index)] != nil, view.mention(startingAt: index + 1) == nil { break }
                index += 1
                gap += 1
            }
            // "Google LLC, the US-based unit of Alphabet", "Kaspersky Lab, ..., is a Moscow-based company": the name before.
            if located == nil, let article = (max(view.sentence.tokens.lowerBound, place.tokens.lowerBound - 2)..<place.tokens.lowerBound)
                .last(where: { ["a", "an", "the"].contains(view.word($0)) }) {
                located = view.mentions.last { $0.tokens.upperBound <= article && $0.kind == .name && view.type(of: $0) != .location }
            }
            if let located {
                found += [view.relation(located, .locatedIn, place, confidence: 0.8)].compactMap { $0 }
            }
        }
        // "the regulator's lawsuit against the company", "a lawsuit by X against Y": X sued Y.
        for index in view.sentence.tokens where Self.lawsuitNouns.contains(view.word(index)) && view.word(index + 1) == "against" {
            var defendantStart = index + 2
            if VerbRelations.determiners.contains(view.word(defendantStart)) { defendantStart += 1 }
            let plaintiff = view.mentions.last { view.isPossessor($0) && $0.tokens.upperBound + 1 <= index && index - $0.tokens.upperBound <= 3 }
            guard let plaintiff, let defendant = view.mentions.first(where: { $0.tokens.lowerBound == defendantStart || $0.tokens.lowerBound == index + 2 })
            else { continue }
            found += [view.relation(plaintiff, .sued, defendant, confidence: 0.75)].compactMap { $0 }
        }
        // "X, the (US-based) unit of Y": Y owns X.
        for owned in view.mentions where owned.kind == .name && view.word(owned.tokens.upperBound) == "," {
            var index = owned.tokens.upperBound + 1
            guard ["a", "an", "the"].contains(view.word(index)) else { continue }
            index += 1
            while index < view.sentence.tokens.upperBound, index - owned.tokens.upperBound <= Self.maximumGap,
                  !Self.unitNouns.contains(view.word(index)), view.word(index) != "," { index += 1 }
            guard Self.unitNouns.contains(view.word(index)), view.word(index + 1) == "of",
                  let owner = view.mention(startingAt: index + 2) else { continue }
            found += [view.relation(owner, .owns, owned, confidence: 0.75)].compactMap { $0 }
        }
        return found
    }

    private func relation(owner: MentionSpan, owned: MentionSpan, _ view: SentenceView) -> RelationCandidate? {
        let ownerType = view.type(of: owner)
        let ownedType = view.type(of: owned)
        switch (ownerType, ownedType) {
        case (.location, .person):
            return view.relation(owned, .citizenOf, owner, confidence: 0.6)
        case (.location, let type) where type != .location:
            return view.relation(owned, .locatedIn, owner, confidence: 0.8)
        case (_, .proposal) where actorTypes.contains(ownerType):
            return view.relation(owner, .proposed, owned, confidence: 0.75)
        case (.governmentBody, .governmentBody):
            return view.relation(owned, .partOf, owner, confidence: 0.7)
        case (.organization, .application), (.organization, .mediaOutlet), (.governmentBody, .mediaOutlet):
            return view.relation(owner, .owns, owned, confidence: 0.8)
        case (.application, .person), (.organization, .person):
            return nil
        default:
            return nil
        }
    }
}
