import KnowledgeGraph
import Syntax

/// Gives each proper-name mention a type, in this order of evidence, and records which one
/// decided (`TypeSource`):
/// 1. the lexicon of well-known entities (a numbered version of one, "Internet Explorer 9", is of its
///    type), then the shape of a web address ("Gawker.com" -> a site, unless a noun beside it says otherwise);
/// 2. a head word of the name ("... Ministry", "Ministry of ...", "... Institute", a newspaper's
///    "... Sun" after a place or "Daily"; not in a given name and a surname, "Nathan Law"), from the
///    vocabulary, then from WordNet's class of its last word ("... Station" -> a place) or of a
///    place's noun starting it ("Cape Canaveral", "Lake Geneva") unless the
///    name is person-shaped and the recognizer takes it for a person's or it ends in a frequent
///    surname ("Marc Lamont Hill", "Anders Berg"), or a given name starts it and the recognizer does
///    not firmly disagree ("Marcus Hill");
/// 3. a common noun beside it or before its list ("the messenger Telegram", "the town of Yeoncheon");
/// 4. the context of a person (a title or "national" before it, "said" after it);
/// 5. the place gazetteer, for countries, states, regions and large cities, unless the
///    recognizer is sure the name is a person's (an organisation named like a city is rarer than a city);
/// 6. the trained recognizer (person, place, organisation, event; an organisation whose last word
///    WordNet calls a government body or a medium becomes one; a person-shaped name the gazetteer
///    does not know, one of whose words is a place, is no place: "Regina Ip", "Junius Ho");
/// 7. the gazetteer's smaller cities;
/// 8. the shape of a group's name (capitalised words ending in a plural: "Hells Angels"), then of a
///    personal name (two to four capitalised words, none a plural noun at the end or a common word
///    at the start: not "Space Shuttle Atlantis");
/// 9. the recognizer's weaker guesses (a single word weakly taken for a person that is no known
///    given name or surname is an organisation's).
/// A lone last word of a longer name in the document ("Anand", "Commission") stays untyped for
/// coreference to settle;
/// a run no evidence types is marked unconfirmed. O(mentions).
struct EntityTyper: Sendable {
    let lexicon: Lexicon
    /// The gazetteer, WordNet's head classes, and personal names: a given name starting a name, or a
    /// surname ending it, makes a run ending in a place's or an institution's noun a person's
    /// ("Marc Lamont Hill", "Anders Berg").
    let resources: LexicalResources
    var gazetteer: PlaceGazetteer { resources.gazetteer }
    var headNouns: HeadNouns { resources.headNouns }
    /// The tagger, asked which words are common words ("Civic Passion" is no person's name).
    let tagger: PartOfSpeechTagger

    /// Words after a name that mark a person speaking or acting.
    static let personVerbs: Set<String> = Grammar.words("person-verbs")
    /// Words before a name that mark a person.
    static let personCues: Set<String> = Grammar.words("person-cues")
    /// The recognizer's margin above which it outweighs the gazetteer.
    static let sureMargin: Float = 4
    /// The recognizer's margin below which it decides nothing.
    static let minimumMargin: Float = 5

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let recognized = RecognizedIndex(document.recognizedEntities)
        // "Anand" after "Anita Anand", "Commission" after "European Commission": the lone last word of a
        // longer name is left to coreference, which joins it to that entity.
        let lastWords = Set(document.mentions.filter { $0.kind == .name && $0.tokens.count > 1 }.map { tokens[$0.tokens.upperBound - 1].text })
        for index in document.mentions.indices where document.mentions[index].kind == .name && document.mentions[index].type == nil {
            var mention = document.mentions[index]
            if mention.tokens.count == 1, lastWords.contains(tokens[mention.tokens.lowerBound].text), lexicon.entry(for: mention.text) == nil,
               gazetteer.kinds(of: mention.text)?.isDisjoint(with: [.country, .state, .continent, .largeCity]) ?? true { continue }
            let guess = recognized.best(for: mention.tokens, tokens: tokens)
            let places = placeKinds(mention, tokens)
            func decide(_ type: EntityType, _ confidence: Double, _ source: TypeSource) {
                mention.type = type
                mention.typeConfidence = confidence
                mention.typeSource = source
            }
            if let entry = lexicon.entry(for: mention.text) {
                decide(entry.type, 0.95, .lexicon)
                mention.canonicalName = entry.name
                mention.isCountry = lexicon.country(named: mention.text) != nil
            } else if let entry = numberedEntry(mention, document) {
                // "Internet Explorer 9": a version of a known entity is of its type, under its own name.
                decide(entry.type, 0.9, .lexicon)
            } else if mention.tokens.count == 1, tokens[mention.tokens.lowerBound].isWebAddress {
                // "security firm Secunia.com": a common noun beside a site's address says what it is.
                decide(describedType(mention, tokens, document.sentenceOfToken) ?? .application, 0.9, .nameShape)
            } else if !isGivenNameAndSurname(mention, tokens), let type = headType(mention, tokens) {
                decide(type, 0.85, .headWord)
            } else if startsWithGivenName(mention, tokens), isPersonShaped(mention, tokens),
                      guess.map({ $0.type == .person || $0.margin < Self.sureMargin }) ?? true {
                decide(.person, 0.8, .nameShape)
            } else if !isPersonByNameParts(mention, tokens, guess), let type = wordNetHeadType(mention, tokens) {
                decide(type, 0.8, .headWord)
            } else if let type = describedType(mention, tokens, document.sentenceOfToken) ?? listType(mention, tokens, document.sentenceOfToken) {
                decide(type, 0.75, .context)
            } else if isPersonByContext(mention, tokens) {
                decide(.person, 0.8, .context)
            } else if let places, !places.isDisjoint(with: [.country, .state, .continent, .subdivision, .largeCity]),
                      guess.map({ $0.type != .person || $0.margin < Self.sureMargin }) ?? true {
                decide(.location, 0.85, .gazetteer)
                mention.isCountry = places.contains(.country)
            } else if let guess, guess.margin >= Self.minimumMargin,
                      // "Regina Ip", "Junius Ho": a person-shaped unknown name is no place for a word that is one.
                      !(guess.type == .place && places == nil && mention.tokens.count > 1 && isPersonShaped(mention, tokens)
                        && mention.tokens.contains(where: { gazetteer.kinds(of: tokens[$0].text) != nil })) {
                decide(recognizedType(guess.type, mention, tokens), 0.7, .recognizer)
            } else if places != nil, mention.tokens.count > 1 || !tagger.isCommonWord(mention.text) {
                // "Police" is a town in Poland, but a common word alone is the word.
                decide(.location, 0.6, .gazetteer)
            } else if isGroupShaped(mention, tokens) {
                decide(.organization, 0.6, .nameShape)
            } else if isPersonShaped(mention, tokens) {
                decide(.person, 0.6, .nameShape)
            } else if let guess, guess.type == .person, mention.tokens.count == 1,
                      !resources.givenNames.contains(mention.text), !resources.surnames.contains(mention.text) {
                // "Youngspiration", "Cloud9", "Smithsonian": one word weakly taken for a person and known as no
                // person's name is a body's or a group's.
                decide(.organization, 0.5, .recognizer)
            } else if let guess {
                decide(recognizedType(guess.type, mention, tokens), 0.5, .recognizer)
            } else {
                // Acronyms and units of known entities ("TikTok India") stand on their own.
                mention.isUnconfirmed = !mention.tokens.contains { tokens[$0].isAllCaps || (tokens[$0].isCapitalized && lexicon.entry(for: tokens[$0].text) != nil) }
            }
            document.mentions[index] = mention
        }
        harmonize(&document)
    }

    /// Sources weak enough that the rest of the document may outvote them.
    static let outvotable: Set<TypeSource> = [.recognizer, .nameShape, .gazetteer]

    /// One type per name in a document: mentions with the same wording whose type came from weak
    /// evidence (recognizer, name shape, small-city gazetteer) take the type with the most
    /// confidence summed over all mentions of that wording ("Ann Chiang" recognized once as a
    /// place, twice as a person, is a person).
    private func harmonize(_ document: inout AnnotatedDocument) {
        var votes: [String: [EntityType: Double]] = [:]
        var keys: [Int: String] = [:]
        for (index, mention) in document.mentions.enumerated() where mention.kind == .name {
            guard let type = mention.type else { continue }
            let key = NameKey.normalize(mention.text)
            keys[index] = key
            votes[key, default: [:]][type, default: 0] += mention.typeConfidence
        }
        for (index, key) in keys {
            let mention = document.mentions[index]
            guard let source = mention.typeSource, Self.outvotable.contains(source), mention.typeConfidence < 0.85,
                  let tally = votes[key], tally.count > 1,
                  let winner = tally.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }) else { continue }
            document.mentions[index].type = winner.key
        }
    }

    /// The gazetteer's kinds for the whole name, or for the name without trailing abbreviations
    /// ("Washington D.C.", "Pasadena, Calif.").
    private func placeKinds(_ mention: MentionSpan, _ tokens: [Token]) -> PlaceGazetteer.Kinds? {
        if let kinds = gazetteer.kinds(of: mention.text) { return kinds }
        var end = mention.tokens.upperBound
        while end > mention.tokens.lowerBound + 1, tokens[end - 1].text.hasSuffix(".") || tokens[end - 1].text == "," { end -= 1 }
        guard end < mention.tokens.upperBound else { return nil }
        let words = tokens[mention.tokens.lowerBound..<end].map(\.text)
        return gazetteer.kinds(of: words.joined(separator: " "))
    }

    /// The type WordNet's class of a longer name's last word gives ("Shandao Station" -> a place,
    /// "Space Shuttle Program" -> a measure, "Comic Corps" -> an organisation); people's and
    /// groups' classes say nothing (a "Smith" is not a metalworker).
    private func wordNetHeadType(_ mention: MentionSpan, _ tokens: [Token]) -> EntityType? {
        let words = mention.tokens.filter { tokens[$0].kind == .word }
        guard words.count > 1, let last = words.last else { return nil }
        // "Cape Canaveral", "Lake Geneva", "Fort Worth": a place's noun before a name, not a person's name ("Park Geun-hye").
        let first = tokens[words[0]].text
        if headNouns.class(of: first) == .place, tagger.isCommonWord(first), !resources.givenNames.contains(first),
           !resources.surnames.contains(first), !tagger.isCommonWord(tokens[last].text) { return .location }
        switch headNouns.class(of: tokens[last].text) {
        case .government: return .governmentBody
        case .media: return .mediaOutlet
        case .organization: return .organization
        case .place: return .location
        case .event: return .event
        case .law: return .law
        case .measure: return .proposal
        case .person, .group, nil: return nil
        }
    }

    /// The schema's type for a recognized coarse type: organisations by their last word's WordNet class.
    private func recognizedType(_ type: NamedEntityType, _ mention: MentionSpan, _ tokens: [Token]) -> EntityType {
        switch type {
        // "DAB", "NWSC": an acronym alone names a body, not a person.
        case .person where mention.tokens.count == 1 && tokens[mention.tokens.lowerBound].isAllCaps: return .organization
        case .person: return .person
        case .place: return .location
        case .event: return .event
        case .organization:
            guard let last = mention.tokens.last(where: { tokens[$0].kind == .word }) else { return .organization }
            switch headNouns.class(of: tokens[last].text) {
            case .government: return .governmentBody
            case .media: return .mediaOutlet
            default: return .organization
            }
        }
    }

    /// The type a head word gives: last word, or the word before "of"/"for"/"on".
    private func headType(_ mention: MentionSpan, _ tokens: [Token]) -> EntityType? {
        let words = mention.tokens.map { tokens[$0] }.filter { $0.kind == .word }
        // "Edmonton Sun", "Boston Globe", "Daily Mail": a newspaper's usual head after its place or edition.
        if words.count >= 2, let last = words.last, Vocabulary.newspaperHeads.contains(last.lower) {
            let place = words.dropLast().map(\.text).joined(separator: " ")
            if gazetteer.kinds(of: place) != nil || lexicon.country(forDemonym: place) != nil || lexicon.entry(for: place)?.type == .location
                || Vocabulary.editionWords.contains(words[words.count - 2].lower) { return .mediaOutlet }
        }
        if let connector = words.firstIndex(where: { ["of", "for", "on"].contains($0.lower) }), connector > 0 {
            let head = words[connector - 1].lower
            if let type = Vocabulary.headWords[head] { return type }
            if ["president", "government", "prime"].contains(head) || Vocabulary.capitalizedTitles.contains(head) {
                return .governmentBody
            }
        }
        if let last = words.last, words.count > 1 || last.isCapitalized, let type = Vocabulary.headWords[last.lower], words.count > 1 {
            return type
        }
        return nil
    }

    /// The kind a neighbouring common noun gives: "the messenger Telegram", "state services
    /// portal Gosuslugi", "the Sferum educational platform" (up to two modifiers between).
    private func describedType(_ mention: MentionSpan, _ tokens: [Token], _ sentenceOf: [Int]) -> EntityType? {
        let sentence = sentenceOf[mention.tokens.lowerBound]
        // "the messenger Telegram", and "the country's media regulator, Anacom,".
        var before = mention.tokens.lowerBound - 1
        if before > 0, tokens[before].text == "," { before -= 1 }
        if before >= 0, sentenceOf[before] == sentence, !tokens[before].isCapitalized, let type = Self.kindNouns[tokens[before].lower] { return type }
        // "the town of Yeoncheon", "the province of Aceh".
        if before > 0, tokens[before].lower == "of", sentenceOf[before - 1] == sentence, Vocabulary.settlementNouns.contains(tokens[before - 1].text) {
            return .location
        }
        var after = mention.tokens.upperBound
        while after < tokens.count, after - mention.tokens.upperBound <= 2, sentenceOf[after] == sentence, tokens[after].kind == .word,
              !tokens[after].isCapitalized {
            if let type = Self.kindNouns[tokens[after].lower] { return type }
            if Vocabulary.functionWords.contains(tokens[after].lower) { break }
            after += 1
        }
        return nil
    }

    /// The kind of a list's members from the noun before it: "domestic software such as
    /// Astra Linux, RED OS and MyOffice", "operators including MTS and MegaFon", "the operating
    /// systems Astra Linux and RED OS".
    private func listType(_ mention: MentionSpan, _ tokens: [Token], _ sentenceOf: [Int]) -> EntityType? {
        var index = mention.tokens.lowerBound - 1
        var steps = 0
        while index > 0, steps < Self.maximumListReach, sentenceOf[index] == sentenceOf[mention.tokens.lowerBound] {
            let word = tokens[index].lower
            if word == "as", tokens[index - 1].lower == "such", index >= 2 { return Self.kindNouns[tokens[index - 2].lower] }
            if ["including", "like"].contains(word) { return Self.kindNouns[tokens[index - 1].lower] }
            guard tokens[index].isCapitalized || [",", "and", "or", "-", "the"].contains(word) || tokens[index].kind == .possessive else {
                // "the operating systems Astra Linux and RED OS": the noun before the list's first member.
                return steps > 0 && tokens[index + 1].isCapitalized ? Self.kindNouns[word] : nil
            }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// How many tokens back a list's members may be from "such as".
    static let maximumListReach = 16
    /// Common nouns that say what kind of thing a name next to them is.
    static let kindNouns: [String: EntityType] = Grammar.table("kind-nouns") { EntityType(rawValue: $0) }

    /// A title, "national" or "Mr." before it, or "said" / "told" after it.
    private func isPersonByContext(_ mention: MentionSpan, _ tokens: [Token]) -> Bool {
        // "TikTok India": a known name inside makes it a unit of that company, not a person.
        if mention.tokens.contains(where: { tokens[$0].isCapitalized && lexicon.entry(for: tokens[$0].text) != nil }) { return false }
        let before = mention.tokens.lowerBound - 1
        if before >= 0 {
            let previous = tokens[before]
            if Self.personCues.contains(previous.lower) || Vocabulary.titles[previous.lower] != nil
                || (Vocabulary.capitalizedTitles.contains(previous.lower) && previous.isCapitalized) {
                return true
            }
        }
        var after = mention.tokens.upperBound
        let comma = after < tokens.count && tokens[after].text == ","
        if comma { after += 1 }
        // "Peskov said": one word right before the verb will do when it is no common word and no acronym
        // ("Reuters" is in the lexicon); "... in Fayetteville, said" ends a clause.
        let single = !comma && mention.tokens.count == 1 && !tokens[mention.tokens.lowerBound].isAllCaps && !tagger.isCommonWord(tokens[mention.tokens.lowerBound].text)
        return after < tokens.count && Self.personVerbs.contains(tokens[after].lower) && mention.tokens.count <= 3 && (mention.tokens.count >= 2 || single)
    }

    /// A person-shaped name that the recognizer takes for a person's or that ends in a frequent
    /// surname ("Anders Berg"): WordNet's class of its last word says nothing then.
    private func isPersonByNameParts(_ mention: MentionSpan, _ tokens: [Token], _ guess: RecognizedEntity?) -> Bool {
        guard isPersonShaped(mention, tokens) else { return false }
        return guess?.type == .person || resources.surnames.contains(tokens[mention.tokens.upperBound - 1].text)
    }

    /// Two to four capitalised words ending in a plural common noun: a band's, a club's or a party's
    /// name ("Hells Angels", "Neo Democrats", "The Ontario Ghostbusters").
    private func isGroupShaped(_ mention: MentionSpan, _ tokens: [Token]) -> Bool {
        let words = mention.tokens.filter { tokens[$0].kind == .word }.map { tokens[$0] }
        guard (2...4).contains(words.count), let last = words.last,
              words.allSatisfy({ $0.isCapitalized && lexicon.country(forDemonym: $0.text) == nil }) else { return false }
        return isPluralCommonNoun(last.text) && !resources.surnames.contains(last.text)
            && [nil, .person, .group].contains(headNouns.class(of: last.text))
    }

    /// "Nathan Law", "Kevin Street": a given name and a surname, whatever the surname means as a word.
    private func isGivenNameAndSurname(_ mention: MentionSpan, _ tokens: [Token]) -> Bool {
        mention.tokens.count == 2 && startsWithGivenName(mention, tokens) && resources.surnames.contains(tokens[mention.tokens.upperBound - 1].text)
    }

    /// The name's first word is a given name, not an Arabic article joined by a hyphen ("Al-Ghaza Hotel").
    private func startsWithGivenName(_ mention: MentionSpan, _ tokens: [Token]) -> Bool {
        let first = mention.tokens.lowerBound
        let joined = first + 1 < mention.tokens.upperBound && tokens[first + 1].text == "-" && !tokens[first + 1].spaceBefore
        return !joined && resources.givenNames.contains(tokens[first].text)
    }

    /// The lexicon's entry for a name without its trailing designator ("Internet Explorer 9", "Windows-10").
    private func numberedEntry(_ mention: MentionSpan, _ document: AnnotatedDocument) -> Lexicon.Entry? {
        let tokens = document.tokens
        var end = mention.tokens.upperBound
        guard end - mention.tokens.lowerBound > 1, tokens[end - 1].text.first?.isNumber == true else { return nil }
        end -= 1
        if tokens[end - 1].text == "-" { end -= 1 }
        guard end > mention.tokens.lowerBound else { return nil }
        return lexicon.entry(for: document.text(tokens: mention.tokens.lowerBound..<end))
    }

    /// Whether a capitalised word is the plural of a common noun ("Angels", "Democrats"; not "Roberts").
    private func isPluralCommonNoun(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), tagger.isCommonWord(lower) else { return false }
        return tagger.isCommonWord(String(lower.dropLast())) || (lower.hasSuffix("ies") && tagger.isCommonWord(String(lower.dropLast(3)) + "y"))
    }

    /// Two to four capitalised words with no connector, not all of them common words: the shape of
    /// a personal name ("Charles Bolden", "Kim Jong-un", not "People Power").
    private func isPersonShaped(_ mention: MentionSpan, _ tokens: [Token]) -> Bool {
        // The part after a hyphen ("Jong-un", "Chung-tai") belongs to the word before it; particles ("de", "von") are no words of their own.
        let words = mention.tokens.filter { tokens[$0].kind == .word && !($0 > mention.tokens.lowerBound && tokens[$0 - 1].text == "-" && !tokens[$0].spaceBefore)
            && !($0 > mention.tokens.lowerBound && Vocabulary.nameParticles.contains(tokens[$0].text)) }
            .map { tokens[$0] }
        // "The Internet Explorer 6 Countdown": no article or number stands in a person's name.
        guard (2...4).contains(words.count), !words.allSatisfy({ tagger.isCommonWord($0.text) }), words[0].lower != "the",
              !mention.tokens.contains(where: { tokens[$0].kind == .number }) else { return false }
        // "Volgograd Arena", "Freedom Magazine", "Castlefrank Road": an institution's or a place's head noun ends no
        // person's name unless a given name starts it or it is a surname too ("Marcus Berg", "Anders Berg").
        if let last = words.last, let head = headNouns.class(of: last.text), ![.person, .group].contains(head),
           !startsWithGivenName(mention, tokens), !resources.surnames.contains(last.text) { return false }
        // "Hells Angels", "Neo Democrats": a plural common noun ends a group's name, not a person's.
        if let last = words.last, isPluralCommonNoun(last.text), !resources.surnames.contains(last.text) { return false }
        // "Space Shuttle Atlantis", "Epic Mickey": a common word that is no given name or title starts no person's name.
        if tagger.isCommonWord(words[0].text), !Vocabulary.functionWords.contains(words[0].lower), !resources.givenNames.contains(words[0].text),
           !resources.surnames.contains(words[0].text), !Vocabulary.capitalizedTitles.contains(words[0].lower) { return false }
        return words.allSatisfy { $0.isCapitalized && !$0.isAllCaps && lexicon.entry(for: $0.text) == nil && lexicon.country(forDemonym: $0.text) == nil }
    }
}
