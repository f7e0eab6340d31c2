/// What went wrong in the syntax layer, said for the person who has to fix it.
public enum SyntaxError: Error, Equatable, CustomStringConvertible {
    /// A CoNLL-U line that is not what the format allows.
    case malformedCoNLLU(file: String, line: Int, reason: String)
    /// A model file that cannot be used.
    case badModel(path: String, reason: String)
    /// Training data that cannot train a model.
    case badTrainingData(String)
    /// System output that cannot be scored against its gold treebank.
    case unscorable(String)

    /// A one-line message naming the place and the fix.
    public var description: String {
        switch self {
        case let .malformedCoNLLU(file, line, reason):
            return "\(file):\(line): malformed CoNLL-U: \(reason)"
        case let .badModel(path, reason):
            return "the model \(path) cannot be used: \(reason) (retrain it with `make models`, or reinstall newsgraph)"
        case let .badTrainingData(reason):
            return "cannot train: \(reason)"
        case let .unscorable(reason):
            return "cannot score: \(reason)"
        }
    }
}
