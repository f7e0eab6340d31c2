import KnowledgeGraph
import Syntax

/// Finds proper-name mentions: runs of capitalised words, joined by connectors
/// ("Ministry of Industry and Trade") and hyphens ("Jean-Noël"), split before a
/// capitalised title ("Deputy Prime Minister Dmitry Grigorenko", and "Minister of Education
/// Stefania Giannini" where the recognizer found the person) and after a
/// body's head word ("... Ministry Elena Lashkina"). Sentence-initial words count
/// only when the article also capitalises them elsewhere or the lexicon knows them.
/// The dateline's place and agency become mentions too. O(tokens).
struct NameSpanFinder: Sendable {
    let lexicon: Lexicon
    /// The tagger, asked which words it has seen: a lower-case word after a hyphen that it has not
    /// seen or tags as a proper noun is part of a name ("Cheng Chung-tai"); others are not ("Moscow-based").
    let tagger: PartOfSpeechTagger
    /// WordNet's head classes, for the head that ends coordinated names ("National Air and Space Museum").
    let headNouns: HeadNouns
    /// The place gazetteer: a known place after "and" is a conjunct of its own ("... and United States").
    let gazetteer: PlaceGazetteer
    /// Given names: where a person's name starts after a title's "of" phrase ("Governor of Washington Chris Gregoire").
    let givenNames: NameList

    func apply(to document: inout AnnotatedDocument) {
        let tokens = document.tokens
        let elsewhere = capitalisedInsideSentences(document)
        // Each token's matching key; a plain lower-case ASCII word is its own key.
        let keys = tokens.map { token in
            token.kind == .possessive ? "" : token.lower.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
                ? token.lower : NameKey.normalize(token.text)
        }
        var spans: [Range<Int>] = []
        // Where the recognizer's people start.
        let people = Set(document.recognizedEntities.filter { $0.type == .person }.map(\.tokens.lowerBound))
        for sentence in document.sentences {
            let titleCase = isTitleCase(sentence, tokens)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                // "Gawker.com", "www.flag.govt.nz": a web address names a site in any case.
                if tokens[index].isWebAddress {
                    spans.append(index..<(index + 1))
                    index += 1
                    continue
                }
                guard isNameToken(tokens[index]) || isStancePrefix(at: index, tokens: tokens) else { index += 1; continue }
                // "pro-Beijing DAB", "Pro-Beijing parties", "anti-Pyongyang propaganda": a stance towards a name is a
                // modifier, neither part of the next name nor a mention of its own.
                if isStancePrefix(at: index, tokens: tokens) { index += 3; continue }
                if index >= 2, tokens[index - 1].text == "-", !tokens[index - 1].spaceBefore, !tokens[index].spaceBefore,
                   isStancePrefix(at: index - 2, tokens: tokens) { index += 1; continue }
                // A known name runs on when a capitalised head follows: "State Duma Committee on Security".
                // ... unless the gazetteer knows the longer run: "New York City", not "New York" and "City".
                // "The Globe and Mail": the lexicon's name may follow a capitalised article.
                if tokens[index].lower == "the", index + 1 < sentence.tokens.upperBound,
                   lexiconSpan(from: index + 1, limit: sentence.tokens.upperBound, tokens: tokens, keys: keys) != nil { index += 1 }
                if let known = lexiconSpan(from: index, limit: sentence.tokens.upperBound, tokens: tokens, keys: keys),
                   known.upperBound >= sentence.tokens.upperBound || !isBodyHead(tokens[known.upperBound]) || !tokens[known.upperBound].spaceBefore,
                   !isLongerPlace(than: known, limit: sentence.tokens.upperBound, tokens: tokens, tags: document.universalTags) {
                    // "Internet Explorer 9": a known name's designator is part of the name.
                    let numbered = designatorEnd(of: known, limit: sentence.tokens.upperBound, tokens: tokens).map { known.lowerBound..<$0 } ?? known
                    if numbered != known, numbered.upperBound < sentence.tokens.upperBound, isNameToken(tokens[numbered.upperBound]) {
                        // "The Internet Explorer 6 Countdown": a longer name that holds a known one.
                        let end = spanEnd(from: index, limit: sentence.tokens.upperBound, tokens: tokens, tags: document.universalTags)
                        spans.append(index..<end)
                        index = end
                        continue
                    }
                    let span = extendedByLowerCaseHead(numbered, limit: sentence.tokens.upperBound, tokens: tokens)
                    spans.append(span)
                    index = span.upperBound
                    continue
                }
                let end = spanEnd(from: index, limit: sentence.tokens.upperBound, tokens: tokens, tags: document.universalTags)
                for part in split(index..<end, tokens: tokens, people: people) {
                    if let kept = filter(part, sentence: sentence, tokens: tokens, tags: document.universalTags, elsewhere: elsewhere, titleCase: titleCase) {
                        spans.append(extendedByLowerCaseHead(kept, limit: sentence.tokens.upperBound, tokens: tokens))
                    }
                }
                index = max(end, spans.last?.upperBound ?? end)
            }
        }
        var mentions = spans.flatMap { span in
            distributedHead(span, tokens: tokens, document: document) ?? [
                MentionSpan(tokens: span, start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end,
                            text: document.text(tokens: span), kind: .name),
            ]
        }
        if let dateline = document.dateline {
            let place = dateline.place
            var placeMention = MentionSpan(tokens: place, start: tokens[place.lowerBound].start,
                                           end: tokens[place.upperBound - 1].end, text: document.text(tokens: place), kind: .name)
            placeMention.type = .location
            placeMention.typeConfidence = 0.9
            placeMention.canonicalName = lexicon.entry(for: placeMention.text)?.name ?? titleCased(placeMention.text)
            mentions.append(placeMention)
            if let agency = dateline.agency {
                var agencyMention = MentionSpan(tokens: agency, start: tokens[agency.lowerBound].start,
                                                end: tokens[agency.upperBound - 1].end, text: document.text(tokens: agency), kind: .name)
                agencyMention.type = .mediaOutlet
                agencyMention.typeConfidence = 0.9
                mentions.append(agencyMention)
            }
        }
        document.mentions += mentions + demonymMentions(document)
    }

    /// "Russian national Pavel Durov", "an Australian woman": the demonym stands for its country.
    private func demonymMentions(_ document: AnnotatedDocument) -> [MentionSpan] {
        let tokens = document.tokens
        var found: [MentionSpan] = []
        for index in tokens.indices.dropLast() where tokens[index].isCapitalized {
            // "Russian national", and "French-made", "Moscow-based"-style demonym compounds.
            let compound = index + 2 < tokens.count && tokens[index + 1].text == "-" && !tokens[index + 1].spaceBefore
                && Self.placeCompounds.contains(tokens[index + 2].lower)
            // "Russian national", "an Australian woman": a demonym before a person's noun; titles and
            // offices are left to the descriptions ("the Russian president" -> President of Russia).
            guard let country = lexicon.country(forDemonym: tokens[index].text),
                  Self.nationalityNouns.contains(tokens[index + 1].lower) || compound
                    || (!tokens[index + 1].isCapitalized && headNouns.class(of: tokens[index + 1].text) == .person
                        && Vocabulary.offices[tokens[index + 1].lower] == nil && Vocabulary.titles[tokens[index + 1].lower] == nil
                        && !Vocabulary.titleFirstWords.contains(tokens[index + 1].lower)) else { continue }
            var mention = MentionSpan(tokens: index..<(index + 1), start: tokens[index].start, end: tokens[index].end,
                                      text: tokens[index].text, kind: .name)
            mention.type = .location
            mention.canonicalName = country
            mention.isCountry = true
            mention.typeConfidence = 0.9
            found.append(mention)
        }
        return found
    }

    /// Compounds that make a demonym a place ("French-made"); "Chinese-owned" says who owns, not where.
    static let placeCompounds = VerbRelations.placeModifiers.subtracting(["owned"])
    /// Nouns after a demonym that make it a statement of nationality.
    static let nationalityNouns: Set<String> = Grammar.words("nationality-nouns")

    /// The longest lexicon entry of two or more tokens starting at `start`, punctuation
    /// included ("Prosecutor General's Office", "Ministry of ..., Communications and Mass Media").
    /// The span's key is built from the tokens' own keys, which equals normalising its text.
    private func lexiconSpan(from start: Int, limit: Int, tokens: [Token], keys: [String]) -> Range<Int>? {
        let longest = min(limit, start + lexicon.longestEntryWords * 2)
        guard longest > start + 1, !Vocabulary.functionWords.contains(tokens[start].lower), lexicon.firstWords.contains(keys[start]) else { return nil }
        var key = keys[start]
        var best: Int?
        for end in (start + 2)...longest {
            let added = keys[end - 1]
            if !added.isEmpty { key += " " + added }
            if tokens[end - 1].kind == .word, lexicon.entry(forKey: key) != nil { best = end }
        }
        return best.map { start..<$0 }
    }

    /// The run of name words from the known span's start is longer than it and a place the gazetteer knows.
    private func isLongerPlace(than known: Range<Int>, limit: Int, tokens: [Token], tags: [String]) -> Bool {
        guard known.upperBound < limit, isNameToken(tokens[known.upperBound]) else { return false }
        let end = spanEnd(from: known.lowerBound, limit: limit, tokens: tokens, tags: tags)
        return end > known.upperBound && gazetteer.kinds(of: text(of: known.lowerBound..<end, tokens)) != nil
    }

    /// The end of a name with the designator after it ("Launch Pad 39A", "Facility-1"), when one
    /// follows and no lower-case word comes after it ("Moscow 15 people"); a place's number is a
    /// score or a count ("Belgium 3-0", "Sweden 1").
    private func designatorEnd(of name: Range<Int>, limit: Int, tokens: [Token]) -> Int? {
        let end = name.upperBound
        guard end < limit else { return nil }
        let glued = tokens[end].text == "-" && !tokens[end].spaceBefore && end + 1 < limit && !tokens[end + 1].spaceBefore
        let number = glued ? end + 1 : end
        guard glued || tokens[end].spaceBefore, isDesignator(tokens[number]) else { return nil }
        let after = number + 1
        let ends = after >= limit || (tokens[after].kind == .punctuation && ![":", "-", "\u{2013}"].contains(tokens[after].text))
            || tokens[after].isCapitalized || Vocabulary.functionWords.contains(tokens[after].lower)
        let nameText = text(of: name, tokens)
        guard ends, gazetteer.kinds(of: nameText) == nil, lexicon.country(named: nameText) == nil,
              lexicon.entry(for: nameText)?.type != .location else { return nil }
        return after
    }

    /// A short number, or digits with a letter, that may number a name ("9", "135", "39A"); no year.
    private func isDesignator(_ token: Token) -> Bool {
        let scalars = token.text.unicodeScalars
        guard (1...3).contains(scalars.count) || (scalars.count == 4 && !token.text.allSatisfy(\.isNumber)),
              let first = scalars.first, first.properties.numericType != nil else { return false }
        return scalars.allSatisfy { $0.properties.numericType != nil || $0.properties.isUppercase }
    }

    /// Short function words that never serve as a surname after a given name ("John. The ...").
    static let articlesAndPrepositions: Set<String> = Grammar.words("articles-and-prepositions")

    /// "pro-" or "anti-" joined to a capitalised word at `index` ("pro-Beijing", "Anti-Trump").
    private func isStancePrefix(at index: Int, tokens: [Token]) -> Bool {
        index + 2 < tokens.count && ["pro", "anti"].contains(tokens[index].lower) && tokens[index + 1].text == "-"
            && !tokens[index + 1].spaceBefore && !tokens[index + 2].spaceBefore && tokens[index + 2].isCapitalized
    }

    /// A token that can be part of a name: a capitalised word that is no weekday, month, web address
    /// or contraction ("I'll").
    private func isNameToken(_ token: Token) -> Bool {
        token.isCapitalized && !Vocabulary.calendarWords.contains(token.lower) && !token.isWebAddress && !token.isContraction
    }

    /// The end of the longest run of name tokens, connectors and hyphens from `start`.
    private func spanEnd(from start: Int, limit: Int, tokens: [Token], tags: [String]) -> Int {
        var end = start + 1
        var hasHead = Vocabulary.headWords[tokens[start].lower] != nil || Vocabulary.capitalizedTitles.contains(tokens[start].lower)
        var hasOf = false
        while end < limit {
            let token = tokens[end]
            // "Washington D.C. The ...", "U.S. The President": a capitalised function word starts anew.
            if isNameToken(token) && token.spaceBefore && Vocabulary.functionWords.contains(token.lower) && !Vocabulary.connectors.contains(token.lower) {
                // "James To", "Wilson Or": a short capitalised function word after a lone given name, ending the run, is a surname.
                let endsRun = end + 1 >= limit || !tokens[end + 1].isCapitalized
                // "Doctor Who Society": inside a run, a capitalised function word before another name word is one too.
                let inside = end + 1 < limit && isNameToken(tokens[end + 1]) && tokens[end + 1].spaceBefore
                    && !Vocabulary.functionWords.contains(tokens[end + 1].lower)
                guard !Self.articlesAndPrepositions.contains(token.lower),
                      inside || (end == start + 1 && givenNames.contains(tokens[start].text) && token.text.count <= 3 && endsRun) else { break }
                end += 1
                continue
            }
            if isNameToken(token) && token.spaceBefore {
                if isBodyHead(tokens[end - 1]) && !isBodyHead(token) && !Vocabulary.connectors.contains(token.lower) { break }
                hasHead = hasHead || Vocabulary.headWords[token.lower] != nil
                end += 1
                continue
            }
            // "Launch Pad 39A", "Internet Explorer 9", "Orbiter Processing Facility-1", "STS-135": a short number after
            // a name word ends the name as its designator, unless a lower-case word follows ("Moscow 15 people").
            if isNameToken(tokens[end - 1]), let numbered = designatorEnd(of: start..<end, limit: limit, tokens: tokens) {
                // "The Internet Explorer 6 Countdown": a capitalised word after the number goes on with the name.
                end = numbered
                guard end < limit, isNameToken(tokens[end]), tokens[end].spaceBefore else { return end }
                continue
            }
            // "Suleiman al-Amr", "Mohamed el-Baradei": a lower-case particle joined by a hyphen to a capitalised word.
            if token.kind == .word, !token.isCapitalized, token.spaceBefore, Vocabulary.hyphenatedParticles.contains(token.lower), end + 2 < limit,
               tokens[end + 1].text == "-", !tokens[end + 1].spaceBefore, !tokens[end + 2].spaceBefore, isNameToken(tokens[end + 2]) {
                end += 3
                continue
            }
            // "Alexandre de Moraes", "Ursula von der Leyen": lower-case particles between the words of a personal name.
            if token.kind == .word, !token.isCapitalized, token.spaceBefore, Vocabulary.nameParticles.contains(token.lower), !hasHead, !hasOf {
                var next = end + 1
                while next < limit, Vocabulary.nameParticles.contains(tokens[next].lower), !tokens[next].isCapitalized { next += 1 }
                if next < limit, next - end <= 2, isNameToken(tokens[next]), tokens[next].spaceBefore, !isBodyHead(tokens[end - 1]) {
                    end = next
                    continue
                }
            }
            // "Korean People's Army", "Women's Hospital": a possessive inside a name before a body's head.
            if token.kind == .possessive, end + 1 < limit, isNameToken(tokens[end + 1]), tokens[end + 1].spaceBefore,
               lexicon.entry(for: tokens[end - 1].text) == nil, isCoordinationHead(tokens[end + 1]) || isBodyHead(tokens[end + 1]) {
                end += 2
                continue
            }
            // "Evergreen Aviation & Space Museum", "Texas A&M".
            if token.text == "&" && end + 1 < limit && isNameToken(tokens[end + 1]) {
                end += 2
                continue
            }
            // "Jean-Noël", "Cheng Chung-tai", and "Wong Pik-wan" (a short syllable after the second word of a name, seen or not).
            if token.text == "-" && !token.spaceBefore && end + 1 < limit && !tokens[end + 1].spaceBefore
                && (isNameToken(tokens[end + 1]) || (tokens[end + 1].kind == .word && (tags[end + 1] == "PROPN" || !tagger.knows(tokens[end + 1].text)
                    || (end - start >= 2 && tokens[end + 1].text.count <= 3 && tokens[end - 2].isCapitalized)))) {
                end += 2
                continue
            }
            // "Information and Communication Technologies Authority", "Transport, Maritime Affairs and
            // Communications Ministry": words coordinated before one head are one body's name.
            if !hasHead, !hasOf, token.lower == "and" || token.text == ",", let joined = coordinatedHeadEnd(from: end, limit: limit, tokens: tokens) {
                end = joined
                hasHead = true
                continue
            }
            if Vocabulary.connectors.contains(token.lower) && token.kind == .word && !token.isCapitalized {
                var next = end + 1
                if next < limit && tokens[next].lower == "the" && token.lower != "and" { next += 1 }
                guard next < limit, isNameToken(tokens[next]) else { break }
                switch token.lower {
                case "and":
                    // "Tang Teaching Museum and Art Gallery": a conjunct of common words with a head of another
                    // kind is a second part of one institution's name.
                    var last = next
                    while last + 1 < limit, isNameToken(tokens[last + 1]), tokens[last + 1].spaceBefore { last += 1 }
                    if !hasOf, isCoordinationHead(tokens[end - 1]) || isBodyHead(tokens[end - 1]), last > next,
                       isCoordinationHead(tokens[last]) || isBodyHead(tokens[last]),
                       tokens[last].lower != tokens[end - 1].lower, (next...last).allSatisfy({ tagger.isCommonWord(tokens[$0].text) }) {
                        end = last + 1
                        continue
                    }
                    guard hasOf, !Vocabulary.leadingHeads.contains(tokens[next].lower),
                          lexicon.entry(for: tokens[next].text) == nil else { return end }
                    // "Massachusetts Institute of Technology and Colorado State University": a conjunct with a head of its own is a name of its own.
                    if last > next, isBodyHead(tokens[last]) { return end }
                case "at":
                    // "University of North Carolina at Chapel Hill": a university's campus town is part of its name.
                    guard hasOf, tokens[start..<end].contains(where: { Vocabulary.campusHeads.contains($0.lower) }),
                          gazetteer.kinds(of: tokens[next].text) != nil || gazetteer.kinds(of: text(of: next..<min(next + 2, limit), tokens)) != nil
                    else { return end }
                case "of", "for", "on":
                    guard hasHead else { return end }
                    // "University of Sheffield of the UK", "Colorado State University of the US": a second "of", or
                    // "of the" before a country, places a complete name rather than naming it.
                    if token.lower == "of", hasOf || tokens[end + 1].lower == "the",
                       let kinds = gazetteer.kinds(of: tokens[next].text) ?? lexicon.country(named: tokens[next].text).map({ _ in [.country] }),
                       !kinds.isDisjoint(with: [.country, .state, .largeCity, .city]) { return end }
                    // "Space Museum of McMinnville, Oregon": "of" a city that a state or country follows gives an address.
                    if token.lower == "of", next + 2 < limit, tokens[next + 1].text == ",",
                       gazetteer.kinds(of: tokens[next].text)?.contains(.city) == true,
                       gazetteer.kinds(of: tokens[next + 2].text)?.isDisjoint(with: [.country, .state, .subdivision]) == false { return end }
                    hasOf = true
                default:
                    break
                }
                end = next
                continue
            }
            break
        }
        return end
    }

    /// "the State and Homeland Security Departments", "the Defense, Treasury and Commerce
    /// Ministries": conjuncts sharing a plural head name one body each ("State Department",
    /// "Homeland Security Department"), typed by that head. Nil when the span is no such list.
    private func distributedHead(_ span: Range<Int>, tokens: [Token], document: AnnotatedDocument) -> [MentionSpan]? {
        let head = tokens[span.upperBound - 1]
        guard span.count >= 4, let singular = Self.singular(of: head.lower), let type = Vocabulary.headWords[singular],
              type == .governmentBody,
              span.contains(where: { tokens[$0].lower == "and" }),
              !span.contains(where: { Vocabulary.connectors.contains(tokens[$0].lower) && tokens[$0].lower != "and" }) else { return nil }
        let headName = head.text.prefix(1).uppercased() + singular.dropFirst()
        var mentions: [MentionSpan] = []
        var start = span.lowerBound
        for index in span where tokens[index].lower == "and" || tokens[index].text == "," || index == span.upperBound - 1 {
            // The conjunct's own words; the last conjunct's mention covers the shared head too.
            let words = start..<index
            let covered = index == span.upperBound - 1 ? start..<span.upperBound : words
            if !words.isEmpty {
                var mention = MentionSpan(tokens: covered, start: tokens[covered.lowerBound].start, end: tokens[covered.upperBound - 1].end,
                                          text: document.text(tokens: covered), kind: .name)
                mention.canonicalName = document.text(tokens: words) + " " + headName
                mention.type = type
                mention.typeConfidence = 0.85
                mention.typeSource = .headWord
                mentions.append(mention)
            }
            start = index + 1
        }
        return mentions.count >= 2 ? mentions : nil
    }

    /// The singular of a plural head word ("departments", "ministries"), when it is one.
    static func singular(of plural: String) -> String? {
        if plural.hasSuffix("ies") { return String(plural.dropLast(3)) + "y" }
        guard plural.hasSuffix("s"), !plural.hasSuffix("ss") else { return nil }
        return String(plural.dropLast())
    }

    /// "Domestic Software association", "State Duma information policy committee": a name
    /// followed by up to two lower-case modifiers and a lower-case institutional head is one name.
    private func extendedByLowerCaseHead(_ span: Range<Int>, limit: Int, tokens: [Token]) -> Range<Int> {
        if isOfficeBureau(after: span, tokens: tokens), span.upperBound + 2 <= limit { return span.lowerBound..<(span.upperBound + 2) }
        var index = span.upperBound
        while index < limit, index - span.upperBound <= Self.maximumHeadModifiers {
            let token = tokens[index]
            guard token.kind == .word, !token.isCapitalized, token.spaceBefore, !Vocabulary.functionWords.contains(token.lower) else { break }
            if Self.lowerCaseHeads.contains(token.lower) { return span.lowerBound..<(index + 1) }
            // "the Monti government": a person's government; a country's is the government of that country.
            if token.lower == "government", index == span.upperBound, isNamedLeader(span, tokens) { return span.lowerBound..<(index + 1) }
            index += 1
        }
        return span
    }

    /// A name that may lead a government: no place, lexicon entry or body's head ("Monti", "Merkel").
    private func isNamedLeader(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        let name = text(of: span, tokens)
        return gazetteer.kinds(of: name) == nil && lexicon.entry(for: name) == nil && lexicon.country(forDemonym: name) == nil
            && !span.contains { Vocabulary.headWords[tokens[$0].lower] != nil || tokens[$0].isAllCaps }
    }

    /// "Los Angeles Sheriff's office", "the Attorney General's department": a name ending in a title,
    /// a possessive and a lower-case bureau noun name the bureau of that office.
    private func isOfficeBureau(after span: Range<Int>, tokens: [Token]) -> Bool {
        let after = span.upperBound
        return !span.isEmpty && after + 1 < tokens.count && Vocabulary.capitalizedTitles.contains(tokens[after - 1].lower)
            && tokens[after].kind == .possessive && Self.bureauNouns.contains(tokens[after + 1].text)
    }

    /// Lower-case nouns for the bureau of an office ("the Sheriff's office").
    static let bureauNouns: Set<String> = ["office", "department", "station"]

    /// Institutional heads that end a name even in lower case.
    static let lowerCaseHeads: Set<String> = Grammar.words("lower-case-heads")
    /// How many lower-case modifiers may stand between a name and such a head.
    static let maximumHeadModifiers = 2

    /// From a "," or "and" inside a run of capitalised words: the end of the run when it goes on
    /// through commas and one final "and" to a run whose last word heads a body's or a place's name.
    private func coordinatedHeadEnd(from start: Int, limit: Int, tokens: [Token]) -> Int? {
        var index = start
        var sawAnd = false
        while index < limit, index - start <= Self.maximumCoordinatedWords {
            let token = tokens[index]
            if token.lower == "and" && !token.isCapitalized {
                if sawAnd { return nil }
                sawAnd = true
            } else if token.text == "," {
                if sawAnd { return nil }
            } else if isNameToken(token) {
                let last = index + 1 >= limit || !isNameToken(tokens[index + 1]) || !tokens[index + 1].spaceBefore
                if last && sawAnd {
                    // "... and United States": a known name after "and" is a conjunct of its own.
                    var first = index
                    while first > start, isNameToken(tokens[first - 1]) { first -= 1 }
                    let conjunct = tokens[first...index].map(\.text).joined(separator: " ")
                    guard lexicon.entry(for: conjunct) == nil, gazetteer.kinds(of: conjunct) == nil else { return nil }
                    return isCoordinationHead(token) ? index + 1 : nil
                }
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// A word that heads a body's or a place's name: a government body's head word, or a common
    /// noun WordNet calls an institution, organisation or facility ("Museum", "Center").
    private func isCoordinationHead(_ token: Token) -> Bool {
        if Vocabulary.headWords[token.lower] == .governmentBody { return true }
        switch headNouns.class(of: token.text) {
        case .government, .organization, .place: return true
        default: return false
        }
    }

    /// How far a coordinated body name may run before its head.
    static let maximumCoordinatedWords = 10

    /// A head word of a government body, organisation or outlet ("Ministry", "Institute").
    private func isBodyHead(_ token: Token) -> Bool {
        guard token.isCapitalized, let type = Vocabulary.headWords[token.lower] else { return false }
        return [.governmentBody, .organization, .mediaOutlet].contains(type)
    }

    /// Splits a span around capitalised titles: "Deputy Prime Minister Dmitry Grigorenko"
    /// gives "Dmitry Grigorenko", "Chairman of the Tate Foundation" the foundation; "President of
    /// Russia" stays whole.
    private func split(_ span: Range<Int>, tokens: [Token], people: Set<Int>) -> [Range<Int>] {
        if lexicon.entry(for: text(of: span, tokens)) != nil { return [span] }
        // "Minister of Education Stefania Giannini", "Governor of Washington Chris Gregoire": a title
        // with its "of" phrase, then a person's name that the recognizer found or a given name starts.
        if Vocabulary.capitalizedTitles.contains(tokens[span.lowerBound].lower),
           let connector = tokens[span].firstIndex(where: { Vocabulary.connectors.contains($0.lower) }), connector > span.lowerBound,
           let start = ((connector + 2)..<max(connector + 2, span.upperBound - 1)).first(where: { start in
               (people.contains(start) || givenNames.contains(tokens[start].text)) && isPersonShaped(start..<span.upperBound, tokens)
           }) {
            let title = span.lowerBound..<start
            if isStandaloneName(title, tokens) { return [title, start..<span.upperBound] }
            // The place of an office is named all the same: "Governor of Ontario" -> Ontario.
            let office = (tokens[connector + 1].lower == "the" ? connector + 2 : connector + 1)..<start
            let named = !office.isEmpty && (gazetteer.kinds(of: text(of: office, tokens)) != nil || lexicon.entry(for: text(of: office, tokens)) != nil)
            return (named ? [office] : []) + [start..<span.upperBound]
        }
        // "Chairman of the Australian Centre for ...": a title of a body that has a name of its own is
        // an office held there; the body is the name.
        if Vocabulary.capitalizedTitles.contains(tokens[span.lowerBound].lower), span.count > 3,
           let connector = tokens[span].firstIndex(where: { Vocabulary.connectors.contains($0.lower) }), connector > span.lowerBound,
           tokens[span.lowerBound..<connector].allSatisfy({ Vocabulary.capitalizedTitles.contains($0.lower) }), tokens[connector].lower == "of" {
            let body = (tokens[connector + 1].lower == "the" ? connector + 2 : connector + 1)..<span.upperBound
            if body.count > 1, body.contains(where: { isBodyHead(tokens[$0]) }) { return [body] }
        }
        if let start = personAfterName(in: span, tokens: tokens, people: people) {
            let before = span.lowerBound..<(tokens[start - 1].kind == .possessive ? start - 1 : start)
            return (isStandaloneName(before, tokens) || before.allSatisfy({ tokens[$0].isAllCaps }) ? [before] : []) + [start..<span.upperBound]
        }
        var index = span.lowerBound
        var parts: [Range<Int>] = []
        var partStart = span.lowerBound
        while index < span.upperBound {
            if Vocabulary.capitalizedTitles.contains(tokens[index].lower) && isTitleRun(from: index, in: span, tokens: tokens) {
                var after = index
                while after < span.upperBound, Vocabulary.capitalizedTitles.contains(tokens[after].lower) { after += 1 }
                if after < span.upperBound, isPersonShaped(after..<span.upperBound, tokens) {
                    if partStart < index, isStandaloneName(partStart..<index, tokens) {
                        parts.append(partStart..<index)
                    }
                    partStart = after
                    index = after
                    continue
                }
            }
            index += 1
        }
        if partStart < span.upperBound { parts.append(partStart..<span.upperBound) }
        return parts
    }

    /// Where a person's name starts after another name or a descriptor in one run: "DAB's Ben Chan",
    /// "NASA Bill Ingalls", "Scientologist Tom Cruise". The person is two to four words that the
    /// recognizer starts a person at or a given name starts; what stands before is a possessive, a
    /// known name, a body's head, an acronym, or words the tagger calls common (never a name of its
    /// own, so "Mary Ann Smith" stays whole).
    private func personAfterName(in span: Range<Int>, tokens: [Token], people: Set<Int>) -> Int? {
        guard span.count >= 3 else { return nil }
        return ((span.lowerBound + 1)..<(span.upperBound - 1)).first { start in
            // "... Education Mr. Toccafondi": an honorific is no part of the name (the title split drops it).
            guard tokens[start].isCapitalized, !tokens[start].isAllCaps, span.upperBound - start <= 4,
                  !Vocabulary.capitalizedTitles.contains(tokens[start].lower),
                  people.contains(start) || givenNames.contains(tokens[start].text),
                  isPersonShaped(start..<span.upperBound, tokens),
                  !Vocabulary.connectors.contains(tokens[start - 1].lower), tokens[start - 1].text != "-" else { return false }
            let before = span.lowerBound..<(tokens[start - 1].kind == .possessive ? start - 1 : start)
            // "Scientologist Tom Cruise", "Buddhist monk": a follower's "-ist" noun describes the person.
            return tokens[start - 1].kind == .possessive || isStandaloneName(before, tokens) || before.allSatisfy { tokens[$0].isAllCaps }
                || before.allSatisfy { tagger.isCommonWord(tokens[$0].text) || (tokens[$0].lower.hasSuffix("ist") && tokens[$0].lower.count > 5) }
        }
    }

    /// Up to six capitalised words (particles and parts joined by hyphens among them) with no connector,
    /// head word or lexicon entry: a personal name.
    private func isPersonShaped(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        span.count <= 6 && span.allSatisfy { index in
            let token = tokens[index]
            // "al-Amr", "Jong-un": particles and lower-case parts joined by a hyphen count as name parts.
            let joined = index + 1 < tokens.count && tokens[index + 1].text == "-" && !tokens[index + 1].spaceBefore && Vocabulary.hyphenatedParticles.contains(token.lower)
                || (index > 0 && tokens[index - 1].text == "-" && !token.spaceBefore)
            let particle = index > span.lowerBound && index + 1 < span.upperBound && Vocabulary.nameParticles.contains(token.text)
            return (token.isCapitalized || token.text == "-" || joined || particle)
                && (Vocabulary.headWords[token.lower] == nil || (index == span.lowerBound && givenNames.contains(token.text)))
                && (!Vocabulary.connectors.contains(token.lower) || particle) && lexicon.entry(for: token.text) == nil
        }
    }

    /// What stands before a title is a name of its own only if the lexicon knows it or it has a head word.
    private func isStandaloneName(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        lexicon.entry(for: text(of: span, tokens)) != nil || Vocabulary.headWords[tokens[span.upperBound - 1].lower] != nil
    }

    /// A title run is followed by a capitalised non-title, non-connector word (a name).
    private func isTitleRun(from start: Int, in span: Range<Int>, tokens: [Token]) -> Bool {
        var index = start
        while index < span.upperBound, Vocabulary.capitalizedTitles.contains(tokens[index].lower) { index += 1 }
        guard index < span.upperBound, tokens[index].isCapitalized else { return false }
        // "State Duma", "Foreign Ministry": a head word after the title words is a body's name, unless it is a
        // given name ("Administrator Bill Nelson").
        return (Vocabulary.headWords[tokens[index].lower] == nil || givenNames.contains(tokens[index].text))
            && lexicon.entry(for: text(of: index..<span.upperBound, tokens)) == nil || index - start >= 2
    }

    /// Drops sentence-initial function words and unconfirmed sentence-initial single words.
    private func filter(_ span: Range<Int>, sentence: Sentence, tokens: [Token], tags: [String], elsewhere: Set<String>, titleCase: Bool) -> Range<Int>? {
        var span = span
        while !span.isEmpty, isInitial(span.lowerBound, sentence: sentence, tokens: tokens) || titleCase,
              Vocabulary.functionWords.contains(tokens[span.lowerBound].lower)
                || (isFunctionWord(span.lowerBound, tags) && !elsewhere.contains(tokens[span.lowerBound].text)) {
            span = (span.lowerBound + 1)..<span.upperBound
            while !span.isEmpty, !isNameToken(tokens[span.lowerBound]) { span = (span.lowerBound + 1)..<span.upperBound }
        }
        guard !span.isEmpty else { return nil }
        while span.count > 1, Vocabulary.connectors.contains(tokens[span.upperBound - 1].lower) {
            span = span.lowerBound..<(span.upperBound - 1)
        }
        // "... Ahmed Mohamed Image: Twitter": a common noun before a colon labels what follows.
        if span.count > 1, span.upperBound < tokens.count, tokens[span.upperBound].text == ":",
           span.upperBound - 1 < tags.count, tags[span.upperBound - 1] == "NOUN" {
            span = span.lowerBound..<(span.upperBound - 1)
        }
        // "The President", "U.S. Senator", "the Sheriff's detective": titles that no name follows are an
        // office held, not a name; what stands before them may still be one ("U.S.").
        // An office's "of" phrase ("Minister of Justice") is kept whole, and so is an office's bureau ("the Los
        // Angeles Sheriff's office", see `extendedByLowerCaseHead`).
        var untitled = isOfficeBureau(after: span, tokens: tokens) ? span.lowerBound..<span.lowerBound : span
        while !untitled.isEmpty, Vocabulary.capitalizedTitles.contains(tokens[untitled.upperBound - 1].lower) {
            untitled = untitled.lowerBound..<(untitled.upperBound - 1)
        }
        if !isOfficeBureau(after: span, tokens: tokens) {
            guard !untitled.isEmpty else { return nil }
            if !Vocabulary.connectors.contains(tokens[untitled.upperBound - 1].lower) { span = untitled }
        }
        // "(R-Texas)", "(D-Calif.)": a lawmaker's party before the state; the state is the name.
        if span.count > 2, span.lowerBound > 0, tokens[span.lowerBound - 1].text == "(", ["R", "D", "I"].contains(tokens[span.lowerBound].text),
           tokens[span.lowerBound + 1].text == "-", !tokens[span.lowerBound + 1].spaceBefore, !tokens[span.lowerBound + 2].spaceBefore {
            span = (span.lowerBound + 2)..<span.upperBound
        }
        // "the North", "the South": a compass word alone is a direction, not a name.
        if span.count == 1, Vocabulary.headWords[tokens[span.lowerBound].lower] == .location { return nil }
        // "Tasmania was excluded": a known place opens a sentence as a name, unless it is also a common word ("Central").
        let known = lexicon.entry(for: text(of: span, tokens)) != nil
            || gazetteer.kinds(of: text(of: span, tokens))?.isDisjoint(with: [.country, .state, .continent, .largeCity]) == false
            || (gazetteer.kinds(of: text(of: span, tokens))?.contains(.subdivision) == true && !tagger.isCommonWord(text(of: span, tokens)))
        if known { return span }
        // "Russian officials": a demonym alone names no entity (see `demonymMentions`).
        if span.count == 1, lexicon.country(forDemonym: tokens[span.lowerBound].text) != nil { return nil }
        // "IP", "A$": one or two capitals name nothing unless defined in parentheses.
        if span.count == 1, tokens[span.lowerBound].text.unicodeScalars.count <= 2,
           span.lowerBound == 0 || tokens[span.lowerBound - 1].text != "(" { return nil }
        if titleCase {
            return span.allSatisfy({ tokens[$0].isCapitalized ? elsewhere.contains(tokens[$0].text) : true }) ? span : nil
        }
        if span.count == 1, isInitial(span.lowerBound, sentence: sentence, tokens: tokens) {
            let token = tokens[span.lowerBound]
            let followedByPossessive = span.upperBound < tokens.count && tokens[span.upperBound].kind == .possessive
            return elsewhere.contains(token.text) || token.isAllCaps || followedByPossessive ? span : nil
        }
        return span
    }

    /// The tagger calls the token a pronoun, determiner, preposition, conjunction, auxiliary,
    /// particle, interjection or adverb ("There", "Yesterday", "However"); the caller still keeps a
    /// word the article capitalises inside sentences ("WeChat is owned by ...").
    private func isFunctionWord(_ index: Int, _ tags: [String]) -> Bool {
        guard index < tags.count else { return false }
        return Vocabulary.functionTags.contains(tags[index])
    }

    /// The token opens its sentence or a quotation.
    private func isInitial(_ index: Int, sentence: Sentence, tokens: [Token]) -> Bool {
        var previous = index - 1
        while previous >= sentence.tokens.lowerBound, tokens[previous].isPunctuation(SentenceSplitter.openers) { previous -= 1 }
        return previous < sentence.tokens.lowerBound || tokens[previous].isPunctuation([":", ";", "\u{2014}", "-"])
    }

    /// Capitalised words that occur in the body away from a sentence start.
    private func capitalisedInsideSentences(_ document: AnnotatedDocument) -> Set<String> {
        var words = Set<String>()
        let tokens = document.tokens
        for sentence in document.sentences where !isHeadline(sentence, document) {
            for index in sentence.tokens where tokens[index].isCapitalized && !isInitial(index, sentence: sentence, tokens: tokens) {
                words.insert(tokens[index].text)
            }
        }
        return words
    }

    private func isHeadline(_ sentence: Sentence, _ document: AnnotatedDocument) -> Bool {
        guard let headline = document.headline else { return false }
        return headline.contains(sentence.tokens.lowerBound)
    }

    /// Most words are capitalised, as in a Title Case headline.
    /// A line in title case ("Kremlin Says No Decision On Messengers"): most longer words capitalised
    /// and no closing period, so that name-dense body sentences are not mistaken for one.
    private func isTitleCase(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        if let last = sentence.tokens.last, tokens[last].isPunctuation([".", "!", "?", "\"", "\u{201D}"]) { return false }
        let words = sentence.tokens.filter { tokens[$0].kind == .word && tokens[$0].text.unicodeScalars.count > 3 }
        return words.count >= 3 && words.filter { tokens[$0].isCapitalized }.count * 4 >= words.count * 3
    }

    private func text(of span: Range<Int>, _ tokens: [Token]) -> String {
        span.map { (tokens[$0].spaceBefore && $0 != span.lowerBound ? " " : "") + tokens[$0].text }.joined()
    }

    private func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
