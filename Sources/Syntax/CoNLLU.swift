import Foundation

/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html): one word a line in
/// ten tab-separated columns, comments before each sentence, a blank line after it. Multiword
/// tokens and empty nodes are kept, so a file reads and writes back as it was. O(n) in the text.
public enum CoNLLU {
    /// The sentences of a CoNLL-U text; `file` names it in errors ("FILE:LINE: malformed CoNLL-U: ...").
    public static func read(_ text: String, file: String = "<input>") throws -> [SyntaxSentence] {
        var sentences: [SyntaxSentence] = []
        var current = SyntaxSentence(tokens: [])
        var started = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if started {
                    try finish(&current, file: file, line: lineNumber)
                    sentences.append(current)
                    current = SyntaxSentence(tokens: [])
                    started = false
                }
                continue
            }
            started = true
            if line.first == "#" {
                if !current.tokens.isEmpty || !current.multiwordTokens.isEmpty {
                    throw SyntaxError.malformedCoNLLU(file: file, line: lineNumber, reason: "a comment inside a sentence")
                }
                var comment = line.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                current.comments.append(String(comment))
                continue
            }
            try readWord(line, into: &current, file: file, line: lineNumber)
        }
        if started {
            try finish(&current, file: file, line: lineNumber)
            sentences.append(current)
        }
        return sentences
    }

    /// The CoNLL-U text of these sentences, each followed by a blank line.
    public static func write(_ sentences: [SyntaxSentence]) -> String {
        String(decoding: encode(sentences), as: UTF8.self)
    }

    /// The CoNLL-U text of these sentences as UTF-8 bytes (what `write` returns, without building a `String`).
    public static func encode(_ sentences: [SyntaxSentence]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sentences.count * 800)
        for sentence in sentences { write(sentence, to: &out) }
        return out
    }

    /// Appends one sentence's CoNLL-U lines and its closing blank line.
    public static func write(_ sentence: SyntaxSentence, to out: inout [UInt8]) {
        let tab: UInt8 = 0x09, newline: UInt8 = 0x0a
        for comment in sentence.comments {
            out.append(contentsOf: "# ".utf8)
            out.append(contentsOf: comment.utf8)
            out.append(newline)
        }
        var multiword = sentence.multiwordTokens[...]
        var empty = sentence.emptyNodes[...]
        func line(_ text: String) {
            out.append(contentsOf: text.utf8)
            out.append(newline)
        }
        while let node = empty.first, node.after == 0 { line(node.line); empty = empty.dropFirst() }
        for (index, token) in sentence.tokens.enumerated() {
            let id = index + 1
            while let span = multiword.first, span.first == id {
                line("\(span.first)-\(span.last)\t\(span.form)\t_\t_\t_\t_\t_\t_\t_\t\(span.misc)")
                multiword = multiword.dropFirst()
            }
            out.append(contentsOf: String(id).utf8)
            field(token.form, to: &out)
            field(token.lemma, to: &out)
            field(token.upos, to: &out)
            field(token.xpos, to: &out)
            field(token.features, to: &out)
            out.append(tab)
            out.append(contentsOf: String(token.head).utf8)
            field(token.relation, to: &out)
            field(token.enhanced, to: &out)
            field(token.misc, to: &out)
            out.append(newline)
            while let node = empty.first, node.after == id { line(node.line); empty = empty.dropFirst() }
        }
        out.append(newline)
    }

    /// Appends a tab and a column's text: never empty ("_"), tabs and line breaks turned into spaces.
    private static func field(_ value: String, to out: inout [UInt8]) {
        out.append(0x09)
        if value.isEmpty { out.append(0x5f); return }
        for byte in value.utf8 { out.append(byte == 0x09 || byte == 0x0a || byte == 0x0d ? 0x20 : byte) }
    }

    private static func readWord(_ line: Substring, into sentence: inout SyntaxSentence, file: String, line number: Int) throws {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 10 else {
            throw SyntaxError.malformedCoNLLU(file: file, line: number, reason: "\(columns.count) columns, expected 10 separated by tabs")
        }
        let id = columns[0]
        if let dash = id.firstIndex(of: "-") {
            guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last,
                  first == sentence.tokens.count + 1 else {
                throw SyntaxError.malformedCoNLLU(file: file, line: number, reason: "bad multiword token id '\(id)'")
            }
            sentence.multiwordTokens.append(MultiwordToken(first: first, last: last, form: String(columns[1]), misc: String(columns[9])))
            return
        }
        if id.contains(".") {
            sentence.emptyNodes.append(EmptyNode(after: sentence.tokens.count, line: String(line)))
            return
        }
        guard let position = Int(id), position == sentence.tokens.count + 1 else {
            throw SyntaxError.malformedCoNLLU(file: file, line: number,
                                              reason: "word id '\(id)' where \(sentence.tokens.count + 1) was expected")
        }
        let headText = columns[6]
        let head: Int
        if headText == "_" {
            head = 0
        } else if let value = Int(headText), value >= 0 {
            head = value
        } else {
            throw SyntaxError.malformedCoNLLU(file: file, line: number, reason: "head '\(headText)' is not a word number")
        }
        let misc = String(columns[9])
        sentence.tokens.append(SyntaxToken(
            form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]), xpos: String(columns[4]),
            features: String(columns[5]), head: head, relation: String(columns[7]), enhanced: String(columns[8]),
            misc: misc, noSpaceAfter: misc.contains("SpaceAfter=No")))
    }

    private static func finish(_ sentence: inout SyntaxSentence, file: String, line: Int) throws {
        let count = sentence.tokens.count
        if count == 0 {
            throw SyntaxError.malformedCoNLLU(file: file, line: line, reason: "a sentence with no words")
        }
        for (index, token) in sentence.tokens.enumerated() where token.head > count {
            throw SyntaxError.malformedCoNLLU(file: file, line: line,
                                              reason: "word \(index + 1) has head \(token.head) but the sentence has \(count) words")
        }
        for span in sentence.multiwordTokens where span.last > count {
            throw SyntaxError.malformedCoNLLU(file: file, line: line, reason: "multiword token \(span.first)-\(span.last) runs past the sentence")
        }
    }
}

extension CoNLLU {
    /// The sentences of a CoNLL-U file; errors name the file and line.
    public static func read(contentsOf url: URL) throws -> [SyntaxSentence] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SyntaxError.malformedCoNLLU(file: url.path, line: 0, reason: "the file cannot be read (check the path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SyntaxError.malformedCoNLLU(file: url.path, line: 0, reason: "the file is not UTF-8 text")
        }
        return try read(text, file: url.path)
    }
}
