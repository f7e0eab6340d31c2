/// Splits text into words by the conventions of Universal Dependencies' English treebanks (EWT,
/// GUM): "Russia's" -> Russia 's, "don't" -> do n't, "can't" -> ca n't, "U.S." and "Dr." kept,
/// hyphens between words split except after prefixes ("non-stop"), punctuation split off,
/// numbers ("1,000.5", "10:30"), URLs and e-mail addresses kept whole. Offsets are Unicode
/// scalar positions in the text. O(n) in the text's length.
public struct UDTokenizer: Sendable {
    private let lists: WordLists

    /// A tokenizer with the shipped word lists.
    public init(lists: WordLists = .shipped) { self.lists = lists }

    /// The words of a text, each with its scalar range and whether a space follows it.
    public func tokenize(_ text: String) -> [SyntaxToken] {
        tokenize(ScalarSlices(text))
    }

    /// The words of a text given as scalars.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [SyntaxToken] { tokenize(ScalarSlices(scalars)) }

    /// The words of a text whose UTF-8 slices are already at hand.
    public func tokenize(_ slices: ScalarSlices) -> [SyntaxToken] {
        let scalars = slices.scalars
        var pieces: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            if isWhitespace(scalars[index]) { index += 1; continue }
            var end = index
            while end < scalars.count && !isWhitespace(scalars[end]) { end += 1 }
            splitChunk(scalars, index..<end, into: &pieces)
            index = end
        }
        var tokens: [SyntaxToken] = []
        tokens.reserveCapacity(pieces.count)
        for (position, piece) in pieces.enumerated() {
            let form = slices.string(piece)
            let glued = position + 1 < pieces.count && pieces[position + 1].lowerBound == piece.upperBound
            tokens.append(SyntaxToken(form: form, range: piece, noSpaceAfter: glued))
        }
        return tokens
    }

    // MARK: - One whitespace-free chunk

    private func splitChunk(_ s: [Unicode.Scalar], _ chunk: Range<Int>, into out: inout [Range<Int>]) {
        if chunk.count <= lists.longestEmoticon, lists.emoticons.contains(string(s, chunk)) { out.append(chunk); return }
        if chunk.count > 1, !isWordCharacter(s[chunk.lowerBound]), s[chunk].allSatisfy({ $0 == s[chunk.lowerBound] }) {
            out.append(chunk)
            return
        }
        var start = chunk.lowerBound
        var end = chunk.upperBound
        // Opening punctuation.
        var leading: [Range<Int>] = []
        while start < end, isOpener(s[start]) {
            if isApostrophe(s[start]), start + 1 < end, s[start + 1].properties.numericType != nil || isCliticAt(s, start, end) { break }
            leading.append(start..<(start + 1))
            start += 1
        }
        out.append(contentsOf: leading)
        // Closing punctuation, collected from the end.
        var trailing: [Range<Int>] = []
        while start < end {
            let last = s[end - 1]
            if last == "." || last == "!" || last == "?" || last == "\u{2026}" {
                if last == ".", keepsPeriod(s, start..<end) { break }
                var runStart = end - 1
                while runStart > start, isTerminal(s[runStart - 1]) { runStart -= 1 }
                if runStart == start && trailing.isEmpty && leading.isEmpty { break }
                trailing.append(runStart..<end)
                end = runStart
            } else if isCloser(last) || (isApostrophe(last) && end - start > 1 && !isCliticAt(s, end - 1, end)) {
                trailing.append((end - 1)..<end)
                end -= 1
            } else if last == "-" && end - start > 1 && s[end - 2] != "-" {
                trailing.append((end - 1)..<end)
                end -= 1
            } else {
                break
            }
        }
        if start < end {
            if isURLOrEmail(s, start..<end) { out.append(start..<end) } else { splitCore(s, start..<end, into: &out) }
        }
        out.append(contentsOf: trailing.reversed())
    }

    /// The middle of a chunk: words, clitics and inner punctuation.
    private func splitCore(_ s: [Unicode.Scalar], _ core: Range<Int>, into out: inout [Range<Int>]) {
        var pieceStart = core.lowerBound
        var index = core.lowerBound
        while index < core.upperBound {
            let c = s[index]
            if isWordCharacter(c) || keepsInner(s, index, core) || isCliticAt(s, index, core.upperBound) { index += 1; continue }
            // c splits: the word before it, then c (or a run of the same mark, as "--" or "...").
            if pieceStart < index { splitWord(s, pieceStart..<index, into: &out) }
            var runEnd = index + 1
            if c == "-" || c == "." || c == "!" || c == "?" || c == "*" || c == "=" || c == "_" {
                while runEnd < core.upperBound && s[runEnd] == c { runEnd += 1 }
            }
            out.append(index..<runEnd)
            index = runEnd
            pieceStart = index
        }
        if pieceStart < core.upperBound { splitWord(s, pieceStart..<core.upperBound, into: &out) }
    }

    /// A word without inner punctuation: splits its clitic or its fixed two-part form.
    private func splitWord(_ s: [Unicode.Scalar], _ word: Range<Int>, into out: inout [Range<Int>]) {
        // Only words with an apostrophe or of a listed two-part word's length can split.
        guard word.count <= lists.longestSplitWord || s[word].contains(where: isApostrophe) else { out.append(word); return }
        let lower = normalized(s, word)
        if let first = lists.splitWords[lower], first < word.count {
            out.append(word.lowerBound..<(word.lowerBound + first))
            out.append((word.lowerBound + first)..<word.upperBound)
            return
        }
        for clitic in lists.clitics where lower.count > clitic.count && lower.hasSuffix(clitic) {
            var cut = word.upperBound - clitic.count
            if clitic == "n't" && (lower == "can't" || lower == "won't") { cut = word.lowerBound + 2 }
            if clitic == "n't" && lower == "ain't" { cut = word.lowerBound + 2 }
            out.append(word.lowerBound..<cut)
            out.append(cut..<word.upperBound)
            return
        }
        out.append(word)
    }

    // MARK: - Character classes

    private func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c == " " || (c.value >= 0x09 && c.value <= 0x0d)) : c.properties.isWhitespace
    }

    private func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x61 && v <= 0x7a) || (v >= 0x41 && v <= 0x5a) || (v >= 0x30 && v <= 0x39) || c == "&" || c == "@" || c == "#" || c == "+"
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
            || c == "&" || c == "@" || c == "#" || c == "+"
    }

    /// Punctuation that stays inside a word: apostrophes between letters, periods, commas and
    /// colons between digits, periods in abbreviations and domains, hyphens after prefixes, slashes in dates.
    private func keepsInner(_ s: [Unicode.Scalar], _ index: Int, _ core: Range<Int>) -> Bool {
        guard index > core.lowerBound else { return false }
        // A final period still here was kept by the abbreviation check ("Dr.", "U.S.").
        if index + 1 == core.upperBound { return s[index] == "." && isWordCharacter(s[index - 1]) }
        let before = s[index - 1], after = s[index + 1], c = s[index]
        let digits = before.properties.numericType != nil && after.properties.numericType != nil
        switch c {
        case ",", ":", "/": return digits
        case "-" where digits:
            // Phone numbers and codes ("303-832-8160") stay whole; ranges of years do too.
            return true
        case ".": return isWordCharacter(before) && isWordCharacter(after)
        case "'", "\u{2019}":
            return before.properties.isAlphabetic && after.properties.isAlphabetic && !isCliticAt(s, index, core.upperBound)
        case "-":
            guard before.properties.isAlphabetic, after.properties.isAlphabetic || after.properties.numericType != nil else { return false }
            var wordStart = index - 1
            while wordStart > core.lowerBound && isWordCharacter(s[wordStart - 1]) { wordStart -= 1 }
            return lists.hyphenPrefixes.contains(normalized(s, wordStart..<index))
        default: return false
        }
    }

    /// The text from `index` to `end` is a clitic ("'s", "'ll").
    private func isCliticAt(_ s: [Unicode.Scalar], _ index: Int, _ end: Int) -> Bool {
        guard isApostrophe(s[index]) else { return false }
        let rest = normalized(s, index..<end)
        return lists.clitics.contains(rest)
    }

    private func keepsPeriod(_ s: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        let body = (word.lowerBound)..<(word.upperBound - 1)
        guard !body.isEmpty else { return false }
        if s[body.upperBound - 1] == "." { return false }
        let lower = normalized(s, body)
        if lists.abbreviations.contains(lower) { return true }
        // Initials and inner-period abbreviations: J. / U.S. / e.g. / a.m.
        var letters = 0
        var sawPeriod = false
        for i in body {
            if s[i] == "." { sawPeriod = true; if letters == 0 { return false }; letters = 0; continue }
            guard s[i].properties.isAlphabetic else { return false }
            letters += 1
            if letters > 1 && !sawPeriod && body.count > 1 { return false }
        }
        if sawPeriod { return letters <= 2 }
        return body.count == 1 && s[body.lowerBound].properties.isUppercase
    }

    private func isURLOrEmail(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 4, s[range].contains(where: { $0 == "." || $0 == "@" || $0 == ":" }) else { return false }
        let text = normalized(s, range)
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("ftp://") { return true }
        if let at = text.firstIndex(of: "@"), at != text.startIndex, text[at...].contains(".") { return true }
        return lists.isWebAddress(text)
    }

    private func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{2018}", "(", "[", "{", "<", "\u{00AB}", "`", "$", "\u{00A3}", "\u{20AC}", "*", "~", "\u{2014}", "\u{2013}", "/", "=", ",", ";", ":", "|", "\\", "^", ">":
            return true
        default:
            return false
        }
    }

    private func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "\u{201D}", "\u{2019}", ")", "]", "}", ">", "\u{00BB}", ",", ";", ":", "%", "*", "\u{2014}", "\u{2013}", "/", "=", "|", "\\", "~", "<", "^":
            return true
        default:
            return false
        }
    }

    private func isTerminal(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "\u{2026}" }

    private func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    private func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out = String()
        out.unicodeScalars.append(contentsOf: s[range])
        return out
    }

    /// Lower case, with ’ read as '.
    private func normalized(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out = String()
        for c in s[range] { out.unicodeScalars.append(c == "\u{2019}" ? "'" : c) }
        return out.lowercased()
    }
}
