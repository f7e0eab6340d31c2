import Foundation

/// Reads article files: `.txt` as UTF-8 (with or without a byte-order mark),
/// line ends normalised to "\n". The article's id is the file name without extension.
public struct ArticleReader: Sendable {
    /// File extensions this reader accepts.
    public static let extensions: Set<String> = ["txt"]

    /// Creates a reader.
    public init() {}

    /// Reads one article file.
    /// - Throws: `ExtractionError.unreadableArticle` saying why and what to do.
    public func read(_ url: URL, source: String? = nil) throws -> Article {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ExtractionError.unreadableArticle(path: url.path, reason: "cannot be read (\(error.localizedDescription)); check that the file exists and is readable")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.unreadableArticle(path: url.path, reason: "is not UTF-8 text; convert it with iconv -t UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let id = url.deletingPathExtension().lastPathComponent
        return Article(id: id, text: text, source: source ?? url.path)
    }
}
