import KnowledgeGraph

/// Relations stated by a verb between a subject on its left and objects on its right
/// ("the ministry has proposed to ban ...", "Roskomnadzor blocked Telegram"), in the
/// passive too ("was blocked by the regulator"), with coordinated objects expanded
/// ("such as WhatsApp, Viber, Skype, and Telegram") and the modality and negation read
/// from the words before the verb ("may cover", "has not blocked").
struct VerbRelations: Sendable {
    /// How many tokens may separate the subject from its verb.
    static let maximumSubjectDistance = 15
    /// How many candidate subjects are tried, nearest first.
    static let maximumSubjectCandidates = 3
    /// Determiners and possessives that may stand between a verb and its object.
    static let determiners: Set<String> = Grammar.words("determiners")
    /// Auxiliaries, modals and adverbs that may open a relative clause before its verb ("which is owned by").
    static let auxiliaries: Set<String> = Vocabulary.beForms.union(Grammar.words("relative-clause-auxiliaries"))
    /// Words after a comma that go on naming the object: "amendments, known as the Yarovaya law".
    static let namingWords: Set<String> = Grammar.words("naming-words")

    /// Kinds of list members: institutions mix in one list, people, apps, places and measures do not.
    static func kind(_ type: EntityType) -> Int {
        switch type {
        case .governmentBody, .organization, .mediaOutlet: 0
        case .person: 1
        case .application: 2
        case .location: 3
        case .proposal, .law: 4
        default: 5
        }
    }

    /// Nouns of an attempt or decision whose "to" clause states the measure ("a bid to block").
    static let attemptNouns: Set<String> = Grammar.words("attempt-nouns")
    /// Possessive pronouns that refer a measure back to an actor ("its decision").
    static let possessivePronouns: Set<String> = Grammar.words("possessive-pronouns")
    /// Participles that tie an entity to the place after them ("based", "headquartered").
    static let placeModifiers: Set<String> = Grammar.words("place-modifiers")
    /// Punctuation and words that end the clause a verb looks for its subject in.
    static let clauseEnds: Set<String> = Grammar.words("clause-ends")

    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let range = view.sentence.tokens
        let proposals = view.mentions.filter {
            view.type(of: $0) == .proposal && $0.kind == .name && $0.tokens.count > 1 && $0.headWord != MeasureFinder.measureHead
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let frames = proposals.contains(where: { $0.tokens.contains(index) }) ? [] : frames(at: index, view)
            guard !frames.isEmpty else {
                index += 1
                continue
            }
            // The longest form that states something: "made by" for an app, else "made" for a decision.
            for (position, (length, frame)) in frames.enumerated() {
                let stated = relations(frame: frame, verb: index..<(index + length), view).map { candidate in
                    var candidate = candidate
                    if candidate.rule.isEmpty { candidate.rule = frame.id }
                    return candidate
                }
                if !stated.isEmpty || position == frames.count - 1 {
                    found += stated
                    index += length
                    break
                }
            }
        }
        return found
    }

    /// The frames whose form starts at `index`, longest form first.
    private func frames(at index: Int, _ view: SentenceView) -> [(Int, VerbFrame)] {
        let tokens = view.tokens
        if index > view.sentence.tokens.lowerBound && Self.determiners.contains(tokens[index - 1].lower) { return [] }
        // "the Chinese-owned app", "a French-made messenger": an adjective, not a verb.
        if index > view.sentence.tokens.lowerBound && tokens[index - 1].text == "-" && !tokens[index].spaceBefore { return [] }
        guard !tokens[index].isCapitalized, let forms = VerbFrames.byFirstWord[tokens[index].lower] else { return [] }
        return forms.compactMap { words, frame in
            guard index + words.count <= view.sentence.tokens.upperBound,
                  words.indices.allSatisfy({ tokens[index + $0].lower == words[$0] && !tokens[index + $0].isCapitalized }) else { return nil }
            return (words.count, VerbFrames.all[frame])
        }
    }

    private func relations(frame: VerbFrame, verb: Range<Int>, _ view: SentenceView) -> [RelationCandidate] {
        let tokens = view.tokens
        // "WeChat, owned by Tencent": a participle after a comma with its agent is passive too.
        let reduced = view.word(verb.lowerBound - 1) == "," && view.word(verb.upperBound) == "by" && tokens[verb.lowerBound].lower.hasSuffix("ed")
        let passive = reduced || MeasureFinder.isPassive(verb.lowerBound, range: view.sentence.tokens, tokens: tokens)
        let left = subjectCandidates(before: verb.lowerBound, view)
        if passive, !frame.leftIsSubject, let by = agentMarker(after: verb.upperBound, view) {
            return passiveRelations(frame: frame, verb: verb, by: by, left: left, view)
        }
        if (passive || isObjectComplement(verb.lowerBound, view)) && RelationFinder.directMeasures.contains(frame.predicate) {
            return agentlessMeasure(frame: frame, verb: verb, left: left, view)
        }
        if passive && !frame.passiveKeepsSubject && !frame.leftIsSubject { return [] }
        guard let subject = left.first(where: { fits($0, frame.subjectTypes, view) }) else { return [] }
        var objects = rightMentions(after: verb.upperBound, frame: frame, view)
        if objects.isEmpty, frame.objectFromSentence {
            objects = view.mentions.filter { fits($0, frame.objectTypes, view) }.prefix(1).map { $0 }
        }
        // "the Act, which Congress passed": the object is what the relative clause is about.
        if objects.isEmpty, let antecedent = relativeAntecedent(before: subject, view), fits(antecedent, frame.objectTypes, view) {
            objects = [antecedent]
        }
        let markers = (min(subject.tokens.upperBound, verb.lowerBound)..<verb.lowerBound).map { tokens[$0].lower }
        let negated = markers.contains { Vocabulary.negationMarkers.contains($0) }
        let modality: Modality? = markers.contains { Vocabulary.hypotheticalMarkers.contains($0) } ? .hypothetical : nil
        return coordinated(with: subject, view).flatMap { actor in
            objects.flatMap { object in
                lawRelations(frame.predicate, actor: actor, law: object, markers: markers, view)
                    ?? [view.relation(actor, frame.predicate, object, confidence: 0.75, negated: negated, modality: modality)].compactMap { $0 }
            }
        }
    }

    /// An obligation to comply says the law applies to the actor ("the company must comply with
    /// the DSA"); a breach says so too, besides the violation ("Google breached the Australian Consumer Law").
    private func lawRelations(_ predicate: Predicate, actor: MentionSpan, law: MentionSpan, markers: [String], _ view: SentenceView) -> [RelationCandidate]? {
        guard view.type(of: law) == .law, !markers.contains(where: { Vocabulary.negationMarkers.contains($0) }) else { return nil }
        if predicate == .compliesWith, markers.contains(where: { Self.obligationMarkers.contains($0) }) {
            return [view.relation(law, .appliesTo, actor, confidence: 0.7)].compactMap { $0 }
        }
        if predicate == .violated {
            return [view.relation(actor, .violated, law, confidence: 0.75), view.relation(law, .appliesTo, actor, confidence: 0.6)].compactMap { $0 }
        }
        return nil
    }

    /// Words before a verb that make it an obligation rather than a fact ("must", "required").
    static let obligationMarkers: Set<String> = Grammar.words("obligation-markers")

    /// The passive with its agents: "was drafted by Irina Yarovaya, head of ..., and Senator
    /// Viktor Ozerov" (every agent of the first one's type), also when "by" comes later in the
    /// clause ("was submitted to the State Duma in December by ..."): then the object right after
    /// the verb keeps its frame ("sent to the State Duma") and the agents proposed the measure.
    private func passiveRelations(frame: VerbFrame, verb: Range<Int>, by: Int, left: [MentionSpan], _ view: SentenceView) -> [RelationCandidate] {
        let agentFrame = VerbFrame(forms: [], predicate: frame.predicate, subjectTypes: nil, objectTypes: actorTypes, listObjects: true)
        // "backed by House Speaker Mike Johnson": the person the body's title introduces is the agent.
        let agents = rightMentions(after: by + 1, frame: agentFrame, view).map { titledPerson(after: $0, view) ?? $0 }
        let keepsSubject = by > verb.upperBound && frame.passiveKeepsSubject
        guard let object = left.first(where: { fits($0, keepsSubject ? frame.subjectTypes : frame.objectTypes, view) }) else { return [] }
        let markers = (object.tokens.upperBound..<verb.lowerBound).map { view.tokens[$0].lower }
        let negated = markers.contains { Vocabulary.negationMarkers.contains($0) }
        let modality: Modality? = markers.contains { Vocabulary.hypotheticalMarkers.contains($0) } ? .hypothetical : nil
        var found: [RelationCandidate] = []
        var predicate = frame.predicate
        if keepsSubject {
            found += rightMentions(after: verb.upperBound, frame: frame, view).filter { $0.tokens.upperBound <= by }.compactMap {
                view.relation(object, frame.predicate, $0, confidence: 0.75, negated: negated, modality: modality)
            }
            guard VerbFrames.measures.contains(view.type(of: object)) else { return found }
            predicate = .proposed
        }
        guard let first = agents.first else { return found }
        return found + agents.filter { view.type(of: $0) == view.type(of: first) }.compactMap {
            view.relation($0, predicate, object, confidence: 0.75, negated: negated, modality: modality)
        }
    }

    /// A measure in the passive with no agent: "Roskomnadzor says Telegram will not be blocked",
    /// "the court ruled that Telegram should be blocked", "ordered the site blocked". The actor
    /// is the sentence's first institution or person before the thing acted on (a place alone is
    /// not read as one); "would ... if" makes it a threat.
    private func agentlessMeasure(frame: VerbFrame, verb: Range<Int>, left: [MentionSpan], _ view: SentenceView) -> [RelationCandidate] {
        guard let object = left.first(where: { fits($0, frame.objectTypes, view) }),
              let actor = view.mentions.first(where: {
                  $0.tokens.upperBound <= object.tokens.lowerBound && $0.kind != .pronoun && !view.isPossessor($0)
                      && MeasureRelations.institutions.contains(view.type(of: $0)) && fits($0, frame.subjectTypes, view)
              }) else { return [] }
        let markers = (object.tokens.upperBound..<verb.lowerBound).map { view.tokens[$0].lower }
        let negated = markers.contains { Vocabulary.negationMarkers.contains($0) }
        // "would be blocked if the company did not ...": a threat.
        let threat = markers.contains("would") && (verb.upperBound..<view.sentence.tokens.upperBound).contains { view.word($0) == "if" }
        let modality: Modality? = threat || markers.contains { Vocabulary.hypotheticalMarkers.contains($0) } ? .hypothetical : nil
        return [view.relation(actor, frame.predicate, object, confidence: 0.6, negated: negated, modality: modality)].compactMap { $0 }
    }

    /// "ordered the site blocked", "had the app removed": the participle's object stands before it.
    func isObjectComplement(_ verb: Int, _ view: SentenceView) -> Bool {
        guard let object = view.mention(endingAt: verb) else { return false }
        var before = object.tokens.lowerBound - 1
        if Self.determiners.contains(view.word(before)) { before -= 1 }
        return Self.causativeVerbs.contains(view.word(before))
    }

    /// Verbs that make another actor do what their "to" clause says ("ordered", "wants").
    static let causativeVerbs: Set<String> = Grammar.words("causative-verbs")

    /// "House Speaker Mike Johnson": the person after a body and its capitalised title.
    private func titledPerson(after body: MentionSpan, _ view: SentenceView) -> MentionSpan? {
        guard view.type(of: body) != .person else { return nil }
        var index = body.tokens.upperBound
        while Vocabulary.capitalizedTitles.contains(view.word(index)) && view.tokens[index].isCapitalized { index += 1 }
        guard index > body.tokens.upperBound, let person = view.mention(startingAt: index), view.type(of: person) == .person else { return nil }
        return person
    }

    /// The "by" that introduces a passive's agent: right after the verb, or later in the clause.
    private func agentMarker(after verbEnd: Int, _ view: SentenceView) -> Int? {
        var index = verbEnd
        while index < view.sentence.tokens.upperBound, index - verbEnd <= Self.maximumAgentDistance {
            let word = view.word(index)
            if word == "by" { return index }
            if Self.clauseEnds.contains(word) || word == "," { return nil }
            index += 1
        }
        return nil
    }

    /// "X, which" / "X that" right before the relative clause's subject.
    private func relativeAntecedent(before subject: MentionSpan, _ view: SentenceView) -> MentionSpan? {
        var index = subject.tokens.lowerBound - 1
        // "a ban that President Joe Biden signed": titles may stand between.
        while index > view.sentence.tokens.lowerBound, view.tokens[index].isCapitalized, Vocabulary.capitalizedTitles.contains(view.word(index)) { index -= 1 }
        guard index > view.sentence.tokens.lowerBound, ["which", "that"].contains(view.word(index)) else { return nil }
        index -= 1
        if view.word(index) == "," { index -= 1 }
        return view.mention(endingAt: index + 1)
    }

    /// The subject and the actors coordinated with it: "the United States, Canada and the European Commission".
    private func coordinated(with subject: MentionSpan, _ view: SentenceView) -> [MentionSpan] {
        var actors = [subject]
        var end = subject.tokens.lowerBound
        while true {
            var index = end - 1
            if view.word(index) == "the" { index -= 1 }
            guard [",", "and"].contains(view.word(index)) else { break }
            if view.word(index) == "and", view.word(index - 1) == "," { index -= 1 }
            guard let previous = view.mention(endingAt: index), actorTypes.contains(view.type(of: previous)),
                  view.type(of: previous) == view.type(of: subject) || Set([view.type(of: previous), view.type(of: subject)]).isSubset(of: Self.states)
            else { break }
            actors.append(previous)
            end = previous.tokens.lowerBound
        }
        return actors
    }

    /// Types that act as states in lists of actors ("the United States, Canada and the European Commission").
    static let states: Set<EntityType> = [.location, .governmentBody]
    /// How many tokens may separate a passive verb from its "by".
    static let maximumAgentDistance = 8

    /// Mentions left of the verb in the same clause, nearest first; possessors and
    /// mentions nested in a longer one are skipped.
    func subjectCandidates(before verb: Int, _ view: SentenceView) -> [MentionSpan] {
        var candidates: [MentionSpan] = []
        var boundary = view.sentence.tokens.lowerBound
        for index in stride(from: verb - 1, through: view.sentence.tokens.lowerBound, by: -1)
        where view.tokens[index].isPunctuation([";", "\"", "\u{201C}", "\u{201D}", ":"]) {
            boundary = index + 1
            break
        }
        // "the platform, which schools use": the relative clause has its own subject, not a mention.
        if let relative = (boundary..<verb).last(where: { ["which", "that", "whom"].contains(view.tokens[$0].lower) }),
           !(relative..<verb).contains(where: { view.tokens[$0].text == "," }) {
            var start = relative + 1
            while start < verb, Self.determiners.contains(view.tokens[start].lower) { start += 1 }
            if start < verb, view.tokens[start].kind == .word, !view.tokens[start].isCapitalized, !Self.auxiliaries.contains(view.tokens[start].lower),
               !view.mentions.contains(where: { ((relative + 1)...start).contains($0.tokens.lowerBound) }) {
                return []
            }
        }
        // "Renat Lashin, executive director of the Domestic Software association, welcomed": the appositive's head;
        // "TikTok, which is owned by ByteDance, said": the head of a relative clause, of any type.
        if verb - 1 > boundary, view.tokens[verb - 1].text == ",",
           let open = (boundary..<(verb - 1)).last(where: { view.tokens[$0].text == "," }),
           let head = view.mention(endingAt: open),
           view.type(of: head) == .person || ["which", "who", "the", "a", "an"].contains(view.word(open + 1)) {
            return [head]
        }
        // "ending its two-year attempt to block the service": the attempt's owner acts.
        if view.word(verb - 1) == "to", let noun = (max(boundary, verb - 4)..<(verb - 1)).last(where: { Self.attemptNouns.contains(view.word($0)) }),
           let owner = view.mentions.last(where: { $0.tokens.upperBound <= noun && noun - $0.tokens.upperBound <= 3
               && ($0.kind == .pronoun || view.isPossessor($0)) }) {
            return [owner]
        }
        let ordered = view.mentions.filter { $0.tokens.upperBound <= verb && $0.tokens.lowerBound >= boundary && verb - $0.tokens.upperBound <= Self.maximumSubjectDistance }
        for mention in ordered.reversed() {
            // "his accomplices had used": a possessive pronoun is not the subject.
            if view.isPossessor(mention) || (mention.kind == .pronoun && Self.possessivePronouns.contains(mention.headWord ?? "")) { continue }
            if ordered.contains(where: { $0 != mention && $0.tokens.lowerBound <= mention.tokens.lowerBound && $0.tokens.upperBound >= mention.tokens.upperBound && $0.tokens.count > mention.tokens.count }) { continue }
            candidates.append(mention)
            if candidates.count == Self.maximumSubjectCandidates { break }
        }
        return candidates
    }

    /// Objects right of the verb up to the end of the clause: the first that fits, or all for list frames.
    private func rightMentions(after start: Int, frame: VerbFrame, _ view: SentenceView) -> [MentionSpan] {
        var end = view.sentence.tokens.upperBound
        for index in start..<view.sentence.tokens.upperBound where Self.clauseEnds.contains(view.tokens[index].lower) {
            end = index
            break
        }
        // "ordered ministers to uninstall ...": the object comes before the infinitive.
        if frame.predicate == .requested, let to = (start..<end).first(where: { view.word($0) == "to" }) { end = to }
        let measures = VerbFrames.measures
        let inClause = view.mentions.filter {
            $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end && !view.isPossessor($0) && !isModifier($0, view)
                && ($0.kind != .pronoun || measures.contains(view.type(of: $0)))
        }
        let candidates = inClause.filter { fits($0, frame.objectTypes, view) }
        guard let first = candidates.first else { return [] }
        if frame.adjacentObject {
            var next = start
            if Self.determiners.contains(view.word(next)) { next += 1 }
            return first.tokens.lowerBound == next ? [first] : []
        }
        if !frame.listObjects {
            // A single object stands before the first comma after the verb, or names what precedes it ("..., known as X").
            let comma = (start..<end).first { view.word($0) == "," && !Self.namingWords.contains(view.word($0 + 1)) } ?? end
            return first.tokens.lowerBound < comma ? [first] : []
        }
        // A list holds things of one kind: "WhatsApp, Signal and Telegram", not the speaker after it;
        // it ends where something of another kind is coordinated ("by Tencent, and UC Browser, owned by ...").
        var members: [MentionSpan] = []
        for candidate in inClause where candidate.tokens.lowerBound >= first.tokens.lowerBound {
            if fits(candidate, frame.objectTypes, view), Self.kind(view.type(of: candidate)) == Self.kind(view.type(of: first)) {
                members.append(candidate)
            } else if [",", "and"].contains(view.word(candidate.tokens.lowerBound - 1)) {
                break
            }
        }
        return members
    }

    /// "Beijing-based ByteDance", "a French-made app": the place modifies the name after it.
    private func isModifier(_ mention: MentionSpan, _ view: SentenceView) -> Bool {
        view.word(mention.tokens.upperBound) == "-" && Self.placeModifiers.contains(view.word(mention.tokens.upperBound + 1))
    }

    private func fits(_ mention: MentionSpan, _ types: Set<EntityType>?, _ view: SentenceView) -> Bool {
        types?.contains(view.type(of: mention)) ?? true
    }
}
