/// Escaping of untrusted text for DOT.
public enum DOTEscaping {
    /// `text` as the inside of a double-quoted DOT string that Graphviz shows verbatim.
    ///
    /// Backslashes are doubled (Graphviz reads `\n`, `\l`, `\N`, `\G` in labels and
    /// tooltips as escapes), double quotes are escaped, line breaks and other control
    /// characters become spaces, bidirectional overrides are dropped, and a final backslash
    /// is followed by a space (found by FuzzDOT: `"a\\"` does not end the string in Graphviz).
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
        // Graphviz's lexer reads `\\"` as a backslash then an escaped quote, so a string must not
        // end with a backslash: a trailing one is followed by a space.
        if out.last == "\\" { out.append(" ") }
        return "\"" + String(out) + "\""
    }

    /// The DOT node name of an entity id: the id itself, except that `~`, `%` (Graphviz reads
    /// names starting with `%` as its own anonymous ids), backslashes (Graphviz keeps `\\` in
    /// names as two characters), control characters, line and
    /// paragraph separators and bidirectional controls become `~` and two hex digits per UTF-8
    /// byte, so that `quoted` keeps the name whole and two ids never share one. Slug ids
    /// (`person:dmitry-peskov`) are unchanged. No name starts with `~l`: those are the legend's.
    public static func nodeName(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            let encode = scalar == "~" || scalar == "%" || scalar == "\\" || scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || ("\u{202A}"..."\u{202E}").contains(scalar) || ("\u{2066}"..."\u{2069}").contains(scalar) || scalar == "\u{200E}" || scalar == "\u{200F}"
            guard encode else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for byte in String(scalar).utf8 {
                out += "~" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// The DOT node name of the legend's sample of `type`: outside every `nodeName` result.
    public static func legendName(_ type: String) -> String {
        "~legend:" + type
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
