import Foundation
import KnowledgeGraph
import Syntax

/// Well-known entities with their true types, and demonyms with their countries.
///
/// Look-ups use `NameKey.normalize`, so case, a leading "the" and possessives do not matter.
public struct Lexicon: Sendable {
    /// One known entity.
    public struct Entry: Hashable, Sendable {
        public var type: EntityType
        public var name: String
        public var aliases: [String]
    }

    private var entries: [String: Entry] = [:]
    private var demonyms: [String: String] = [:]
    /// The first word of every normalised name and alias, to rule out spans quickly.
    private(set) var firstWords = Set<String>()
    /// Normalised names of the countries demonyms belong to.
    private var countries = Set<String>()
    /// The longest entry, in words, so span look-ups can stop early.
    private(set) var longestEntryWords = 1

    /// An empty lexicon.
    public init() {}

    /// The lexicon shipped with NewsGraph (`Resources/lexicon.tsv`), with the demonyms of the
    /// `Syntax` module's gazetteers (WordNet onto GeoNames) that it does not list itself.
    public static func builtIn() throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv") else {
            throw ExtractionError.lexicon(path: "lexicon.tsv", line: 0, reason: "the built-in lexicon is missing from the resource bundle; rebuild newsgraph")
        }
        var lexicon = Lexicon()
        for (demonym, country) in try Demonyms.shipped.get() { lexicon.demonyms[NameKey.normalize(demonym)] = country }
        try lexicon.load(contentsOf: url)
        lexicon.countries.formUnion(lexicon.demonyms.values.map(NameKey.normalize))
        return lexicon
    }

    /// Adds the entries of a TSV file: type, name, aliases joined by "|"; "#" starts a comment.
    /// Later entries override earlier ones with the same name.
    /// - Throws: `ExtractionError.lexicon` naming the file and line of a bad row.
    public mutating func load(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ExtractionError.lexicon(path: url.path, line: 0, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.lexicon(path: url.path, line: 0, reason: "is not UTF-8 text")
        }
        try load(tsv: text, path: url.path)
    }

    /// Adds the entries of TSV text (see `load(contentsOf:)`); `path` names it in errors.
    public mutating func load(tsv text: String, path: String) throws {
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard columns.count >= 2, !columns[1].isEmpty else {
                throw ExtractionError.lexicon(path: path, line: number + 1, reason: "expected 'TYPE<TAB>NAME[<TAB>ALIAS|ALIAS...]'")
            }
            let aliases = columns.count > 2 ? columns[2].split(separator: "|").map(String.init) : []
            if columns[0] == "Demonym" {
                guard let country = aliases.first else {
                    throw ExtractionError.lexicon(path: path, line: number + 1, reason: "a Demonym row needs the country in the third column")
                }
                demonyms[NameKey.normalize(columns[1])] = country
                countries.insert(NameKey.normalize(country))
                continue
            }
            guard let type = EntityType(rawValue: columns[0]) else {
                let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                throw ExtractionError.lexicon(path: path, line: number + 1, reason: "unknown type '\(columns[0])'; use one of \(known), Demonym")
            }
            add(Entry(type: type, name: columns[1], aliases: aliases))
        }
    }

    /// Adds one entry under its name and every alias.
    public mutating func add(_ entry: Entry) {
        for form in [entry.name] + entry.aliases {
            let key = NameKey.normalize(form)
            guard !key.isEmpty else { continue }
            entries[key] = entry
            if let first = key.split(separator: " ").first { firstWords.insert(String(first)) }
            longestEntryWords = max(longestEntryWords, key.split(separator: " ").count)
        }
    }

    /// The entry a name or alias denotes.
    public func entry(for form: String) -> Entry? { entries[NameKey.normalize(form)] }

    /// The entry under an already normalised key (see `NameKey.normalize`).
    func entry(forKey key: String) -> Entry? { entries[key] }

    /// The country a demonym ("Russian", "French") belongs to.
    /// Plurals ("Australians") count too.
    public func country(forDemonym word: String) -> String? {
        let key = NameKey.normalize(word)
        if let country = demonyms[key] { return country }
        return key.hasSuffix("s") ? demonyms[String(key.dropLast())] : nil
    }

    /// The country a name denotes ("Russia", "the US", "Britain"), by the lexicon; nil for other places.
    public func country(named form: String) -> String? {
        guard let entry = entry(for: form), entry.type == .location, countries.contains(NameKey.normalize(entry.name)) else { return nil }
        return entry.name
    }
}
