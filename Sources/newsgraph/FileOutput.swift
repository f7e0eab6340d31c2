import Foundation

/// Writes files whole or not at all: data goes to a temporary file beside the target,
/// which is then renamed over it, so an interrupted run never leaves half a file.
enum FileOutput {
    /// Writes `data` to `url` atomically.
    /// - Throws: `CLIError` naming the path and how to fix it.
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError("cannot write \(url.path): the folder \(folder.path) does not exist; create it first or choose another output path")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(url.path): the folder \(folder.path) is not writable (or the disk is full); choose another output path")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(url.path): \(reason); choose another output path")
        }
    }

    /// Creates the output folder (and its parents) if needed.
    static func ensureFolder(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CLIError("cannot create the output folder \(url.path): \(error.localizedDescription); choose a writable place")
        }
    }
}

/// Writes text to standard output or standard error without buffering surprises.
enum FileHandleWriter {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
    static func standardOutput(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
