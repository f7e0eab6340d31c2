import KnowledgeGraph

/// A verb (or verb and preposition) that states a relation between its subject and object.
struct VerbFrame: Sendable {
    /// Lower-case surface forms, one or more words ("comments on", "blocked").
    var forms: [String]
    var predicate: Predicate
    /// Types the subject may have; nil for any.
    var subjectTypes: Set<EntityType>?
    /// Types an object may have; nil for any.
    var objectTypes: Set<EntityType>?
    /// Every object of a coordinated list gets its own relation.
    var listObjects = false
    /// The form already reads passively ("developed by"): the left mention is the subject.
    var leftIsSubject = false
    /// With no object after the verb, the object is the sentence's proposal ("the newspaper wrote").
    var objectFromSentence = false
    /// A passive use without "by" keeps the left mention as subject ("was sent to").
    var passiveKeepsSubject = false
    /// The object follows right after the form, a determiner or possessive at most between
    /// ("wrote on his VKontakte page", not "said on Thursday it was lifting ... on the Telegram app").
    var adjacentObject = false
    /// Where the frame is written ("verb-frames.tsv:23 fined"), recorded on what it states.
    var id = ""
}

/// The verb frames the extractor knows, longest forms first.
enum VerbFrames {
    static let measures: Set<EntityType> = [.proposal, .law]
    static let things: Set<EntityType> = [.application, .organization, .governmentBody, .mediaOutlet, .person, .group]

    /// The named classes of types a frame may use ("actors + measures").
    static let typeClasses: [String: Set<EntityType>] = ["actors": actorTypes, "measures": measures, "things": things]

    /// The frames of `verb-frames.tsv`, in file order (see the README in `Resources/grammar`).
    static let all: [VerbFrame] = Grammar.entries(of: "verb-frames.tsv").map { line, text in
        guard var frame = frame(text) else {
            fatalError("newsgraph's grammar file verb-frames.tsv, line \(line): '\(text)' is not a valid frame")
        }
        frame.id = "verb-frames.tsv:\(line) \(frame.predicate)"
        return frame
    }

    /// A frame from its line: predicate, subject types, object types, flags and forms, tab-separated.
    static func frame(_ line: String) -> VerbFrame? {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.count == 5, Predicate(rawValue: columns[0]).isKnown,
              let subjects = types(columns[1]), let objects = types(columns[2]) else { return nil }
        let forms = columns[4].split(separator: ",").map(Grammar.trimmed).filter { !$0.isEmpty }
        guard !forms.isEmpty else { return nil }
        var frame = VerbFrame(forms: forms, predicate: Predicate(rawValue: columns[0]), subjectTypes: subjects.any ? nil : subjects.types,
                              objectTypes: objects.any ? nil : objects.types)
        for flag in columns[3].split(separator: ",").map(Grammar.trimmed) where flag != "-" {
            switch flag {
            case "listObjects": frame.listObjects = true
            case "leftIsSubject": frame.leftIsSubject = true
            case "objectFromSentence": frame.objectFromSentence = true
            case "passiveKeepsSubject": frame.passiveKeepsSubject = true
            case "adjacentObject": frame.adjacentObject = true
            default: return nil
            }
        }
        return frame
    }

    /// The types a frame's column names ("*" for any; "actors + Application"; "actors - Location").
    static func types(_ text: String) -> (any: Bool, types: Set<EntityType>)? {
        if Grammar.trimmed(text) == "*" { return (true, []) }
        var result: Set<EntityType> = []
        var adding = true
        var word = ""
        func flush() -> Bool {
            guard !word.isEmpty else { return true }
            guard let named = typeClasses[word] ?? EntityType(rawValue: word).map({ [$0] }) else { return false }
            if adding { result.formUnion(named) } else { result.subtract(named) }
            word = ""
            return true
        }
        for character in text {
            switch character {
            case ",", "+", "-":
                guard flush() else { return nil }
                adding = character != "-"
            case " ": guard flush() else { return nil }
            default: word.append(character)
            }
        }
        guard flush(), !result.isEmpty else { return nil }
        return (false, result)
    }

    /// Every form with the index of its frame in `all`, by the form's first word, longest first.
    static let byFirstWord: [String: [(words: [String], frame: Int)]] = {
        var table: [String: [(words: [String], frame: Int)]] = [:]
        for (index, frame) in all.enumerated() {
            for form in frame.forms {
                let words = form.split(separator: " ").map(String.init)
                table[words[0], default: []].append((words: words, frame: index))
            }
        }
        return table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()
}
