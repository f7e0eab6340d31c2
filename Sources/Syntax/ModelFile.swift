import Foundation

/// The binary container of a trained model: the magic bytes `NGSYNTAX`, the format version, the
/// kind of model, the payload's length and its FNV-1a checksum, then the payload. A file of
/// another version or kind, or one damaged or cut short, is refused with a one-line error.
public enum ModelFile {
    /// The format version this build reads and writes.
    public static let formatVersion: UInt32 = 1
    private static let magic = Array("NGSYNTAX".utf8)
    private static let headerSize = 8 + 4 + 4 + 8 + 8

    /// What a model file holds.
    public enum Kind: UInt32, Sendable, CustomStringConvertible {
        case tagger = 1
        case parser = 2
        case recognizer = 3

        /// The kind's name as the CLI spells it.
        public var description: String {
            switch self {
            case .tagger: return "tagger"
            case .parser: return "parser"
            case .recognizer: return "named-entity recognizer"
            }
        }
    }

    /// The file's bytes for a payload.
    static func encode(kind: Kind, payload: [UInt8]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.append(bytes: magic)
        writer.append(formatVersion)
        writer.append(kind.rawValue)
        writer.append(UInt64(payload.count))
        writer.append(FeatureHash.bytes(payload))
        writer.append(bytes: payload)
        return writer.bytes
    }

    /// The payload of a file's bytes, after checking the header.
    static func decode(_ bytes: [UInt8], expecting kind: Kind, path: String) throws -> BinaryReader {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else {
            throw SyntaxError.badModel(path: path, reason: "not a newsgraph model file")
        }
        var header = BinaryReader(bytes, offset: 8, path: path)
        let version = try header.uint32()
        guard version == formatVersion else {
            throw SyntaxError.badModel(path: path, reason: "model format version \(version), this newsgraph reads version \(formatVersion)")
        }
        let stored = try header.uint32()
        guard stored == kind.rawValue else {
            let name = Kind(rawValue: stored).map { "\($0)" } ?? "unknown kind \(stored)"
            throw SyntaxError.badModel(path: path, reason: "it is a \(name) model, not a \(kind) model")
        }
        let length = try header.uint64()
        let checksum = try header.uint64()
        guard UInt64(bytes.count - headerSize) == length else {
            throw SyntaxError.badModel(path: path, reason: "the file holds \(bytes.count - headerSize) bytes of model, its header says \(length) (cut short or damaged)")
        }
        let payload = Array(bytes[headerSize...])
        guard FeatureHash.bytes(payload) == checksum else {
            throw SyntaxError.badModel(path: path, reason: "its checksum does not match (the file is damaged)")
        }
        return BinaryReader(payload, path: path)
    }

    /// A model file's bytes, for `decode`.
    static func bytes(of url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SyntaxError.badModel(path: url.path, reason: "it cannot be read")
        }
        return [UInt8](data)
    }
}
