import SellerCore
import TermUI

// The file picker of the deliver form: what the typed path means, the listing filtered by it, Tab completion,
// and Enter (into a directory, or add a file).
extension DeliverForm {
    public var typedDirectory: String { PathText.split(path.text).directory }
    public var typedPrefix: String { PathText.split(path.text).prefix }

    /// The absolute directory the typed path points into; the runtime lists this one.
    public var directoryPath: String { PathText.absolute(typedDirectory, base: baseDirectory) }

    /// Whether the listing on hand is for the typed directory.
    public var listingIsCurrent: Bool { listing?.path == directoryPath }

    /// The listing's entries that match the typed prefix: `..` first (except at the root), then directories,
    /// then files, each by name; hidden ones only when the prefix starts with ".".
    public var visibleEntries: [DirectoryEntry] {
        guard let listing, listingIsCurrent else { return [] }
        let prefix = typedPrefix
        let showHidden = prefix.hasPrefix(".")
        let matching = listing.entries.filter {
            $0.name != "." && $0.name != ".." && $0.name.hasPrefix(prefix) && (showHidden || !$0.name.hasPrefix("."))
        }.sorted { lhs, rhs in
            lhs.isDirectory != rhs.isDirectory ? lhs.isDirectory : lhs.name < rhs.name
        }
        let parent = directoryPath != "/" && (prefix.isEmpty || "..".hasPrefix(prefix))
        return (parent ? [DirectoryEntry(name: "..", isDirectory: true)] : []) + matching
    }

    /// Replaces the typed path; returns the directory to list when the typed directory changed.
    mutating func setPath(_ text: String) -> String? {
        let before = directoryPath
        path.setText(text)
        listingSelection = 0
        return directoryPath != before ? directoryPath : nil
    }

    /// Tab: completes the name prefix to the single match (a directory gets its `/`), or to what all matches
    /// share. Returns the directory to list when completion entered one.
    mutating func complete() -> String? {
        let candidates = visibleEntries.filter { $0.name != ".." }
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 {
            return setPath(typedDirectory + first.name + (first.isDirectory ? "/" : ""))
        }
        let common = LineCompletion.commonPrefix(candidates.map(\.name))
        guard common.count > typedPrefix.count else { return nil }
        return setPath(typedDirectory + common)
    }

    /// What Enter in the picker does.
    enum PickerStep: Equatable {
        case list(String)
        case add(String)
        case nothing
    }

    /// Enter: goes into the selected directory, or adds the selected file (or the typed path when nothing in
    /// the listing matches it), then clears the name so the next file can be picked; the cursor moves on.
    mutating func enter() -> PickerStep {
        let entries = visibleEntries
        if entries.indices.contains(listingSelection) {
            let entry = entries[listingSelection]
            if entry.isDirectory {
                let next = PathText.normalizeTyped(typedDirectory + entry.name + "/")
                return setPath(next).map(PickerStep.list) ?? .nothing
            }
            let file = directoryPath == "/" ? "/" + entry.name : directoryPath + "/" + entry.name
            _ = setPath(typedDirectory)
            // Keep the place: on to the entry after the one added (the last stays), not back to `../`, so
            // adding a run of files is Enter Enter Enter.
            let listed = visibleEntries
            if let added = listed.firstIndex(where: { $0.name == entry.name }) {
                listingSelection = min(added + 1, listed.count - 1)
            }
            return .add(file)
        }
        guard !typedPrefix.isEmpty else { return .nothing }
        let file = PathText.absolute(path.text, base: baseDirectory)
        _ = setPath(typedDirectory)
        return .add(file)
    }

    /// Adds a chosen file (measuring until the runtime answers); false when it is already chosen.
    mutating func addFile(_ path: String) -> Bool {
        guard !files.contains(where: { $0.path == path }) else {
            error = ActionDeliverText.alreadyChosen(PathText.fileName(path)).text(language)
            return false
        }
        files.append(File(path: path, fileName: PathText.fileName(path)))
        fileSelection = files.count - 1
        error = nil
        return true
    }

    /// The runtime's answer for a chosen file: its size and hash, or a refusal that takes it off the list.
    mutating func receive(_ measurement: FileMeasurement, for path: String) {
        guard let index = files.firstIndex(where: { $0.path == path && $0.measurement == nil }) else { return }
        switch measurement {
        case .measured:
            files[index].measurement = measurement
        case .refused(let reason):
            let name = TextSanitizer.sanitize(files[index].fileName)
            error = ActionDeliverText.cannotDeliver(name, reason.phrase).text(language)
            files.remove(at: index)
            fileSelection = min(fileSelection, max(0, files.count - 1))
        }
    }
}
