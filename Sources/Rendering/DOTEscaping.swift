/// Escaping of untrusted text for DOT.
public enum DOTEscaping {
    /// `text` as the inside of a double-quoted DOT string that Graphviz shows verbatim.
    ///
    /// Backslashes are doubled (Graphviz reads `\n`, `\l`, `\N`, `\G` in labels and
    /// tooltips as escapes), double quotes are escaped, line breaks and other control
    /// characters become spaces, and bidirectional overrides are dropped.
    public static func quoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}", "\u{200E}", "\u{200F}": continue
            default:
                if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out.append(" ")
                } else {
                    out.append(scalar)
                }
            }
        }
        return "\"" + String(out) + "\""
    }
}
