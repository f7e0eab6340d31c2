import Foundation

/// The extractor's word lists and tables, read from `Resources/grammar`: one file each, in the
/// formats the README there describes (a word or phrase a line; a group of words a line; or a
/// word, a tab and its value). Each is read once, when the stage that uses it first needs it. A
/// missing or malformed file is a broken installation and stops the program with its name.
enum Grammar {
    /// The entries of a word list (`NAME.txt`).
    static func words(_ name: String) -> Set<String> { Set(list(name)) }

    /// The entries of a word list (`NAME.txt`) in file order.
    static func list(_ name: String) -> [String] { entries(of: "\(name).txt").map(\.text) }

    /// The groups of a group list (`NAME.txt`, the words of a group separated by commas), in file order.
    static func groups(_ name: String) -> [Set<String>] {
        list(name).map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
    }

    /// The rows of a table (`NAME.tsv`: a word or phrase, a tab, its value), each value read by `parse`.
    static func table<Value>(_ name: String, _ parse: (String) -> Value?) -> [String: Value] {
        var table: [String: Value] = [:]
        for (line, text) in entries(of: "\(name).tsv") {
            let columns = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2, let value = parse(String(columns[1])) else {
                fatalError("newsgraph's grammar file \(name).tsv, line \(line): '\(text)' is not a word, a tab and a valid value")
            }
            guard table.updateValue(value, forKey: String(columns[0])) == nil else {
                fatalError("newsgraph's grammar file \(name).tsv, line \(line): '\(columns[0])' is listed twice")
            }
        }
        return table
    }

    /// The non-comment, non-blank lines of a file with their line numbers.
    static func entries(of file: String) -> [(line: Int, text: String)] {
        guard let url = folder?.appendingPathComponent(file), let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("newsgraph's grammar file \(file) is missing from its resources (Sources/Extraction/Resources/grammar)")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : (index + 1, trimmed)
        }
    }

    /// Text without the spaces and tabs around it.
    static func trimmed(_ text: some StringProtocol) -> String { text.trimmingCharacters(in: .whitespaces) }

    /// The folder of the grammar files in the module's resources.
    static let folder: URL? = Bundle.module.url(forResource: "grammar", withExtension: nil)
}
