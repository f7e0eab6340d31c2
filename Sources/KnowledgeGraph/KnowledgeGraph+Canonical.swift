/// Deterministic form and merging of graphs.
extension KnowledgeGraph {
    /// Merges the graphs of several documents into one, then canonicalizes it.
    ///
    /// Entities merge when they have the same type and share a proper name or alias
    /// (see `mergeKeys(of:)`); never across types. A statement reported in several
    /// documents becomes one relation holding every evidence sentence.
    /// O((E + R) log(E + R)) for E entities and R relations in all.
    public static func merging(_ graphs: [KnowledgeGraph]) -> KnowledgeGraph {
        var union = KnowledgeGraph()
        for graph in graphs {
            union.documents += graph.documents
            union.entities += graph.entities
            union.relations += graph.relations
        }
        return union.canonicalized()
    }

    /// The graph in canonical form: entities of one type sharing a name merged, ids
    /// derived from type and name, relations deduplicated and numbered in sorted order,
    /// every array sorted. Two graphs holding the same facts canonicalize to equal values.
    ///
    /// Entity ids must be unique within `self` (relations refer to them).
    public func canonicalized() -> KnowledgeGraph {
        let groups = entityGroups()
        var merged: [(entity: Entity, members: [String])] = groups.map { members in
            let parts = members.map { entities[$0] }
            return (Self.mergedEntity(parts), parts.map(\.id))
        }
        merged.sort { lhs, rhs in
            (lhs.entity.type, lhs.entity.name, lhs.entity.mentions.first ?? Mention(document: "", start: 0, end: 0))
                < (rhs.entity.type, rhs.entity.name, rhs.entity.mentions.first ?? Mention(document: "", start: 0, end: 0))
        }
        var newID: [String: String] = [:]
        var taken = Set<String>()
        var outEntities: [Entity] = []
        for (entity, members) in merged {
            var candidate = entity.type.idPrefix + ":" + NameKey.slug(entity.name)
            var suffix = 2
            while taken.contains(candidate) {
                candidate = entity.type.idPrefix + ":" + NameKey.slug(entity.name) + "-\(suffix)"
                suffix += 1
            }
            taken.insert(candidate)
            for member in members { newID[member] = candidate }
            var copy = entity
            copy.id = candidate
            outEntities.append(copy)
        }
        outEntities.sort { $0.id < $1.id }

        var statements: [Relation.StatementKey: Relation] = [:]
        for relation in relations {
            guard let subject = newID[relation.subject], let object = newID[relation.object], subject != object else {
                continue
            }
            var copy = relation
            copy.subject = subject
            copy.object = object
            let key = copy.statementKey
            if statements[key] != nil {
                // Appended in place: a statement reported by n documents costs O(n), not O(n²).
                statements[key]!.evidence.append(contentsOf: copy.evidence)
                statements[key]!.confidence = max(statements[key]!.confidence, copy.confidence)
            } else {
                statements[key] = copy
            }
        }
        var outRelations = statements.keys.sorted().compactMap { statements[$0] }
        for index in outRelations.indices {
            outRelations[index].id = "r\(index + 1)"
            outRelations[index].evidence = Array(Set(outRelations[index].evidence)).sorted()
        }

        var documentsByID: [String: Document] = [:]
        for document in documents where documentsByID[document.id] == nil {
            documentsByID[document.id] = document
        }
        let outDocuments = documentsByID.keys.sorted().compactMap { documentsByID[$0] }
        return KnowledgeGraph(documents: outDocuments, entities: outEntities, relations: outRelations)
    }

    /// The keys under which an entity may merge with another of its type: its name and
    /// its proper aliases, normalized. Descriptions ("the ministry", "this law") are not
    /// keys, since they name different things in different articles.
    public static func mergeKeys(of entity: Entity) -> Set<String> {
        var keys: Set<String> = [NameKey.normalize(entity.name)]
        for alias in entity.aliases where isProperName(alias) {
            keys.insert(NameKey.normalize(alias))
        }
        keys.remove("")
        return keys
    }

    /// Whether a form is a proper name rather than a description: after an optional
    /// leading "the", it starts with an upper-case letter or a digit.
    public static func isProperName(_ form: String) -> Bool {
        var text = Substring(form)
        for article in ["the ", "The "] where text.hasPrefix(article) {
            text = text.dropFirst(article.count)
        }
        guard let first = text.unicodeScalars.first else { return false }
        let determiners: Set<String> = ["This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "A", "An"]
        if let word = text.split(separator: " ").first, determiners.contains(String(word)) { return false }
        return first.properties.isUppercase || ("0"..."9").contains(first)
    }

    /// Groups entity indices by union-find over shared merge keys within one type.
    private func entityGroups() -> [[Int]] {
        var parent = Array(entities.indices)
        func find(_ node: Int) -> Int {
            var root = node
            while parent[root] != root { root = parent[root] }
            var walk = node
            while parent[walk] != root { (walk, parent[walk]) = (parent[walk], root) }
            return root
        }
        var owner: [String: Int] = [:]
        for (index, entity) in entities.enumerated() {
            for key in Self.mergeKeys(of: entity) {
                let typedKey = entity.type.rawValue + "\u{1F}" + key
                if let other = owner[typedKey] {
                    let (a, b) = (find(index), find(other))
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    owner[typedKey] = index
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in entities.indices { groups[find(index), default: []].append(index) }
        return groups.keys.sorted().compactMap { groups[$0] }
    }

    /// One entity from several that denote the same thing: the fullest name wins.
    private static func mergedEntity(_ parts: [Entity]) -> Entity {
        let allNames = parts.flatMap(\.allNames)
        // Most words after folding ("the Kremlin" is no fuller than "Kremlin"), then the shorter spelling.
        let name = parts.map(\.name).min { lhs, rhs in
            let (lw, rw) = (NameKey.normalize(lhs).split(separator: " ").count, NameKey.normalize(rhs).split(separator: " ").count)
            if lw != rw { return lw > rw }
            return lhs.count != rhs.count ? lhs.count < rhs.count : lhs < rhs
        } ?? ""
        let aliases = Set(allNames).subtracting([name]).sorted()
        let mentions = Array(Set(parts.flatMap(\.mentions))).sorted()
        return Entity(id: parts[0].id, type: parts[0].type, name: name, aliases: aliases, mentions: mentions)
    }
}
