/// A word, number or punctuation mark, with its place in the text in scalar offsets.
struct Token: Hashable, Sendable {
    /// What a token is made of.
    enum Kind: Hashable, Sendable {
        case word, number, punctuation
        /// The possessive ending "'s" / "’s", split off the word it follows.
        case possessive
    }

    var start: Int
    var end: Int
    var text: String
    var kind: Kind
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// A line break separates this token from the previous one (a paragraph starts).
    var lineBefore: Bool

    /// The text in lower case, for look-ups.
    var lower: String { text.lowercased() }

    /// The first letter is upper case (Kremlin, TASS, Élisabeth, Роскомнадзор).
    var isCapitalized: Bool {
        kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false)
    }

    /// Every letter is upper case and there are at least two (FSB, MOSCOW, U.S.).
    var isAllCaps: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return kind == .word && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The token is one of these punctuation marks.
    func isPunctuation(_ marks: Set<String>) -> Bool { kind == .punctuation && marks.contains(text) }
}
