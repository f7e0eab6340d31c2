import Foundation

/// Decoding and normalising article text, shared by every format.
enum ArticleText {
    /// UTF-8 text without a byte-order mark, line ends normalised to "\n".
    /// - Throws: `ExtractionError.unreadableArticle` when the bytes are not UTF-8.
    static func decode(_ data: Data, path: String) throws -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw ExtractionError.unreadableArticle(path: path, reason: "is UTF-16 text; convert it with iconv -f UTF-16 -t UTF-8")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.unreadableArticle(path: path, reason: "is not UTF-8 text; convert it with iconv -t UTF-8")
        }
        return normalizeLineEnds(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// "\r\n" and lone "\r" become "\n".
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Runs of spaces and tabs become one space; each line is trimmed; empty lines are dropped.
    static func paragraphs(_ lines: [String]) -> String {
        lines.map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
        }
        .filter { !$0.isEmpty }
        .joined(separator: "\n")
    }
}
