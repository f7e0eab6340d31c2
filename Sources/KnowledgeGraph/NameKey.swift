import Foundation

/// Normal forms of names for matching and for ids.
public enum NameKey {
    /// The matching key of a name: case folded, typographic apostrophes straightened,
    /// possessive "'s" and punctuation dropped, spaces collapsed, a leading "the" removed.
    /// This is the same folding the scorer applies, so equal keys score as equal names.
    public static func normalize(_ name: String) -> String {
        var wordCount = 0
        var folded = String.UnicodeScalarView()
        folded.reserveCapacity(name.utf8.count)
        var inWord = false
        let scalars = Array(name.unicodeScalars)
        var index = 0
        func endWord() {
            if inWord { wordCount += 1 }
            inWord = false
        }
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "\u{2019}" { scalar = "'" }
            if scalar == "'", index + 1 < scalars.count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
               index + 2 == scalars.count || !isWordScalar(scalars[index + 2]) {
                index += 2
                continue
            }
            if isWordScalar(scalar) {
                if !inWord {
                    if !folded.isEmpty { folded.append(" ") }
                    inWord = true
                }
                if scalar.isASCII {
                    folded.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else {
                    folded.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            } else {
                endWord()
            }
            index += 1
        }
        endWord()
        let key = String(folded)
        return wordCount > 1 && key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }

    /// Words that carry no content when wordings of a measure are compared.
    public static let stopWords: Set<String> = ["the", "a", "an", "of", "on", "for", "to", "and", "in", "from", "by", "with", "s"]

    /// The content words of a name: its normalised words without `stopWords`.
    public static func contentWords(_ name: String) -> Set<String> {
        Set(normalize(name).split(separator: " ").map(String.init)).subtracting(stopWords)
    }

    /// Content-word overlap (Jaccard) of two wordings, from 0 to 1; 0 when either has none.
    /// The scorer matches two wordings of a proposal, law or event at 0.5 or more.
    public static func overlap(_ lhs: String, _ rhs: String) -> Double {
        let (a, b) = (contentWords(lhs), contentWords(rhs))
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }

    /// A slug for ids: diacritics folded, letters and digits kept, other runs become "-".
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
