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
}

/// The verb frames the extractor knows, longest forms first.
enum VerbFrames {
    static let measures: Set<EntityType> = [.proposal, .law]
    static let things: Set<EntityType> = [.application, .organization, .governmentBody, .mediaOutlet, .person, .group]

    static let all: [VerbFrame] = [
        VerbFrame(forms: ["proposed", "proposes", "propose", "suggested", "put forward", "drafted", "sponsored", "co-sponsored",
                          "authored", "introduced"], predicate: .proposed,
                  subjectTypes: actorTypes, objectTypes: measures),
        VerbFrame(forms: ["reported", "reports", "wrote", "writes", "reported on"], predicate: .reported,
                  subjectTypes: [.mediaOutlet], objectTypes: [.proposal, .law, .event], objectFromSentence: true),
        VerbFrame(forms: ["comments on", "commented on", "comment on", "commenting on"], predicate: .commentedOn,
                  subjectTypes: actorTypes, objectTypes: nil),
        VerbFrame(forms: ["wrote on", "writes on", "posted on", "posts on", "said on"], predicate: .uses,
                  subjectTypes: [.person, .organization, .governmentBody, .mediaOutlet], objectTypes: [.application], adjacentObject: true),
        VerbFrame(forms: ["heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran"], predicate: .leads,
                  subjectTypes: [.person], objectTypes: [.governmentBody, .organization, .mediaOutlet, .application]),
        VerbFrame(forms: ["uses", "use", "used"], predicate: .uses, subjectTypes: actorTypes, objectTypes: [.application], listObjects: true),
        VerbFrame(forms: ["cover", "covers", "covered", "target", "targets", "targeted", "affect", "affects"],
                  predicate: .targets, subjectTypes: measures, objectTypes: things, listObjects: true),
        VerbFrame(forms: ["apply to", "applies to", "would apply to", "applied to"], predicate: .appliesTo, subjectTypes: measures,
                  objectTypes: things, listObjects: true),
        VerbFrame(forms: ["based on", "implements", "implementing", "under"], predicate: .basedOn, subjectTypes: [.proposal],
                  objectTypes: [.law]),
        VerbFrame(forms: ["sent to", "submitted to", "forwarded to", "sent", "submitted"], predicate: .sentTo,
                  subjectTypes: measures, objectTypes: actorTypes, passiveKeepsSubject: true),
        VerbFrame(forms: ["coordinated with", "in agreement with", "agreed with", "coordinated"], predicate: .coordinatedWith,
                  subjectTypes: nil, objectTypes: actorTypes.subtracting([.location]), listObjects: true, passiveKeepsSubject: true),
        VerbFrame(forms: ["blocked", "blocks", "block", "blocking"], predicate: .blocks, subjectTypes: actorTypes.union(measures),
                  objectTypes: things, listObjects: true),
        VerbFrame(forms: ["banned", "bans", "ban", "banning"], predicate: .banned, subjectTypes: actorTypes.union(measures),
                  objectTypes: things, listObjects: true),
        VerbFrame(forms: ["restricted", "restricts", "restrict", "limited", "limits", "throttled"], predicate: .restricts,
                  subjectTypes: actorTypes.union(measures), objectTypes: things, listObjects: true),
        VerbFrame(forms: ["fined", "fines"], predicate: .fined, subjectTypes: actorTypes, objectTypes: things),
        VerbFrame(forms: ["sued", "sues"], predicate: .sued, subjectTypes: actorTypes, objectTypes: things),
        VerbFrame(forms: ["founded", "co-founded", "set up"], predicate: .founded, subjectTypes: actorTypes,
                  objectTypes: [.organization, .application, .mediaOutlet]),
        VerbFrame(forms: ["developed by", "made by", "created by", "built by"], predicate: .developedBy,
                  subjectTypes: [.application], objectTypes: actorTypes, leftIsSubject: true),
        VerbFrame(forms: ["criticized", "criticised", "criticizes", "criticises", "slammed", "condemned"], predicate: .criticized,
                  subjectTypes: actorTypes, objectTypes: nil),
        VerbFrame(forms: ["supports", "supported", "backed", "backs", "endorsed", "welcomed", "promoting", "promotes", "promoted",
                          "recommends", "recommended"], predicate: .supports, subjectTypes: actorTypes, objectTypes: nil, listObjects: true),
        VerbFrame(forms: ["bought", "buys", "buy", "acquired", "acquires", "acquire", "owns", "owned"], predicate: .owns,
                  subjectTypes: actorTypes, objectTypes: [.organization, .application, .mediaOutlet]),
        VerbFrame(forms: ["opposes", "opposed", "rejected", "spoke against", "refused to comply with", "refuses to comply with"],
                  predicate: .opposes, subjectTypes: actorTypes.union([.application]), objectTypes: nil),
        VerbFrame(forms: ["lives in", "based in", "headquartered in", "located in", "resides in"], predicate: .locatedIn,
                  subjectTypes: nil, objectTypes: [.location], passiveKeepsSubject: true),
        VerbFrame(forms: ["part of", "subordinate to", "a unit of", "a division of", "a subsidiary of"], predicate: .partOf,
                  subjectTypes: [.governmentBody, .organization, .mediaOutlet], objectTypes: [.governmentBody, .organization, .mediaOutlet],
                  passiveKeepsSubject: true),
        VerbFrame(forms: ["upheld", "upholds"], predicate: .upheld, subjectTypes: [.governmentBody], objectTypes: nil),
        VerbFrame(forms: ["appealed against", "appealed", "will appeal", "appeal", "appeals", "to appeal"], predicate: .appealed, subjectTypes: actorTypes, objectTypes: nil),
        VerbFrame(forms: ["requested", "ordered", "demanded", "asked", "urged", "requires", "required"], predicate: .requested,
                  subjectTypes: actorTypes, objectTypes: things, listObjects: true),
        VerbFrame(forms: ["announced", "unveiled", "issued"], predicate: .announced, subjectTypes: actorTypes, objectTypes: measures),
        VerbFrame(forms: ["signed", "signed into law", "adopted", "passed", "approved", "enacted", "taken", "made", "imposed"], predicate: .enacted,
                  subjectTypes: actorTypes, objectTypes: measures),
        VerbFrame(forms: ["regulates", "regulate", "governs"], predicate: .regulates, subjectTypes: nil, objectTypes: nil),
        VerbFrame(forms: ["will replace", "replace", "replaces", "replaced"], predicate: .replaces, subjectTypes: nil, objectTypes: nil),
        VerbFrame(forms: ["appointed", "appointing", "appoints", "named"], predicate: .appointed, subjectTypes: actorTypes,
                  objectTypes: [.person]),
        VerbFrame(forms: ["renamed"], predicate: .renamedTo, subjectTypes: [.governmentBody, .organization],
                  objectTypes: [.governmentBody, .organization], passiveKeepsSubject: true),
        VerbFrame(forms: ["violated", "violates", "breached", "broke"], predicate: .violated, subjectTypes: actorTypes.union([.application]),
                  objectTypes: measures),
        VerbFrame(forms: ["complied with", "complies with", "comply with", "complying with"], predicate: .compliesWith,
                  subjectTypes: actorTypes.union([.application]), objectTypes: measures),
    ]

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
