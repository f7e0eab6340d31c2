/// The plain text of a Markdown article: heading, quote and list markers, emphasis,
/// code marks, images and link targets removed (a link keeps its text), code fences and
/// rules dropped. Lines of one paragraph are joined with a space; each paragraph,
/// heading and list item becomes one line, so the text reads like a plain-text article.
enum MarkdownText {
    static func extract(_ markdown: String) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("```") || line.hasPrefix("~~~") || isRule(line) {
                flush()
                continue
            }
            let (body, standsAlone) = stripBlockMarker(line)
            if standsAlone { flush() }
            current.append(inline(body))
            if standsAlone && line.hasPrefix("#") { flush() }
        }
        flush()
        return ArticleText.paragraphs(paragraphs)
    }

    /// "---", "***", "___": a thematic break.
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        return marks.count >= 3 && Set(marks).count == 1 && ["-", "*", "_"].contains(marks.first!)
    }

    /// The line without its heading, quote or list marker; whether it starts a block of its own.
    private static func stripBlockMarker(_ line: String) -> (String, Bool) {
        var text = Substring(line)
        while text.hasPrefix(">") { text = text.dropFirst().drop { $0 == " " } }
        if text.hasPrefix("#") {
            let hashes = text.prefix { $0 == "#" }
            if hashes.count <= 6, text.dropFirst(hashes.count).first == " " {
                return (String(text.dropFirst(hashes.count + 1)).trimmingCharacters(in: .whitespaces), true)
            }
        }
        for marker in ["- ", "* ", "+ "] where text.hasPrefix(marker) { return (String(text.dropFirst(2)), true) }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") { return (String(text.dropFirst(digits.count + 2)), true) }
        return (String(text), false)
    }

    /// Inline syntax removed: `![alt](url)`, `[text](url)`, `**`, `__`, `*`, `_` at word edges, backticks, escapes.
    private static func inline(_ line: String) -> String {
        let characters = Array(line)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, "\\`*_{}[]()#+-.!>".contains(characters[index + 1]) {
                out.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "!" || character == "[", let (text, end) = link(characters, at: index) {
                if character == "[" { out += inline(text) }
                index = end
                continue
            }
            if character == "`" || character == "*" { index += 1; continue }
            if character == "_" {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) { index += 1; continue }
            }
            out.append(character)
            index += 1
        }
        return out
    }

    /// `[text](target)` or `![alt](target)` starting at `start`: the text and the index after ")".
    private static func link(_ characters: [Character], at start: Int) -> (String, Int)? {
        var index = start
        if characters[index] == "!" {
            index += 1
            guard index < characters.count, characters[index] == "[" else { return nil }
        }
        guard let close = characters[(index + 1)...].firstIndex(of: "]"), close + 1 < characters.count, characters[close + 1] == "(",
              let end = characters[(close + 2)...].firstIndex(of: ")") else { return nil }
        return (String(characters[(index + 1)..<close]), end + 1)
    }
}
