import Foundation

/// The tokenizer's and sentence splitter's word lists, read once from `Resources/lists`
/// (see the README there for each file's format).
public struct WordLists: Sendable {
    /// Words that keep their final period.
    public let abbreviations: Set<String>
    /// Titles after which a sentence never ends.
    public let titles: Set<String>
    /// Prefixes kept with the word after their hyphen.
    public let hyphenPrefixes: Set<String>
    /// Endings split off the word before them, longest first.
    public let clitics: [String]
    /// Words written as two tokens, with the length of the first part.
    public let splitWords: [String: Int]
    /// The length of the longest of `splitWords`.
    public let longestSplitWord: Int
    /// Emoticons kept whole.
    public let emoticons: Set<String>
    /// The length in scalars of the longest of `emoticons`.
    public let longestEmoticon: Int
    /// Words after which an abbreviation's period ends a sentence.
    public let sentenceStarters: Set<String>
    /// Endings of web addresses, with their leading period (".com", ".govt.nz").
    public let domainEndings: [String]

    /// The lists shipped with the package, loaded once per process.
    public static let shipped: WordLists = {
        do { return try WordLists(folder: resourceFolder()) } catch {
            fatalError("newsgraph's word lists are missing from its resources: \(error)")
        }
    }()

    /// Lists read from a folder holding the files named in its README.
    public init(folder: URL) throws {
        func lines(_ name: String) throws -> [String] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        abbreviations = Set(try lines("abbreviations.txt"))
        titles = Set(try lines("titles.txt"))
        hyphenPrefixes = Set(try lines("hyphen-prefixes.txt"))
        clitics = try lines("clitics.txt").sorted { $0.count > $1.count }
        var split: [String: Int] = [:]
        for line in try lines("split-words.txt") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let length = Int(parts[1]) { split[String(parts[0])] = length }
        }
        splitWords = split
        longestSplitWord = split.keys.map(\.count).max() ?? 0
        emoticons = Set(try lines("emoticons.txt"))
        longestEmoticon = emoticons.map(\.unicodeScalars.count).max() ?? 0
        sentenceStarters = Set(try lines("sentence-starters.txt"))
        domainEndings = try lines("domain-endings.txt")
    }

    /// Whether a lower-case word is a web address: "www." before it or one of `domainEndings`
    /// after at least one more character.
    public func isWebAddress(_ lower: String) -> Bool {
        lower.hasPrefix("www.") || domainEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 1 }
    }

    private static func resourceFolder() throws -> URL {
        // The lists are processed resources: they sit at the top of the module's bundle.
        guard let url = Bundle.module.url(forResource: "abbreviations", withExtension: "txt")?.deletingLastPathComponent() else {
            throw SyntaxError.badModel(path: "Resources/lists", reason: "not in the package's resources")
        }
        return url
    }
}
