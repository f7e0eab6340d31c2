import Foundation

/// Adjectives of nationality and the countries they belong to ("Indonesian" -> Indonesia), from
/// WordNet's pertainyms onto GeoNames' countries (`Resources/gazetteers/demonyms.tsv`, regenerated
/// by `tools/gazetteers/demonyms.py`).
public enum Demonyms {
    /// The shipped pairs, demonym first, in file order; loaded once per process.
    public static let shipped: Result<[(demonym: String, country: String)], SyntaxError> = {
        guard let url = Bundle.module.url(forResource: "demonyms", withExtension: "tsv"),
              let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.badModel(path: "Resources/gazetteers/demonyms.tsv", reason: "not in the package's resources"))
        }
        var pairs: [(demonym: String, country: String)] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count == 2 else { return .failure(.badModel(path: url.path, reason: "line \(number + 1) is not DEMONYM<TAB>COUNTRY")) }
            pairs.append((String(columns[0]), String(columns[1])))
        }
        return .success(pairs)
    }()
}
