import KnowledgeGraph

/// Finds mentions that are not proper names: pronouns ("he", "its"), definite
/// descriptions ("the ministry", "this law"), offices named by a demonym ("the
/// Russian president" -> "President of Russia"), title descriptions ("the Kremlin
/// spokesman") and laws named by their subject ("law on state secrets").
/// Runs after `NameSpanFinder`. O(tokens).
struct DescriptionFinder: Sendable {
    let lexicon: Lexicon
    /// How many modifiers may stand between a determiner and its noun.
    static let maximumModifiers = 3
    /// How many words a law's subject ("law on state secrets") may have.
    static let maximumLawSubjectWords = 12

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let country = DocumentCountry.find(in: document, lexicon: lexicon)
        governmentOffices(&document, country: country)
        var found: [MentionSpan] = []
        var covered = Set(document.mentions.flatMap { Array($0.tokens) })
        for sentence in document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = tokens[index]
                if covered.contains(index) || token.kind != .word { index += 1; continue }
                if Vocabulary.personPronouns.contains(token.lower) || Vocabulary.thingPronouns.contains(token.lower) {
                    found.append(make(document, index..<(index + 1), kind: .pronoun, type: nil, head: token.lower))
                } else if Self.lawHeads.contains(token.lower), let law = lawSpan(at: index, in: sentence, tokens: tokens) {
                    var mention = make(document, law, kind: .name, type: .law, head: "law")
                    mention.typeConfidence = 0.8
                    found.append(mention)
                    law.forEach { covered.insert($0) }
                    index = law.upperBound
                    continue
                } else if let makeDescription = descriptionSpan(at: index, in: sentence, tokens: tokens, covered: covered, country: country) {
                    let description = makeDescription(document)
                    found.append(description)
                    description.tokens.forEach { covered.insert($0) }
                    index = description.tokens.upperBound
                    continue
                }
                index += 1
            }
        }
        found += titleDescriptions(document)
        document.mentions += found
        namedLaws(&document)
        appositionForms(&document)
    }

    /// The country's government under the names news gives it: "the Cabinet", "Government"
    /// as a name, and "(French) (Deputy) Prime Minister" -> "Government of France", with the
    /// title as head word so that the title relations know the person's role.
    private func governmentOffices(_ document: inout AnnotatedDocument, country: String?) {
        let tokens = document.tokens
        for index in document.mentions.indices where document.mentions[index].kind == .name {
            let key = NameKey.normalize(document.mentions[index].text)
            guard Vocabulary.offices[key] == Vocabulary.governmentOffice || key == "federal government", let country else { continue }
            document.mentions[index].type = .governmentBody
            document.mentions[index].canonicalName = "\(Vocabulary.governmentOffice) of \(country)"
            document.mentions[index].typeConfidence = 0.8
        }
        // "India's government": a country's possessive government.
        for (index, token) in tokens.enumerated() where index >= 2 && Vocabulary.offices[token.lower] == Vocabulary.governmentOffice
            && !token.isCapitalized && tokens[index - 1].kind == .possessive {
            guard let place = document.mentions.first(where: { $0.kind == .name && $0.tokens.upperBound == index - 1 }),
                  let owner = lexicon.country(named: place.text) else { continue }
            var mention = make(document, index..<(index + 1), kind: .name, type: .governmentBody, head: token.lower)
            mention.canonicalName = "\(Vocabulary.governmentOffice) of \(owner)"
            mention.typeConfidence = 0.8
            document.mentions.append(mention)
        }
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard tokens[index].text == "Prime", tokens[index + 1].text == "Minister" else { continue }
            var start = index
            while start > 0, ["Deputy", "First"].contains(tokens[start - 1].text) { start -= 1 }
            let span = start..<(index + 2)
            let demonym = start > 0 && tokens[start - 1].isCapitalized ? lexicon.country(forDemonym: tokens[start - 1].text) : nil
            guard let owner = demonym ?? country else { continue }
            var mention = make(document, span, kind: .name, type: .governmentBody, head: start < index ? "deputy prime minister" : "prime minister")
            mention.canonicalName = "\(Vocabulary.governmentOffice) of \(owner)"
            mention.typeConfidence = 0.8
            if let same = document.mentions.firstIndex(where: { $0.tokens == span }) {
                document.mentions[same] = mention
            } else if !document.mentions.contains(where: { $0.tokens.overlaps(span) }) {
                document.mentions.append(mention)
            }
        }
    }

    /// "communications watchdog Roskomnadzor", "the video app TikTok", "the media regulator,
    /// Roskomnadzor,": the lower-case description before a name becomes one of its forms, so that
    /// "the watchdog" finds it.
    private func appositionForms(_ document: inout AnnotatedDocument) {
        let tokens = document.tokens
        for index in document.mentions.indices where document.mentions[index].kind == .name {
            let name = document.mentions[index].tokens
            // "the country's media regulator, Roskomnadzor, said": a description set off by a comma before the name.
            let commaBefore = name.lowerBound > 1 && tokens[name.lowerBound - 1].text == ","
                && (name.upperBound >= tokens.count || Vocabulary.appositionClosers.contains(tokens[name.upperBound].text))
            let start = commaBefore ? name.lowerBound - 1 : name.lowerBound
            guard start > 0, Vocabulary.descriptionNouns[tokens[start - 1].lower] != nil, !tokens[start - 1].isCapitalized else { continue }
            var first = start - 1
            while first > 0, first > start - 1 - Self.maximumModifiers, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized,
                  !Vocabulary.functionWords.contains(tokens[first - 1].lower) {
                first -= 1
            }
            // Only after a determiner or a possessive: "EU Commission bans TikTok" has a verb there, not a description.
            guard first > 0, Self.apposingDeterminers.contains(tokens[first - 1].lower) || tokens[first - 1].kind == .possessive
            else { continue }
            document.mentions[index].extraForms.append(document.text(tokens: first..<start))
        }
    }

    /// "the ministry", "this law", "the corresponding proposal", "the Russian president".
    private func descriptionSpan(at start: Int, in sentence: Sentence, tokens: [Token], covered: Set<Int>, country documentCountry: String?)
        -> ((AnnotatedDocument) -> MentionSpan)? {
        let first = tokens[start]
        let definite = Vocabulary.definiteDeterminers.contains(first.lower)
        let determined = definite
        var index = definite ? start + 1 : start
        var demonym: String?
        var placeTokens = 0
        while index < sentence.tokens.upperBound, index - start - placeTokens <= Self.maximumModifiers {
            let token = tokens[index]
            // "The California-based company": a place modifier counts as one word.
            if token.isCapitalized, index + 2 < sentence.tokens.upperBound, tokens[index + 1].text == "-",
               VerbRelations.placeModifiers.contains(tokens[index + 2].lower) {
                index += 3
                placeTokens += 2
                continue
            }
            guard token.kind == .word, !covered.contains(index) else { return nil }
            if token.isCapitalized, let country = lexicon.country(forDemonym: token.text) {
                demonym = country
                index += 1
                continue
            }
            if token.isCapitalized && index > start { return nil }
            let twoWords = index + 1 < sentence.tokens.upperBound && Vocabulary.officeFirstWords.contains(token.lower)
                ? token.lower + " " + tokens[index + 1].lower : ""
            // "the regional government" is no country's government.
            if let office = Vocabulary.offices[twoWords] ?? Vocabulary.offices[token.lower], definite,
               !(start..<index).contains(where: { Vocabulary.subnationalLevels.contains(tokens[$0].lower) }),
               let country = demonym ?? (office == Vocabulary.governmentOffice ? documentCountry : nil) {
                let end = Vocabulary.offices[twoWords] != nil ? index + 2 : index + 1
                return { document in
                    var mention = make(document, (start + 1)..<end, kind: .name, type: .governmentBody, head: token.lower)
                    mention.canonicalName = "\(office) of \(country)"
                    mention.extraForms = [document.text(tokens: start..<end)]
                    mention.typeConfidence = 0.8
                    return mention
                }
            }
            if let type = Vocabulary.descriptionNouns[token.lower] {
                let end = index + 1
                let next = end < sentence.tokens.upperBound ? tokens[end] : nil
                // "the messenger Telegram" is an apposition: the name is the mention.
                if let next, next.isCapitalized, next.spaceBefore { return nil }
                // "restrictions on ...", "a ban that ...": a bare "ban" refers back, "a ban" introduces a new one.
                let indefinite = start > sentence.tokens.lowerBound && ["a", "an", "another"].contains(tokens[start - 1].lower)
                let bare = !determined && !indefinite && (token.lower == "restrictions" || token.lower == "ban")
                guard determined || bare else { return nil }
                let span = start..<end
                return { document in
                    var mention = make(document, span, kind: .description, type: type, head: token.lower)
                    mention.typeConfidence = 0.6
                    return mention
                }
            }
            guard token.lower.first?.isLetter == true, !Vocabulary.functionWords.contains(token.lower) || index == start else { return nil }
            if !determined { return nil }
            index += 1
        }
        return nil
    }

    /// "law on state secrets", "decree on the structure of federal executive bodies", "law on
    /// information, information technologies and the protection of information": a lower-case
    /// head, "on" or "about", then lower-case words, "the", "of", "and" and listing commas.
    private func lawSpan(at index: Int, in sentence: Sentence, tokens: [Token]) -> Range<Int>? {
        guard index + 2 < sentence.tokens.upperBound, ["on", "about"].contains(tokens[index + 1].lower) else { return nil }
        var end = index + 2
        while end < sentence.tokens.upperBound, end - index - 2 < Self.maximumLawSubjectWords {
            let token = tokens[end]
            let listComma = token.text == "," && end + 1 < sentence.tokens.upperBound && tokens[end + 1].kind == .word
                && !tokens[end + 1].isCapitalized && !Vocabulary.functionWords.contains(tokens[end + 1].lower)
            guard (token.kind == .word && !token.isCapitalized && (!Vocabulary.functionWords.contains(token.lower) || Self.lawSubjectLinks.contains(token.lower)))
                    || listComma else { break }
            end += 1
        }
        while end > index + 2, Self.lawSubjectLinks.contains(tokens[end - 1].lower) || tokens[end - 1].text == "," { end -= 1 }
        return end > index + 2 ? index..<end : nil
    }

    /// Determiners before a description that names the entity after it ("the messenger Telegram").
    static let apposingDeterminers = Vocabulary.definiteDeterminers.union(["a", "an"])

    /// Heads of a law or act named by its subject.
    static let lawHeads: Set<String> = Grammar.words("law-heads")
    /// Function words a law's subject may contain.
    static let lawSubjectLinks: Set<String> = Grammar.words("law-subject-links")

    /// "Yarovaya law": a name followed by lower-case "law" names the law.
    private func namedLaws(_ document: inout AnnotatedDocument) {
        let tokens = document.tokens
        for index in document.mentions.indices where document.mentions[index].kind == .name && document.mentions[index].type == nil {
            let end = document.mentions[index].tokens.upperBound
            guard end < tokens.count, tokens[end].lower == "law", !tokens[end].isCapitalized, tokens[end].spaceBefore else { continue }
            let span = document.mentions[index].tokens.lowerBound..<(end + 1)
            document.mentions[index] = make(document, span, kind: .name, type: .law, head: "law")
            document.mentions[index].typeConfidence = 0.8
        }
    }

    /// "the Kremlin spokesman" with no name after it: a person known by title.
    private func titleDescriptions(_ document: AnnotatedDocument) -> [MentionSpan] {
        let tokens = document.tokens
        var found: [MentionSpan] = []
        for mention in document.mentions where mention.kind == .name {
            guard let (title, end) = titleAfter(mention.tokens.upperBound, tokens: tokens) else { continue }
            if end < tokens.count, tokens[end].isCapitalized, tokens[end].spaceBefore { continue }
            let hasArticle = mention.tokens.lowerBound > 0 && tokens[mention.tokens.lowerBound - 1].lower == "the"
            let start = hasArticle ? mention.tokens.lowerBound - 1 : mention.tokens.lowerBound
            var description = make(document, start..<end, kind: .description, type: .person, head: title)
            description.typeConfidence = 0.7
            found.append(description)
        }
        return found
    }

    private func make(_ document: AnnotatedDocument, _ span: Range<Int>, kind: MentionKind, type: EntityType?, head: String) -> MentionSpan {
        var mention = MentionSpan(tokens: span, start: document.tokens[span.lowerBound].start,
                                  end: document.tokens[span.upperBound - 1].end, text: document.text(tokens: span), kind: kind)
        mention.type = type
        mention.headWord = head
        return mention
    }
}

/// The lower-case title (one or two words) right after `index`, and where it ends.
func titleAfter(_ index: Int, tokens: [Token]) -> (String, Int)? {
    guard index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized || tokens[index].isAllCaps else { return nil }
    if index + 1 < tokens.count, Vocabulary.titleFirstWords.contains(tokens[index].lower),
       Vocabulary.titles[tokens[index].lower + " " + tokens[index + 1].lower] != nil {
        return (tokens[index].lower + " " + tokens[index + 1].lower, index + 2)
    }
    if Vocabulary.titles[tokens[index].lower] != nil { return (tokens[index].lower, index + 1) }
    return nil
}
