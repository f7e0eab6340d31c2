/// HTML character references: numeric (`&#8217;`, `&#x2019;`) and the named ones news
/// pages use. Unknown names are left as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "eacute": "\u{00E9}", "egrave": "\u{00E8}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "copy": "\u{00A9}", "shy": "",
    ]
    /// The longest reference name looked for.
    static let maximumLength = 10

    /// The text of the reference starting at `start` (an "&") and the index after its ";".
    static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        var body = String.UnicodeScalarView()
        while index < scalars.count, index - start <= maximumLength + 1, scalars[index] != ";" {
            body.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";", !body.isEmpty else { return nil }
        let name = String(body)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), index + 1)
        }
        guard let text = named[name] else { return nil }
        return (text, index + 1)
    }
}
