import Foundation

/// Decoding and normalising article text, shared by every format.
enum ArticleText {
    /// UTF-8 text without a byte-order mark, line ends normalised to "\n".
    /// - Throws: `ExtractionError.unreadableArticle` when the bytes are not UTF-8.
    static func decode(_ data: Data, path: String) throws -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw ExtractionError.unreadableArticle(path: path, reason: "is UTF-16 text; convert it with iconv -f UTF-16 -t UTF-8")
        }
        if let kind = binaryKind(data) {
            throw ExtractionError.unreadableArticle(path: path, reason: "is \(kind), not an article; give text, Markdown, HTML or JSON Lines files (convert documents to text first, e.g. pdftotext)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.unreadableArticle(path: path, reason: "is not UTF-8 text; convert it with iconv -t UTF-8")
        }
        return normalizeLineEnds(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// What binary file `data` is, by its magic number or a NUL byte in its first 8 KB; nil for
    /// text. UTF-16 (which has NUL bytes) is told apart before this is asked.
    static func binaryKind(_ data: Data) -> String? {
        let magic: [(bytes: [UInt8], kind: String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), (Array("%PDF".utf8), "a PDF document"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word/OpenDocument file)"),
            ([0x1F, 0x8B], "a gzip archive"), ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ]
        for (bytes, kind) in magic where data.starts(with: bytes) { return kind }
        return data.prefix(8192).contains(0) ? "a binary file (it holds NUL bytes)" : nil
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
