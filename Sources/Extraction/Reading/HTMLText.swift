/// The readable text of an HTML page: tags removed, character references decoded,
/// `script`, `style`, `noscript` and `template` dropped, block elements (p, div, h1–h6,
/// li, br, ...) on lines of their own. The `<title>` opens the text when the body has no
/// `<h1>` that could serve as the headline. O(n), one pass.
enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "article",
        "section", "header", "footer", "blockquote", "pre", "hr", "figcaption", "figure", "main", "aside", "nav", "dd", "dt",
        "body", "html", "head", "title",
    ]
    static let hiddenTags: Set<String> = ["script", "style", "noscript", "template", "svg"]

    static func extract(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var title = String.UnicodeScalarView()
        var inTitle = false
        var hidden: String?
        var sawHeading = false
        var index = 0
        func endLine() {
            lines.append(String(line))
            line = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let tag = HTMLTag.read(scalars, at: index) {
                index = tag.end
                if let open = hidden {
                    if tag.isClosing && tag.name == open { hidden = nil }
                    continue
                }
                if hiddenTags.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing { hidden = tag.name; continue }
                if tag.name == "title" { inTitle = !tag.isClosing; continue }
                if tag.name == "h1" && !tag.isClosing { sawHeading = true }
                if blockTags.contains(tag.name) { endLine() }
                continue
            }
            index += 1
            if hidden != nil { continue }
            var decoded = [scalar]
            if scalar == "&", let (reference, end) = HTMLEntities.decode(scalars, at: index - 1) {
                decoded = Array(reference.unicodeScalars)
                index = end
            }
            for character in decoded {
                let plain: Unicode.Scalar = character == "\n" || character == "\t" ? " " : character
                if inTitle { title.append(plain) } else { line.append(plain) }
            }
        }
        endLine()
        var text = ArticleText.paragraphs(lines)
        let headline = ArticleText.paragraphs([String(title)])
        if !sawHeading, !headline.isEmpty, !text.hasPrefix(headline) {
            text = text.isEmpty ? headline : headline + "\n" + text
        }
        return text
    }
}

/// One tag read from HTML: its lower-case name and where it ends. Comments and
/// declarations (`<!-- -->`, `<!DOCTYPE>`) come back with an empty name.
struct HTMLTag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var end: Int

    /// The tag starting at `start` (a "<"), or nil when the "<" is plain text.
    static func read(_ scalars: [Unicode.Scalar], at start: Int) -> HTMLTag? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "!" {
            let isComment = index + 2 < scalars.count && scalars[index + 1] == "-" && scalars[index + 2] == "-"
            index += isComment ? 3 : 1
            while index < scalars.count {
                if isComment {
                    if scalars[index] == ">" && index >= start + 6 && scalars[index - 1] == "-" && scalars[index - 2] == "-" { break }
                } else if scalars[index] == ">" { break }
                index += 1
            }
            return HTMLTag(name: "", isClosing: false, isSelfClosing: true, end: min(index + 1, scalars.count))
        }
        let isClosing = scalars[index] == "/"
        if isClosing { index += 1 }
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        var name = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            name.append(scalars[index])
            index += 1
        }
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                break
            }
            index += 1
        }
        let selfClosing = index > 0 && index < scalars.count && scalars[index - 1] == "/"
        return HTMLTag(name: String(name).lowercased(), isClosing: isClosing, isSelfClosing: selfClosing, end: min(index + 1, scalars.count))
    }
}
