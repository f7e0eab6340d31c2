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
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return try files(inputs).flatMap { url in
            let source = url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
            return try reader.read(url, source: source)
        }
    }
}
