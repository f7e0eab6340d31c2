import Extraction
import Foundation

/// Turns the INPUT arguments (files and folders) into the list of article files.
enum ArticleInputs {
    /// Article files named directly, and the article files (.txt, .md, .html, .jsonl) inside named folders
    /// (recursively), sorted by path so that runs are deterministic.
    /// - Throws: `CLIError` for a missing path or a folder with no articles.
    static func files(_ inputs: [String]) throws -> [URL] {
        var files: [URL] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw CLIError("\(input): no such file or folder; give article files (.txt, .md, .html, .jsonl) or folders that contain them")
            }
            let url = URL(fileURLWithPath: input)
            if isFolder.boolValue {
                let found = articleFiles(in: url)
                guard !found.isEmpty else {
                    throw CLIError("\(input): the folder holds no articles (.txt, .md, .html or .jsonl files); add some or name the files directly")
                }
                files += found
            } else {
                files.append(url)
            }
        }
        return files
    }

    private static func articleFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker where ArticleReader.extensions.contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Reads every article, with the path as the user wrote it as its source.
    static func articles(_ inputs: [String]) throws -> [Article] {
        let reader = ArticleReader()
        return try files(inputs).flatMap { try reader.read($0, source: displayPath($0)) }
    }

    /// The path relative to the working folder when inside it.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }

    /// How many articles the files hold: one per file, one per non-empty line of a .jsonl. O(bytes).
    static func articleCount(_ files: [URL]) -> Int {
        files.reduce(0) { count, url in
            guard url.pathExtension.lowercased() == "jsonl", let data = FileManager.default.contents(atPath: url.path) else { return count + 1 }
            var lines = 0
            var blank = true
            for byte in data {
                if byte == UInt8(ascii: "\n") {
                    if !blank { lines += 1 }
                    blank = true
                } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") {
                    blank = false
                }
            }
            return count + lines + (blank ? 0 : 1)
        }
    }
}
