import KnowledgeGraph

/// What names say about where bodies are and what they belong to. Bodies whose name begins
/// with another body's name are part of it: "Federation Council
/// Committee on Defense and Security" is part of the Federation Council, "State Duma
/// information policy committee" of the State Duma, when the article names the larger body
/// and the name goes on with a unit's head word (not "Google LLC", not "... of Canada Secretariat").
/// "The Russian government" is located in Russia, a "... Court of Moscow" in Moscow.
struct NestedNameRelations: Sendable {
    static let bodies: Set<EntityType> = [.governmentBody, .organization]
    /// Countries are not read from names: "Federal Court of Australia" is an institution of the
    /// country, not a place inside it (the relation would only restate the name).
    static func countries(_ cluster: EntityCluster, _ document: AnnotatedDocument) -> Bool {
        cluster.mentions.contains { document.mentions[$0].isCountry }
    }

    /// Heads of a unit inside a larger body ("... Committee on ...", "... Department").
    static let subordinateHeads: Set<String> = Grammar.words("subordinate-heads")

    /// Body clusters by the matching key of each capitalised form, in cluster order.
    private let bodiesByKey: [String: [Int]]
    /// The first location cluster with each matching key.
    private let locationByKey: [String: Int]
    /// Each cluster's first mention, in document order.
    private let firstMention: [Int: Int]

    /// Indexes `document`'s entities once, so that each sentence costs hash lookups, not a scan
    /// of every entity (a text of thousands of names stays linear). O(mentions + forms).
    init(document: AnnotatedDocument) {
        var bodies: [String: [Int]] = [:]
        var locations: [String: Int] = [:]
        for (index, cluster) in document.clusters.enumerated() {
            if Self.bodies.contains(cluster.type) {
                for form in cluster.forms where form.first?.isUppercase == true {
                    if let key = cluster.keyOf[form], bodies[key]?.last != index { bodies[key, default: []].append(index) }
                }
            }
            if cluster.type == .location {
                for key in cluster.keys where locations[key] == nil { locations[key] = index }
            }
        }
        var first: [Int: Int] = [:]
        for (index, mention) in document.mentions.enumerated() {
            if let cluster = mention.cluster, first[cluster] == nil { first[cluster] = index }
        }
        bodiesByKey = bodies
        locationByKey = locations
        firstMention = first
    }

    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let clusters = view.document.clusters
        for mention in view.mentions where mention.kind == .name && Self.bodies.contains(view.type(of: mention)) {
            let key = NameKey.normalize(mention.text)
            let words = key.split(separator: " ")
            var larger = Set<Int>()
            for split in words.indices.dropFirst() where Self.subordinateHeads.contains(String(words[split])) {
                for index in bodiesByKey[words[..<split].joined(separator: " ")] ?? [] where index != mention.cluster { larger.insert(index) }
            }
            for index in larger.sorted() {
                guard let first = firstMention[index] else { continue }
                found += [view.relation(mention, .partOf, view.document.mentions[first], confidence: 0.7)].compactMap { $0 }
            }
            // "The Russian government" -> Government of Russia, located in Russia.
            if let canonical = mention.canonicalName, canonical.hasPrefix(Vocabulary.governmentOffice + " of "),
               ["government", "cabinet"].contains(mention.headWord ?? ""),
               view.tokens[mention.tokens.lowerBound].isCapitalized, view.tokens[mention.tokens.lowerBound].lower != "government" {
                let country = NameKey.normalize(String(canonical.dropFirst(Vocabulary.governmentOffice.count + 4)))
                if let place = locationByKey[country], let first = firstMention[place] {
                    found += [view.relation(mention, .locatedIn, view.document.mentions[first], confidence: 0.7)].compactMap { $0 }
                }
            }
            // "Tagansky District Court of Moscow": a body named after its city is located there.
            if let of = words.lastIndex(of: "of"), of > 0 {
                let place = words[(of + 1)...].joined(separator: " ")
                if let index = locationByKey[place], !Self.countries(clusters[index], view.document), let first = firstMention[index] {
                    found += [view.relation(mention, .locatedIn, view.document.mentions[first], confidence: 0.6)].compactMap { $0 }
                }
            }
        }
        return found
    }
}
