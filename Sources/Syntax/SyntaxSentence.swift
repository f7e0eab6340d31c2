/// A sentence: its words with their syntax, the comment lines before it, and CoNLL-U's
/// multiword tokens and empty nodes, kept so that a file reads and writes back unchanged.
public struct SyntaxSentence: Sendable, Equatable {
    /// The comment lines before the sentence, without the leading "# " ("sent_id = 1", "text = ...").
    public var comments: [String]
    /// The syntactic words, in order; `head` refers to their 1-based positions.
    public var tokens: [SyntaxToken]
    /// Multiword tokens ("don't" over do + n't).
    public var multiwordTokens: [MultiwordToken]
    /// Empty nodes (enhanced syntax), as their raw lines.
    public var emptyNodes: [EmptyNode]

    /// A sentence of these words and comments.
    public init(tokens: [SyntaxToken], comments: [String] = [], multiwordTokens: [MultiwordToken] = [],
                emptyNodes: [EmptyNode] = []) {
        self.tokens = tokens
        self.comments = comments
        self.multiwordTokens = multiwordTokens
        self.emptyNodes = emptyNodes
    }

    /// The value of a `# key = value` comment, if there is one.
    public func comment(_ key: String) -> String? {
        let prefix = key + " = "
        for line in comments where line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
        return nil
    }

    /// The sentence's text: its `# text` comment, or the words joined as their spacing says.
    public var text: String {
        if let text = comment("text") { return text }
        var out = ""
        for (index, token) in tokens.enumerated() {
            out += token.form
            if !token.noSpaceAfter && index + 1 < tokens.count { out += " " }
        }
        return out
    }
}

/// A CoNLL-U multiword token: one orthographic token over several words (lines like `3-4`).
public struct MultiwordToken: Sendable, Equatable {
    /// The first and last word it covers (1-based).
    public var first: Int
    /// The last word it covers (1-based).
    public var last: Int
    /// The token as written.
    public var form: String
    /// Its MISC column.
    public var misc: String

    /// A multiword token over words first...last.
    public init(first: Int, last: Int, form: String, misc: String = "_") {
        self.first = first
        self.last = last
        self.form = form
        self.misc = misc
    }
}

/// A CoNLL-U empty node (lines like `8.1`), kept as its raw line after the word it follows.
public struct EmptyNode: Sendable, Equatable {
    /// The word it follows (0 before the first).
    public var after: Int
    /// The whole line.
    public var line: String

    /// An empty node's line, after word `after`.
    public init(after: Int, line: String) {
        self.after = after
        self.line = line
    }
}
