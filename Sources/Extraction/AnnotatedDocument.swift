import KnowledgeGraph
import Syntax

/// The one object that flows through the extraction stages: the text and the
/// stand-off annotations (tokens, sentences, mentions, entities, relations) that
/// each stage adds. Offsets are Unicode scalar offsets into `scalars`.
struct AnnotatedDocument: Sendable {
    let id: String
    /// The text, with fast access to any scalar range.
    let source: ScalarSlices
    /// The text's Unicode scalars.
    var scalars: [Unicode.Scalar] { source.scalars }
    var tokens: [Token] = []
    /// Each token's universal part of speech (UPOS), set by `PartOfSpeechStage`.
    var universalTags: [String] = []
    /// The headline's token range, when the article has one.
    /// Each sentence's words as the tagger saw them, for the recognizer (`PartOfSpeechStage`).
    var taggedSentences: [TaggedWords] = []
    /// The recognizer's named entities, in text order, set by `NamedEntityStage`.
    var recognizedEntities: [RecognizedEntity] = []
    var headline: Range<Int>?
    var dateline: Dateline?
    var sentences: [Sentence] = []
    /// Index of the sentence holding each token (`-1` for dateline tokens).
    var sentenceOfToken: [Int] = []
    var mentions: [MentionSpan] = []
    var clusters: [EntityCluster] = []
    var relations: [RelationCandidate] = []
    /// The candidates the relation finder dropped, with the reason, for `explain`.
    var droppedRelations: [DroppedRelation] = []

    init(id: String, text: String) {
        self.id = id
        source = ScalarSlices(text)
    }

    /// The text of a scalar range.
    func text(_ range: Range<Int>) -> String {
        source.string(range)
    }

    /// The text covered by a token range, spaces as in the original.
    func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(tokens[first].start..<tokens[last].end)
    }
}

/// A sentence: its place in the text and its tokens.
struct Sentence: Hashable, Sendable {
    var index: Int
    var tokens: Range<Int>
    var start: Int
    var end: Int
}

/// The dateline of a wire story ("MOSCOW, May 30. /TASS/."): its place and agency.
struct Dateline: Hashable, Sendable {
    var tokens: Range<Int>
    var place: Range<Int>
    var agency: Range<Int>?
}

/// How a mention refers to its entity.
enum MentionKind: Hashable, Sendable {
    /// A proper name ("Dmitry Peskov", "Ministry of Industry and Trade").
    case name
    /// A definite description ("the ministry", "the Russian president", "this law").
    case description
    /// A pronoun ("he", "its").
    case pronoun
}

/// A span of tokens that refers to an entity.
struct MentionSpan: Hashable, Sendable {
    var tokens: Range<Int>
    var start: Int
    var end: Int
    var text: String
    var kind: MentionKind
    var type: EntityType?
    /// The name the entity should have when this mention is its fullest form
    /// (a lexicon name, or "President of Russia" for "the Russian president").
    var canonicalName: String?
    /// Extra names that refer to the same entity (lexicon aliases, the text's wording).
    var extraForms: [String] = []
    /// The cluster (entity) this mention belongs to, set by coreference.
    var cluster: Int?
    /// How sure the typing is.
    var typeConfidence: Double = 0.5
    /// What decided the type (see `EntityTyper`).
    var typeSource: TypeSource?
    /// A capitalised run that no evidence types and the recognizer does not take for a name
    /// ("Hope", "Science"): it names an entity only if it joins one named elsewhere.
    var isUnconfirmed = false
    /// A word that says what the mention's type is ("ministry", "app"), for descriptions.
    var headWord: String?
    /// The lexicon knows the name as a country's.
    var isCountry = false
    /// For a measure stated by its verb: the normalised name of what it acts on first, so
    /// that "blocking Telegram" and "restricting access to Telegram" are one measure.
    var measureTarget: String?
    /// For such a measure: the content words of its scope ("on government phones" -> government, phones).
    var measureScope: Set<String> = []
    /// A measure known only from a noun phrase ("a government funding bill"): a later "the measure"
    /// or "this guidance" refers to it only if its head says so.
    var isPhraseMeasure = false
}

/// The evidence a mention's type came from, in the order `EntityTyper` weighs it.
enum TypeSource: String, Hashable, Sendable {
    /// The lexicon of well-known entities.
    case lexicon
    /// A head word of the name ("... Ministry", "University of ...").
    case headWord
    /// A common noun beside the name or before its list ("the messenger Telegram").
    case context
    /// The place gazetteer (GeoNames, ISO 3166).
    case gazetteer
    /// The trained named-entity recognizer.
    case recognizer
    /// The shape of a personal name.
    case nameShape
    /// The dateline of a wire story.
    case dateline
    /// A description's head noun or a measure's verb.
    case description
}

/// An entity of one document: the mentions that refer to it.
struct EntityCluster: Hashable, Sendable {
    var type: EntityType
    var name: String
    /// Every form the text (or the lexicon) gives the entity.
    private(set) var forms: Set<String> = []
    /// Each form's matching key (`NameKey.normalize`), worked out once.
    private(set) var keyOf: [String: String] = [:]
    /// The matching keys of all forms.
    private(set) var keys: Set<String> = []
    /// The keys without a legal suffix ("google" for "google llc"), for coreference.
    private(set) var bareKeys: Set<String> = []
    /// Each key's words up to its head ("italian supreme court" of "italian supreme court of cassation").
    private(set) var headOf: [String: String] = [:]
    /// Every word of the keys.
    private(set) var keyWords: Set<String> = []
    var mentions: [Int] = []

    init(type: EntityType, name: String = "") {
        self.type = type
        self.name = name
    }

    /// Adds a form and its key.
    mutating func insert(form: String) {
        guard forms.insert(form).inserted else { return }
        let key = NameKey.normalize(form)
        keyOf[form] = key
        guard keys.insert(key).inserted else { return }
        bareKeys.insert(Coreference.withoutLegalSuffix(key))
        headOf[key] = Coreference.head(of: key)
        for word in key.split(separator: " ") { keyWords.insert(String(word)) }
    }
}

/// A relation found in one sentence, between two clusters.
struct RelationCandidate: Hashable, Sendable {
    var subject: Int
    var predicate: Predicate
    var object: Int
    var negated: Bool = false
    var modality: Modality? = nil
    var confidence: Double
    var sentence: Int
    /// The frame or rule that stated it ("verb-frames.tsv:23 fined", "title"), for `explain`.
    var rule: String = ""
}

/// A relation candidate that did not make it into the graph, and why.
struct DroppedRelation: Sendable {
    var candidate: RelationCandidate
    var reason: String
}
