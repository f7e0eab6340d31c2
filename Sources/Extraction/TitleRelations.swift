import KnowledgeGraph

/// Relations stated by titles and appositions:
/// "Kremlin spokesman Dmitry Peskov", "a representative of the ministry Elena Lashkina",
/// "Anton Gorelkin, deputy head of the committee", "Russian national Pavel Durov",
/// "its founder is Pavel Durov".
struct TitleRelations: Sendable {
    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let tokens = view.tokens
        for person in view.mentions where view.type(of: person) == .person && person.kind == .name {
            let start = person.tokens.lowerBound
            // BODY title PERSON / BODY's title PERSON / a BODY title, PERSON
            let nameStart = view.word(start - 1) == "," && view.word(start - 3) != "," ? start - 1 : start
            for length in [2, 1] {
                let titleStart = nameStart - length
                guard titleStart > view.sentence.tokens.lowerBound, let (title, end) = titleAfter(titleStart, tokens: tokens),
                      end == nameStart, let role = Vocabulary.titles[title] else { continue }
                var bodyEnd = titleStart
                if tokens[bodyEnd - 1].kind == .possessive { bodyEnd -= 1 }
                if let body = view.mention(endingAt: bodyEnd), isBody(view.type(of: body)), title != "founder" {
                    found += [view.relation(person, role.predicate, body, confidence: 0.9)].compactMap { $0 }
                }
                if title == "founder", let owner = founderOwner(before: titleStart, view) {
                    found += [view.relation(person, .founded, owner, confidence: 0.8)].compactMap { $0 }
                }
                break
            }
            // BODY Capitalised-Title PERSON: "Commission Vice-President Věra Jourová"
            var titleStart = start
            while titleStart > view.sentence.tokens.lowerBound,
                  Vocabulary.capitalizedTitles.contains(view.word(titleStart - 1)) || (view.word(titleStart - 1) == "-" && titleStart - 1 < start - 1) {
                titleStart -= 1
            }
            if titleStart < start, let body = view.mention(endingAt: titleStart), isBody(view.type(of: body)),
               let role = Vocabulary.titles[(titleStart..<start).filter { tokens[$0].kind == .word }.map { tokens[$0].lower }.joined(separator: " ")]
                   ?? Vocabulary.titles[tokens[start - 1].lower] {
                found += [view.relation(person, role.predicate, body, confidence: 0.85)].compactMap { $0 }
            }
            // "Internal Market Commissioner Thierry Breton": a commissioner is a member of the article's Commission.
            if titleStart < start, (titleStart..<start).contains(where: { view.word($0) == "commissioner" }),
               let commission = view.document.clusters.indices.filter({ index in
                   view.document.clusters[index].type == .governmentBody
                       && view.document.clusters[index].forms.contains { $0.split(separator: " ").last == "Commission" }
               }).max(by: { view.document.clusters[$0].mentions.count < view.document.clusters[$1].mentions.count }),
               let mention = view.document.mentions.first(where: { $0.cluster == commission }) {
                found += [view.relation(person, .memberOf, mention, confidence: 0.7)].compactMap { $0 }
            }
            // (Deputy) Prime Minister PERSON; PERSON, who was appointed Deputy Prime Minister
            if let office = view.mention(endingAt: start), let role = Self.officeRoles[office.headWord ?? ""] {
                found += [view.relation(person, role, office, confidence: 0.85)].compactMap { $0 }
            }
            if view.word(person.tokens.upperBound) == ",", view.word(person.tokens.upperBound + 1) == "who",
               let office = view.mentions.first(where: { mention in
                   (person.tokens.upperBound + 2...person.tokens.upperBound + 5).contains(mention.tokens.lowerBound)
                       && Self.officeRoles[mention.headWord ?? ""] != nil
               }) {
                found += [view.relation(person, Self.officeRoles[office.headWord ?? ""]!, office, confidence: 0.8)].compactMap { $0 }
            }
            // (a) title of (the) BODY (,) PERSON
            var bodyEnd = start
            if view.word(bodyEnd - 1) == "," { bodyEnd -= 1 }
            if let body = view.mention(endingAt: bodyEnd), isBody(view.type(of: body)) {
                var of = body.tokens.lowerBound - 1
                if view.word(of) == "the" { of -= 1 }
                if view.word(of) == "of", let role = roleEnding(at: of, view) {
                    found += [view.relation(person, role.predicate, body, confidence: 0.85)].compactMap { $0 }
                }
            }
            // PERSON, (a|the) (modifiers) title of|at|for|from (the) BODY; PERSON as title of BODY
            if [",", "as"].contains(view.word(person.tokens.upperBound)) {
                var index = person.tokens.upperBound + 1
                if ["a", "an", "the"].contains(view.word(index)) { index += 1 }
                for _ in 0..<Self.maximumTitleWords where index < view.sentence.tokens.upperBound {
                    if tokens[index].kind != .word { break }
                    if let (title, titleEnd) = titleAfter(index, tokens: tokens), let role = Vocabulary.titles[title] {
                        var end = titleEnd
                        if view.word(end) == "responsible" { end += 1 }
                        guard ["of", "at", "for", "from"].contains(view.word(end)) else {
                            index = titleEnd
                            continue
                        }
                        var bodyStart = end + 1
                        if view.word(bodyStart) == "the" { bodyStart += 1 }
                        if let body = view.mention(startingAt: bodyStart), isBody(view.type(of: body)) || title == "founder" {
                            let predicate = title == "founder" ? Predicate.founded : role.predicate
                            found += [view.relation(person, predicate, body, confidence: 0.85)].compactMap { $0 }
                        }
                        break
                    }
                    index += 1
                }
            }
            // (Demonym national) PERSON: citizenship; "its founder is (Russian national) PERSON": founding
            var before = start - 1
            if NameSpanFinder.nationalityNouns.contains(view.word(before)),
               let country = view.mention(endingAt: before), view.type(of: country) == .location {
                found += [view.relation(person, .citizenOf, country, confidence: 0.9)].compactMap { $0 }
                before = country.tokens.lowerBound - 1
            }
            if ["is", "was", ","].contains(view.word(before)) { before -= 1 }
            if view.word(before) == "founder", let owner = founderOwner(before: before, view) {
                found += [view.relation(person, .founded, owner, confidence: 0.8)].compactMap { $0 }
            }
        }
        return found
    }

    /// How many words of modifiers and title may follow "PERSON," ("the federal chief information security officer").
    static let maximumTitleWords = 6

    /// Offices that stand for the government they belong to, and the holder's tie to it.
    static let officeRoles: [String: Predicate] = ["prime minister": .leads, "deputy prime minister": .memberOf]

    /// The entity a "founder" belongs to: "its founder" or "Telegram's founder".
    private func founderOwner(before index: Int, _ view: SentenceView) -> MentionSpan? {
        if let pronoun = view.mention(endingAt: index), pronoun.kind == .pronoun { return pronoun }
        if view.tokens[index - 1].kind == .possessive, let owner = view.mention(endingAt: index - 1) { return owner }
        return nil
    }

    /// The role of a title that ends right before `of`: "a representative of", "deputy head of".
    private func roleEnding(at of: Int, _ view: SentenceView) -> Vocabulary.TitleRole? {
        for length in [2, 1] where of - length >= view.sentence.tokens.lowerBound {
            if let (title, end) = titleAfter(of - length, tokens: view.tokens), end == of { return Vocabulary.titles[title] }
        }
        return nil
    }

    private func isBody(_ type: EntityType) -> Bool {
        [.governmentBody, .organization, .mediaOutlet, .application].contains(type)
    }
}
