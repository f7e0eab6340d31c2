import Syntax

/// Splits text into tokens with scalar offsets.
///
/// Words keep internal apostrophes (O'Brien) and abbreviation periods (Mr., U.S., Jan.);
/// the possessive "'s" is a token of its own; hyphens inside words are tokens so that
/// "Moscow-based" yields "Moscow" "-" "based"; web addresses ("Gawker.com") stay whole. O(n) in
/// the text's length.
struct Tokenizer: Sendable {
    /// Words whose following period belongs to them rather than ending a sentence.
    static let abbreviations: Set<String> = Grammar.words("abbreviations")

    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]

    /// The tokens of a text given as scalars.
    func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokenize(ScalarSlices(scalars))
    }

    /// The tokens of a text.
    func tokenize(_ source: ScalarSlices) -> [Token] {
        let text = source.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4)
        var index = 0
        var space = false
        var line = true
        while index < text.count {
            let scalar = text[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" || scalar == "\u{2028}" {
                line = true
                space = true
                index += 1
                continue
            }
            if scalar == " " || (!scalar.isASCII || scalar.value < 0x20) && scalar.properties.isWhitespace {
                space = true
                index += 1
                continue
            }
            let start = index
            var kind = Token.Kind.punctuation
            if Self.isWordScalar(scalar) {
                kind = Self.isDigit(scalar) ? .number : .word
                index = wordEnd(text, from: index, kind: &kind)
            } else if Self.apostrophes.contains(scalar), index + 1 < text.count, text[index + 1] == "s" || text[index + 1] == "S",
                      index + 2 == text.count || !Self.isWordScalar(text[index + 2]), let last = tokens.last,
                      last.end == index, last.kind == .word {
                kind = .possessive
                index += 2
            } else {
                index += 1
            }
            tokens.append(Token(start: start, end: index, text: source.string(start..<index),
                                kind: kind, spaceBefore: space || tokens.isEmpty, lineBefore: line))
            space = false
            line = false
        }
        return tokens
    }

    /// The end of the word or number starting at `start`.
    private func wordEnd(_ text: [Unicode.Scalar], from start: Int, kind: inout Token.Kind) -> Int {
        var index = start
        while index < text.count {
            let scalar = text[index]
            if Self.isWordScalar(scalar) {
                if !Self.isDigit(scalar) && kind == .number { kind = .word }
                index += 1
                continue
            }
            let next = index + 1 < text.count ? text[index + 1] : " "
            if Self.apostrophes.contains(scalar), Self.isWordScalar(next), !Self.isDigit(next) {
                // "’s" followed by a non-letter is a possessive: stop before it.
                let afterNext = index + 2 < text.count ? text[index + 2] : " "
                if (next == "s" || next == "S") && !Self.isWordScalar(afterNext) { break }
                index += 1
                continue
            }
            if kind == .number, scalar == "," || scalar == ".", Self.isDigit(next) {
                index += 1
                continue
            }
            if scalar == ".", Self.isWordScalar(next), let address = webAddressEnd(text, from: start, period: index) {
                return address
            }
            if scalar == "." {
                let word = String(String.UnicodeScalarView(text[start..<index])).lowercased()
                let isInitial = index - start == 1 && text[start].properties.isUppercase
                if Self.abbreviations.contains(word) || isInitial {
                    index += 1
                    // U.S. / U.K.: a letter and a period again belong to the same token.
                    while index + 1 < text.count, text[index].properties.isUppercase, text[index + 1] == "." {
                        index += 2
                    }
                }
            }
            break
        }
        return index
    }

    /// The end of a web address ("Gawker.com", "www.flag.govt.nz") whose first period is at
    /// `period`, when the dotted word from `start` ends in one of the word lists' domain endings.
    private func webAddressEnd(_ text: [Unicode.Scalar], from start: Int, period: Int) -> Int? {
        var end = period
        while end < text.count, Self.isWordScalar(text[end]) || ((text[end] == "." || text[end] == "-") && end + 1 < text.count && Self.isWordScalar(text[end + 1])) {
            end += 1
        }
        let word = String(String.UnicodeScalarView(text[start..<end])).lowercased()
        return WordLists.shipped.isWebAddress(word) ? end : nil
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || isDigit(scalar) }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
