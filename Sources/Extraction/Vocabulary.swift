import KnowledgeGraph

/// The closed word lists the stages share: function words, titles, head words,
/// descriptions and pronouns. Grammar of English news, not names of things; the lists themselves
/// are data files in `Resources/grammar` (see the README there).
enum Vocabulary {
    /// Universal parts of speech that never begin a name: a capitalised sentence-initial word the
    /// tagger gives one of these is no mention.
    static let functionTags: Set<String> = Grammar.words("function-tags")

    /// Words that start sentences without being names ("The", "In", "However").
    static let functionWords: Set<String> = Grammar.words("function-words")

    /// The endings of contractions after a pronoun ("I'll", "We're", "It's"): such a word names nothing.
    static let contractionEndings: Set<String> = Grammar.words("contraction-endings")

    /// Days and months: capitalised, but dates rather than entities.
    static let calendarWords: Set<String> = Grammar.words("calendar-words")

    /// Lower-case particles joined by a hyphen to the next part of a name ("al-Amr", "el-Sisi").
    static let hyphenatedParticles: Set<String> = Grammar.words("hyphenated-particles")
    /// Marks after a name that close an apposition around it ("John Kerry, the Secretary of State, said").
    static let appositionClosers: Set<String> = [",", ".", ";"]
    /// Lower-case particles inside personal names between capitalised words ("Alexandre de Moraes",
    /// "Ursula von der Leyen", "Rafael da Silva").
    static let nameParticles: Set<String> = Grammar.words("name-particles")
    /// Words that join capitalised words into one name ("Ministry of Industry and Trade").
    static let connectors: Set<String> = Grammar.words("connectors")
    /// Heads of names that may end with their campus's town after "at" ("University of Texas at Austin").
    static let campusHeads: Set<String> = ["university", "college"]

    /// What a title before or after a name says about the person's tie to a body.
    enum TitleRole: String, Sendable {
        case spokesperson, representative, leader, member, employee
        var predicate: Predicate {
            switch self {
            case .spokesperson: .spokespersonOf
            case .representative: .representativeOf
            case .leader: .leads
            case .member: .memberOf
            case .employee: .worksFor
            }
        }
    }

    /// Lower-case titles and the role they give ("spokesman", "head", "deputy").
    static let titles: [String: TitleRole] = Grammar.table("titles") { TitleRole(rawValue: $0) }

    /// The first words of the two-word titles ("chief" of "chief executive").
    static let titleFirstWords = Set(titles.keys.compactMap { $0.contains(" ") ? String($0.split(separator: " ")[0]) : nil })

    /// Capitalised titles that may stand before a person's name and are not part of it.
    static let capitalizedTitles: Set<String> = Grammar.words("capitalized-titles")

    /// Words that, capitalised at the end (or before "of"), say what a name denotes.
    static let headWords: [String: EntityType] = Grammar.table("head-words") { EntityType(rawValue: $0) }

    /// Words that end a newspaper's name after its place or edition ("Toronto Star", "Daily Mail"),
    /// though alone they say nothing.
    static let newspaperHeads: Set<String> = Grammar.words("newspaper-heads")
    /// Editions that start a newspaper's name ("Sunday Times", "Evening Standard").
    static let editionWords: Set<String> = Grammar.words("edition-words")

    /// Modifiers that say nothing about which measure is meant ("the new law", "the corresponding proposal").
    static let vagueModifiers: Set<String> = Grammar.words("vague-modifiers")

    /// Nouns that name a measure taken or proposed, for the measures named by a noun phrase
    /// ("a travel ban", "the crackdown on trafficking").
    static let measureNouns: Set<String> = Grammar.words("measure-nouns")
    /// Measure nouns too common in other senses to name a measure by their modifiers alone: they
    /// need the phrase saying what they are on ("a policy of turning away boats", not "air quality policy").
    static let measureNounsNeedingComplement: Set<String> = Grammar.words("measure-nouns-needing-complement")
    /// Measure nouns whose "that" clause says what they are ("the recommendation that all salt be
    /// iodised"); after others "that" opens a relative clause ("a ban that Biden signed").
    static let measureNounsTakingThat: Set<String> = Grammar.words("measure-nouns-taking-that")

    /// Modifiers of a body below the nation ("the regional government", "local authorities"): such a
    /// description names no national body.
    static let subnationalLevels: Set<String> = Grammar.words("subnational-levels")

    /// Lower-case nouns whose "of" phrase names a place ("the town of Yeoncheon").
    static let settlementNouns: Set<String> = Grammar.words("settlement-nouns")

    /// Heads that begin a new name rather than continue one ("..., and the Institute of ...").
    static let leadingHeads: Set<String> = Grammar.words("leading-heads")

    /// Nouns of definite descriptions ("the ministry") and the type they refer to.
    static let descriptionNouns: [String: EntityType] = Grammar.table("description-nouns") { EntityType(rawValue: $0) }

    /// Description heads that mean the same kind of thing ("the regulator", "the watchdog").
    static let descriptionSynonyms: [Set<String>] = Grammar.groups("description-synonyms")

    /// Description heads that name an institution's kind exactly: "the court" is a court
    /// named so before, never just the most mentioned body.
    static let exactDescriptionHeads: Set<String> = Grammar.words("exact-description-heads")

    /// Determiners that make a noun a definite description.
    static let definiteDeterminers: Set<String> = Grammar.words("definite-determiners")

    /// Offices named by a demonym and a noun ("the Russian president" -> "President of Russia").
    static let offices: [String: String] = Grammar.table("offices") { $0 }

    /// The first words of the two-word offices ("prime" of "prime minister").
    static let officeFirstWords = Set(offices.keys.compactMap { $0.split(separator: " ").count > 1 ? String($0.split(separator: " ")[0]) : nil })

    /// The office a country's government goes by; "the government" alone is the article's country's.
    static let governmentOffice = "Government"

    /// Forms of "be", which make a participle after them passive.
    static let beForms: Set<String> = Grammar.words("be-forms")

    /// Pronouns and the kinds of entity they may refer to.
    static let personPronouns: Set<String> = Grammar.words("person-pronouns")
    static let thingPronouns: Set<String> = ["it", "its"]

    /// Words before a verb that make it hypothetical.
    static let hypotheticalMarkers: Set<String> = Grammar.words("hypothetical-markers")
    /// Words before a verb that negate it.
    static let negationMarkers: Set<String> = Grammar.words("negation-markers")
}
