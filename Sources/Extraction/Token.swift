import Syntax

/// A word, number or punctuation mark, with its place in the text in scalar offsets.
struct Token: Hashable, Sendable {
    /// What a token is made of.
    enum Kind: Hashable, Sendable {
        case word, number, punctuation
        /// The possessive ending "'s" / "’s", split off the word it follows.
        case possessive
    }

    let start: Int
    let end: Int
    let text: String
    let kind: Kind
    /// Whitespace separates this token from the previous one.
    let spaceBefore: Bool
    /// A line break separates this token from the previous one (a paragraph starts).
    let lineBefore: Bool
    /// The text in lower case, for look-ups.
    let lower: String
    /// The first letter is upper case (Kremlin, TASS, Élisabeth, Роскомнадзор).
    let isCapitalized: Bool
    /// Every letter is upper case and there are at least two (FSB, MOSCOW, U.S.).
    let isAllCaps: Bool

    /// A token; its lower-case form and capitalisation are worked out once, here.
    init(start: Int, end: Int, text: String, kind: Kind, spaceBefore: Bool, lineBefore: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.lineBefore = lineBefore
        lower = text.utf8.allSatisfy { $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) } ? text : text.lowercased()
        isCapitalized = kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false)
        var letters = 0
        var allUpper = true
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if !scalar.properties.isUppercase { allUpper = false; break }
        }
        isAllCaps = kind == .word && letters >= 2 && allUpper
    }

    /// "Gawker.com", "www.flag.govt.nz": a word that is a web address (its ending in the shipped
    /// word lists' `domainEndings`).
    var isWebAddress: Bool { kind == .word && lower.utf8.contains(UInt8(ascii: ".")) && WordLists.shipped.isWebAddress(lower) }

    /// "I'll", "We're", "It's": a function word and a contraction's ending in one word.
    var isContraction: Bool {
        // Bytes first: an apostrophe (0x27) or the last byte of a right single quotation mark (0x99).
        guard kind == .word, lower.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }),
              let mark = lower.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        return Vocabulary.functionWords.contains(String(lower[..<mark])) && Vocabulary.contractionEndings.contains(String(lower[lower.index(after: mark)...]))
    }

    /// The token is one of these punctuation marks.
    func isPunctuation(_ marks: Set<String>) -> Bool { kind == .punctuation && marks.contains(text) }

    /// The token is one of these few punctuation marks (a literal list, compared in order).
    @inline(__always)
    func isPunctuation(_ marks: [String]) -> Bool { kind == .punctuation && marks.contains(text) }
}
