import Foundation

/// The tagger, parser and named-entity recognizer models shipped in the package's resources, each loaded on first use and
/// then shared by the whole process.
public enum ShippedModels {
    /// The shipped tagger (with its lemmatizer).
    public static let tagger: Result<PartOfSpeechTagger, SyntaxError> = load("tagger") { try PartOfSpeechTagger(contentsOf: $0) }
    /// The shipped parser.
    public static let parser: Result<DependencyParser, SyntaxError> = load("parser") { try DependencyParser(contentsOf: $0) }

    /// The shipped named-entity recognizer.
    public static let recognizer: Result<EntityRecognizer, SyntaxError> = load("recognizer") { try EntityRecognizer(contentsOf: $0) }

    /// Where a shipped model's file is, if the package's resources have it.
    static func url(of name: String) -> URL? { Bundle.module.url(forResource: name, withExtension: "model") }

    private static func load<Model>(_ name: String, _ read: (URL) throws -> Model) -> Result<Model, SyntaxError> {
        guard let url = url(of: name) else {
            return .failure(.badModel(path: "Resources/models/\(name).model", reason: "not in the package's resources"))
        }
        do {
            return .success(try read(url))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(.badModel(path: url.path, reason: "\(error)"))
        }
    }
}
