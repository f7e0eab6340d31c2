import KnowledgeGraph

/// Groups mentions into the entities of one document.
///
/// Names first: equal normalised names join; a lone surname joins the person whose
/// full name ends with it; an acronym joins the long form it follows in parentheses or
/// whose initials it spells; proposals whose wordings share most content words join.
/// Then descriptions and pronouns, in text order, join the most recent compatible
/// entity ("the ministry" -> the last body named "... Ministry ...", "he" -> the last
/// person, "its" -> the last non-person in this or the previous sentence).
/// O(m * c) for m mentions and c entities.
struct Coreference: Sendable {
    /// Descriptions of a measure that may refer to the law it became ("the bill", "the document").
    static let measureBecomingLaw: Set<String> = Grammar.words("measure-becoming-law")
    /// How many sentences back "its" may look for its antecedent.
    static let possessivePronounReach = 1

    func apply(to document: inout AnnotatedDocument) {
        removeOverlaps(&document)
        var clusters: [EntityCluster] = []
        let order = document.mentions.indices.sorted { lhs, rhs in
            let (a, b) = (document.mentions[lhs], document.mentions[rhs])
            let (ra, rb) = (nameRank(a), nameRank(b))
            return ra != rb ? ra < rb : a.start < b.start
        }
        // Every cluster holding each matching key, so that exact matches are lookups.
        var clustersByKey: [String: [Int]] = [:]
        var basesByKey: [String: [Int]] = [:]
        for index in order where document.mentions[index].kind == .name {
            let mention = document.mentions[index]
            let target: Int
            if let holder = officeHolder(of: mention, clusters: clusters, document: document) {
                // The office describes its holder: an alias, never the entity's name.
                document.mentions[index].kind = .description
                document.mentions[index].type = .person
                target = holder
            } else if let (named, type) = parenthesisedName(mention, document: document) {
                clusters[named].type = type
                target = named
            } else if let found = matchName(mention, index: index, clusters: clusters, clustersByKey: clustersByKey, basesByKey: basesByKey, document: document) {
                target = found
            } else if mention.isUnconfirmed {
                continue
            } else {
                clusters.append(EntityCluster(type: mention.type ?? .organization))
                target = clusters.count - 1
            }
            add(index, to: target, clusters: &clusters, document: &document)
            for key in clusters[target].keys where clustersByKey[key]?.contains(target) != true {
                clustersByKey[key, default: []].append(target)
                if let space = key.lastIndex(of: " "), NameSpanFinder.lowerCaseHeads.contains(String(key[key.index(after: space)...])) {
                    basesByKey[String(key[..<space]), default: []].append(target)
                }
            }
        }
        let textOrder = document.mentions.indices.sorted { document.mentions[$0].start < document.mentions[$1].start }
        for (position, index) in textOrder.enumerated() where document.mentions[index].kind != .name {
            if let target = antecedent(for: index, before: textOrder[..<position], clusters: clusters, document: document) {
                add(index, to: target, clusters: &clusters, document: &document)
            } else if let name = introducedName(document.mentions[index], document) {
                // "the sovereign internet bill", "the data localization law": a described measure seen first here.
                document.mentions[index].canonicalName = name
                clusters.append(EntityCluster(type: document.mentions[index].type ?? .proposal))
                add(index, to: clusters.count - 1, clusters: &clusters, document: &document)
            }
        }
        for index in clusters.indices { clusters[index].name = bestName(clusters[index], document) }
        document.clusters = clusters
    }

    /// Multi-word people first, so that lone surnames find them; then everything else; bodies named
    /// by a description last, so that the proper names they may stand for are there to join.
    private func nameRank(_ mention: MentionSpan) -> Int {
        if isDescribedBody(mention) { return 4 }
        if mention.type == .person && mention.tokens.count > 1 { return 0 }
        if mention.type != nil && mention.tokens.count > 1 { return 1 }
        return mention.type != nil ? 2 : 3
    }

    /// Drops descriptions and pronouns that overlap a name, and duplicate spans.
    private func removeOverlaps(_ document: inout AnnotatedDocument) {
        // The names covering each token, so that a mention checks only the names it touches.
        var namesAt: [Int: [Range<Int>]] = [:]
        for mention in document.mentions where mention.kind == .name {
            for token in mention.tokens { namesAt[token, default: []].append(mention.tokens) }
        }
        var seen = Set<Range<Int>>()
        document.mentions = document.mentions.filter { mention in
            guard seen.insert(mention.tokens).inserted else { return false }
            if mention.kind == .name || (mention.kind == .description && mention.type == .person) { return true }
            // "The California-based company" keeps the place it contains as a modifier.
            return !mention.tokens.flatMap({ namesAt[$0] ?? [] }).contains { name in
                name.overlaps(mention.tokens)
                    && !(mention.tokens.contains(name.lowerBound) && name.upperBound < mention.tokens.upperBound
                         && document.tokens[name.upperBound].text == "-")
            }
        }
    }

    /// How many preceding mentions a description or pronoun looks back over: more than a news
    /// article holds, so only texts far longer than one are cut.
    static let antecedentWindow = 600

    /// How many of the latest entities the fuzzy name rules compare a mention with.
    static let fuzzyWindow = 256

    /// A state body named by a description with a lower-case head ("a Moscow court", "the Indonesian military").
    private func isDescribedBody(_ mention: MentionSpan) -> Bool {
        mention.kind == .name && mention.type == .governmentBody && mention.headWord.map { head in mention.text.hasSuffix(head) } == true
    }

    /// "a Moscow court" for "Tagansky District Court of Moscow": the one body whose name has the
    /// description's head, capitalised, and every capitalised word of the description (of which
    /// there must be one: "an appeals court" says too little).
    private func namedBody(for mention: MentionSpan, clusters: [EntityCluster]) -> Int? {
        guard isDescribedBody(mention), let head = mention.headWord else { return nil }
        let capitalised = mention.text.split(separator: " ").filter { $0.first?.isUppercase == true }.map(String.init)
        guard !capitalised.isEmpty else { return nil }
        let candidates = clusters.indices.filter { index in
            clusters[index].type == .governmentBody && clusters[index].forms.contains { form in
                let words = Set(form.split(separator: " ").map(String.init))
                return words.contains(head.capitalized) && capitalised.allSatisfy(words.contains)
            }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// `basesByKey` lists the entities with a name ending in a lower-case head ("m5s party") under the
    /// name without it ("m5s").
    private func matchName(_ mention: MentionSpan, index: Int, clusters: [EntityCluster], clustersByKey: [String: [Int]],
                           basesByKey: [String: [Int]], document: AnnotatedDocument) -> Int? {
        if let named = namedBody(for: mention, clusters: clusters) { return named }
        let key = NameKey.normalize(mention.canonicalName ?? mention.text)
        let compatible = { (cluster: EntityCluster) in mention.type == nil || cluster.type == mention.type }
        if let exact = clustersByKey[key]?.filter({ compatible(clusters[$0]) }).max() {
            return exact
        }
        // The fuzzy rules below compare strings with every candidate, so they look at the most
        // recent `fuzzyWindow` entities only: news refers back locally, and a text of thousands of
        // capitalised words stays linear instead of quadratic.
        let recent = clusters[max(0, clusters.count - Self.fuzzyWindow)...]
        // "Google LLC" and "Google", "Alphabet Inc" and "Alphabet": a legal suffix names the same company.
        let bare = Self.withoutLegalSuffix(key)
        if mention.type != .person, let company = recent.lastIndex(where: { cluster in
            compatible(cluster) && cluster.type != .person && cluster.bareKeys.contains(bare)
        }) {
            return company
        }
        let tokens = document.tokens
        // "Ministry of Digital Development" for "Ministry of Digital Development, Communications and Mass Media".
        if mention.tokens.count > 1, mention.type != .person, mention.type != .proposal,
           let longer = recent.lastIndex(where: { cluster in
               compatible(cluster) && cluster.type != .person
                   && cluster.forms.contains { form in
                       let formKey = cluster.keyOf[form] ?? NameKey.normalize(form)
                       let (short, long, longText, shortText) = formKey.count < key.count ? (formKey, key, mention.text, form) : (key, formKey, form, mention.text)
                       return short.utf8.contains(UInt8(ascii: " ")) && long.hasPrefix(short + " ") && longText.dropFirst(shortText.count).first == ","
                   }
           }) {
            return longer
        }
        // "Supreme Court" after "Italian Supreme Court of Cassation", "Foreign Ministry" after "Russian Foreign
        // Ministry": a body's shorter name inside the longer one named before, as whole words ending at its
        // head (not "State Duma" in "State Duma Committee on Security").
        if mention.tokens.count > 1, [.governmentBody, .organization, .mediaOutlet].contains(mention.type),
           let longer = recent.lastIndex(where: { cluster in
               cluster.type == mention.type && cluster.headOf.contains { $0.key.count > key.count && Self.endsWithWords($0.value, key) }
           }) {
            return longer
        }
        // "M5S party" and "M5S": a name with and without a lower-case head of its kind.
        if mention.type != .person, mention.type != .location {
            let words = mention.text.split(separator: " ")
            if words.count > 1, let head = words.last, head.first?.isLowercase == true, NameSpanFinder.lowerCaseHeads.contains(String(head)),
               let named = clustersByKey[NameKey.normalize(words.dropLast().joined(separator: " "))]?.last(where: { ![.person, .location].contains(clusters[$0].type) }) {
                return named
            }
            if let headed = basesByKey[key]?.last(where: { ![.person, .location].contains(clusters[$0].type) }) {
                return headed
            }
        }
        // "blocking Telegram in Russia" and "restricting access to Telegram": one measure on one target,
        // unless their scopes differ ("from staff phones" / "on federal government devices").
        // "Digital ministry" and "Ministry of Digital Development": an informal name with a lower-case head.
        let mentionIsInformal = Self.hasLowerCaseHead(mention.text)
        if mention.tokens.count > 1, mention.type != .person, let informal = recent.lastIndex(where: { cluster in
            compatible(cluster) && cluster.type != .person
                && (mentionIsInformal ? cluster.forms.contains { Self.isInformal(mention.text, of: $0) }
                                      : cluster.forms.contains { Self.hasLowerCaseHead($0) && Self.isInformal($0, of: mention.text) })
        }) {
            return informal
        }
        if mention.type == .proposal, let target = mention.measureTarget,
           let same = recent.lastIndex(where: { cluster in
               cluster.type == .proposal && cluster.mentions.contains { other in
                   document.mentions[other].measureTarget == target && sameScope(mention, document.mentions[other])
               }
           }) {
            return same
        }
        // "Kristin Wilkins" after "Kristen Wilkins": one person's given name misspelt by a letter.
        let words = key.split(separator: " ")
        let surname = words.count == 2 ? " " + words[1] : ""
        if mention.type == .person, words.count == 2, words[0].count >= 4,
           let same = recent.lastIndex(where: { cluster in
               cluster.type == .person && cluster.keys.contains { other in
                   guard other.hasSuffix(surname) else { return false }
                   let parts = other.split(separator: " ")
                   return parts.count == 2 && parts[1] == words[1] && parts[0] != words[0] && Self.differByOneLetter(parts[0], words[0])
               }
           }) {
            return same
        }
        if mention.type == .proposal {
            let names = [mention.canonicalName ?? mention.text] + mention.extraForms
            return clusters.lastIndex { cluster in
                cluster.type == .proposal && cluster.forms.contains { form in names.contains { NameKey.overlap(form, $0) >= 0.5 } }
            }
        }
        guard mention.tokens.count == 1 else { return nil }
        let word = tokens[mention.tokens.lowerBound]
        if mention.type == nil || mention.type == .person,
           let person = recent.lastIndex(where: { $0.type == .person && $0.forms.contains { $0.split(separator: " ").last.map(String.init) == word.text } }) {
            return person
        }
        // "Ahmed" after "Ahmed Mohamed": a lone given name names the one person of the document it starts.
        if mention.type == nil || mention.type == .person {
            let starting = recent.indices.filter { at in
                recent[at].type == .person && recent[at].forms.contains { $0.utf8.contains(UInt8(ascii: " ")) && $0.split(separator: " ").first.map(String.init) == word.text }
            }
            if starting.count == 1 { return starting[0] }
        }
        // "the Commission" for "European Commission": a lone head word names the body it heads.
        if mention.type == nil || mention.type != .person, word.isCapitalized, Vocabulary.headWords[word.lower] != nil,
           let headed = recent.lastIndex(where: { cluster in
               ![.person, .location, .proposal, .law].contains(cluster.type) && compatible(cluster)
                   && cluster.forms.contains { $0.utf8.contains(UInt8(ascii: " ")) && $0.split(separator: " ").last.map(String.init) == word.text }
           }) {
            return headed
        }
        if word.isAllCaps {
            let before = mention.tokens.lowerBound - 1
            if before > 0, tokens[before].text == "(",
               let longForm = document.mentions.firstIndex(where: { $0.kind == .name && $0.tokens.upperBound == before }),
               let cluster = document.mentions[longForm].cluster, compatible(clusters[cluster]) {
                return cluster
            }
            // "KPA" for "Korean People's Army": initials outweigh a type guessed from weak evidence.
            let weak = mention.typeSource.map { EntityTyper.outvotable.contains($0) } ?? true
            return clusters.lastIndex { cluster in
                (compatible(cluster) || (weak && cluster.type != .person)) && cluster.forms.contains { initials($0) == word.text }
            }
        }
        return nil
    }

    /// "the Masjid Al-Haram (Grand Mosque)": a name in parentheses right after another name is that
    /// name's, when their types agree or one of them rests on weak evidence (the other's type then
    /// holds). The entity and the type it takes.
    private func parenthesisedName(_ mention: MentionSpan, document: AnnotatedDocument) -> (Int, EntityType)? {
        let tokens = document.tokens
        guard let type = mention.type, mention.tokens.lowerBound > 1, tokens[mention.tokens.lowerBound - 1].text == "(",
              mention.tokens.upperBound < tokens.count, tokens[mention.tokens.upperBound].text == ")",
              let named = document.mentions.first(where: { $0.kind == .name && $0.tokens.upperBound == mention.tokens.lowerBound - 1 }),
              let cluster = named.cluster, let namedType = named.type else { return nil }
        let weak = { (source: TypeSource?) in source.map { EntityTyper.outvotable.contains($0) } ?? true }
        if namedType == type || weak(mention.typeSource) && !weak(named.typeSource) { return (cluster, namedType) }
        return weak(named.typeSource) && !weak(mention.typeSource) ? (cluster, type) : nil
    }

    /// The entity a description or pronoun refers to. Pronouns take the most recent
    /// compatible entity; descriptions are resolved by `descriptionAntecedent`.
    /// `before` lists the indices of the mentions that precede it in text order.
    private func antecedent(for index: Int, before: ArraySlice<Int>, clusters: [EntityCluster], document: AnnotatedDocument) -> Int? {
        let mention = document.mentions[index]
        let sentence = document.sentenceOfToken[mention.tokens.lowerBound]
        // Earlier resolved mentions, nearest first, as (cluster, first token); the latest
        // `antecedentWindow` only, so that a very long text stays linear.
        let earlier = before.suffix(Self.antecedentWindow).reversed().lazy
            .filter { document.mentions[$0].start < mention.start && document.mentions[$0].cluster != nil }
            .map { (cluster: document.mentions[$0].cluster!, token: document.mentions[$0].tokens.lowerBound) }
        let head = mention.headWord ?? ""
        let previous = mention.tokens.lowerBound - 1
        let objectOfVerb = head == "it" && previous >= 0 && VerbFrames.byFirstWord[document.tokens[previous].lower] != nil
        switch mention.kind {
        case .pronoun:
            for (cluster, token) in earlier {
                let type = clusters[cluster].type
                if Vocabulary.personPronouns.contains(head) {
                    if type == .person { return cluster }
                } else {
                    let distance = sentence - document.sentenceOfToken[token]
                    if distance > Self.possessivePronounReach { return nil }
                    if objectOfVerb {
                        // "The State Duma passed it": an object "it" is the measure discussed, not the subject.
                        if [.proposal, .law].contains(type) { return cluster }
                    } else if ![.person, .location, .proposal, .group].contains(type) || (head == "it" && type == .proposal) {
                        return cluster
                    }
                }
            }
            return nil
        case .description:
            if mention.type == .person {
                let key = NameKey.normalize(mention.text)
                return clusters.lastIndex { $0.type == .person && $0.keys.contains(key) }
            }
            if let apposed = apposition(before: mention.tokens.lowerBound, document: document), let cluster = apposed.cluster,
               mention.type == clusters[cluster].type || (mention.type == .organization && clusters[cluster].type == .application) {
                return cluster
            }
            return descriptionAntecedent(mention, head: head, earlier: Array(earlier.map(\.cluster)), clusters: clusters, document: document)
        case .name:
            return nil
        }
    }

    /// "Digital ministry" is an informal name of "Ministry of Digital Development": its last word is a
    /// lower-case head that the formal name has capitalised, and its other words are in the formal name.
    /// The name ends in a lower-case institutional head ("... ministry"), cheaply checked.
    static func hasLowerCaseHead(_ name: String) -> Bool {
        guard let space = name.lastIndex(of: " ") else { return false }
        let last = name[name.index(after: space)...]
        return last.first?.isLowercase == true && NameSpanFinder.lowerCaseHeads.contains(String(last))
    }

    static func isInformal(_ informal: String, of formal: String) -> Bool {
        let words = informal.split(separator: " ").map(String.init)
        guard words.count >= 2, let head = words.last, head.first?.isLowercase == true, NameSpanFinder.lowerCaseHeads.contains(head) else { return false }
        let formalWords = Set(formal.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
        return formal.split(separator: " ").contains { $0 == head.capitalized } && words.dropLast().allSatisfy { formalWords.contains($0.lowercased()) }
    }

    /// The name is the words or ends with them ("italian supreme court", "supreme court").
    static func endsWithWords(_ name: String, _ words: String) -> Bool {
        name == words || name.hasSuffix(" " + words)
    }

    /// A normalised name up to its head: the words before its first "of", "on" or "for" ("italian
    /// supreme court" of "italian supreme court of cassation").
    static func head(of key: String) -> String {
        let words = key.split(separator: " ")
        guard let connector = words.firstIndex(where: { ["of", "on", "for"].contains($0) }), connector > 0 else { return key }
        return words[..<connector].joined(separator: " ")
    }

    /// Two words of one length that differ in one letter, or one letter added ("kristen", "kristin").
    static func differByOneLetter(_ lhs: Substring, _ rhs: Substring) -> Bool {
        let (a, b) = (Array(lhs), Array(rhs))
        if a.count == b.count { return zip(a, b).filter { $0 != $1 }.count == 1 }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var skipped = false
        var (i, j) = (0, 0)
        while i < short.count, j < long.count {
            if short[i] == long[j] { i += 1; j += 1 } else if skipped { return false } else { skipped = true; j += 1 }
        }
        return true
    }

    /// Legal-form suffixes of company names.
    static let legalSuffixes: Set<String> = Grammar.words("legal-suffixes")

    /// A normalised name without its trailing legal suffix.
    static func withoutLegalSuffix(_ key: String) -> String {
        guard let space = key.lastIndex(of: " "), legalSuffixes.contains(String(key[key.index(after: space)...])) else { return key }
        return String(key[..<space])
    }

    /// Two measures on one target have no scope or share a word of it.
    private func sameScope(_ lhs: MentionSpan, _ rhs: MentionSpan) -> Bool {
        let (a, b) = (lhs.measureScope, rhs.measureScope)
        return a.isEmpty || b.isEmpty || !a.isDisjoint(with: b)
    }

    /// The name a description introduces when nothing before it is what it describes: a
    /// proposal or law with content words besides its head ("the sovereign internet bill").
    private func introducedName(_ mention: MentionSpan, _ document: AnnotatedDocument) -> String? {
        guard mention.kind == .description, let type = mention.type, [.proposal, .law].contains(type) else { return nil }
        var words = mention.text.split(separator: " ").map(String.init)
        if let first = words.first, Vocabulary.definiteDeterminers.contains(first.lowercased()) { words.removeFirst() }
        let content = words.dropLast().filter { !Vocabulary.functionWords.contains($0.lowercased()) && !Vocabulary.vagueModifiers.contains($0.lowercased()) }
        return content.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The lower-case words of a form.
    private static func words(_ form: String) -> [String] {
        NameKey.normalize(form).split(separator: " ").map(String.init)
    }

    /// "John Kerry, the Secretary of State, ...": an office named in apposition to a person (a
    /// capitalised title after ", the" and before "," or the sentence's end) is that person's, not
    /// a body of its own. The person's entity, when the mention is such an office.
    private func officeHolder(of mention: MentionSpan, clusters: [EntityCluster], document: AnnotatedDocument) -> Int? {
        let tokens = document.tokens
        let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
        guard mention.type != .person, first >= 2, Vocabulary.capitalizedTitles.contains(tokens[first].lower),
              tokens[first - 1].lower == "the", tokens[first - 2].text == ",",
              after >= tokens.count || Vocabulary.appositionClosers.contains(tokens[after].text),
              let holder = apposition(before: first - 1, document: document), let cluster = holder.cluster, clusters[cluster].type == .person else { return nil }
        return cluster
    }

    /// "Roskomnadzor, the communications regulator": the name right before ", " and the token `start`.
    private func apposition(before start: Int, document: AnnotatedDocument) -> MentionSpan? {
        let comma = start - 1
        guard comma > 0, document.tokens[comma].text == ",", document.mentions.count > 0 else { return nil }
        return document.mentions.first { $0.kind == .name && $0.tokens.upperBound == comma }
    }

    /// A description's entity: among earlier entities, the most recent whose names
    /// contain the description's head word or a synonym ("the watchdog" -> "communications
    /// watchdog Roskomnadzor", "the service" -> "Federal Security Service"); otherwise,
    /// for heads that do not name an institution's kind exactly, the most mentioned
    /// entity of a compatible type so far (the story's subject), the most recent on ties.
    /// `earlier` lists the clusters of the mentions before it, nearest first.
    private func descriptionAntecedent(_ mention: MentionSpan, head: String, earlier: [Int], clusters: [EntityCluster], document: AnnotatedDocument) -> Int? {
        let family = Vocabulary.descriptionSynonyms.first { $0.contains(head) } ?? [head]
        let named: (Int) -> Bool = { cluster in
            !clusters[cluster].keyWords.isDisjoint(with: family)
        }
        var counts: [Int: Int] = [:]
        var recency: [Int] = []
        for cluster in earlier {
            if counts[cluster] == nil { recency.append(cluster) }
            counts[cluster, default: 0] += 1
        }
        // Among entities named by the head, the one whose names share most of the description's words ("the telecom ministry").
        let modifiers = Set(Self.words(mention.text)).subtracting(Vocabulary.functionWords).subtracting(family)
        let shared = { (cluster: Int) in
            modifiers.isEmpty ? 0 : clusters[cluster].keys.map { key in modifiers.intersection(key.split(separator: " ").map(String.init)).count }.max() ?? 0
        }
        let measures = VerbFrames.measures
        // "the regional government" is not the country's: a level below the nation must be in the name too.
        let levels = modifiers.intersection(Vocabulary.subnationalLevels)
        recency = recency.filter { cluster in levels.isSubset(of: clusters[cluster].keyWords) }
        let byName = recency.filter { cluster in
            let type = clusters[cluster].type
            return ![.person, .location].contains(type) && measures.contains(type) == measures.contains(mention.type ?? .organization) && named(cluster)
        }
        let sharedCounts = Dictionary(uniqueKeysWithValues: byName.map { ($0, shared($0)) })
        if let best = byName.max(by: { lhs, rhs in
            let (a, b) = (sharedCounts[lhs] ?? 0, sharedCounts[rhs] ?? 0)
            if a != b { return a < b }
            let (c, d) = (counts[lhs] ?? 0, counts[rhs] ?? 0)
            return c != d ? c < d : byName.firstIndex(of: lhs)! > byName.firstIndex(of: rhs)!
        }) {
            return best
        }
        if Vocabulary.exactDescriptionHeads.contains(head) { return nil }
        guard let type = mention.type else { return nil }
        let compatible = recency.filter { cluster in
            let other = clusters[cluster].type
            switch type {
            case .organization: return other == .organization || other == .application
            case .proposal: return other == .proposal || (other == .law && Self.measureBecomingLaw.contains(head))
            default: return other == type
            }
        }
        // A measure known only from a noun phrase is referred to by its head, not by any description.
        if [.proposal, .law].contains(type) {
            return compatible.first { cluster in !clusters[cluster].mentions.allSatisfy { document.mentions[$0].isPhraseMeasure } }
        }
        return compatible.max { lhs, rhs in
            let (a, b) = (counts[lhs] ?? 0, counts[rhs] ?? 0)
            return a != b ? a < b : recency.firstIndex(of: lhs)! > recency.firstIndex(of: rhs)!
        }
    }

    private func add(_ mentionIndex: Int, to cluster: Int, clusters: inout [EntityCluster], document: inout AnnotatedDocument) {
        let mention = document.mentions[mentionIndex]
        document.mentions[mentionIndex].cluster = cluster
        clusters[cluster].mentions.append(mentionIndex)
        if mention.kind != .pronoun {
            clusters[cluster].insert(form: mention.text)
            mention.extraForms.forEach { clusters[cluster].insert(form: $0) }
            if let canonical = mention.canonicalName { clusters[cluster].insert(form: canonical) }
        }
        if clusters[cluster].mentions.count == 1, let type = mention.type { clusters[cluster].type = type }
        if mention.kind == .name, mention.type == .person || clusters[cluster].type == .person {
            clusters[cluster].type = .person
            if let titleForm = titleForm(before: mention, document: document) { clusters[cluster].insert(form: titleForm) }
        }
    }

    /// "Kremlin spokesman" for "Kremlin spokesman Dmitry Peskov": a body's name and a title.
    private func titleForm(before mention: MentionSpan, document: AnnotatedDocument) -> String? {
        let tokens = document.tokens
        for length in [2, 1] {
            let titleStart = mention.tokens.lowerBound - length
            guard titleStart > 0, let (_, end) = titleAfter(titleStart, tokens: tokens), end == mention.tokens.lowerBound,
                  let body = document.mentions.first(where: { $0.kind == .name && $0.tokens.upperBound == titleStart }) else { continue }
            return document.text(tokens: body.tokens.lowerBound..<end)
        }
        return nil
    }

    /// The name an entity gets: a lexicon or office name, else its longest proper form.
    private func bestName(_ cluster: EntityCluster, _ document: AnnotatedDocument) -> String {
        let mentions = cluster.mentions.map { document.mentions[$0] }
        let names = mentions.filter { $0.kind == .name }.map(\.text)
        if let canonical = mentions.compactMap(\.canonicalName).first {
            // "Italian Supreme Court of Cassation" over the lexicon's "Supreme Court": a longer name of the
            // same head with an "of" phrase says which one.
            let key = NameKey.normalize(canonical)
            let specific = names.filter { name in
                let nameKey = NameKey.normalize(name)
                return nameKey != key && Self.head(of: nameKey) != nameKey && (Self.head(of: nameKey) == key || Self.head(of: nameKey).hasSuffix(" " + key))
            }
            return specific.max { $0.count != $1.count ? $0.count < $1.count : $0 > $1 } ?? canonical
        }
        return names.max { lhs, rhs in
            let (lw, rw) = (lhs.split(separator: " ").count, rhs.split(separator: " ").count)
            return lw != rw ? lw < rw : lhs > rhs
        } ?? cluster.forms.sorted().first ?? "unnamed"
    }

    /// The capitals of a name's words, a number whole: "IE9" for "Internet Explorer 9", "G20" for "Group of 20".
    private func initials(_ name: String) -> String {
        name.split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return first.isNumber ? String(word) : first.isUppercase ? String(first) : ""
        }.joined()
    }
}
