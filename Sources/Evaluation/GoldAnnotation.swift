import Foundation
import KnowledgeGraph

/// A hand-made gold annotation of one article (`corpus/*/gold/NAME.json`, SCHEMA.md).
public struct GoldAnnotation: Decodable, Sendable {
    /// The annotated article's file name ("00_tass_messengers.txt").
    public var article: String
    public var entities: [GoldEntity]
    public var relations: [GoldRelation]

    /// Reads a gold file.
    /// - Throws: `EvaluationError.unreadableGold` with the file and the reason.
    public static func read(_ url: URL) throws -> GoldAnnotation {
        do {
            return try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: url))
        } catch {
            throw EvaluationError.unreadableGold(path: url.path, reason: "\(error)")
        }
    }
}

/// A gold entity: its id within the file, type and every form that names it.
public struct GoldEntity: Decodable, Sendable {
    public var id: String
    public var name: String
    public var type: String
    public var aliases: [String]?
}

/// A gold relation with the other readings that count as the same fact.
public struct GoldRelation: Decodable, Sendable {
    public var subject: String
    public var predicate: String
    public var object: String
    public var negated: Bool?
    public var modality: String?
    public var evidence: String?
    public var alternatives: [GoldReading]?

    /// The relation's own reading first, then its alternatives.
    var readings: [GoldReading] {
        [GoldReading(subject: subject, predicate: predicate, object: object)] + (alternatives ?? [])
    }
}

/// One reading of a gold relation: subject, predicate, object.
public struct GoldReading: Decodable, Sendable {
    public var subject: String
    public var predicate: String
    public var object: String
}

/// What can go wrong while evaluating, with a message for people.
public enum EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A gold file cannot be read or is not a gold annotation.
    case unreadableGold(path: String, reason: String)
    /// A folder holds no gold files.
    case noGold(path: String)

    public var description: String {
        switch self {
        case .unreadableGold(let path, let reason):
            "\(path): not a gold annotation (\(reason)); see SCHEMA.md, \"Gold annotations\""
        case .noGold(let path):
            "\(path): no gold files (*.json) in this folder; give the folder that holds NAME.json next to articles/NAME.txt"
        }
    }
}
