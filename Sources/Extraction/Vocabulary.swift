import KnowledgeGraph

/// The closed word lists the stages share: function words, titles, head words,
/// descriptions and pronouns. Grammar of English news, not names of things.
enum Vocabulary {
    /// Universal parts of speech that never begin a name: a capitalised sentence-initial word the
    /// tagger gives one of these is no mention.
    static let functionTags: Set<String> = ["PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX", "PART", "INTJ", "ADV"]

    /// Words that start sentences without being names ("The", "In", "However").
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "from", "with", "by", "of", "to",
        "as", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "after", "before", "since", "until",
        "because", "although", "though", "however", "therefore", "meanwhile", "moreover", "also", "earlier",
        "later", "now", "then", "there", "here", "what", "whatever", "which", "who", "whom", "whose", "where",
        "why", "how", "no", "not", "yes", "all", "some", "many", "most", "several", "both", "each", "every",
        "any", "none", "one", "two", "three", "such", "other", "another", "according", "under", "over",
        "about", "among", "between", "during", "despite", "instead", "last", "next", "first", "second",
        "only", "even", "still", "already", "further", "furthermore", "thus", "hence", "nevertheless",
        "indeed", "unlike", "like", "following", "amid", "against", "without", "within", "into", "onto",
        "upon", "whether", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "can", "could", "may", "might", "must", "should", "shall", "let", "please", "mr",
        "mrs", "ms", "asked", "speaking", "responding", "commenting", "citing", "separately", "previously",
        "currently", "recently", "finally", "additionally", "similarly", "overall", "today", "yesterday",
        "tomorrow", "once", "twice", "more", "less", "few", "much", "very", "well",
    ]

    /// The endings of contractions after a pronoun ("I'll", "We're", "It's"): such a word names nothing.
    static let contractionEndings: Set<String> = ["ll", "m", "re", "ve", "d", "s"]

    /// Days and months: capitalised, but dates rather than entities.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "gmt", "utc", "est", "edt", "cet", "msk",
    ]

    /// Words that join capitalised words into one name ("Ministry of Industry and Trade").
    /// Lower-case particles joined by a hyphen to the next part of a name ("al-Amr", "el-Sisi").
    static let hyphenatedParticles: Set<String> = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd"]
    /// Marks after a name that close an apposition around it ("John Kerry, the Secretary of State, said").
    static let appositionClosers: Set<String> = [",", ".", ";"]
    /// Lower-case particles inside personal names between capitalised words ("Alexandre de Moraes",
    /// "Ursula von der Leyen", "Rafael da Silva").
    static let nameParticles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "du", "bin", "ibn"]
    static let connectors: Set<String> = ["of", "for", "on", "and", "at", "de", "la", "du", "des", "le", "der", "von", "van", "da", "di", "del"]
    /// Heads of names that may end with their campus's town after "at" ("University of Texas at Austin").
    static let campusHeads: Set<String> = ["university", "college"]

    /// What a title before or after a name says about the person's tie to a body.
    enum TitleRole: Sendable {
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
    static let titles: [String: TitleRole] = [
        "spokesman": .spokesperson, "spokeswoman": .spokesperson, "spokesperson": .spokesperson,
        "press secretary": .spokesperson, "secretary": .employee, "representative": .representative,
        "envoy": .representative, "ambassador": .representative,
        "head": .leader, "chief": .leader, "chairman": .leader, "chairwoman": .leader, "chair": .leader,
        "chairperson": .leader, "president": .leader, "director": .leader, "director general": .leader,
        "director-general": .leader, "ceo": .leader, "chief executive": .leader, "minister": .leader,
        "founder": .leader, "leader": .leader, "commissioner": .member, "executive director": .leader, "officer": .employee, "governor": .leader,
        "mayor": .leader, "prime minister": .leader, "premier": .leader, "boss": .leader, "speaker": .leader,
        "majority leader": .leader, "minority leader": .leader,
        "deputy": .member, "member": .member, "senator": .member, "lawmaker": .member, "mp": .member,
        "legislator": .member, "deputy head": .member, "deputy chairman": .member, "vice president": .member,
        "deputy minister": .member, "official": .employee, "employee": .employee, "analyst": .employee,
        "journalist": .employee, "correspondent": .employee, "editor": .employee, "lawyer": .employee,
        "adviser": .employee, "advisor": .employee, "aide": .employee, "executive": .employee,
        "judge": .member, "prosecutor": .employee, "researcher": .employee, "expert": .employee,
        "administrator": .leader, "superintendent": .leader, "commander": .leader, "coach": .employee,
    ]

    /// The first words of the two-word titles ("chief" of "chief executive").
    static let titleFirstWords = Set(titles.keys.compactMap { $0.contains(" ") ? String($0.split(separator: " ")[0]) : nil })

    /// Capitalised titles that may stand before a person's name and are not part of it.
    static let capitalizedTitles: Set<String> = [
        "president", "prime", "minister", "deputy", "senator", "sen.", "rep.", "gov.", "governor", "mayor",
        "chairman", "chairwoman", "chancellor", "secretary", "general", "gen.", "judge", "justice",
        "commissioner", "ambassador", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "professor", "ceo", "chief",
        "director", "head", "spokesman", "spokeswoman", "king", "queen", "prince", "pope", "speaker",
        "lawmaker", "vice", "officer", "majority", "minority", "leader", "whip",
        "administrator", "superintendent", "mp", "mep", "mla", "msp", "sheriff", "inspector", "attorney", "founder", "co-founder",
        "editor", "coach", "commander", "colonel", "sergeant", "lieutenant", "detective",
        "principal", "bishop", "archbishop", "astronaut",
    ]

    /// Words that, capitalised at the end (or before "of"), say what a name denotes.
    static let headWords: [String: EntityType] = [
        "ministry": .governmentBody, "ministries": .governmentBody, "agency": .governmentBody,
        "service": .governmentBody, "court": .governmentBody, "duma": .governmentBody,
        "commission": .governmentBody, "committee": .governmentBody, "council": .governmentBody,
        "parliament": .governmentBody, "senate": .governmentBody, "assembly": .governmentBody,
        "government": .governmentBody, "office": .governmentBody, "department": .governmentBody,
        "prosecutor": .governmentBody, "administration": .governmentBody, "cabinet": .governmentBody,
        "authority": .governmentBody, "inspectorate": .governmentBody, "bureau": .governmentBody,
        "treasury": .governmentBody, "board": .governmentBody, "directorate": .governmentBody,
        "secretariat": .governmentBody, "chamber": .governmentBody, "house": .governmentBody,
        "police": .governmentBody, "kremlin": .governmentBody, "regulator": .governmentBody,
        "navy": .governmentBody, "army": .governmentBody, "military": .governmentBody, "prosecutors": .governmentBody,
        "institute": .organization, "foundation": .organization, "university": .organization, "college": .organization,
        "academy": .organization, "municipality": .governmentBody,
        "museum": .organization, "gallery": .organization, "planetarium": .organization,
        "company": .organization, "corporation": .organization, "corp.": .organization, "inc.": .organization,
        "ltd.": .organization, "llc": .organization, "llp": .organization, "group": .organization,
        "holdings": .organization, "holding": .organization, "bank": .organization,
        "association": .organization, "party": .organization, "union": .organization,
        "centre": .organization, "center": .organization, "fund": .organization, "society": .organization,
        "alliance": .organization, "labs": .organization, "technologies": .organization,
        "systems": .organization, "partners": .organization, "federation": .organization,
        "news": .mediaOutlet, "times": .mediaOutlet, "post": .mediaOutlet, "daily": .mediaOutlet,
        "journal": .mediaOutlet, "gazette": .mediaOutlet, "herald": .mediaOutlet, "press": .mediaOutlet,
        "radio": .mediaOutlet, "tv": .mediaOutlet, "television": .mediaOutlet, "tribune": .mediaOutlet,
        "telegraph": .mediaOutlet, "broadcasting": .mediaOutlet,
        "messenger": .application, "app": .application, "store": .application, "browser": .application,
        "north": .location, "south": .location, "east": .location, "west": .location,
        "northwest": .location, "northeast": .location, "southwest": .location, "southeast": .location,
        "arena": .location, "stadium": .location, "memorial": .location, "airport": .location, "road": .location, "street": .location,
        "law": .law, "act": .law, "code": .law, "directive": .law, "regulation": .law, "decree": .law,
        "constitution": .law, "treaty": .law, "amendment": .law,
        "bill": .proposal,
        "forum": .event, "summit": .event, "conference": .event, "olympics": .event, "games": .event,
        "festival": .event, "election": .event, "elections": .event, "championship": .event, "championships": .event,
        "cup": .event, "tournament": .event, "fair": .event, "expo": .event, "marathon": .event, "exhibition": .event,
        "day": .event, "year": .event,
        "republic": .location, "region": .location, "oblast": .location, "krai": .location,
        "province": .location, "county": .location, "island": .location, "islands": .location,
    ]

    /// Words that end a newspaper's name after its place or edition ("Toronto Star", "Daily Mail"),
    /// though alone they say nothing.
    static let newspaperHeads: Set<String> = [
        "sun", "star", "globe", "mail", "observer", "guardian", "chronicle", "examiner", "inquirer", "courier", "mirror",
        "express", "independent", "standard", "dispatch", "register", "monitor", "bulletin", "weekly", "sentinel", "record",
    ]
    /// Editions that start a newspaper's name ("Sunday Times", "Evening Standard").
    static let editionWords: Set<String> = ["daily", "sunday", "evening", "morning", "weekly"]

    /// Modifiers that say nothing about which measure is meant ("the new law", "the corresponding proposal").
    static let vagueModifiers: Set<String> = [
        "new", "current", "such", "similar", "same", "other", "previous", "recent", "proposed", "last", "first", "latest", "possible",
        "further", "more", "many", "several", "some", "existing", "earlier", "final", "main", "major", "key", "corresponding",
        "relevant", "pending", "original", "initial", "overall", "general", "specific", "particular", "own", "draft", "whole",
    ]

    /// Nouns that name a measure taken or proposed, for the measures named by a noun phrase
    /// ("a travel ban", "the crackdown on trafficking").
    static let measureNouns: Set<String> = [
        "ban", "bans", "crackdown", "policy", "policies", "tax", "taxes", "recommendation", "recommendations", "guidelines",
        "program", "programme", "ultimatum", "referendum", "referendums", "campaign", "inquiry", "offer", "safeguards",
        "requirement", "ruling", "moratorium", "sanctions", "embargo", "reform", "reforms", "plan", "proposal", "initiative",
        "bill", "restrictions", "order", "denial", "exception", "fine", "penalty", "blockade", "restriction",
    ]
    /// Measure nouns too common in other senses to name a measure by their modifiers alone: they
    /// need the phrase saying what they are on ("a policy of turning away boats", not "air quality policy").
    static let measureNounsNeedingComplement: Set<String> = [
        "ruling", "offer", "order", "policy", "policies", "program", "programme", "campaign", "plan", "tax", "taxes", "reform", "bill",
        "reforms", "inquiry", "exception", "denial", "fine", "penalty",
    ]
    /// Measure nouns whose "that" clause says what they are ("the recommendation that all salt be
    /// iodised"); after others "that" opens a relative clause ("a ban that Biden signed").
    static let measureNounsTakingThat: Set<String> = ["recommendation", "ruling", "requirement", "order", "proposal"]

    /// Modifiers of a body below the nation ("the regional government", "local authorities"): such a
    /// description names no national body.
    static let subnationalLevels: Set<String> = ["regional", "local", "provincial", "municipal", "city", "county", "district", "state", "prefectural"]

    /// Lower-case nouns whose "of" phrase names a place ("the town of Yeoncheon").
    static let settlementNouns: Set<String> = ["town", "city", "village", "province", "region", "county", "district", "island", "port", "state"]

    /// Heads that begin a new name rather than continue one ("..., and the Institute of ...").
    static let leadingHeads: Set<String> = [
        "ministry", "institute", "agency", "service", "court", "committee", "council", "commission",
        "department", "office", "university", "bank", "foundation", "president", "government",
    ]

    /// Nouns of definite descriptions ("the ministry") and the type they refer to.
    static let descriptionNouns: [String: EntityType] = [
        "ministry": .governmentBody, "regulator": .governmentBody, "watchdog": .governmentBody,
        "agency": .governmentBody, "court": .governmentBody, "government": .governmentBody,
        "cabinet": .governmentBody, "commission": .governmentBody, "committee": .governmentBody,
        "parliament": .governmentBody, "prosecutor": .governmentBody,
        "newspaper": .mediaOutlet, "paper": .mediaOutlet, "daily": .mediaOutlet, "outlet": .mediaOutlet,
        "broadcaster": .mediaOutlet, "weekly": .mediaOutlet, "publication": .mediaOutlet,
        "company": .organization, "firm": .organization, "group": .organization, "corporation": .organization,
        "institute": .organization, "developer": .organization, "foundation": .organization, "organisation": .organization,
        "organization": .organization,
        "app": .application, "messenger": .application, "service": .application, "platform": .application,
        "application": .application, "network": .application, "site": .application,
        "law": .law, "legislation": .law, "act": .law,
        "proposal": .proposal, "measure": .proposal, "ban": .proposal, "bill": .proposal, "plan": .proposal,
        "initiative": .proposal, "draft": .proposal, "restrictions": .proposal, "restriction": .proposal,
        "position": .proposal, "requirement": .proposal, "decision": .proposal, "document": .proposal,
        "order": .proposal, "rule": .proposal, "rules": .proposal, "move": .proposal, "block": .proposal,
        "suspension": .proposal, "bans": .proposal, "blocking": .proposal, "blockade": .proposal, "removal": .proposal,
        "penalty": .proposal, "guidance": .proposal, "step": .proposal,
    ]

    /// Description heads that mean the same kind of thing ("the regulator", "the watchdog").
    static let descriptionSynonyms: [Set<String>] = [
        ["regulator", "watchdog"], ["company", "firm", "group", "corporation"], ["app", "application", "messenger", "platform"],
        ["newspaper", "daily", "paper", "weekly", "publication", "outlet"], ["law", "legislation", "act"],
        ["proposal", "measure", "initiative", "bill", "draft", "document"],
        ["ban", "bans", "block", "blocking", "blockade", "restrictions", "restriction", "suspension"],
    ]

    /// Description heads that name an institution's kind exactly: "the court" is a court
    /// named so before, never just the most mentioned body.
    static let exactDescriptionHeads: Set<String> = ["ministry", "court", "committee", "commission", "agency", "parliament", "prosecutor"]

    /// Determiners that make a noun a definite description.
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "these", "those", "such"]

    /// Offices named by a demonym and a noun ("the Russian president" -> "President of Russia").
    static let offices: [String: String] = [
        "president": "President", "government": "Government", "prime minister": "Prime Minister", "foreign ministry": "Foreign Ministry",
        "parliament": "Parliament", "cabinet": "Government",
    ]

    /// The first words of the two-word offices ("prime" of "prime minister").
    static let officeFirstWords = Set(offices.keys.compactMap { $0.split(separator: " ").count > 1 ? String($0.split(separator: " ")[0]) : nil })

    /// The office a country's government goes by; "the government" alone is the article's country's.
    static let governmentOffice = "Government"

    /// Forms of "be", which make a participle after them passive.
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being"]

    /// Pronouns and the kinds of entity they may refer to.
    static let personPronouns: Set<String> = ["he", "she", "him", "her", "his"]
    static let thingPronouns: Set<String> = ["it", "its"]

    /// Words before a verb that make it hypothetical.
    static let hypotheticalMarkers: Set<String> = ["may", "might", "could", "considering", "consider", "mulling", "possibly", "potentially", "agreed"]
    /// Words before a verb that negate it.
    static let negationMarkers: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "denied", "denies", "deny", "refused", "refuses"]
}
