import Foundation

/// Articles from JSON Lines: one object per line with `id`, `title`, `text` and
/// optional `date` and `url`. The article's text is the title, a line end, then the
/// text (unless the text already begins with the title), so the headline is read as
/// in a plain-text article. Blank lines are skipped.
enum JSONLinesArticles {
    static func parse(_ content: String, path: String, source: String) throws -> [Article] {
        var articles: [Article] = []
        for (offset, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let trimmed = line
            let number = offset + 1
            let fail = { (reason: String) in
                ExtractionError.unreadableArticle(path: "\(path):\(number)", reason: reason)
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                throw fail("is not a JSON object; each line must be {\"id\": ..., \"title\": ..., \"text\": ...}")
            }
            guard let id = object["id"] as? String ?? (object["id"] as? Int).map(String.init), !id.isEmpty else {
                throw fail("has no \"id\" (a non-empty string); give every article an id")
            }
            guard let body = object["text"] as? String else {
                throw fail("has no \"text\" string; put the article's text in \"text\"")
            }
            guard body.utf8.count <= ArticleReader.maximumArticleBytes else {
                throw fail("has a text of \(body.utf8.count >> 20) MiB; articles are read up to \(ArticleReader.maximumArticleBytes >> 20) MiB: split it")
            }
            let title = (object["title"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let text = ArticleText.normalizeLineEnds(body)
            let full = title.isEmpty || text.hasPrefix(title) ? text : title + "\n" + text
            articles.append(Article(id: id, text: full, source: "\(source):\(number)",
                                    date: object["date"] as? String, url: object["url"] as? String))
        }
        return articles
    }
}
