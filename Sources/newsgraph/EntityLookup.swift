import ArgumentParser
import Foundation
import KnowledgeGraph

/// Finds the entity a user names on the command line: an id, a name or an alias, case-insensitively.
/// An unknown name says so and suggests the closest names; an ambiguous one lists the candidates.
/// Both exit with code 2.
struct EntityLookup {
    let graph: KnowledgeGraph

    func find(_ query: String) throws -> Entity {
        if let exact = graph.entities.first(where: { $0.id == query }) { return exact }
        let key = NameKey.normalize(query)
        let matches = graph.entities.filter { entity in entity.allNames.contains { NameKey.normalize($0) == key } }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let named = matches.filter { NameKey.normalize($0.name) == key }
            if named.count == 1 { return named[0] }
            let list = matches.map { "\($0.id) (\($0.type.rawValue), \($0.name))" }.joined(separator: "; ")
            printError("error: '\(query)' names \(matches.count) entities: \(list); give one of these ids")
            throw ExitCode(2)
        }
        let suggestions = closest(to: key).map { "'\($0)'" }.joined(separator: ", ")
        printError("error: no entity is called '\(query)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions)?"))
        throw ExitCode(2)
    }

    /// The names nearest to `key` by edit distance, or containing it, at most three.
    private func closest(to key: String) -> [String] {
        // Each entity scores by its nearest form or word of a form ("Peskof" -> "Dmitry Peskov").
        var scored: [(name: String, distance: Int)] = []
        for entity in graph.entities {
            var best = Int.max
            for form in entity.allNames.map(NameKey.normalize) {
                for other in [form] + form.split(separator: " ").map(String.init) {
                    let contained = other.contains(key) || (key.contains(other) && other.count > 2)
                    best = min(best, contained ? 0 : Self.editDistance(Array(key), Array(other)))
                }
            }
            scored.append((entity.name, best))
        }
        let limit = max(2, key.count / 3)
        let near = scored.filter { $0.distance <= limit }.sorted { lhs, rhs in
            lhs.distance != rhs.distance ? lhs.distance < rhs.distance : lhs.name < rhs.name
        }
        return near.prefix(3).map(\.name)
    }

    /// Levenshtein distance, O(a b).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
