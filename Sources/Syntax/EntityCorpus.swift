import Foundation

/// A sentence's words with their gold named entities, for training and scoring the recognizer.
public struct EntitySentence: Sendable {
    /// The words as written.
    public var words: [String]
    /// Universal parts of speech, gold or predicted (the recognizer reads them).
    public var universalTags: [String]
    /// The gold named entities.
    public var entities: [NamedEntitySpan]

    /// A sentence of these words, tags and entities.
    public init(words: [String], universalTags: [String], entities: [NamedEntitySpan]) {
        self.words = words
        self.universalTags = universalTags
        self.entities = entities
    }
}

/// Readers of named-entity training data: GUM's entity annotation in CoNLL-U (its MISC column,
/// CoNLL 2012 brackets) and IOB2 files such as Universal NER's.
public enum EntityCorpus {
    /// GUM's entity types that name the recognizer's types.
    static let gumTypes: [String: NamedEntityType] = ["person": .person, "place": .place, "organization": .organization, "event": .event]
    /// Words that may sit inside a name besides proper nouns and numbers ("Council on American-Islamic Relations").
    static let nameConnectors: Set<String> = ["of", "the", "and", "for", "de", "la", "&", "-", "'s", "’s", "on", "in", "’", "'", "."]

    /// The named mentions of GUM sentences: mentions of people, places, organisations and events
    /// whose words are all proper nouns, numbers or connectors, with at least one proper noun,
    /// without a leading "the" or a trailing possessive; the longest wins where named mentions
    /// nest. Documents whose id has a genre in `excludingGenres` ("GUM_news_...") are left out.
    /// With `onlyGenres`, only documents of those genres are kept.
    public static func gumNamedEntities(_ sentences: [SyntaxSentence], excludingGenres: Set<String> = [], onlyGenres: Set<String>? = nil) -> [EntitySentence] {
        var out: [EntitySentence] = []
        var skipping = false
        for sentence in sentences {
            if let document = sentence.comment("newdoc id") {
                let parts = document.split(separator: "_")
                let genre = parts.count > 1 ? String(parts[1]) : ""
                skipping = excludingGenres.contains(genre) || onlyGenres.map { !$0.contains(genre) } ?? false
            }
            if skipping { continue }
            out.append(EntitySentence(words: sentence.tokens.map(\.form), universalTags: sentence.tokens.map(\.upos),
                                      entities: namedMentions(sentence)))
        }
        return out
    }

    /// The entity sentences of a file: IOB2 when its name ends in ".iob2", else GUM's CoNLL-U
    /// (see `gumNamedEntities` for the genre filters). Tags are left to the caller.
    /// - Throws: `SyntaxError` naming the file and what is wrong.
    public static func read(contentsOf url: URL, excludingGenres: Set<String> = [], onlyGenres: Set<String>? = nil) throws -> [EntitySentence] {
        if url.pathExtension == "iob2" {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw SyntaxError.badTrainingData("\(url.path) cannot be read")
            }
            return try iob2(String(decoding: data, as: UTF8.self), file: url.path)
        }
        return gumNamedEntities(try CoNLLU.read(contentsOf: url), excludingGenres: excludingGenres, onlyGenres: onlyGenres)
    }

    /// One sentence's named mentions, longest first where they overlap.
    static func namedMentions(_ sentence: SyntaxSentence) -> [NamedEntitySpan] {
        var open: [String: [(type: String, start: Int)]] = [:]
        var mentions: [(Range<Int>, String)] = []
        for (index, token) in sentence.tokens.enumerated() {
            guard let value = token.misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") })?.dropFirst("Entity=".count) else { continue }
            let scalars = Array(value.unicodeScalars)
            var at = 0
            while at < scalars.count {
                if scalars[at] == "(" {
                    // "(ID-type-...": an opening; it closes on this word when ")" comes before another "(".
                    var end = at + 1
                    var id = ""
                    while end < scalars.count, scalars[end].properties.numericType != nil { id.unicodeScalars.append(scalars[end]); end += 1 }
                    var type = ""
                    if end < scalars.count, scalars[end] == "-" {
                        end += 1
                        while end < scalars.count, scalars[end].properties.isLowercase { type.unicodeScalars.append(scalars[end]); end += 1 }
                    }
                    while end < scalars.count, scalars[end] != "(", scalars[end] != ")" { end += 1 }
                    if end < scalars.count, scalars[end] == ")" {
                        mentions.append((index..<(index + 1), type))
                        at = end + 1
                    } else {
                        open[id, default: []].append((type, index))
                        at = end
                    }
                } else if scalars[at].properties.numericType != nil, at == 0 || !(scalars[at - 1].properties.isAlphabetic || scalars[at - 1] == "-" || scalars[at - 1].properties.numericType != nil) {
                    // "ID)": closes the innermost open mention of ID.
                    var end = at
                    var id = ""
                    while end < scalars.count, scalars[end].properties.numericType != nil { id.unicodeScalars.append(scalars[end]); end += 1 }
                    if end < scalars.count, scalars[end] == ")", let opened = open[id]?.popLast() {
                        mentions.append((opened.start..<(index + 1), opened.type))
                    }
                    at = end + 1
                } else {
                    at += 1
                }
            }
        }
        var named: [NamedEntitySpan] = []
        for (range, type) in mentions {
            guard let kind = gumTypes[type], var words = namedWords(range, sentence) else { continue }
            words = trimmed(words, sentence)
            if !words.isEmpty { named.append(NamedEntitySpan(words: words, type: kind)) }
        }
        named.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lowerBound < $1.words.lowerBound }
        var kept: [NamedEntitySpan] = []
        for span in named where !kept.contains(where: { $0.words.overlaps(span.words) }) { kept.append(span) }
        return kept.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    private static func namedWords(_ range: Range<Int>, _ sentence: SyntaxSentence) -> Range<Int>? {
        let tokens = sentence.tokens[range]
        guard tokens.contains(where: { $0.upos == "PROPN" }),
              tokens.allSatisfy({ $0.upos == "PROPN" || $0.upos == "NUM" || nameConnectors.contains($0.form.lowercased()) }) else { return nil }
        return range
    }

    /// Without a leading determiner or connector and a trailing possessive or connector.
    private static func trimmed(_ range: Range<Int>, _ sentence: SyntaxSentence) -> Range<Int> {
        var range = range
        while let first = range.first, sentence.tokens[first].upos != "PROPN" && sentence.tokens[first].upos != "NUM" { range = (first + 1)..<range.upperBound }
        while let last = range.last, sentence.tokens[last].upos != "PROPN" && sentence.tokens[last].upos != "NUM" { range = range.lowerBound..<last }
        return range
    }

    /// The sentences of an IOB2 file: "# ..." comments, one word a line (number, form, tag, ...,
    /// tab-separated), a blank line after each sentence; tags B-PER, I-LOC, B-ORG, ... (other
    /// types count as outside). - Throws: `SyntaxError.malformedCoNLLU` naming a bad line.
    public static func iob2(_ text: String, file: String) throws -> [EntitySentence] {
        var out: [EntitySentence] = []
        var words: [String] = []
        var labels: [Int] = []
        let typeOfCode: [String: NamedEntityType] = ["PER": .person, "LOC": .place, "ORG": .organization, "EVT": .event]
        func flush() {
            if !words.isEmpty {
                out.append(EntitySentence(words: words, universalTags: [], entities: EntityLabels.spans(of: labels)))
            }
            words = []
            labels = []
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3 else {
                throw SyntaxError.malformedCoNLLU(file: file, line: number + 1, reason: "expected NUMBER<TAB>FORM<TAB>TAG")
            }
            let tag = columns[2]
            var label = EntityLabels.outside
            if tag.count > 2, let type = typeOfCode[String(tag.dropFirst(2))] {
                if tag.hasPrefix("B-") { label = EntityLabels.begin(type) } else if tag.hasPrefix("I-") { label = EntityLabels.inside(type) }
            }
            words.append(String(columns[1]))
            labels.append(label)
        }
        flush()
        return out
    }
}
