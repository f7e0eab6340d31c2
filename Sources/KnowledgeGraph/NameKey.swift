import Foundation

/// Normal forms of names for matching and for ids.
public enum NameKey {
    /// The matching key of a name: case folded, typographic apostrophes straightened,
    /// possessive "'s" and punctuation dropped, spaces collapsed, a leading "the" removed.
    /// This is the same folding the scorer applies, so equal keys score as equal names.
    public static func normalize(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        let scalars = Array(name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").unicodeScalars)
        var index = 0
        func flush() {
            if !current.isEmpty { words.append(current); current = "" }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'", index + 1 < scalars.count, scalars[index + 1] == "s",
               index + 2 == scalars.count || !isWordScalar(scalars[index + 2]) {
                index += 2
                continue
            }
            if isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
            index += 1
        }
        flush()
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
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
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }
}
