import Foundation

/// Reads article files by their extension:
/// `.txt` as plain text, `.md`/`.markdown` with Markdown syntax removed,
/// `.html`/`.htm` with markup stripped and text kept, `.jsonl` as one article per line
/// (`id`, `title`, `text`, optional `date` and `url`). Text is UTF-8 with or without a
/// byte-order mark; line ends become "\n". A file's article id is its name without extension.
public struct ArticleReader: Sendable {
    /// The longest article text read, in bytes (32 MiB): far above any news article, and low
    /// enough that a stray dump or log file is refused at once instead of extracted for minutes.
    public static let maximumArticleBytes = 32 << 20

    /// File extensions this reader accepts, lower-case.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]

    /// Creates a reader.
    public init() {}

    /// Reads the articles of one file: one for every format but `.jsonl`, which may hold many.
    /// - Throws: `ExtractionError.unreadableArticle` saying what is wrong and what to do.
    public func read(_ url: URL, source: String? = nil) throws -> [Article] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ExtractionError.unreadableArticle(path: url.path, reason: "cannot be read (\(error.localizedDescription)); check that the file exists and is readable")
        }
        return try read(contents: data, path: url.path, source: source)
    }

    /// The articles in `data`, read as the file at `path` would be (its extension picks the
    /// format, its name gives the id). Never touches the file system.
    /// - Throws: `ExtractionError` for text that is not UTF-8, or a malformed .jsonl line.
    public func read(contents data: Data, path: String, source: String? = nil) throws -> [Article] {
        let url = URL(fileURLWithPath: path)
        if data.isEmpty { throw ExtractionError.unreadableArticle(path: url.path, reason: "is empty; there is nothing to extract") }
        let isLines = url.pathExtension.lowercased() == "jsonl"
        if !isLines && data.count > Self.maximumArticleBytes {
            throw ExtractionError.unreadableArticle(path: url.path, reason: "is \(data.count >> 20) MiB; articles are read up to \(Self.maximumArticleBytes >> 20) MiB: split it into one file per article, or a .jsonl with one article per line")
        }
        let text = try ArticleText.decode(data, path: url.path)
        let id = url.deletingPathExtension().lastPathComponent
        let source = source ?? url.path
        switch url.pathExtension.lowercased() {
        case "jsonl":
            return try JSONLinesArticles.parse(text, path: url.path, source: source)
        case "html", "htm":
            return [Article(id: id, text: HTMLText.extract(text), source: source)]
        case "md", "markdown":
            return [Article(id: id, text: MarkdownText.extract(text), source: source)]
        default:
            return [Article(id: id, text: text, source: source)]
        }
    }
}
