/// What can go wrong while reading articles or resources, with a message for people.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A lexicon file has a bad row, or cannot be read.
    case lexicon(path: String, line: Int, reason: String)
    /// An article file cannot be read or decoded.
    case unreadableArticle(path: String, reason: String)

    public var description: String {
        switch self {
        case .lexicon(let path, let line, let reason):
            line > 0 ? "lexicon \(path), line \(line): \(reason)" : "lexicon \(path) \(reason)"
        case .unreadableArticle(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
