import KnowledgeGraph

/// Cross-article entity resolution: decides whether an entity found in a new article is one
/// the store already knows, and says why.
///
/// Rules, tried in order and always within one entity type (a person never merges with an
/// organisation): the same name or alias (normalized); the same name after folding common
/// transliteration variants (Dmitriy/Dmitry, Zelenskyy/Zelensky, Alexei/Alexey, Khodorkovsky/
/// Hodorkovsky); an acronym and the long form whose initials it spells (NSA / National Security
/// Agency), for institutions only; for people, a lone surname and the one known full name ending
/// with it (never when two known people share the surname). Lookups are hash-map probes: O(forms).
public struct EntityResolver: Sendable {
    /// Why an entity was resolved to a known one, or that it is new.
    public struct Decision: Sendable, Equatable {
        /// The known entity's id, nil for a new entity.
        public var id: String?
        /// The rule, in words: "same name 'Dmitry Peskov'", "surname of 'Dmitry Peskov'", "new".
        public var reason: String
    }

    private struct Key: Hashable {
        let type: EntityType
        let key: String
    }

    private var names: [Key: String] = [:]
    private var transliterations: [Key: String] = [:]
    private var acronyms: [Key: String] = [:]
    private var longForms: [Key: String] = [:]
    private var surnames: [String: Set<String>] = [:]
    private var singleNames: [String: String] = [:]
    private var displayName: [String: String] = [:]

    /// An empty resolver.
    public init() {}

    /// The forms an entity is matched by: its name and proper aliases, except a person's
    /// one-word aliases when the name is longer ("Sokolov" of "Anna Sokolova"), which the
    /// surname rule handles with its check that no other person shares the surname.
    /// Role descriptions ("Ministry of Transport spokesperson") are never matched: a person's
    /// alias counts only when every word is capitalised, but for name particles.
    static func matchingForms(_ entity: Entity) -> [String] {
        let aliases = entity.aliases.filter(KnowledgeGraph.isProperName)
        guard entity.type == .person else { return [entity.name] + aliases }
        let particles: Set<Substring> = ["de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "al", "ibn"]
        let names = aliases.filter { alias in alias.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || particles.contains($0) } }
        guard entity.name.split(separator: " ").count > 1 else { return [entity.name] + names }
        return [entity.name] + names.filter { $0.split(separator: " ").count > 1 }
    }

    /// Makes `entity`'s forms resolve to `id` from now on.
    public mutating func register(_ entity: Entity, as id: String) {
        displayName[id] = displayName[id] ?? entity.name
        for form in Self.matchingForms(entity) {
            let key = NameKey.normalize(form)
            guard !key.isEmpty else { continue }
            Self.keepFirst(&names, Key(type: entity.type, key: key), id)
            let folded = Self.transliterationKey(key)
            if folded.count >= 4 { Self.keepFirst(&transliterations, Key(type: entity.type, key: folded), id) }
            if Self.isInstitution(entity.type) {
                if let acronym = Self.acronym(form) { Self.keepFirst(&acronyms, Key(type: entity.type, key: acronym), id) }
                if let initials = Self.initials(form) { Self.keepFirst(&longForms, Key(type: entity.type, key: initials), id) }
            }
            if entity.type == .person {
                let words = key.split(separator: " ")
                if words.count >= 2, let last = words.last { surnames[String(last), default: []].insert(id) }
                if words.count == 1 { singleNames[key] = singleNames[key] ?? id }
            }
        }
    }

    /// The known entity `entity` is, and why; or `id == nil` with reason "new".
    public func resolve(_ entity: Entity) -> Decision {
        let forms = Self.matchingForms(entity)
        for form in forms {
            let key = NameKey.normalize(form)
            if let id = names[Key(type: entity.type, key: key)] {
                return Decision(id: id, reason: form == entity.name ? "same name '\(form)'" : "alias '\(form)' of '\(displayName[id] ?? id)'")
            }
        }
        for form in forms {
            let folded = Self.transliterationKey(NameKey.normalize(form))
            if folded.count >= 4, let id = transliterations[Key(type: entity.type, key: folded)] {
                return Decision(id: id, reason: "transliteration variant '\(form)' of '\(displayName[id] ?? id)'")
            }
        }
        if Self.isInstitution(entity.type) {
            for form in forms {
                if let acronym = Self.acronym(form), let id = longForms[Key(type: entity.type, key: acronym)] {
                    return Decision(id: id, reason: "acronym '\(form)' of '\(displayName[id] ?? id)'")
                }
                if let initials = Self.initials(form), let id = acronyms[Key(type: entity.type, key: initials)] {
                    return Decision(id: id, reason: "long form '\(form)' of acronym '\(displayName[id] ?? id)'")
                }
            }
        }
        if entity.type == .person {
            let words = NameKey.normalize(entity.name).split(separator: " ")
            if words.count == 1, let known = surnames[String(words[0])], known.count == 1, let id = known.first {
                return Decision(id: id, reason: "surname '\(entity.name)' of '\(displayName[id] ?? id)' (the only known person of that surname)")
            }
            if words.count >= 2, let last = words.last, let id = singleNames[String(last)], (surnames[String(last)] ?? []).isEmpty {
                return Decision(id: id, reason: "full name '\(entity.name)' of the surname '\(displayName[id] ?? id)'")
            }
        }
        return Decision(id: nil, reason: "new")
    }

    /// The first entity registered under a key keeps it: later ones never steal its forms.
    private static func keepFirst(_ map: inout [Key: String], _ key: Key, _ id: String) {
        if map[key] == nil { map[key] = id }
    }

    /// Types whose names have acronyms: bodies, organisations, outlets, groups, laws.
    static func isInstitution(_ type: EntityType) -> Bool {
        [.governmentBody, .organization, .mediaOutlet, .group, .law].contains(type)
    }

    /// An all-capitals form of 2 to 6 letters ("FSB", "NATO"), lower-cased; nil otherwise.
    static func acronym(_ form: String) -> String? {
        let letters = form.unicodeScalars.filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        return String(String.UnicodeScalarView(letters)).lowercased()
    }

    /// The initials of a long form's capitalised words ("Federal Security Service" -> "fss"),
    /// skipping "of", "the", "and", "for"; nil for fewer than two such words.
    static func initials(_ form: String) -> String? {
        let skipped: Set<String> = ["of", "the", "and", "for", "on", "in"]
        let words = form.split(separator: " ").filter { !skipped.contains($0.lowercased()) }
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return String(words.compactMap(\.first)).lowercased()
    }

    /// A normalized name with common romanisation variants folded: kh->h, tch->ch, x->ks,
    /// a word-initial ye->e, y and j->i, doubled letters collapsed.
    static func transliterationKey(_ key: String) -> String {
        key.split(separator: " ").map { word -> String in
            var text = String(word)
            if text.hasPrefix("ye") { text = "e" + text.dropFirst(2) }
            text = text.replacingOccurrences(of: "tch", with: "ch")
                .replacingOccurrences(of: "kh", with: "h")
                .replacingOccurrences(of: "x", with: "ks")
                .replacingOccurrences(of: "y", with: "i")
                .replacingOccurrences(of: "j", with: "i")
            var collapsed = ""
            for character in text where character != collapsed.last { collapsed.append(character) }
            return collapsed
        }.joined(separator: " ")
    }
}
