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
    static let subordinateHeads: Set<String> = [
        "committee", "commission", "subcommittee", "department", "directorate", "office", "board", "council", "division",
        "unit", "service", "bureau", "agency", "institute", "centre", "center",
    ]

    func find(in view: SentenceView) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let clusters = view.document.clusters
        for mention in view.mentions where mention.kind == .name && Self.bodies.contains(view.type(of: mention)) {
            let key = NameKey.normalize(mention.text)
            for (index, cluster) in clusters.enumerated() where index != mention.cluster && Self.bodies.contains(cluster.type) {
                let names = cluster.forms.filter { $0.first?.isUppercase == true }.compactMap { cluster.keyOf[$0] }
                let prefix = names.first { name in
                    guard key.hasPrefix(name + " ") else { return false }
                    let next = key.dropFirst(name.count + 1).split(separator: " ").first.map(String.init) ?? ""
                    return Self.subordinateHeads.contains(next)
                }
                guard prefix != nil, let larger = view.document.mentions.first(where: { $0.cluster == index }) else { continue }
                found += [view.relation(mention, .partOf, larger, confidence: 0.7)].compactMap { $0 }
            }
            // "The Russian government" -> Government of Russia, located in Russia.
            if let canonical = mention.canonicalName, canonical.hasPrefix(Vocabulary.governmentOffice + " of "),
               ["government", "cabinet"].contains(mention.headWord ?? ""),
               view.tokens[mention.tokens.lowerBound].isCapitalized, view.tokens[mention.tokens.lowerBound].lower != "government" {
                let country = NameKey.normalize(String(canonical.dropFirst(Vocabulary.governmentOffice.count + 4)))
                if let place = clusters.indices.first(where: { clusters[$0].type == .location && clusters[$0].keys.contains(country) }),
                   let placeMention = view.document.mentions.first(where: { $0.cluster == place }) {
                    found += [view.relation(mention, .locatedIn, placeMention, confidence: 0.7)].compactMap { $0 }
                }
            }
            // "Tagansky District Court of Moscow": a body named after its city is located there.
            let words = key.split(separator: " ")
            if let of = words.lastIndex(of: "of"), of > 0 {
                let place = words[(of + 1)...].joined(separator: " ")
                if let (index, _) = clusters.enumerated().first(where: { $0.element.type == .location && $0.element.keys.contains(place) }),
                   !Self.countries(clusters[index], view.document), let city = view.document.mentions.first(where: { $0.cluster == index }) {
                    found += [view.relation(mention, .locatedIn, city, confidence: 0.6)].compactMap { $0 }
                }
            }
        }
        return found
    }
}
