import ArgumentParser
import GraphAlgorithms
import KnowledgeGraph
import Rendering

/// How `render --cluster` groups entities into boxes.
enum MapClustering: String, CaseIterable, ExpressibleByArgument {
    /// Louvain communities (seed 1), largest first; single entities stay outside.
    case community
    /// One box per article for the entities named in that article only; entities named in
    /// several articles stay outside, where they link the boxes.
    case document
    /// One box per entity type.
    case type

    /// The clusters of `graph`, in a deterministic order.
    func clusters(of graph: KnowledgeGraph) -> [MapCluster] {
        switch self {
        case .community:
            let index = GraphIndex(graph)
            let found = Louvain.communities(index).communities.filter { $0.count > 1 }
            return found.enumerated().map { number, members in
                MapCluster(label: "Community \(number + 1) (\(members.count))", entityIDs: members.sorted().map { index.ids[Int($0)] })
            }
        case .document:
            var members: [String: [String]] = [:]
            let evidenced = evidenceDocuments(graph)
            for entity in graph.entities {
                let documents = entity.mentions.isEmpty ? evidenced[entity.id, default: []] : Set(entity.mentions.map(\.document))
                if documents.count == 1, let only = documents.first { members[only, default: []].append(entity.id) }
            }
            return graph.documents.compactMap { document in
                members[document.id].map { MapCluster(label: document.title ?? document.id, entityIDs: $0) }
            }
        case .type:
            let byType = Dictionary(grouping: graph.entities, by: \.type)
            return byType.keys.sorted().map { type in MapCluster(label: type.rawValue, entityIDs: byType[type]!.map(\.id)) }
        }
    }

    /// For graphs without mentions: each entity's documents, from its relations' evidence. O(E).
    private func evidenceDocuments(_ graph: KnowledgeGraph) -> [String: Set<String>] {
        var documents: [String: Set<String>] = [:]
        for relation in graph.relations {
            for evidence in relation.evidence {
                documents[relation.subject, default: []].insert(evidence.document)
                documents[relation.object, default: []].insert(evidence.document)
            }
        }
        return documents
    }
}
