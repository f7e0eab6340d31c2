/// The country an article is about: the one its names and demonyms mention most
/// ("Russia", "Russian", "Russia's", also inside other names), the earliest on ties. Unnamed national offices
/// ("the government", "Prime Minister X") belong to it. O(mentions + tokens).
struct DocumentCountry {
    static func find(in document: AnnotatedDocument, lexicon: Lexicon) -> String? {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        func count(_ country: String, at position: Int) {
            counts[country, default: 0] += 1
            if first[country] == nil { first[country] = position }
        }
        var counted = Set<Int>()
        for mention in document.mentions where mention.kind == .name && mention.tokens.count > 1 {
            if let country = lexicon.country(named: mention.text) {
                count(country, at: mention.start)
                counted.formUnion(mention.tokens)
            }
        }
        // Single words count inside longer names too: "Treasury Board of Canada Secretariat", "The Canadian Press".
        for (index, token) in document.tokens.enumerated() where token.isCapitalized && !counted.contains(index) {
            if let country = lexicon.country(named: token.text) ?? lexicon.country(forDemonym: token.text) { count(country, at: token.start) }
        }
        return counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : first[lhs.key]! > first[rhs.key]!
        }?.key
    }
}
