import Foundation

/// Normal forms of names for matching and for ids.
public enum NameKey {
    /// The matching key of a name: case folded, typographic apostrophes straightened,
    /// possessive "'s" and punctuation dropped, spaces collapsed, a leading "the" removed.
    /// This is the same folding the scorer applies, so equal keys score as equal names.
    public static func normalize(_ name: String) -> String {
        if let ascii = normalizeASCII(name) { return ascii }
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

    /// The same folding over bytes, for ASCII names (most of them); nil for any other name.
    private static func normalizeASCII(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var wordCount = 0
        var inWord = false
        let bytes = Array(name.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "s"),
               index + 2 == bytes.count || !isWordByte(bytes[index + 2]) {
                index += 2
                continue
            }
            if isWordByte(byte) {
                if !inWord {
                    if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    inWord = true
                }
                out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            } else if inWord {
                wordCount += 1
                inWord = false
            }
            index += 1
        }
        if inWord { wordCount += 1 }
        let the: [UInt8] = Array("the ".utf8)
        if wordCount > 1, out.starts(with: the) { out.removeFirst(4) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
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
