import KnowledgeGraph

/// Bodies whose name begins with another body's name are part of it: "Federation Council
/// Committee on Defense and Security" is part of the Federation Council, "State Duma
/// information policy committee" of the State Duma, when the article names the larger body
/// and the name goes on with a unit's head word (not "Google LLC", not "... of Canada Secretariat").
struct NestedNameRelations: Sendable {
    static let bodies: Set<EntityType> = [.governmentBody, .organization]
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
                let names = cluster.forms.filter { $0.first?.isUppercase == true }.map(NameKey.normalize)
                let prefix = names.first { name in
                    guard key.hasPrefix(name + " ") else { return false }
                    let next = key.dropFirst(name.count + 1).split(separator: " ").first.map(String.init) ?? ""
                    return Self.subordinateHeads.contains(next)
                }
                guard prefix != nil, let larger = view.document.mentions.first(where: { $0.cluster == index }) else { continue }
                found += [view.relation(mention, .partOf, larger, confidence: 0.7)].compactMap { $0 }
            }
        }
        return found
    }
}
